using System.Text.RegularExpressions;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// The title of an English translation printed without a type line of its own: vbpl's "LABOR CODE",
/// "Law on State Audit", "Guiding the implementation of a number of articles ...". The lines above the first
/// "Pursuant to" are the title; a name ending in "CODE" is a Bộ luật, one starting with "Law on" a Luật.
/// Vietnamese texts never come here, so a letter's header lines are never taken for a title.
/// </summary>
public static partial class EnglishLead
{
    private const int MaxTitleParagraphs = 6;

    public static (DocumentType Type, string Title)? TryRead(string text, IReadOnlyList<Paragraph> paragraphs, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (end <= 0 || LanguageDetector.Detect(text) != LanguageDetector.English)
            return null;
        var lines = paragraphs.Take(Math.Min(end, MaxTitleParagraphs))
            .Select(p => p.Text)
            .Where(t => !CapitalLine.IsDecoration(t) && !t.StartsWith("---", StringComparison.Ordinal) && !t.StartsWith("___", StringComparison.Ordinal))
            .ToList();
        if (lines.Count == 0)
            return null;
        var title = string.Join(' ', lines);
        var type = Code().IsMatch(title) ? DocumentTypeCatalog.FromName("Bộ luật")!
            : LawOn().IsMatch(title) ? DocumentTypeCatalog.FromName("Luật")!
            : DocumentTypeCatalog.Unknown;
        return (type, title);
    }

    // In capitals only: a guidance may end with "... provided in the Labor Code".
    [GeneratedRegex(@"^[^\p{Ll}]*\sCODE$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"^(?:LAW\s+ON|Law\s+on)\s", RegexOptions.CultureInvariant)]
    private static partial Regex LawOn();
}
