using DirectiveSearch.Core.Graph;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch quotes REF [--format text|json|csv] [--lang vi|en] [--index DIR]: every sentence of the corpus citing a
/// directive, with a citation to paste; json as GET /api/directives/{id}/quotes returns it, csv as its format=csv
/// (RFC 4180, UTF-8 with a byte order mark so that Excel reads it, Vietnamese column names unless --lang en).
/// </summary>
public static class QuotesCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var mark = TerminalHighlight.For(output);
        var parsed = CommandArguments.Parse(args, QuotesSettings.Definition);
        if (parsed.Positional.Count == 0)
            throw new UsageException("quotes needs a REF (\"NQ 35\", \"35-NQ/TW\", \"nq-35-tw-2018\")");
        var format = parsed.Flag("json") ? "json" : parsed.Option("format")?.Trim().ToLowerInvariant() ?? "text";
        if (format is not ("text" or "json" or "csv"))
            throw new UsageException($"--format must be 'text', 'json' or 'csv', got '{parsed.Option("format")}'");
        if (QuoteLanguage.Parse(parsed.Option("lang")) is not { } language)
            throw new UsageException($"--lang must be 'vi' or 'en', got '{parsed.Option("lang")}'");
        var reference = string.Join(' ', parsed.Positional);
        return DirectiveNode.Run(parsed, reference, error, index => index.Knowledge.Around(reference), (graph, id) =>
        {
            var quotes = new QuoteFinder(graph.Knowledge).For(id);
            switch (format)
            {
                case "json":
                    output.WriteLine(ApiJson.Serialize(quotes));
                    break;
                case "csv":
                    // The same bytes as the API's file: a spreadsheet opening the saved output needs the BOM too.
                    output.Write('\uFEFF');
                    output.Write(QuoteFinder.ToCsv(quotes, language));
                    break;
                default:
                    output.WriteLine(TerminalText.Plain($"Các câu trích dẫn {graph.Node(id)!.Label} ({id}): {quotes.Count}"));
                    foreach (var quote in quotes)
                    {
                        output.WriteLine();
                        output.WriteLine($"“{Marked(quote, mark)}”");
                        output.WriteLine(TerminalText.Plain($"  — {quote.Citation} · {DirectiveText.Relation(quote.Relation)}"));
                    }

                    break;
            }

            return ExitCodes.Success;
        });
    }

    /// <summary>The sentence with the words referring to the directive highlighted.</summary>
    private static string Marked(Quote quote, TerminalHighlight mark) =>
        mark.Apply(quote.Sentence, quote.Marks);
}
