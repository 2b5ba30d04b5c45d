using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// What a user's reference to a directive pins down, in identity parts: "KL 21", "kết luận 21", "kl21" → type
/// "kl", number "21"; "21-KL/TW" adds issuer "tw"; "249/2025/NĐ-CP" and "KL 21 năm 2021" add a year;
/// "nq-35-tw" and "kh-28-duk" (ids, complete or not) give what they spell. A null part matches anything.
/// </summary>
internal sealed partial record UserReference(string? Type, string Number, string? Issuer, int? Year)
{
    public static UserReference? Parse(string text)
    {
        var trimmed = text.Trim().Normalize(NormalizationForm.FormC);
        if (trimmed.Length == 0)
            return null;
        if (SlugLike().IsMatch(trimmed) && DirectiveSlug.Parse(trimmed.ToLowerInvariant()) is { } slug)
            return new UserReference(DirectiveTypes.FromCode(slug.Type) ?? slug.Type, DirectiveIdentity.NormalizeNumber(slug.Number), slug.Issuer, slug.Year);

        var reference = DirectiveReference.FindAll(trimmed).FirstOrDefault();
        if (reference is null)
            return null;
        var dash = reference.Key.LastIndexOf('-');
        // "luat" comes from the noun: laws have no type code to map.
        var type = DirectiveTypes.FromCode(reference.Key[..dash]) ?? DirectiveTypes.FromNoun(reference.Key[..dash]);
        var number = DirectiveIdentity.NormalizeNumber(reference.Key[(dash + 1)..]);
        string? issuer = null;
        int? year = null;
        if (reference.Symbol is { } symbol)
        {
            var slashes = symbol.Text.Split('/');
            var isState = slashes[0].All(char.IsAsciiDigit);
            if (type is null && isState && symbol.TypeCode != symbol.IssuerCode)
            {
                // "123/UBND-VX": no type code, so the issuer is the whole code (as the resolver makes it).
                issuer = DirectiveIdentity.FoldCode($"{symbol.TypeCode}-{symbol.IssuerCode}");
            }
            else
            {
                issuer = DirectiveIdentity.FoldCode(symbol.IssuerCode);
            }

            if (isState && slashes.Length == 3)
                year = int.Parse(slashes[1], CultureInfo.InvariantCulture);
        }

        year ??= YearOutside(trimmed, reference.Start, reference.End);
        return new UserReference(type, number, issuer, year);
    }

    public bool Matches(DirectiveSlug slug) =>
        slug.Number == Number
        && (Type is null || slug.Type == Type)
        && (Issuer is null || slug.Issuer == Issuer)
        && (Year is null || slug.Year == Year);

    /// <summary>A year typed beside the reference: "KL 21 2021", "Kết luận 21 năm 2021".</summary>
    private static int? YearOutside(string text, int start, int end)
    {
        foreach (Match match in YearWord().Matches(text))
        {
            if (match.Index + match.Length <= start || match.Index >= end)
                return int.Parse(match.Value, CultureInfo.InvariantCulture);
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z]+-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugLike();

    [GeneratedRegex(@"(?<![\p{L}\p{N}/-])(?:19|20)\d{2}(?![\p{L}\p{N}/-])", RegexOptions.CultureInvariant)]
    private static partial Regex YearWord();
}
