using DirectiveSearch.Core.Graph;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch directive REF [--index DIR] [--json]: what a reference means ("KL 21", "kết luận 21", "21-KL/TW",
/// "kl21", "nq-35-tw-2018"). --json prints what GET /api/directives/resolve returns; the listing shows the
/// knowledge-base entry and who cites it, or the candidates when several directives fit.
/// </summary>
public static class DirectiveCommand
{
    private const int LinksShown = 20;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, DirectiveSettings.Definition);
        if (parsed.Positional.Count == 0)
            throw new UsageException("directive needs a REF (\"KL 21\", \"21-KL/TW\", \"kl-21-tw-2021\")");
        var reference = string.Join(' ', parsed.Positional);
        using var index = IndexArgument.Open(parsed, error);
        if (index is null)
            return ExitCodes.NotFound;

        var graph = index.Knowledge.Around(reference);
        var resolution = DirectiveResolution.Of(reference, graph);
        if (resolution.Id is null && resolution.Candidates.Count == 0)
        {
            DirectiveText.PrintNotFound(reference, graph.Knowledge, error);
            return ExitCodes.NotFound;
        }

        if (parsed.Flag("json"))
        {
            output.WriteLine(ApiJson.Serialize(resolution));
            // The same exit code as every other command taking a REF: several fit, the candidates were given.
            return resolution.Id is null ? ExitCodes.Ambiguous : ExitCodes.Success;
        }

        if (resolution.Id is null)
        {
            DirectiveText.PrintCandidates(reference, resolution.Candidates, graph.Knowledge, output);
            return ExitCodes.Ambiguous;
        }

        if (resolution.Directive is not { } entry)
        {
            // A corpus document without a symbol: a node of the graph, not a directive.
            output.WriteLine(TerminalText.Plain($"{graph.Node(resolution.Id)?.Label} ({resolution.Id}): văn bản trong kho, không có số ký hiệu"));
            return ExitCodes.Success;
        }

        Print(DirectiveDetails.Of(entry, graph), output);
        return ExitCodes.Success;
    }

    private static void Print(DirectiveDetails directive, TextWriter output)
    {
        output.WriteLine($"Mã (id): {directive.Id}");
        output.WriteLine(TerminalText.Plain($"Số ký hiệu: {directive.Symbol ?? "không rõ"}"));
        output.WriteLine(TerminalText.Plain($"Loại: {directive.TypeName} ({directive.Type})"));
        output.WriteLine(TerminalText.Plain($"Cơ quan ban hành: {directive.IssuingBody ?? directive.Issuer}"));
        output.WriteLine($"Ngày: {DirectiveText.Date(directive.Date)}");
        if (directive.Subject is { } subject)
            output.WriteLine(TerminalText.Plain($"Trích yếu: {subject}"));
        if (directive.Aliases.Count > 0)
            output.WriteLine(TerminalText.Plain($"Cách gọi khác: {string.Join("; ", directive.Aliases)}"));
        output.WriteLine(TerminalText.Plain($"Tình trạng: {directive.Status.Text}"));
        foreach (var act in directive.Status.Evidence)
            output.WriteLine(TerminalText.Plain($"  {DirectiveText.Relation(act.Relation)}: {act.Label} ({act.Id}){(act.Date is { } d ? ", ngày " + DirectiveText.Date(d) : string.Empty)} — \"{act.Sentence}\""));
        output.WriteLine(directive.DocumentId is { } documentId ? $"Văn bản trong kho: {documentId}" : "Văn bản không có trong kho (chỉ được trích dẫn)");
        PrintLinks($"Được trích dẫn bởi {directive.CitedByCount} văn bản:", directive.CitedBy, output);
        PrintLinks("Trích dẫn:", directive.Cites, output);
    }

    private static void PrintLinks(string heading, IReadOnlyList<GraphLink> links, TextWriter output)
    {
        if (links.Count == 0)
            return;
        output.WriteLine(heading);
        foreach (var link in links.Take(LinksShown))
            output.WriteLine(TerminalText.Plain($"  {link.Label} ({link.Id}) · {string.Join(", ", link.Relations.Select(DirectiveText.Relation))} · {link.Count} văn bản"));
        if (links.Count > LinksShown)
            output.WriteLine($"  … và {links.Count - LinksShown} văn bản khác");
    }
}
