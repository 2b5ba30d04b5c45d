namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch quotes: every sentence citing a directive.</summary>
public static class QuotesSettings
{
    public static readonly CommandDefinition Definition = new(
        "quotes",
        "Every sentence citing a directive, with a citation to paste (\"Kế hoạch số 62-KH/ĐUK ..., mục II.1\").",
        [CommonOptions.Reference],
        [
            OptionDefinition.Value("format", "text|json|csv", "the output format (default text); csv is RFC 4180"),
            OptionDefinition.Value("lang", "vi|en", "the language of csv column names and relation words (default vi)"),
            OptionDefinition.Switch("json", "the same as --format json"),
            CommonOptions.Index,
        ]);
}
