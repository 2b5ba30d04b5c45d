using System.Text;

namespace DirectiveSearch.Core.Text;

/// <summary>
/// Turns the paragraphs a reader found into the canonical document text: every paragraph cleaned
/// (<see cref="UnicodeCleaner"/>), split at line breaks, trimmed, inner whitespace collapsed, empty
/// ones dropped, then joined with a single '\n'. Every later stage (structure offsets, citations,
/// snippets) counts characters in this text, so it is built in exactly one place.
/// </summary>
public static class ParagraphText
{
    public static IReadOnlyList<string> NormalizeParagraphs(IEnumerable<string> rawParagraphs)
    {
        ArgumentNullException.ThrowIfNull(rawParagraphs);
        var result = new List<string>();
        foreach (var raw in rawParagraphs)
        {
            foreach (var line in UnicodeCleaner.Clean(raw).Split('\n'))
            {
                var collapsed = CollapseWhitespace(ConversionArtifacts.Remove(line));
                if (collapsed.Length > 0)
                    result.Add(collapsed);
            }
        }

        return result;
    }

    public static string Join(IReadOnlyList<string> paragraphs) => string.Join('\n', paragraphs);

    /// <summary>Collapses every whitespace run to one space and trims both ends.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
                builder.Append(' ');
            builder.Append(c);
            pendingSpace = false;
        }

        return builder.ToString();
    }
}
