namespace DirectiveSearch.Cli.Settings;

/// <summary>Options several commands share, written once so their help reads the same everywhere.</summary>
internal static class CommonOptions
{
    public static readonly OptionDefinition Index = OptionDefinition.Value("index", "DIR", $"the index folder (default {CliApp.DefaultIndex}/)");

    public static readonly OptionDefinition Json = OptionDefinition.Switch("json", "print the JSON the HTTP API returns");

    public static readonly OptionDefinition NoOcr = OptionDefinition.Switch("no-ocr", "do not run OCR (tesseract) on scanned PDF pages");

    public static readonly OptionDefinition Workers = OptionDefinition.Whole(
        "workers",
        "files read at once",
        new WholeNumber(() => Environment.ProcessorCount, "the number of processors", 1, 64));

    public static readonly ArgumentDefinition Reference = new("REF", "a directive as people write it: \"KL 21\", \"kết luận 21\", \"21-KL/TW\", \"kl21\", \"nq-35-tw-2018\"");
}
