using System.Text.RegularExpressions;

namespace DirectiveSearch.Readers.PlainText;

/// <summary>
/// Removes what Word-to-text converters leave in the corpus' .txt files: "**bold**" and "*italic*"
/// emphasis markers (seed 003: "(*sau đây gọi là Nghị quyết số 21-NQ/TW*)"). Artefacts common to all
/// formats (bookmarks, table bars) are removed later by <c>ConversionArtifacts</c>.
/// A lone "*" (the star under the issuer in a Party header, seed 003) is text, not a marker, and stays.
/// </summary>
public static partial class MarkdownArtifacts
{
    public static string Remove(string line)
    {
        if (!line.Contains('*'))
            return line;
        line = line.Replace("**", string.Empty);
        return Emphasis().Replace(line, string.Empty);
    }

    // An opening star touches the word after it; a closing star touches the word before it.
    [GeneratedRegex(@"(?<=^|[\s(“""'])\*(?=\S)|(?<=\S)\*(?=$|[\s).,;:”""'])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();
}
