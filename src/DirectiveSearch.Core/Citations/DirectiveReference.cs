using System.Text.RegularExpressions;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Citations;

/// <summary>
/// A directive named in a user's query, in any of the short forms cadres type: "KL 21", "kl21",
/// "Kết luận 21", "ket luan so 21", "21-KL/TW", "Nghị quyết 21". <see cref="Key"/> is the
/// "{type}-{number}" key ("kl-21"); <see cref="Symbol"/> is set when a full symbol was typed.
/// </summary>
public sealed partial record DirectiveReference(string Key, DocumentSymbol? Symbol, int Start, int End)
{
    /// <summary>The reference as typed ("KL 21"), which <see cref="Start"/> and <see cref="End"/> delimit in the query.</summary>
    public string Written { get; init; } = string.Empty;

    /// <summary>Type nouns, folded, with their codes. The noun is a better guide than a code (DOMAIN.md).</summary>
    private static readonly (string Noun, string Code)[] Nouns =
    [
        ("nghi quyet", "NQ"), ("quy dinh", "QĐ"), ("quyet dinh", "QĐ"), ("ket luan", "KL"), ("chi thi", "CT"),
        ("ke hoach", "KH"), ("huong dan", "HD"), ("chuong trinh", "CTr"), ("thong bao", "TB"), ("bao cao", "BC"),
        ("thong tri", "TT"), ("quy che", "QC"), ("nghi dinh", "NĐ"), ("thong tu", "TT"), ("cong van", "CV"),
        // A law's number has no type code ("63/2025/QH15"): "Luật 63" names the type by the noun alone.
        ("luat", "luat"),
    ];

    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "nq", "qd", "qdi", "kl", "ct", "kh", "hd", "ctr", "tb", "bc", "tt", "qc", "nd", "cv", "ttr",
    };

    /// <summary>Every directive reference in a query, left to right, not overlapping.</summary>
    public static IReadOnlyList<DirectiveReference> FindAll(string query)
    {
        var found = new List<DirectiveReference>();
        foreach (var (symbol, start, end) in DocumentSymbol.FindAll(query))
            found.Add(new DirectiveReference(symbol.Key, symbol, start, end));

        // Folding keeps the length of NFC text, so spans found in the folded query fit the original.
        var folded = DiacriticFolder.Fold(query.Normalize(System.Text.NormalizationForm.FormC));
        if (folded.Length == query.Length)
        {
            // A directive's id as the page and the API show it ("kl-21-tw-2021", "nd-39-cp-2025"), pasted from a link.
            foreach (Match match in IdReference().Matches(folded.ToLowerInvariant()))
            {
                if (Codes.Contains(match.Groups["code"].Value) || match.Groups["code"].Value == "luat")
                    AddIfFree(found, new DirectiveReference(DocumentSymbol.MakeKey(match.Groups["code"].Value, match.Groups["number"].Value), null, match.Index, match.Index + match.Length));
            }

            foreach (Match match in NounReference().Matches(folded))
                AddIfFree(found, new DirectiveReference(DocumentSymbol.MakeKey(CodeOfNoun(match.Groups["noun"].Value), match.Groups["number"].Value), null, match.Index, match.Index + match.Length));
            foreach (Match match in CodeReference().Matches(folded))
            {
                if (Codes.Contains(match.Groups["code"].Value))
                    AddIfFree(found, new DirectiveReference(DocumentSymbol.MakeKey(match.Groups["code"].Value, match.Groups["number"].Value), null, match.Index, match.Index + match.Length));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. found.Select(f => f with { Written = query[f.Start..f.End] })];
    }

    private static string CodeOfNoun(string foldedNoun)
    {
        var collapsed = string.Join(' ', foldedNoun.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Nouns.First(n => n.Noun == collapsed).Code;
    }

    private static void AddIfFree(List<DirectiveReference> found, DirectiveReference candidate)
    {
        if (!found.Any(f => f.Start < candidate.End && candidate.Start < f.End))
            found.Add(candidate);
    }

    [GeneratedRegex(@"\b(?<noun>nghi\s+quyet|quy\s+dinh|quyet\s+dinh|ket\s+luan|chi\s+thi|ke\s+hoach|huong\s+dan|chuong\s+trinh|thong\s+bao|bao\s+cao|thong\s+tri|quy\s+che|nghi\s+dinh|thong\s+tu|cong\s+van|luat)\s+(?:so\s+)?(?<number>\d{1,4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NounReference();

    [GeneratedRegex(@"(?<![\w-])(?<code>[a-z]{2,4})-(?<number>\d{1,4})-(?<issuer>[a-z0-9]{2,8})-(?<year>(?:19|20)\d{2})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex IdReference();

    [GeneratedRegex(@"\b(?<code>[a-z]{2,3})\s?(?:so\s+)?(?<number>\d{1,4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex CodeReference();
}
