using DirectiveSearch.Readers.Docx;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>The corpus .docx files read to the same words as their .txt exports.</summary>
public sealed class DocxReaderCorpusTests
{
    private static IReadOnlyList<string> ReadDocx(string seed)
    {
        using var file = File.OpenRead(RepositoryFiles.Seed(seed, ".docx"));
        return new DocxReader().Read(file, ReadOptions.For(Path.GetFileName(file.Name))).Paragraphs;
    }

    private static string ReadTxt(string seed) => File.ReadAllText(RepositoryFiles.Seed(seed, ".txt"));

    [Theory]
    [MemberData(nameof(DocxCorpus.Seeds), MemberType = typeof(DocxCorpus))]
    public void Reads_the_same_words_as_the_text_export(string seed)
    {
        var fromDocx = CorpusComparableText.Of(string.Join(' ', ReadDocx(seed)));
        var fromTxt = CorpusComparableText.Of(ReadTxt(seed));

        Assert.Equal(fromTxt, fromDocx);
    }

    [Theory]
    [MemberData(nameof(DocxCorpus.Seeds), MemberType = typeof(DocxCorpus))]
    public void Gives_one_paragraph_per_line_of_the_text_export(string seed)
    {
        var fromDocx = ReadDocx(seed).Select(CorpusComparableText.Of).Where(line => line.Length > 0);
        var fromTxt = ReadTxt(seed).Split('\n').Select(CorpusComparableText.Of).Where(line => line.Length > 0);

        Assert.Equal(fromTxt, fromDocx);
    }

    [Fact]
    public void Leaves_conversion_artifacts_that_are_text_in_the_docx_to_the_pipeline()
    {
        // These are real characters in the seeds' document.xml, not markup: the reader keeps them and
        // ConversionArtifacts (Core) removes them for every format alike.
        Assert.Contains(ReadDocx("001"), paragraph => paragraph.StartsWith("[bookmark: _GoBack]- Đảng ủy", StringComparison.Ordinal));
        Assert.Contains("- Thường trực Tỉnh ủy, | (để b/c)", ReadDocx("002"));
        Assert.Contains("*", ReadDocx("003"));
    }
}
