using System.Text;
using DirectiveSearch.Core.Citations;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// A query as typed, taken apart: "quoted phrases", directive references ("KL 21", "21-KL/TW")
/// and the remaining free text. Never fails: unbalanced quotes and any syntax characters are text.
/// </summary>
internal sealed record UserQuery(string FreeText, IReadOnlyList<string> Phrases, IReadOnlyList<DirectiveReference> References)
{
    /// <summary>
    /// Caps on what one query may ask for: far more than a person types, and far below Lucene's
    /// limit of 1,024 clauses per boolean query, which a pasted or hostile query would otherwise hit.
    /// </summary>
    public const int MaxPhrases = 16;
    public const int MaxReferences = 32;

    public bool IsEmpty => string.IsNullOrWhiteSpace(FreeText) && Phrases.Count == 0 && References.Count == 0;

    public static UserQuery Parse(string raw)
    {
        var text = raw.Length > SearchRequest.MaxQueryLength ? raw[..SearchRequest.MaxQueryLength] : raw;
        text = text.Normalize(NormalizationForm.FormC).Replace('“', '"').Replace('”', '"');

        var phrases = new List<string>();
        var rest = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('"', i);
            var close = open < 0 ? -1 : text.IndexOf('"', open + 1);
            if (open < 0 || close < 0)
            {
                // An unclosed quote is just a stray character.
                rest.Append(text.AsSpan(i).ToString().Replace('"', ' '));
                break;
            }

            rest.Append(text, i, open - i).Append(' ');
            var phrase = text[(open + 1)..close].Trim();
            if (phrase.Length > 0 && phrases.Count < MaxPhrases && !phrases.Contains(phrase))
                phrases.Add(phrase);
            i = close + 1;
        }

        var free = rest.ToString();
        var references = DirectiveReference.FindAll(free);
        var remaining = new StringBuilder(free);
        foreach (var reference in references)
        {
            for (var k = reference.Start; k < reference.End; k++)
                remaining[k] = ' ';
        }

        var distinct = references.DistinctBy(r => (r.Key, r.Symbol?.Text)).Take(MaxReferences).ToList();
        return new UserQuery(remaining.ToString().Trim(), phrases, distinct);
    }
}
