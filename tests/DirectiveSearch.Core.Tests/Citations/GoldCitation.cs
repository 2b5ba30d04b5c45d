using DirectiveSearch.Core.Citations;

namespace DirectiveSearch.Core.Tests.Citations;

/// <summary>One row of gold-citations.tsv, located in its document's text.</summary>
internal sealed record GoldCitation(string DocumentId, string Target, CitationRelation Relation, string Anchor, TextSpan Span)
{
    /// <summary>
    /// Reads the gold file and finds each anchor in its document: rows follow the text, so an anchor is
    /// looked for after the previous anchor's start; "+" is the previous row's citation again.
    /// </summary>
    public static IReadOnlyList<GoldCitation> Read(string path, IReadOnlyDictionary<string, string> texts)
    {
        var rows = new List<GoldCitation>();
        var searchFrom = 0;
        string? document = null;
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            if (cells.Length != 4)
                throw new FormatException($"gold line {number}: expected 4 tab-separated cells");
            var (id, target, relationName, anchor) = (cells[0], cells[1], cells[2], cells[3]);
            var relation = Enum.Parse<CitationRelation>(relationName, ignoreCase: true);
            if (id != document)
            {
                document = id;
                searchFrom = 0;
            }

            if (anchor == "+")
            {
                var previous = rows[^1];
                rows.Add(previous with { Target = target, Relation = relation });
                continue;
            }

            var (plain, inner) = Unmark(anchor);
            var at = texts[id].IndexOf(plain, searchFrom, StringComparison.Ordinal);
            if (at < 0)
                throw new FormatException($"gold line {number}: \"{plain}\" not found in {id} after offset {searchFrom}");
            searchFrom = at + 1;
            rows.Add(new GoldCitation(id, target, relation, anchor, new TextSpan(at + inner.Start, at + inner.End)));
        }

        return rows;
    }

    // "thực hiện <kết luận>, quy định" → the text without brackets and the bracketed part's span in it.
    private static (string Plain, TextSpan Inner) Unmark(string anchor)
    {
        var open = anchor.IndexOf('<', StringComparison.Ordinal);
        var close = anchor.IndexOf('>', StringComparison.Ordinal);
        if (open < 0 || close < open)
            return (anchor, new TextSpan(0, anchor.Length));
        var plain = string.Concat(anchor.AsSpan(0, open), anchor.AsSpan(open + 1, close - open - 1), anchor.AsSpan(close + 1));
        return (plain, new TextSpan(open, close - 1));
    }
}
