using System.Text;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Reads the trích yếu (subject line) under the type line. It may span several paragraphs (a soft
/// line break in seed 001: "Tổ chức đợt sinh hoạt chính trị về xây dựng," / "chỉnh đốn Đảng ...") and
/// ends at a rule ("-----", "*"), at the opening clause ("Thực hiện ...", "Căn cứ ..."), at a heading,
/// or where capitals change: a law's "LUẬT" / "CẢNH VỆ" / body, or a decision's "Về việc ..." followed by
/// its enacting authority "BỘ TRƯỞNG BỘ TÀI CHÍNH".
/// </summary>
public static class TitleExtractor
{
    private const int MaxParagraphs = 8;
    private const int MaxLength = 1000;

    /// <summary>The title as one line, and the index of the first paragraph after it.</summary>
    public static (string Title, int End) Extract(IReadOnlyList<Paragraph> paragraphs, TypeLine typeLine)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(typeLine);
        var builder = new StringBuilder(typeLine.Remainder);
        bool? capitals = null;
        var i = typeLine.Index + 1;
        var limit = Math.Min(paragraphs.Count, i + MaxParagraphs);
        for (; i < limit && builder.Length < MaxLength; i++)
        {
            var text = paragraphs[i].Text;
            if (CapitalLine.IsDecoration(text))
            {
                i++;
                break;
            }

            // "----Thực hiện ...": a rule glued to the opening clause when a PDF line was read as one.
            if (text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("___", StringComparison.Ordinal))
                break;

            if (EndsTitle(text))
                break;

            var isCapitals = CapitalLine.IsCapitals(text);
            capitals ??= isCapitals;
            if (isCapitals != capitals || isCapitals && EnactingLine.IsEnactingLine(text))
                break;

            if (builder.Length > 0)
                builder.Append(' ');
            builder.Append(text);
        }

        return (builder.ToString(), i);
    }

    private static bool EndsTitle(string text) =>
        OpeningClause.IsOpener(text)
        || HeadingClassifier.Classify(text) is not null
        || EndBlockLine.Classify(text) is EndBlockLineKind.RecipientsHeader or EndBlockLineKind.Authority
        || PlaceDateParser.TryParse(text, out _, out _)
        || text.StartsWith("(Ban hành kèm theo", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("(Kèm theo", StringComparison.OrdinalIgnoreCase);
}
