using System.CommandLine;
using System.Globalization;
using DirectiveSearch.Bench.Archive;

namespace DirectiveSearch.Bench.Commands;

/// <summary>
/// dirsearch-bench generate --documents N --out DIR [--seed S] [--formats txt,docx,pdf] [--workers N]: writes a
/// realistic archive of N documents and its truth file (<see cref="ArchiveGenerator"/>); the same seed gives the same archive.
/// </summary>
public static class GenerateCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var documents = BenchOptions.Int("--documents", 1000, 1, 10_000_000, "how many documents");
        var outDirectory = new Option<string>("--out") { Description = "the folder to write (replaced when it holds another archive)", Required = true };
        var seed = BenchOptions.Int("--seed", 1, 0, int.MaxValue, "the seed: the same seed, the same archive");
        var formats = BenchOptions.Text("--formats", "the formats to write, separated by commas (default txt,docx,pdf)", "txt,docx,pdf");
        var workers = BenchOptions.Int("--workers", 2, 1, 64, "documents written in parallel");
        var command = new Command("generate", "a realistic archive of N documents (directives, provincial, district and commune plans) with its truth file")
        {
            documents, outDirectory, seed, formats, workers,
        };
        command.SetAction(result =>
        {
            var settings = new ArchiveSettings(
                result.GetValue(documents),
                Path.GetFullPath(result.GetValue(outDirectory)!),
                result.GetValue(seed),
                ParseFormats(result.GetValue(formats)!),
                result.GetValue(workers));
            var generated = ArchiveGenerator.Generate(settings, error.WriteLine);
            var m = generated.Manifest;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{(generated.Reused ? "reused" : "generated")} {m.Documents} documents in {m.Files} files ({m.TextMegabytes:0.0} MB of text; {string.Join(", ", m.PerLevel.Select(l => $"{l.Value} {l.Key}"))}) in {settings.Directory} in {generated.Seconds:0.0} s"));
            return BenchExitCodes.Success;
        });
        return command;
    }

    public static IReadOnlyList<string> ParseFormats(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
