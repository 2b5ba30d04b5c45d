using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Breaks the paragraphs a PDF reader ran together where the parsers need them apart. In the lead, up to the
/// first heading: a title and the rule under it ("... năm 2026 ______________"), and a title and the opening
/// clause after it ("BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"), only
/// where a capital "Căn cứ", "Theo đề nghị" or "Xét đề nghị" follows a word with no punctuation between (a title
/// never holds one, a sentence would end before it). Anywhere: a signature printed on one line, "KT. BỘ TRƯỞNG
/// THỨ TRƯỞNG Lê Công Thành", whose capitals and name become two paragraphs.
/// </summary>
public static class ParagraphRepair
{
    // Capitals that open with an authority ("KT. BỘ TRƯỞNG THỨ TRƯỞNG") or are a position ("BỘ TRƯỞNG"), then
    // "(Đã ký)" perhaps, then a name of two to six capitalised words, a rank perhaps before it.
    private static readonly Regex SignatureOnOneLine = new(
        @"^(?<capitals>[^\p{Ll}]*?\p{Lu}[^\p{Ll}(]*?)\s+(?<signed>\((?:Đã|đã)\s+ký\)\s+)?(?<name>(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5})$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

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
            if (SplitSignature(paragraph) is { } signature)
            {
                result.AddRange(signature);
                continue;
            }

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

    private static IReadOnlyList<string>? SplitSignature(string paragraph)
    {
        if (paragraph.Length > 160)
            return null;
        var match = SignatureOnOneLine.Match(paragraph);
        if (!match.Success)
            return null;
        var capitals = match.Groups["capitals"].Value.Trim();
        var isSignature = EndBlockLine.Classify(capitals) == EndBlockLineKind.Authority || SignaturePositions.IsPosition(capitals);
        if (!isSignature)
            return null;
        var pieces = new List<string> { capitals };
        if (match.Groups["signed"].Success)
            pieces.Add(match.Groups["signed"].Value.Trim());
        pieces.Add(match.Groups["name"].Value);
        return pieces;
    }
}
