namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>The seeds of the bundled corpus, each present as .txt and .docx.</summary>
internal static class DocxCorpus
{
    public static readonly TheoryData<string> Seeds = new() { "000", "001", "002", "003", "004" };
}
