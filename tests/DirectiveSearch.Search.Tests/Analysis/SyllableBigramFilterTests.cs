using DirectiveSearch.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using static DirectiveSearch.Search.Tests.Analysis.TokenStreamAssert;

namespace DirectiveSearch.Search.Tests.Analysis;

public sealed class SyllableBigramFilterTests
{
    private const string B = SyllableBigramFilter.BigramType;

    private static readonly Analyzer Bigrams = Chain(reader => new VietnameseTokenizer(reader), input => new SyllableBigramFilter(input));

    [Fact]
    public void Pairs_adjacent_syllables_at_the_first_ones_position()
    {
        AssertTokens(Bigrams, "xây dựng Đảng",
            ["xây_dựng", "dựng_Đảng"],
            starts: [0, 4],
            ends: [8, 13],
            increments: [1, 1],
            types: [B, B]);
    }

    [Fact]
    public void Does_not_pair_across_punctuation_and_keeps_the_position_gap()
    {
        AssertTokens(Bigrams, "tự soi, tự sửa",
            ["tự_soi", "tự_sửa"],
            starts: [0, 8],
            ends: [6, 14],
            increments: [1, 2]);
    }

    [Fact]
    public void Does_not_pair_across_lines()
    {
        AssertTokens(Bigrams, "KẾ HOẠCH\nthực hiện", ["KẾ_HOẠCH", "thực_hiện"], increments: [1, 2]);
    }

    [Fact]
    public void Skips_whole_symbols_and_pairs_their_parts()
    {
        AssertTokens(Bigrams, "số 21-KL/TW ngày",
            ["số_21", "21_KL", "KL_TW", "TW_ngày"],
            starts: [0, 3, 6, 9],
            ends: [5, 8, 11, 16],
            increments: [1, 1, 1, 1]);
    }

    [Fact]
    public void Does_not_pair_across_a_hole_left_by_a_removed_token()
    {
        var stopWords = new CharArraySet(LuceneVersion.LUCENE_48, ["của"], false);
        var analyzer = Chain(
            reader => new VietnameseTokenizer(reader),
            input => new SyllableBigramFilter(new StopFilter(LuceneVersion.LUCENE_48, input, stopWords)));
        AssertTokens(analyzer, "nhiệm vụ của Đảng ta", ["nhiệm_vụ", "Đảng_ta"], increments: [1, 3]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Đảng")]
    [InlineData("Đảng, ủy")]
    [InlineData("(Đảng)")]
    public void Gives_nothing_without_two_adjacent_syllables(string text)
    {
        AssertTokens(Bigrams, text, []);
    }

    [Fact]
    public void A_symbol_alone_gives_the_bigrams_of_its_parts()
    {
        AssertTokens(Bigrams, "21-KL/TW", ["21_KL", "KL_TW"], starts: [0, 3], ends: [5, 8], increments: [1, 1]);
    }

    [Fact]
    public void Long_syllables_pair_without_losing_chars()
    {
        var a = new string('a', 100);
        var b = new string('b', 200);
        AssertTokens(Bigrams, $"{a} {b} c", [$"{a}_{b}", $"{b}_c"]);
    }

    [Fact]
    public void Ignores_alternatives_stacked_on_a_syllable()
    {
        // ASCIIFoldingFilter with preserveOriginal emits "Dang", then stacks the original "Đảng" on it
        // (increment 0); only the first form at a position pairs.
        var analyzer = Chain(
            reader => new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader),
            input => new SyllableBigramFilter(new Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter(input, preserveOriginal: true)));
        AssertTokens(analyzer, "Đảng ủy", ["Dang_uy"]);
    }

    [Fact]
    public void Is_reset_between_texts()
    {
        Assert.Equal(["xây_dựng"], Terms(Bigrams, "xây dựng"));
        Assert.Equal(["chỉnh_đốn"], Terms(Bigrams, "chỉnh đốn"));
    }
}
