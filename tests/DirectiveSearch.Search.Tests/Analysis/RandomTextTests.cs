using System.Text;
using DirectiveSearch.Search.Analysis;
using Lucene.Net.Analysis;
using static DirectiveSearch.Search.Tests.Analysis.TokenStreamAssert;

namespace DirectiveSearch.Search.Tests.Analysis;

/// <summary>
/// Random text through every analyzer, as Lucene's checkRandomData does: no exception, offsets inside
/// the text, start offsets never going back, sane positions (all checked by <see cref="TokenStreamAssert"/>).
/// </summary>
public sealed class RandomTextTests
{
    private static readonly string[] Pieces =
    [
        "Đảng", "uỷ", "ủy", "khoá", "vịêt", "người", "giữa", "quý", "NGHĨA", "21-KL/TW", "01- KL/TW", "249/2025/NĐ-CP",
        "63/2025/QH15", "21-", "/", "-", "25/10/2021", " ", " ", "  ", "\n", "\r\n", "\t", ",", ".", "(", ")", "'", "’",
        "\u00A0", "\u2011", "\u0300", "\u0301", "\u0309", "\u0323", "\u031B", "\u0302", "\u200B", "\uFEFF", "\0", "\u0007",
        "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00", "é", "ß", "ἀ", "が", "한국", "中文", "١٢٣", "ﬁ", "\u0958",
    ];

    private static readonly Analyzer Tokenizer = Chain(reader => new VietnameseTokenizer(reader));

    [Fact]
    public void A_thousand_random_strings_pass_through_every_analyzer()
    {
        var random = new Random(4_8_0_17);
        var analyzers = new[]
        {
            Tokenizer, VietnameseAnalyzers.Exact, VietnameseAnalyzers.Folded, VietnameseAnalyzers.ExactBigrams, VietnameseAnalyzers.FoldedBigrams,
        };
        for (var n = 0; n < 1_000; n++)
        {
            var text = RandomText(random);
            try
            {
                foreach (var analyzer in analyzers)
                    Analyze(analyzer, text);
                Assert.Equal(Analyze(VietnameseAnalyzers.Exact, text).Count, Analyze(VietnameseAnalyzers.Folded, text).Count);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                throw new InvalidOperationException($"text #{n}: {Escape(text)}", e);
            }
        }
    }

    [Fact]
    public void Random_vietnamese_text_gives_the_same_terms_decomposed_and_composed()
    {
        var random = new Random(2025);
        string[] syllables = ["Đảng", "uỷ", "khóa", "người", "Việt", "Nam", "chỉnh", "đốn", "xây", "dựng", "tự", "soi", "sửa", "quyết", "nghị", "giữa", "thuở", "21-KL/TW", "NĐ"];
        for (var n = 0; n < 200; n++)
        {
            var text = string.Join(random.Next(3) == 0 ? ", " : " ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => syllables[random.Next(syllables.Length)]));
            var decomposed = text.Normalize(NormalizationForm.FormD);
            foreach (var name in new[] { "Exact", "Folded", "ExactBigrams", "FoldedBigrams" })
            {
                var analyzer = VietnameseAnalyzersTests.ByName(name);
                Assert.Equal(Terms(analyzer, text), Terms(analyzer, decomposed));
            }
        }
    }

    [Fact]
    public void Very_long_inputs_and_tokens_are_handled()
    {
        var text = new StringBuilder()
            .Append('x', 100_000).Append(' ')
            .Append("\u0301", 0, 1).Append('a').Append('\u0301', 5_000).Append(' ')
            .Append(string.Concat(Enumerable.Repeat("Đảng ủy 21-KL/TW; ", 5_000)))
            .ToString();
        foreach (var analyzer in new[] { Tokenizer, VietnameseAnalyzers.Exact, VietnameseAnalyzers.Folded, VietnameseAnalyzers.ExactBigrams, VietnameseAnalyzers.FoldedBigrams })
        {
            var tokens = Analyze(analyzer, text);
            Assert.NotEmpty(tokens);
            Assert.All(tokens, t => Assert.True(t.Term.Length <= (VietnameseTokenizer.MaxTokenLength * 3 * 2) + 1));
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var pieces = random.Next(0, 40);
        for (var i = 0; i < pieces; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                    // any UTF-16 code unit, including controls and unpaired surrogates
                    builder.Append((char)random.Next(0, 0x10000));
                    break;
                case 1:
                    // any code point outside the basic plane, as a proper pair
                    builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
                    break;
                case 2 when random.Next(10) == 0:
                    // a very long token
                    builder.Append((char)random.Next('a', 'z' + 1), random.Next(200, 2_000));
                    break;
                case 3:
                    builder.Append((char)random.Next(0x0300, 0x0370));
                    break;
                default:
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
