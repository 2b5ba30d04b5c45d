using System.Globalization;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// The parts of an identity slug "{type}-{number}-{issuer}-{year}" (see
/// <see cref="Citations.Resolve.DirectiveIdentity"/>): "kl-21-tw-2021", "kh-28-duk" (year unknown),
/// "cv-123-ubnd-vx-2024" (an issuer with a hyphen). The type never has a hyphen; a last part of four digits
/// from 1900 to 2099 is the year.
/// </summary>
internal sealed record DirectiveSlug(string Type, string Number, string? Issuer, int? Year)
{
    public static DirectiveSlug? Parse(string slug)
    {
        var parts = slug.Split('-');
        if (parts.Length < 2 || parts.Any(p => p.Length == 0) || !parts[0].All(char.IsAsciiLetterLower))
            return null;
        int? year = null;
        var issuerEnd = parts.Length;
        if (parts.Length >= 3 && IsYear(parts[^1]))
        {
            year = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            issuerEnd--;
        }

        var issuer = issuerEnd > 2 ? string.Join('-', parts[2..issuerEnd]) : null;
        return new DirectiveSlug(parts[0], parts[1], issuer, year);
    }

    private static bool IsYear(string part) =>
        part.Length == 4 && part.All(char.IsAsciiDigit) && (part.StartsWith("19", StringComparison.Ordinal) || part.StartsWith("20", StringComparison.Ordinal));
}
