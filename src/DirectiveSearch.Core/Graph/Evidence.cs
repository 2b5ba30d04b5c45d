using System.Text;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// Picks the best of several readings of one fact, in a fixed order so that a rebuild gives the same answer:
/// the reading given most often, then the longest, then the first in ordinal order. Readings are compared
/// folded and with whitespace collapsed, so "Ban Chấp hành Trung ương Đảng" and "Ban Chấp hành Trung ương
/// đảng" count as one; the form written most often represents them.
/// </summary>
internal static class Evidence
{
    public static string? MostFrequent(IEnumerable<string?> readings)
    {
        var groups = readings
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => Tidy(r!))
            .GroupBy(r => DiacriticFolder.Fold(r), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return groups?
            .GroupBy(r => r, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }

    public static DateOnly? MostFrequent(IEnumerable<DateOnly?> readings) =>
        readings
            .OfType<DateOnly>()
            .GroupBy(d => d)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => (DateOnly?)g.Key)
            .FirstOrDefault();

    /// <summary>Whitespace runs (line breaks of a title that spans lines) to one space; trailing clause punctuation off.</summary>
    public static string Tidy(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString().TrimEnd(',', ';', ':', '.', ' ');
    }
}
