using DirectiveSearch.Core.Text;
using DirectiveSearch.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;
using static DirectiveSearch.Search.Tests.Analysis.TokenStreamAssert;

namespace DirectiveSearch.Search.Tests.Analysis;

public sealed class DiacriticFoldingFilterTests
{
    private static readonly Analyzer WhitespaceThenFolding =
        Chain(reader => new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader), input => new DiacriticFoldingFilter(input));

    [Fact]
    public void Removes_diacritics_and_the_stroke_of_d_keeping_case_and_offsets()
    {
        AssertTokens(WhitespaceThenFolding, "Đảng ủy đoàn 28-KH/ĐUK Nguyễn",
            ["Dang", "uy", "doan", "28-KH/DUK", "Nguyen"],
            starts: [0, 5, 8, 13, 23],
            ends: [4, 7, 12, 22, 29]);
    }

    [Fact]
    public void Folds_the_look_alike_eth_as_d_like_the_query_side()
    {
        AssertTokens(WhitespaceThenFolding, "Ðảng ðoàn", ["Dang", "doan"]);
    }

    [Fact]
    public void Folds_other_scripts_through_the_general_path()
    {
        // Greek Extended (U+1F00...) is outside the fast table.
        AssertTokens(WhitespaceThenFolding, "ἀθῆναι Ωμέγα й が", ["αθηναι", "Ωμεγα", "и", "か"]);
    }

    [Fact]
    public void Leaves_letters_without_diacritics_alone_unlike_ascii_folding()
    {
        AssertTokens(WhitespaceThenFolding, "Straße æ ² ﬁ", ["Straße", "æ", "²", "ﬁ"]);
    }

    [Fact]
    public void Lucene_ascii_folding_maps_d_with_stroke_but_also_rewrites_other_letters()
    {
        // Why this filter exists: ASCIIFoldingFilter does fold đ, but "ß" → "ss" and "æ" → "ae" would not
        // match a query folded by DiacriticFolder, which keeps them.
        var ascii = Chain(reader => new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader), input => new ASCIIFoldingFilter(input));
        Assert.Equal(["Dang", "doan", "Strasse", "ae"], Terms(ascii, "Đảng đoàn Straße æ"));
        Assert.Equal("straße æ", DiacriticFolder.Fold("Straße æ"));
    }

    [Fact]
    public void Agrees_with_the_core_folder_on_every_latin_letter()
    {
        // The query side may fold with DiacriticFolder (which also lower-cases): both must give the same terms.
        var letters = Enumerable.Range(0x41, 0x250 - 0x41).Concat(Enumerable.Range(0x1E00, 0x100))
            .Select(c => (char)c)
            .Where(char.IsLetter)
            .Select(c => c.ToString());
        foreach (var letter in letters)
            Assert.Equal(DiacriticFolder.Fold(letter), Terms(VietnameseAnalyzers.Folded, letter).Single());
    }

    [Theory]
    [InlineData("Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Đảng uỷ Khối các cơ quan tỉnh; nâng cao năng lực lãnh đạo, sức chiến đấu")]
    public void Agrees_with_the_core_folder_on_sentences(string text)
    {
        var chain = Chain(reader => new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader), input => new LowerCaseFilter(LuceneVersion.LUCENE_48, new DiacriticFoldingFilter(input)));
        Assert.Equal(DiacriticFolder.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries), Terms(chain, text));
    }

    [Fact]
    public void In_place_folding_reports_when_the_general_path_is_needed()
    {
        var vietnamese = "Nguyễn".ToCharArray();
        Assert.True(DiacriticFolding.TryFoldInPlace(vietnamese, out var length));
        Assert.Equal("Nguyen", new string(vietnamese, 0, length));

        var greek = "ἀθῆναι".ToCharArray();
        Assert.False(DiacriticFolding.TryFoldInPlace(greek, out _));
        Assert.Equal("ἀθῆναι", new string(greek)); // untouched
        Assert.Equal("αθηναι", DiacriticFolding.Fold("ἀθῆναι"));
    }

    [Fact]
    public void Leftover_combining_marks_are_removed_in_place()
    {
        var text = "x\u0303y\u0323".ToCharArray(); // x and y with marks that have no precomposed form
        Assert.True(DiacriticFolding.TryFoldInPlace(text, out var length));
        Assert.Equal("xy", new string(text, 0, length));
    }

    [Fact]
    public void Unpaired_surrogates_survive_general_folding()
    {
        Assert.Equal("a\uD800α", DiacriticFolding.Fold("á\uD800ἀ"));
    }
}
