namespace DirectiveSearch.Core.Documents;

/// <summary>
/// Cuts a record's text into passages that cover every character once: the lead, each section's
/// own text without its children, and the tail. Searching whole sections would let a part ("II")
/// outrank the item ("II.3") that actually holds the words. A section short enough to read at a glance
/// is one passage with its subsections: a law's article is mostly clauses and points of 40 to 200
/// characters, and passages that small scatter a sentence's words over several hits and multiply the
/// index's postings (233,617 passages of median 137 characters on the bench before this rule).
/// </summary>
public static class PassageSplitter
{
    /// <summary>Sections up to this many characters, subsections included, are one passage.</summary>
    public const int WholeSectionLength = 1200;

    public static IReadOnlyList<Passage> Split(DocumentRecord record)
    {
        var passages = new List<Passage>();
        var flat = new List<Section>();
        Flatten(record.Sections, flat);
        flat.Sort((a, b) => a.Start.CompareTo(b.Start));

        var textLength = record.Text.Length;
        var leadEnd = flat.Count > 0 ? Math.Clamp(flat[0].Start, 0, textLength) : textLength;
        AddIfNotBlank(passages, record.Text, new Passage(string.Empty, record.Title, 0, leadEnd, PassageKind.Lead));

        var cursor = leadEnd;
        for (var i = 0; i < flat.Count; i++)
        {
            var section = flat[i];
            var start = Math.Clamp(Math.Max(section.Start, cursor), 0, textLength);
            // A section's own text stops where the next section (child or sibling) begins; the last
            // one stops at its end, and whatever follows (recipients, signature) is the tail.
            var end = i + 1 < flat.Count ? flat[i + 1].Start : section.End;
            end = Math.Clamp(end, start, textLength);
            AddIfNotBlank(passages, record.Text, new Passage(section.Path, section.Heading, start, end, PassageKind.Section));
            cursor = Math.Max(cursor, end);
        }

        if (cursor < textLength)
            AddIfNotBlank(passages, record.Text, new Passage(string.Empty, string.Empty, cursor, textLength, PassageKind.Tail));
        return passages;
    }

    /// <summary>The sections that start a passage: a section's children are left out when it is short enough to be one.</summary>
    private static void Flatten(IReadOnlyList<Section> sections, List<Section> into)
    {
        foreach (var section in sections)
        {
            into.Add(section);
            if (section.End - section.Start > WholeSectionLength)
                Flatten(section.Children, into);
        }
    }

    private static void AddIfNotBlank(List<Passage> passages, string text, Passage passage)
    {
        if (passage.End > passage.Start && !string.IsNullOrWhiteSpace(text[passage.Start..passage.End]))
            passages.Add(passage);
    }
}
