using System.Text;
using System.Text.RegularExpressions;
using DirectiveSearch.Readers.Pdf;
using DirectiveSearch.Readers.PlainText;
using Xunit.Abstractions;

namespace DirectiveSearch.Readers.Tests.Pdf;

/// <summary>
/// The seed documents exist as PDF and as text: read from the PDF, they must say exactly what the text
/// says (whitespace aside), and keep the paragraphs that matter for citing apart.
/// </summary>
public sealed partial class PdfReaderCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds() => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reads_the_same_text_as_the_txt_version(string seed)
    {
        var pdf = ReadPdf(seed).Paragraphs;
        var txt = ReadTxt(seed);

        var fromPdf = Normalize(string.Join(' ', pdf.Select(WithoutPrintedArtefacts)));
        var fromTxt = Normalize(string.Join(' ', txt));
        var exactParagraphs = txt.Select(Normalize).Count(paragraph => pdf.Select(Normalize).Contains(paragraph));
        output.WriteLine($"{seed}: word similarity {WordSimilarity(fromPdf, fromTxt):P2}, " +
            $"{pdf.Count} PDF paragraphs, {exactParagraphs}/{txt.Count} txt paragraphs found exactly");

        Assert.True(fromPdf == fromTxt, FirstDifference(fromPdf, fromTxt));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Rebuilds_the_paragraphs_of_the_txt_version(string seed)
    {
        var pdf = ReadPdf(seed).Paragraphs.Select(Normalize).ToList();
        var txt = ReadTxt(seed).Select(Normalize).ToList();

        Assert.Equal(txt, pdf);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Keeps_the_first_part_heading_and_each_recipient_a_paragraph_of_its_own(string seed)
    {
        var pdf = ReadPdf(seed).Paragraphs.Select(Normalize).ToList();
        var txt = ReadTxt(seed).Select(Normalize).ToList();

        var heading = Assert.Single(txt, paragraph => PartOneHeading().IsMatch(paragraph));
        Assert.Contains(heading, pdf);

        var recipientsAt = txt.IndexOf("Nơi nhận:");
        Assert.True(recipientsAt >= 0, "the txt has no 'Nơi nhận:'");
        Assert.Contains("Nơi nhận:", pdf);
        var recipients = txt.Skip(recipientsAt + 1).TakeWhile(paragraph => paragraph.StartsWith('-')).ToList();
        Assert.NotEmpty(recipients);
        Assert.All(recipients, recipient => Assert.Contains(WithoutPrintedArtefacts(recipient).Trim(), pdf.Select(p => WithoutPrintedArtefacts(p).Trim())));
    }

    [Fact]
    public void Refuses_the_scanned_seed_without_ocr_and_says_why()
    {
        var path = RepositoryFiles.Seed("001", ".scanned.pdf");
        using var stream = File.OpenRead(path);

        var error = Assert.Throws<DocumentReadException>(() => new PdfReader().Read(stream, ReadOptions.For(path)));

        Assert.Contains("không có lớp văn bản", error.Message, StringComparison.Ordinal);
    }

    private static ExtractedDocument ReadPdf(string seed)
    {
        var path = RepositoryFiles.Seed(seed, ".pdf");
        using var stream = File.OpenRead(path);
        var document = new PdfReader().Read(stream, ReadOptions.For(path));
        Assert.Empty(document.OcrPages);
        Assert.True(document.PageCount > 0);
        return document;
    }

    // The .txt carries Word-to-text leftovers ("**", "*...*", "[bookmark: _GoBack]"); the text reader removes them.
    private static IReadOnlyList<string> ReadTxt(string seed)
    {
        var path = RepositoryFiles.Seed(seed, ".txt");
        using var stream = File.OpenRead(path);
        return new PlainTextReader().Read(stream, ReadOptions.For(path)).Paragraphs;
    }

    // The seed PDFs were printed from the converted text, so its leftovers are printed on the page too:
    // the "[bookmark: _GoBack]" tag and the "|" between table cells. They are text of the PDF, not reader errors.
    private static string WithoutPrintedArtefacts(string text) => Bookmark().Replace(text, string.Empty).Replace("|", " ", StringComparison.Ordinal);

    // A line that ends in "21-" cannot show whether the author typed "21-NQ/TW" or "21- NQ/TW" (seed 003 has both);
    // the reader joins the symbol tight, so the comparison does not count that space.
    private static string Normalize(string text) =>
        SymbolHyphen().Replace(Whitespace().Replace(WithoutPrintedArtefacts(text), " "), "$1-$2").Trim().Normalize(NormalizationForm.FormC);

    private static double WordSimilarity(string a, string b)
    {
        var (x, y) = (a.Split(' '), b.Split(' '));
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        foreach (var word in x)
        {
            for (var j = 1; j <= y.Length; j++)
                current[j] = word == y[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return 2.0 * previous[y.Length] / (x.Length + y.Length);
    }

    private static string FirstDifference(string pdf, string txt)
    {
        var at = 0;
        while (at < pdf.Length && at < txt.Length && pdf[at] == txt[at])
            at++;
        var from = Math.Max(0, at - 80);
        return $"texts differ at {at}:\n pdf: …{pdf[from..Math.Min(pdf.Length, at + 80)]}…\n txt: …{txt[from..Math.Min(txt.Length, at + 80)]}…";
    }

    [GeneratedRegex(@"^I[.\-]\s*MỤC ĐÍCH")]
    private static partial Regex PartOneHeading();

    [GeneratedRegex(@"\[bookmark:[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"(\d)- (\p{Lu})")]
    private static partial Regex SymbolHyphen();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
