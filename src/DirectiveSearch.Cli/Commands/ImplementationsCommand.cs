using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch implementations REF [--transitive] [--index DIR] [--json]: the plans implementing a directive,
/// directly or (with --transitive) through chains of plans, as GET /api/directives/{id}/implementations returns them.
/// </summary>
public static class ImplementationsCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, ImplementationsSettings.Definition);
        if (parsed.Positional.Count == 0)
            throw new UsageException("implementations needs a REF (\"KL 21\", \"21-KL/TW\", \"kl-21-tw-2021\")");
        var reference = string.Join(' ', parsed.Positional);
        return DirectiveNode.Run(parsed, reference, error, index => index.Knowledge.ForImplementations(reference, parsed.Flag("transitive")), (graph, id) =>
        {
            var implementations = graph.Implementations(id, parsed.Flag("transitive"));
            if (parsed.Flag("json"))
            {
                output.WriteLine(ApiJson.Serialize(implementations));
                return ExitCodes.Success;
            }

            var root = graph.Node(id)!;
            output.WriteLine(TerminalText.Plain($"Văn bản thực hiện {root.Label} ({id}): {implementations.Count}"));
            foreach (var implementation in implementations)
            {
                var inCorpus = implementation.InCorpus ? " [trong kho]" : string.Empty;
                output.WriteLine(TerminalText.Plain($"  {implementation.Label} ({implementation.Id}){inCorpus} · {DirectiveText.Relation(implementation.Relation)}"));
                if (implementation.Title is { } title)
                    output.WriteLine(TerminalText.Plain($"      {title}"));
                if (implementation.Depth > 1)
                    output.WriteLine(TerminalText.Plain($"      chuỗi: {string.Join(" → ", implementation.Path)}"));
            }

            return ExitCodes.Success;
        });
    }
}
