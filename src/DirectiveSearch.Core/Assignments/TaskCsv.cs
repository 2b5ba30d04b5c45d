using System.Globalization;
using System.Text;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// Tasks as CSV for Excel: UTF-8 with a byte order mark, RFC 4180 quoting, and every cell that Excel would read
/// as a formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe, so that a plan's
/// "- Xây dựng kế hoạch" or a crafted "=HYPERLINK(...)" stays text.
/// </summary>
public static class TaskCsv
{
    private static readonly string[] Header =
        ["id", "document_id", "document", "section", "lead", "supporting", "deadline_text", "due", "status", "output", "directives", "text"];

    public static string ToCsv(IEnumerable<TaskEntry> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var task in tasks)
        {
            AppendRow(csv,
            [
                task.Id,
                task.DocumentId,
                task.Citation,
                task.Section ?? string.Empty,
                string.Join("; ", task.Lead.Select(u => u.Name)),
                string.Join("; ", task.Supporting.Select(u => u.Name)),
                task.DeadlineText ?? string.Empty,
                task.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                task.Status,
                task.Output ?? string.Empty,
                string.Join("; ", task.Directives),
                task.Text,
            ]);
        }

        return csv.ToString();
    }

    public static void Write(IEnumerable<TaskEntry> tasks, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Encoding.UTF8.Preamble);
        stream.Write(Encoding.UTF8.GetBytes(ToCsv(tasks)));
    }

    /// <summary>A cell Excel would evaluate, made text.</summary>
    public static string Defuse(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                csv.Append(',');
            var field = Defuse(fields[i]);
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else
                csv.Append(field);
        }

        csv.Append("\r\n");
    }
}
