using DirectiveSearch.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;
using static DirectiveSearch.Search.Tests.Analysis.TokenStreamAssert;

namespace DirectiveSearch.Search.Tests.Analysis;

public sealed class ToneMarkFilterTests
{
    private static readonly Analyzer WhitespaceThenTones =
        Chain(reader => new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader), input => new ToneMarkFilter(input));

    [Fact]
    public void Moves_marks_in_each_term_and_keeps_offsets()
    {
        AssertTokens(WhitespaceThenTones, "hoà  uỷ vịêt ĐẢNG UỶ thuýên",
            ["hòa", "ủy", "việt", "ĐẢNG", "ỦY", "thuyến"],
            starts: [0, 5, 8, 13, 18, 21],
            ends: [3, 7, 12, 17, 20, 27],
            increments: [1, 1, 1, 1, 1, 1]);
    }

    [Fact]
    public void Leaves_symbols_numbers_and_foreign_words_alone()
    {
        AssertTokens(WhitespaceThenTones, "21-KL/TW 2025 café the", ["21-KL/TW", "2025", "café", "the"]);
    }

    [Fact]
    public void Both_styles_give_one_term_after_the_tokenizer()
    {
        var analyzer = Chain(reader => new VietnameseTokenizer(reader), input => new ToneMarkFilter(input));
        Assert.Equal(Terms(analyzer, "Đảng ủy khóa hòa thủy"), Terms(analyzer, "Đảng uỷ khoá hoà thuỷ"));
    }
}
