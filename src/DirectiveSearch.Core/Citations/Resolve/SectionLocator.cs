using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>The path of the innermost section holding a position ("II.1.1"), for report writers' "mục II.3".</summary>
public static class SectionLocator
{
    public static string? PathAt(IReadOnlyList<Section> sections, int position)
    {
        ArgumentNullException.ThrowIfNull(sections);
        string? path = null;
        var level = sections;
        while (true)
        {
            var holder = Holding(level, position);
            if (holder is null)
                return path;
            path = holder.Path;
            level = holder.Children;
        }
    }

    private static Section? Holding(IReadOnlyList<Section> sections, int position)
    {
        var low = 0;
        var high = sections.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var section = sections[mid];
            if (position < section.Start)
                high = mid - 1;
            else if (position >= section.End)
                low = mid + 1;
            else
                return section;
        }

        return null;
    }
}
