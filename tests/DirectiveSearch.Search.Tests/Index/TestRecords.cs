using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Search.Tests.Index;

/// <summary>Small hand-made records: a title line, then numbered sections, one paragraph each.</summary>
internal static class TestRecords
{
    public static DocumentRecord Plan(string id, string title, params string[] sections) =>
        Plan(id, title, date: null, issuer: null, symbol: null, sections);

    public static DocumentRecord Plan(string id, string title, DateOnly? date, string? issuer, string? symbol, params string[] sections)
    {
        var lines = new List<string> { "KẾ HOẠCH", title };
        var parsed = new List<Section>();
        var offset = lines.Sum(l => l.Length + 1);
        for (var i = 0; i < sections.Length; i++)
        {
            var line = $"{i + 1}. {sections[i]}";
            parsed.Add(new Section($"{i + 1}", sections[i].Split('.')[0], offset, offset + line.Length, []));
            lines.Add(line);
            offset += line.Length + 1;
        }

        return new DocumentRecord(
            id,
            [new SourceFile(id + ".txt", "txt", false, [], new string('0', 64), 1, null)],
            new DocumentType("KH", "Kế hoạch"),
            symbol,
            title,
            issuer,
            null,
            date,
            parsed,
            [],
            null,
            string.Join('\n', lines));
    }
}
