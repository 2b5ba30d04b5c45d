using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Breaks the paragraphs a PDF reader ran together where the parsers need them apart. In the lead, up to the
/// first heading: a title and the rule under it ("... năm 2026 ______________"), and a title and the opening
/// clause after it ("BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"), only
/// where a capital "Căn cứ", "Theo đề nghị" or "Xét đề nghị" follows a word with no punctuation between (a title
/// never holds one, a sentence would end before it). Anywhere: a signature printed on one line, "KT. BỘ TRƯỞNG
/// THỨ TRƯỞNG Lê Công Thành", whose capitals and name become two paragraphs. A web address alone above the
/// document (the page a file was saved from) is site chrome, not text, and is dropped.
/// </summary>
public static partial class ParagraphRepair
{
    // Capitals that open with an authority ("KT. BỘ TRƯỞNG THỨ TRƯỞNG") or are a position ("BỘ TRƯỞNG"), then
    // "(Đã ký)" perhaps, then a name of two to six capitalised words, a rank perhaps before it.
    [GeneratedRegex(@"^(?<capitals>[^\p{Ll}]*?\p{Lu}[^\p{Ll}(]*?)\s+(?<signed>\((?:Đã|đã)\s+ký\)\s+)?(?<name>(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureOnOneLine();

    private const int LeadLimit = 60;

    // A rule after a title on the same line: " ______________", " -------". Linear: the regex engine is not let
    // loose on whole paragraphs.
    [GeneratedRegex(@"\s[-_=*—–]{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex RuleRun();

    [GeneratedRegex(@"(?<=[\p{L}\p{M}\d”""»)])\s+(?=(?:Căn cứ|Theo đề nghị|Xét đề nghị)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex OpenerInside();

    // A web address alone on a line above the document: the page it was saved from (vbpl's files start so).
    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressLine();

    public static IReadOnlyList<string> Split(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var result = new List<string>(paragraphs.Count + 4);
        var inLead = true;
        var first = 0;
        while (first < paragraphs.Count - 1 && AddressLine().IsMatch(paragraphs[first].Trim()))
            first++;
        for (var i = first; i < paragraphs.Count; i++)
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

            foreach (var piece in OpenerInside().Split(paragraph))
                AddWithRuleApart(result, piece);
        }

        return result;
    }

    private static void AddWithRuleApart(List<string> result, string piece)
    {
        var rule = RuleRun().Match(piece);
        if (!rule.Success || OpeningClause.IsOpener(piece) || !piece.AsSpan(0, rule.Index).ContainsAnyExcept(' '))
        {
            result.Add(piece);
            return;
        }

        var ruleEnd = rule.Index + rule.Length;
        while (ruleEnd < piece.Length && piece[ruleEnd] is '-' or '_' or '=' or '*' or '—' or '–')
            ruleEnd++;
        result.Add(piece[..rule.Index].TrimEnd());
        result.Add(piece[(rule.Index + 1)..ruleEnd]);
        var rest = piece[ruleEnd..].Trim();
        if (rest.Length > 0)
            result.Add(rest);
    }

    private static IReadOnlyList<string>? SplitSignature(string paragraph)
    {
        if (paragraph.Length > 160)
            return null;
        var match = SignatureOnOneLine().Match(paragraph);
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
