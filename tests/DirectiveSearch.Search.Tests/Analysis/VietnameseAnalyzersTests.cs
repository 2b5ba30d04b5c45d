using System.Runtime.CompilerServices;
using System.Text;
using DirectiveSearch.Core.Text;
using DirectiveSearch.Core.Text.ToneMarks;
using DirectiveSearch.Search.Analysis;
using DirectiveSearch.Search.Index;
using Lucene.Net.Analysis;
using static DirectiveSearch.Search.Tests.Analysis.TokenStreamAssert;

namespace DirectiveSearch.Search.Tests.Analysis;

public sealed class VietnameseAnalyzersTests
{
    // "Kết luận số 21-KL/TW của Đảng uỷ": the new-style "uỷ" must come out as "ủy".
    private const string Citation = "Kết luận số 21-KL/TW của Đảng uỷ";
    private static readonly int[] WordStarts = [0, 4, 9, 12, 12, 15, 18, 21, 25, 30];
    private static readonly int[] WordEnds = [3, 8, 11, 20, 14, 17, 20, 24, 29, 32];
    private static readonly int[] WordIncrements = [1, 1, 1, 1, 0, 1, 1, 1, 1, 1];
    private static readonly int[] BigramStarts = [0, 4, 9, 12, 15, 18, 21, 25];
    private static readonly int[] BigramEnds = [8, 11, 14, 17, 20, 24, 29, 32];
    private static readonly int[] BigramIncrements = [1, 1, 1, 1, 1, 1, 1, 1];

    public static TheoryData<string> AnalyzerNames => new() { "Exact", "Folded", "ExactBigrams", "FoldedBigrams" };

    [Fact]
    public void Exact_keeps_diacritics_and_lower_cases()
    {
        AssertTokens(VietnameseAnalyzers.Exact, Citation,
            ["kết", "luận", "số", "21-kl/tw", "21", "kl", "tw", "của", "đảng", "ủy"],
            WordStarts, WordEnds, WordIncrements);
    }

    [Fact]
    public void Folded_removes_diacritics()
    {
        AssertTokens(VietnameseAnalyzers.Folded, Citation,
            ["ket", "luan", "so", "21-kl/tw", "21", "kl", "tw", "cua", "dang", "uy"],
            WordStarts, WordEnds, WordIncrements);
    }

    [Fact]
    public void Exact_bigrams_pair_exact_syllables()
    {
        AssertTokens(VietnameseAnalyzers.ExactBigrams, Citation,
            ["kết_luận", "luận_số", "số_21", "21_kl", "kl_tw", "tw_của", "của_đảng", "đảng_ủy"],
            BigramStarts, BigramEnds, BigramIncrements);
    }

    [Fact]
    public void Folded_bigrams_pair_folded_syllables()
    {
        AssertTokens(VietnameseAnalyzers.FoldedBigrams, Citation,
            ["ket_luan", "luan_so", "so_21", "21_kl", "kl_tw", "tw_cua", "cua_dang", "dang_uy"],
            BigramStarts, BigramEnds, BigramIncrements);
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Capitals_symbols_with_d_and_spaced_symbols_are_normalized(string name)
    {
        var analyzer = ByName(name);
        Assert.Equal(Terms(analyzer, "kế hoạch 28-kh/đuk và 01-kl/tw"), Terms(analyzer, "KẾ HOẠCH 28-KH/ĐUK VÀ 01- KL/TW"));
    }

    [Theory]
    [InlineData("Đảng uỷ", "Đảng ủy")]
    [InlineData("khoá", "khóa")]
    [InlineData("hoà bình, khoẻ mạnh, thuỷ lợi", "hòa bình, khỏe mạnh, thủy lợi")]
    [InlineData("vịêt", "việt")]
    [InlineData("thuýên", "thuyến")]
    [InlineData("ĐẢNG UỶ", "đảng ủy")]
    [InlineData("Đa\u0309ng u\u0309y", "Đảng ủy")]
    [InlineData("Ho\u0300a ho\u0323c", "Hòa học")]
    public void Spelling_variants_give_identical_streams_in_all_four_analyzers(string variant, string canonical)
    {
        foreach (var name in new[] { "Exact", "Folded", "ExactBigrams", "FoldedBigrams" })
        {
            var analyzer = ByName(name);
            var a = Analyze(analyzer, variant);
            var b = Analyze(analyzer, canonical);
            Assert.Equal(b.Select(t => (t.Term, t.PositionIncrement, t.Type)), a.Select(t => (t.Term, t.PositionIncrement, t.Type)));
            if (variant.Length == canonical.Length)
                Assert.Equal(b.Select(t => (t.Start, t.End)), a.Select(t => (t.Start, t.End)));
        }
    }

    [Fact]
    public void Decomposed_input_keeps_offsets_into_the_original_text()
    {
        const string text = "Đa\u0309ng";
        AssertTokens(VietnameseAnalyzers.Exact, text, ["đảng"], starts: [0], ends: [5], increments: [1]);
        AssertTokens(VietnameseAnalyzers.Folded, text, ["dang"], starts: [0], ends: [5], increments: [1]);

        const string pair = "Đa\u0309ng u\u0309y";
        AssertTokens(VietnameseAnalyzers.ExactBigrams, pair, ["đảng_ủy"], starts: [0], ends: [pair.Length]);
        AssertTokens(VietnameseAnalyzers.FoldedBigrams, pair, ["dang_uy"], starts: [0], ends: [pair.Length]);
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Reusing_an_analyzer_gives_the_same_stream(string name)
    {
        var analyzer = ByName(name);
        var first = Analyze(analyzer, Citation);
        var other = Analyze(analyzer, "Nghị định 249/2025/NĐ-CP, tự soi, tự sửa");
        var again = Analyze(analyzer, Citation);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Reuse_across_threads_is_safe()
    {
        var expected = Terms(VietnameseAnalyzers.Folded, Citation);
        Parallel.For(0, 200, _ => Assert.Equal(expected, Terms(VietnameseAnalyzers.Folded, Citation)));
    }

    [Fact]
    public void Per_field_wrapper_routes_the_index_fields()
    {
        using var wrapper = VietnameseAnalyzers.ForFields(new Dictionary<string, Analyzer> { ["title_folded"] = VietnameseAnalyzers.Folded });
        Assert.Equal(["đảng", "ủy"], FieldTerms(wrapper, VietnameseAnalyzers.ExactField, "Đảng uỷ"));
        Assert.Equal(["dang", "uy"], FieldTerms(wrapper, VietnameseAnalyzers.FoldedField, "Đảng uỷ"));
        Assert.Equal(["đảng_ủy"], FieldTerms(wrapper, VietnameseAnalyzers.ExactBigramsField, "Đảng uỷ"));
        Assert.Equal(["dang_uy"], FieldTerms(wrapper, VietnameseAnalyzers.FoldedBigramsField, "Đảng uỷ"));
        Assert.Equal(["dang", "uy"], FieldTerms(wrapper, "title_folded", "Đảng uỷ"));
        Assert.Equal(["đảng", "ủy"], FieldTerms(wrapper, "anything_else", "Đảng uỷ"));
    }

    [Fact]
    public void Disposing_the_wrapper_leaves_the_shared_analyzers_usable()
    {
        var wrapper = VietnameseAnalyzers.ForFields();
        _ = FieldTerms(wrapper, VietnameseAnalyzers.ExactField, "Đảng");
        wrapper.Dispose();
        Assert.Equal(["đảng"], Terms(VietnameseAnalyzers.Exact, "Đảng"));
    }

    [Fact]
    public void Field_names_agree_with_the_index()
    {
        Assert.Equal(IndexFields.Exact, VietnameseAnalyzers.ExactField);
        Assert.Equal(IndexFields.Folded, VietnameseAnalyzers.FoldedField);
        Assert.Equal(IndexFields.ExactBigrams, VietnameseAnalyzers.ExactBigramsField);
        Assert.Equal(IndexFields.FoldedBigrams, VietnameseAnalyzers.FoldedBigramsField);
    }

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CorpusDirectory(), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_texts_give_parallel_exact_and_folded_streams_with_true_offsets(string file)
    {
        var text = File.ReadAllText(Path.Combine(CorpusDirectory(), file));
        var exact = Analyze(VietnameseAnalyzers.Exact, text);
        var folded = Analyze(VietnameseAnalyzers.Folded, text);
        Assert.NotEmpty(exact);

        // Token for token, so the query builder can pair a query's exact and folded terms by index.
        Assert.Equal(exact.Count, folded.Count);
        for (var i = 0; i < exact.Count; i++)
        {
            Assert.Equal((exact[i].Start, exact[i].End, exact[i].PositionIncrement), (folded[i].Start, folded[i].End, folded[i].PositionIncrement));
            Assert.Equal(DiacriticFolder.Fold(exact[i].Term), folded[i].Term);
            if (exact[i].Type == VietnameseTokenizer.WordType)
            {
                var original = text[exact[i].Start..exact[i].End];
                Assert.Equal(ToneMarkNormalizer.Normalize(original).ToLowerInvariant(), exact[i].Term);
            }
        }

        // Bigram streams hold together too.
        Assert.All(Analyze(VietnameseAnalyzers.ExactBigrams, text), t => Assert.Contains(SyllableBigramFilter.Separator, t.Term));
        Assert.NotEmpty(Analyze(VietnameseAnalyzers.FoldedBigrams, text));
    }

    internal static Analyzer ByName(string name) => name switch
    {
        "Exact" => VietnameseAnalyzers.Exact,
        "Folded" => VietnameseAnalyzers.Folded,
        "ExactBigrams" => VietnameseAnalyzers.ExactBigrams,
        "FoldedBigrams" => VietnameseAnalyzers.FoldedBigrams,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static string[] FieldTerms(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        return Consume(stream, text.Length).Select(t => t.Term).ToArray();
    }

    private static string CorpusDirectory([CallerFilePath] string here = "")
    {
        // tests/DirectiveSearch.Search.Tests/Analysis/this file → repository root → corpus/
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
        return Path.Combine(root, "corpus");
    }
}
