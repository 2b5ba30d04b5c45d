namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch ingest: what it reads, into which index, and how it reports.</summary>
public static class IngestSettings
{
    public static readonly CommandDefinition Definition = new(
        "ingest",
        $"Read .txt, .md, .docx and .pdf files (default {CliApp.DefaultCorpus}/) and the index's uploads/ into the index, resolving every citation. " +
        "Ends with a summary: documents, files, rejected files, documents lacking type, date, title or issuer, merges.",
        [new ArgumentDefinition("[PATH...]", $"files or folders to read (default {CliApp.DefaultCorpus}/)")],
        [
            CommonOptions.Index,
            CommonOptions.Workers,
            CommonOptions.NoOcr,
            OptionDefinition.Value("meetings", "FILE", "a JSON file of named meetings added to the built-in table"),
            OptionDefinition.Switch("json", "print the summary as JSON"),
            OptionDefinition.Switch("rebuild", "move a damaged index aside (to <index>/damaged-<time>/) and build it again"),
            OptionDefinition.Switch("drop-uploads", "leave the index's uploads/ out (no file is deleted)"),
            OptionDefinition.Switch("list", "also print one line per document (id, type, symbol, files, title)"),
        ]);
}
