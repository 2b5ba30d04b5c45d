using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch dependants REF [--relation R] [--index DIR] [--json]: who depends on a directive by a direct edge
/// ("what is based on Luật 63"), as GET /api/directives/{id}/dependants returns it.
/// </summary>
public static class DependantsCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, DependantsSettings.Definition);
        if (parsed.Positional.Count == 0)
            throw new UsageException("dependants needs a REF (\"Luật 63/2025/QH15\", \"KL 21\", \"21-KL/TW\")");
        var (relation, invalid) = RelationFilter.Parse(parsed.Option("relation"));
        if (invalid is not null)
            throw new UsageException($"--{invalid.Name} {invalid.Reason}");
        var reference = string.Join(' ', parsed.Positional);
        // Dependants are direct edges: the records citing the directive, which is what Around reads.
        return DirectiveNode.Run(parsed, reference, error, index => index.Knowledge.Around(reference), (graph, id) =>
        {
            var dependants = graph.Dependants(id, relation);
            if (parsed.Flag("json"))
            {
                output.WriteLine(ApiJson.Serialize(dependants));
                return ExitCodes.Success;
            }

            var root = graph.Node(id)!;
            var which = relation is null ? string.Empty : $" ({DirectiveText.Relation(relation)})";
            output.WriteLine(TerminalText.Plain($"Văn bản dựa trên {root.Label} ({id}){which}: {dependants.Count}"));
            foreach (var dependant in dependants)
            {
                var inCorpus = dependant.InCorpus ? " [trong kho]" : string.Empty;
                var date = dependant.Date is { } d ? $", ngày {DirectiveText.Date(d)}" : string.Empty;
                output.WriteLine(TerminalText.Plain($"  {dependant.Label} ({dependant.Id}){date}{inCorpus} · {string.Join(", ", dependant.Relations.Select(DirectiveText.Relation))}"));
                if (dependant.Title is { } title)
                    output.WriteLine(TerminalText.Plain($"      {title}"));
            }

            return ExitCodes.Success;
        });
    }
}
