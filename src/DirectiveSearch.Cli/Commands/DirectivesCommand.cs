using DirectiveSearch.Core.Graph;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch directives [Q] [--type T] [--issuer I] [--limit N] [--offset N] [--index DIR] [--json]: the
/// knowledge base, most cited first, as GET /api/directives returns it (--json) or one line a directive.
/// </summary>
public static class DirectivesCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, DirectivesSettings.Definition);
        var parameters = new DirectiveListParameters(
            Q: parsed.Positional.Count == 0 ? null : string.Join(' ', parsed.Positional),
            Type: parsed.Option("type"),
            Issuer: parsed.Option("issuer"),
            Limit: parsed.Int("limit"),
            Offset: parsed.Int("offset"),
            Status: parsed.Option("status"));
        if (parameters.Validate() is { } invalid)
            throw new UsageException(invalid.Name == "q" ? $"Q {invalid.Reason}" : $"--{invalid.Name} {invalid.Reason}");
        using var index = IndexArgument.Open(parsed, error);
        if (index is null)
            return ExitCodes.NotFound;

        var page = index.Knowledge.Directory.Search(parameters.ToQuery());
        if (parsed.Flag("json"))
        {
            output.WriteLine(ApiJson.Serialize(page));
            return ExitCodes.Success;
        }

        foreach (var entry in page.Items)
            output.WriteLine($"{DirectiveText.Line(entry)} · {entry.CitedByCount} văn bản trích dẫn{DirectiveText.StatusNote(entry.Status)}");
        var shown = page.Items.Count == 0 ? string.Empty : $" (hiển thị {page.Offset + 1}–{page.Offset + page.Items.Count})";
        output.WriteLine($"Tổng số: {page.Total} văn bản trong cơ sở tri thức{shown}");
        return ExitCodes.Success;
    }
}
