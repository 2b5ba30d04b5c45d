using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Reads the place-and-date line of a header: "Kỳ Lợi, ngày 15 tháng 8 năm 2022",
/// "Hà Nội, ngày 05/8/2022", "TP. Hồ Chí Minh, ngày 3 tháng 02 năm 2024". The place comes first, so a
/// sentence that merely contains "ngày ..." does not match; impossible dates are rejected, and so are
/// the blanks of forms ("Kỳ Lợi, ngày .... tháng ..... năm 2022").
/// </summary>
public static class PlaceDateParser
{
    private static readonly Regex PlaceDate = new(
        @"^(?<place>\p{Lu}[\p{L}\p{M}.'’\- ]{0,48}?)\s*,?\s*(?i:ngày)\s+(?:(?<day>\d{1,2})\s+(?i:tháng)\s+(?<month>\d{1,2})\s*,?\s+(?i:năm)\s+(?<year>\d{4})|(?<day>\d{1,2})\s*[/.\-]\s*(?<month>\d{1,2})\s*[/.\-]\s*(?<year>\d{4}))(?!\d)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static bool TryParse(string text, out string place, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        place = string.Empty;
        date = default;
        var match = PlaceDate.Match(text);
        if (!match.Success)
            return false;

        var day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;

        var trimmedPlace = match.Groups["place"].Value.Trim().TrimEnd(',');
        if (trimmedPlace.Length == 0)
            return false;
        place = trimmedPlace;
        date = new DateOnly(year, month, day);
        return true;
    }
}
