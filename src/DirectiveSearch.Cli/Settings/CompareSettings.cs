namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch compare: the pairs of files ingest compares in full.</summary>
public static class CompareSettings
{
    public static readonly CommandDefinition Definition = new(
        "compare",
        "Every pair of files ingest would compare: their resemblance, the header fact keeping them apart, and whether they are one document. Writes nothing.",
        [new ArgumentDefinition("PATH...", "files or folders to compare")],
        [
            OptionDefinition.Value("floor", "X", "the smallest resemblance listed, from 0 to 1 (default 0.3)"),
            CommonOptions.Workers,
            CommonOptions.NoOcr,
            OptionDefinition.Switch("json", "print the pairs as JSON"),
        ]);
}
