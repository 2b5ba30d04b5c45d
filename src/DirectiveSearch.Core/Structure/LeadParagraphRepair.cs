using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Breaks the paragraphs a PDF reader ran together at the top of a document, where the parsers need them apart:
/// a title and the rule under it ("... năm 2026 ______________"), and a title and the opening clause after it
/// ("BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"). Only the lead is
/// looked at, up to the first heading, and only where a capital "Căn cứ", "Theo đề nghị" or "Xét đề nghị" follows
/// a word with no punctuation between: a title never holds one, a sentence would end before it.
/// </summary>
public static class LeadParagraphRepair
{
    private const int LeadLimit = 60;

    private static readonly Regex TrailingRule = new(
        @"^(?<text>.*?\p{L}.*?)\s+(?<rule>[-_=*—–]{3,})\s*(?<rest>.*)$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex OpenerInside = new(
        @"(?<=[\p{L}\p{M}\d”""»)])\s+(?=(?:Căn cứ|Theo đề nghị|Xét đề nghị)\s)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static IReadOnlyList<string> Split(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var result = new List<string>(paragraphs.Count + 4);
        var inLead = true;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (inLead && (i >= LeadLimit || HeadingClassifier.Classify(paragraph) is not null))
                inLead = false;
            if (!inLead)
            {
                result.Add(paragraph);
                continue;
            }

            foreach (var piece in OpenerInside.Split(paragraph))
            {
                var rule = TrailingRule.Match(piece);
                if (rule.Success && !OpeningClause.IsOpener(piece))
                {
                    result.Add(rule.Groups["text"].Value);
                    result.Add(rule.Groups["rule"].Value);
                    if (rule.Groups["rest"].Value.Length > 0)
                        result.Add(rule.Groups["rest"].Value);
                }
                else
                {
                    result.Add(piece);
                }
            }
        }

        return result;
    }
}
