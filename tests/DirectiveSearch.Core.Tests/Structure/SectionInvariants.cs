using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

/// <summary>Checks that a section tree is well formed over its text, whatever the document.</summary>
internal static class SectionInvariants
{
    public static void AssertWellFormed(string text, IReadOnlyList<Section> sections)
    {
        AssertLevel(text, sections, 0, text.Length, "(document)");
    }

    /// <summary>Every paragraph of the body that reads as a heading starts a section.</summary>
    public static void AssertHeadingsCovered(string text, IReadOnlyList<Section> sections, int bodyStart, int bodyEnd)
    {
        var starts = Flatten(sections).Select(s => s.Start).ToHashSet();
        foreach (var paragraph in ParagraphSplitter.Split(text))
        {
            if (paragraph.Start < bodyStart || paragraph.Start >= bodyEnd || HeadingClassifier.Classify(paragraph.Text) is null)
                continue;
            Assert.True(starts.Contains(paragraph.Start), $"heading paragraph not covered by a section: «{paragraph.Text}»");
        }
    }

    public static IEnumerable<Section> Flatten(IEnumerable<Section> sections)
    {
        foreach (var section in sections)
        {
            yield return section;
            foreach (var child in Flatten(section.Children))
                yield return child;
        }
    }

    private static void AssertLevel(string text, IReadOnlyList<Section> sections, int low, int high, string parent)
    {
        var previousEnd = low;
        foreach (var section in sections)
        {
            Assert.True(section.Start < section.End, $"{section.Path}: start {section.Start} is not before end {section.End}");
            Assert.True(section.Start >= previousEnd, $"{section.Path} overlaps the section before it in {parent}");
            Assert.True(section.End <= high, $"{section.Path} ends after its parent {parent}");
            Assert.True(section.End <= text.Length, $"{section.Path} ends outside the text");
            Assert.False(char.IsWhiteSpace(text[section.Start]), $"{section.Path} starts on whitespace");
            Assert.False(char.IsWhiteSpace(text[section.End - 1]), $"{section.Path} ends on whitespace");
            previousEnd = section.End;
            AssertLevel(text, section.Children, section.Start, section.End, section.Path);
        }
    }
}
