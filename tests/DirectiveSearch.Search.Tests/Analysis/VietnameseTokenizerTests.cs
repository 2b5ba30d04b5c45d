using System.Text;
using DirectiveSearch.Search.Analysis;
using Lucene.Net.Analysis;
using static DirectiveSearch.Search.Tests.Analysis.TokenStreamAssert;

namespace DirectiveSearch.Search.Tests.Analysis;

public sealed class VietnameseTokenizerTests
{
    private const string W = VietnameseTokenizer.WordType;
    private const string S = VietnameseTokenizer.SymbolType;

    private static readonly Analyzer Tokenizer = Chain(reader => new VietnameseTokenizer(reader));

    [Fact]
    public void Syllables_are_runs_of_letters_and_digits_with_their_offsets()
    {
        AssertTokens(Tokenizer, "Đảng ủy Khối, năm 2022.",
            ["Đảng", "ủy", "Khối", "năm", "2022"],
            starts: [0, 5, 8, 14, 18],
            ends: [4, 7, 12, 17, 22],
            increments: [1, 1, 1, 1, 1],
            types: [W, W, W, W, W]);
    }

    [Fact]
    public void A_citation_gives_the_symbol_then_its_parts()
    {
        AssertTokens(Tokenizer, "Kết luận số 21-KL/TW, ngày 25/10/2021",
            ["Kết", "luận", "số", "21-KL/TW", "21", "KL", "TW", "ngày", "25", "10", "2021"],
            starts: [0, 4, 9, 12, 12, 15, 18, 22, 27, 30, 33],
            ends: [3, 8, 11, 20, 14, 17, 20, 26, 29, 32, 37],
            increments: [1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1],
            types: [W, W, W, S, W, W, W, W, W, W, W]);
    }

    [Fact]
    public void The_symbol_spans_its_parts_positions()
    {
        var tokens = Analyze(Tokenizer, "số 249/2025/NĐ-CP");
        Assert.Equal(4, tokens.Single(t => t.Type == S).PositionLength);
    }

    [Fact]
    public void A_space_after_the_hyphen_is_removed_from_the_symbol_but_not_from_its_offsets()
    {
        AssertTokens(Tokenizer, "Kết luận 01- KL/TW",
            ["Kết", "luận", "01-KL/TW", "01", "KL", "TW"],
            starts: [0, 4, 9, 9, 13, 16],
            ends: [3, 8, 18, 11, 15, 18],
            increments: [1, 1, 1, 0, 1, 1]);
    }

    public static TheoryData<string, string, string[]> Symbols => new()
    {
        // text, symbol term, parts
        { "21-KL/TW", "21-KL/TW", ["21", "KL", "TW"] },
        { "28-KH/ĐUK", "28-KH/ĐUK", ["28", "KH", "ĐUK"] },
        { "183-QĐ/ThU", "183-QĐ/ThU", ["183", "QĐ", "ThU"] },
        { "05-CTr/TU", "05-CTr/TU", ["05", "CTr", "TU"] },
        { "37-QĐi/TW", "37-QĐi/TW", ["37", "QĐi", "TW"] },
        { "01- KL/TW", "01-KL/TW", ["01", "KL", "TW"] },
        { "21\u2011NQ/TW", "21-NQ/TW", ["21", "NQ", "TW"] }, // Word's non-breaking hyphen
        { "249/2025/NĐ-CP", "249/2025/NĐ-CP", ["249", "2025", "NĐ", "CP"] },
        { "63/2025/QH15", "63/2025/QH15", ["63", "2025", "QH15"] },
        { "12/2024/TT-BNV", "12/2024/TT-BNV", ["12", "2024", "TT", "BNV"] },
        { "71/NQ-CP", "71/NQ-CP", ["71", "NQ", "CP"] },
        { "348/KH-UBND", "348/KH-UBND", ["348", "KH", "UBND"] },
        { "1644/QĐ-BXD", "1644/QĐ-BXD", ["1644", "QĐ", "BXD"] },
        { "123/UBND-VX", "123/UBND-VX", ["123", "UBND", "VX"] },
        { "21-kl/tw", "21-kl/tw", ["21", "kl", "tw"] }, // as typed in a query
    };

    [Theory]
    [MemberData(nameof(Symbols))]
    public void Symbols_are_single_tokens_followed_by_their_parts(string symbol, string term, string[] parts)
    {
        var text = $"Số: {symbol}, ngày";
        var tokens = Analyze(Tokenizer, text);
        var at = text.IndexOf(symbol, StringComparison.Ordinal);

        Assert.Equal(["Số", term, .. parts, "ngày"], tokens.Select(t => t.Term).ToArray());
        var symbolToken = tokens[1];
        Assert.Equal((S, at, at + symbol.Length, 1, parts.Length), (symbolToken.Type, symbolToken.Start, symbolToken.End, symbolToken.PositionIncrement, symbolToken.PositionLength));
        for (var i = 0; i < parts.Length; i++)
        {
            var part = tokens[2 + i];
            Assert.Equal(parts[i], text[part.Start..part.End]);
            Assert.Equal(i == 0 ? 0 : 1, part.PositionIncrement);
            Assert.Equal(W, part.Type);
        }
    }

    [Theory]
    [InlineData("25/10/2021", new[] { "25", "10", "2021" })]
    [InlineData("2021-2025", new[] { "2021", "2025" })]
    [InlineData("500/ha", new[] { "500", "ha" })]
    [InlineData("21-KL/TWx9abcdefghijk", new[] { "21", "KL", "TWx9abcdefghijk" })] // the issuer runs on: not a symbol
    [InlineData("1234567-KL/TW", new[] { "1234567", "KL", "TW" })]
    [InlineData("21-KL/", new[] { "21", "KL" })]
    [InlineData("21 -KL/TW", new[] { "21", "KL", "TW" })]
    [InlineData("Quý I/2022", new[] { "Quý", "I", "2022" })]
    [InlineData("21-KLÂ/TW", new[] { "21", "KLÂ", "TW" })]
    public void Look_alikes_are_not_symbols(string text, string[] expected)
    {
        AssertTokens(Tokenizer, text, expected);
        Assert.DoesNotContain(Analyze(Tokenizer, text), t => t.Type == S);
    }

    [Fact]
    public void Decomposed_input_is_composed_per_token_with_original_offsets()
    {
        var text = "xây du\u031B\u0323ng Đa\u0309ng";
        AssertTokens(Tokenizer, text,
            ["xây", "dựng", "Đảng"],
            starts: [0, 4, 11],
            ends: [3, 10, 16]);
    }

    [Fact]
    public void A_decomposed_word_alone_keeps_its_full_length_as_end_offset()
    {
        const string text = "Đa\u0309ng";
        AssertTokens(Tokenizer, text, ["Đảng"], starts: [0], ends: [text.Length]);
    }

    [Fact]
    public void A_combining_mark_with_no_letter_before_it_is_skipped()
    {
        AssertTokens(Tokenizer, "\u0301abc \u0323", ["abc"], starts: [1], ends: [4]);
    }

    [Fact]
    public void Letters_outside_the_basic_plane_stay_whole_and_other_symbols_separate()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter; U+1F600 (an emoji) is not.
        AssertTokens(Tokenizer, "\uD835\uDC00\uD835\uDC01 x\uD83D\uDE00y",
            ["\uD835\uDC00\uD835\uDC01", "x", "y"],
            starts: [0, 5, 8],
            ends: [4, 6, 9]);
    }

    [Fact]
    public void Unpaired_surrogates_separate_tokens()
    {
        AssertTokens(Tokenizer, "ab\uD800cd\uDC00ef", ["ab", "cd", "ef"], starts: [0, 3, 6], ends: [2, 5, 8]);
    }

    [Fact]
    public void Runs_longer_than_the_maximum_are_cut()
    {
        var text = new string('a', 600) + " b";
        AssertTokens(Tokenizer, text,
            [new string('a', 255), new string('a', 255), new string('a', 90), "b"],
            starts: [0, 255, 510, 601],
            ends: [255, 510, 600, 602]);
    }

    [Theory]
    [InlineData("tự soi, tự sửa", new[] { 0, 0, 1, 0 })]
    [InlineData("Ê-đê H'Mông", new[] { 0, 0, 0, 0 })] // a hyphen or apostrophe inside a name joins
    [InlineData("kinh tế - xã hội", new[] { 0, 0, 1, 0 })] // a dash between spaces separates
    [InlineData("KẾ HOẠCH\nthực hiện", new[] { 0, 0, 1, 0 })]
    [InlineData("(hoàn thành) trước", new[] { 1, 0, 1 })]
    [InlineData("số 21-KL/TW ngày", new[] { 0, 0, 0, 0, 0, 0 })]
    [InlineData("số: 21-KL/TW", new[] { 0, 1, 1, 0, 0 })]
    public void Punctuation_and_line_breaks_set_the_phrase_break_flag(string text, int[] flags)
    {
        var tokens = Analyze(Tokenizer, text);
        // The first token's flag depends on what precedes the text; only later ones matter.
        var expected = flags.Skip(1).ToArray();
        Assert.Equal(expected, tokens.Skip(1).Select(t => t.Flags & VietnameseTokenizer.PhraseBreakFlag).ToArray());
    }

    [Fact]
    public void A_reader_returning_one_char_at_a_time_gives_the_same_tokens()
    {
        var text = LongText();
        var expected = Analyze(Tokenizer, text);

        using var tokenizer = new VietnameseTokenizer(new TrickleReader(text));
        var actual = Consume(tokenizer, text.Length);

        Assert.Equal(expected, actual);
        Assert.Contains(actual, t => t.Type == S && t.Start > 4096);
    }

    [Fact]
    public void Offsets_point_at_the_original_text_across_buffer_refills()
    {
        var text = LongText();
        foreach (var token in Analyze(Tokenizer, text))
        {
            var original = text[token.Start..token.End];
            var expected = token.Type == S ? original.Replace(" ", string.Empty, StringComparison.Ordinal) : original.Normalize(NormalizationForm.FormC);
            Assert.Equal(expected, token.Term);
        }
    }

    [Fact]
    public void The_tokenizer_can_be_reused_with_a_new_reader()
    {
        var tokenizer = new VietnameseTokenizer(new StringReader("Kết luận 21-KL/TW"));
        var first = Consume(tokenizer, 17);
        tokenizer.Dispose();

        tokenizer.SetReader(new StringReader("Kết luận 21-KL/TW"));
        var second = Consume(tokenizer, 17);
        tokenizer.Dispose();

        Assert.Equal(first, second);
        Assert.Equal(6, first.Count);
    }

    [Fact]
    public void Offsets_are_corrected_through_a_char_filter_in_front()
    {
        // The tokenizer reports offsets through CorrectOffset, so a CharFilter that changes the text's
        // length ("ph" → "f" here) still yields offsets into the text as stored.
        var map = new Lucene.Net.Analysis.CharFilters.NormalizeCharMap.Builder();
        map.Add("ph", "f");
        var charMap = map.Build();
        var analyzer = Analyzer.NewAnonymous(
            (_, reader) => new TokenStreamComponents(new VietnameseTokenizer(reader)),
            (_, reader) => new Lucene.Net.Analysis.CharFilters.MappingCharFilter(charMap, reader));
        const string text = "phở ngon 21-KL/TW";
        AssertTokens(analyzer, text,
            ["fở", "ngon", "21-KL/TW", "21", "KL", "TW"],
            starts: [0, 4, 9, 9, 12, 15],
            ends: [3, 8, 17, 11, 14, 17]);
    }

    [Fact]
    public void Empty_and_blank_texts_give_no_tokens()
    {
        AssertTokens(Tokenizer, string.Empty, []);
        AssertTokens(Tokenizer, " \n\t,.;-", []);
    }

    /// <summary>About 20,000 chars of citations, NFD words and punctuation, so the 4,096-char window refills many times.</summary>
    private static string LongText()
    {
        var builder = new StringBuilder();
        var sentences = new[]
        {
            "Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII; ",
            "Kế hoạch số 01- KL/TW và Nghị định 249/2025/NĐ-CP.\n",
            "Đa\u0309ng u\u0309y Khối (Quy định 183-QĐ/ThU) ",
            "tự soi, tự sửa; 348/KH-UBND và 63/2025/QH15! ",
        };
        for (var i = 0; builder.Length < 20_000; i++)
            builder.Append(sentences[i % sentences.Length]).Append(new string(' ', i % 7));
        return builder.ToString();
    }

    /// <summary>A reader that hands out one char per Read call, as a slow stream might.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (position >= text.Length || count == 0)
                return 0;
            buffer[index] = text[position++];
            return 1;
        }

        public override int Read() => position < text.Length ? text[position++] : -1;

        public override int Peek() => position < text.Length ? text[position] : -1;
    }
}
