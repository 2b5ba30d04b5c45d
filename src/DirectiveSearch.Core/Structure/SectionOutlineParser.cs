using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Builds the tree of numbered sections of a stretch of paragraphs. A heading closes the open sections
/// of its own or a narrower scheme (see <see cref="Heading.Rank"/>) and opens inside the nearest wider
/// one, so "1." right after "II-" is a child of II, and a repeated or skipped number simply opens
/// another sibling: seed 000 has two parts "III" and both are kept, each with its own text.
/// Paths join Party numbers with '.' ("II.1.a") and state ones with '/' ("Chương II/Điều 5/1/a").
/// A section runs from its heading to the last paragraph before the next heading of its rank or wider,
/// or to the end of the stretch (the caller ends stretches before "Nơi nhận:" and the signature).
/// </summary>
public static class SectionOutlineParser
{
    /// <summary>Enough of a wrapped heading to make its heading text; the rest is never shown.</summary>
    private const int MaxContinuedLength = 400;

    /// <summary>The sections headed in paragraphs [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static IReadOnlyList<Section> Parse(IReadOnlyList<Paragraph> paragraphs, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        to = Math.Min(to, paragraphs.Count);
        var roots = new List<Section>();
        var open = new List<OpenSection>();

        for (var i = Math.Max(from, 0); i < to; i++)
        {
            var heading = HeadingClassifier.Classify(paragraphs[i].Text);
            if (heading is null)
                continue;

            // "Chương I" / "NHỮNG QUY ĐỊNH CHUNG": the title is the next paragraph, which stays inside the
            // section. A Roman numeral standing alone without a capital title is a table cell ("I." /
            // "Công chức" in a form), not a part.
            var takesTitle = heading.TitleOnNextParagraph && i + 1 < to && TakesTitle(heading, paragraphs[i + 1].Text);
            if (heading.Kind == HeadingKind.Roman && heading.TitleOnNextParagraph && !takesTitle)
                continue;

            while (open.Count > 0 && open[^1].Heading.Rank >= heading.Rank)
                Close(open, roots, paragraphs[i - 1].End);

            var parent = open.Count > 0 ? open[^1] : null;
            var start = paragraphs[i].Start;
            var text = heading.Text;
            if (takesTitle)
            {
                i++;
                text = HeadingText.Shorten(ContinuedTitle(paragraphs[i].Text, paragraphs, i + 1, to));
            }
            else if (heading.Kind is HeadingKind.Part or HeadingKind.Letter or HeadingKind.Chapter or HeadingKind.Division or HeadingKind.Roman)
            {
                text = HeadingText.Shorten(ContinuedTitle(heading.Body, paragraphs, i + 1, to));
            }
            else if (ContinuedHeading(heading, paragraphs, i + 1, to) is { } continued)
            {
                text = HeadingText.Shorten(continued);
            }

            open.Add(new OpenSection(heading, parent, PathOf(parent, heading), text, start));
        }

        while (open.Count > 0)
            Close(open, roots, paragraphs[to - 1].End);
        return roots;
    }

    // A soft line break inside a heading leaves its end in the next paragraph, which starts in lower case
    // (seed 000: "2.2. Phương thức ... tự nghiên cứu của cán bộ, đảng viên, đoàn" / "viên công đoàn."; a
    // PDF wraps every long item). The heading text joins them; the paragraphs stay where they are.
    private static string? ContinuedHeading(Heading heading, IReadOnlyList<Paragraph> paragraphs, int next, int to)
    {
        if (heading.Body.Length == 0 || heading.Body[^1] is '.' or ':' or ';' or '!' or '?')
            return null;
        var body = heading.Body;
        var joined = false;
        for (; next < to && body.Length < MaxContinuedLength; next++)
        {
            var text = paragraphs[next].Text;
            if (!char.IsLower(text[0]) || HeadingClassifier.Classify(text) is not null)
                break;
            body = $"{body} {text}";
            joined = true;
            if (text[^1] is '.' or ':' or ';')
                break;
        }

        return joined ? body : null;
    }

    // A part or chapter title in capitals wrapped onto a second capital line: "II- NỘI DUNG, ĐỐI TƯỢNG,
    // PHƯƠNG THỨC, THỜI GIAN HỌC TẬP," / "QUẢN TRIỆT". Text in capitals right under a capital title is
    // never body text.
    private static string ContinuedTitle(string title, IReadOnlyList<Paragraph> paragraphs, int next, int to)
    {
        if (title.Length == 0 || !CapitalLine.IsCapitals(title))
            return title;
        for (; next < to && title.Length < MaxContinuedLength; next++)
        {
            var text = paragraphs[next].Text;
            if (!CapitalLine.IsCapitals(text) || CapitalLine.IsDecoration(text) || HeadingClassifier.Classify(text) is not null
                || EndBlockLine.Classify(text) != EndBlockLineKind.Capitals)
                break;
            title = $"{title} {text}";
        }

        return title;
    }

    private static bool TakesTitle(Heading heading, string next)
    {
        if (HeadingClassifier.Classify(next) is not null || OpeningClause.IsOpener(next) || next.Length > 300)
            return false;
        // A Roman part standing alone takes only a title in capitals; state parts take any short line.
        return heading.Kind != HeadingKind.Roman || CapitalLine.IsCapitals(next);
    }

    private static string PathOf(OpenSection? parent, Heading heading)
    {
        if (parent is null)
            return heading.Label;

        var separator = parent.StateStyle || heading.IsStateStyle ? '/' : '.';
        if (heading.Kind == HeadingKind.SubItem)
        {
            // "1.2" carries its item's number: under II it is "II.1.2", not "II.1.1.2".
            var anchor = parent;
            while (anchor is not null && anchor.Heading.Kind is HeadingKind.Item or HeadingKind.SubItem)
                anchor = anchor.Parent;
            return anchor is null ? heading.Label : $"{anchor.Path}{(anchor.StateStyle ? '/' : '.')}{heading.Label}";
        }

        return $"{parent.Path}{separator}{heading.Label}";
    }

    private static void Close(List<OpenSection> open, List<Section> roots, int end)
    {
        var closing = open[^1];
        open.RemoveAt(open.Count - 1);
        var section = new Section(closing.Path, closing.Text, closing.Start, Math.Max(end, closing.Start), closing.Children);
        if (open.Count > 0)
            open[^1].Children.Add(section);
        else
            roots.Add(section);
    }

    private sealed class OpenSection(Heading heading, OpenSection? parent, string path, string text, int start)
    {
        public Heading Heading { get; } = heading;
        public OpenSection? Parent { get; } = parent;
        public string Path { get; } = path;
        public string Text { get; } = text;
        public int Start { get; } = start;
        public List<Section> Children { get; } = [];

        /// <summary>True when this section or an ancestor is a state part, chapter, division or article.</summary>
        public bool StateStyle { get; } = heading.IsStateStyle || parent is { StateStyle: true };
    }
}
