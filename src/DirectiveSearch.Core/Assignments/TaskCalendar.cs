using System.Globalization;
using System.Text;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// The deadlines of tasks as an iCalendar file (RFC 5545) to import into a calendar: one all-day event per task
/// with a due date, lines ended with CRLF and folded at 75 octets without splitting a UTF-8 character, text
/// escaped (backslash, semicolon, comma, line break). Tasks without a due date ("thường xuyên", "hằng năm") have
/// no day to put in a calendar and are left out.
/// </summary>
public static class TaskCalendar
{
    private const int MaxOctets = 75;

    /// <param name="stamp">When the file is made (DTSTAMP), from the caller's clock.</param>
    /// <param name="name">The calendar's name (X-WR-CALNAME), e.g. the unit's.</param>
    public static string ToIcs(IEnumerable<TaskEntry> tasks, DateTimeOffset stamp, string name)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(name);
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//DirectiveSearch//Nhiem vu//VI");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape(name));
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var task in tasks)
        {
            if (task.Due is not { } due)
                continue;
            Line(ics, "BEGIN:VEVENT");
            Line(ics, "UID:" + Escape(task.Id) + "@directivesearch");
            Line(ics, "DTSTAMP:" + dtstamp);
            Line(ics, "DTSTART;VALUE=DATE:" + due.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(ics, "DTEND;VALUE=DATE:" + due.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            var lead = task.Lead.Count > 0 ? string.Join(", ", task.Lead.Select(u => u.Name)) : "Chưa rõ đơn vị";
            Line(ics, "SUMMARY:" + Escape($"Hạn: {Shorten(task.Text, 80)} ({lead})"));
            Line(ics, "DESCRIPTION:" + Escape($"{task.Text}\n\nĐơn vị chủ trì: {lead}\nThời hạn: {task.DeadlineText}\nNguồn: {task.Citation}"));
            Line(ics, "CATEGORIES:" + Escape(TaskStatuses.Label(task.Status)));
            Line(ics, "TRANSP:TRANSPARENT");
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>RFC 5545 §3.3.11 TEXT escaping.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            switch (c)
            {
                case '\\': escaped.Append("\\\\"); break;
                case ';': escaped.Append("\\;"); break;
                case ',': escaped.Append("\\,"); break;
                case '\n': escaped.Append("\\n"); break;
                case '\r': break;
                default:
                    if (!char.IsControl(c))
                        escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Appends a content line folded at 75 octets (§3.1): continuation lines begin with one space, a character never split.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + width > limit)
            {
                ics.Append("\r\n ");
                octets = 1;
            }

            ics.Append(line[i]);
            if (width == 4)
                ics.Append(line[++i]);
            octets += width;
        }

        ics.Append("\r\n");
    }

    private static string Shorten(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimStart('-', '+', ' ');
        return flat.Length <= length ? flat : flat[..length].TrimEnd() + "…";
    }
}
