using System.Text.Json.Serialization;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Annotate;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// A matching section: its path ("II.1", or "" for the title and opening) and a snippet of at most 300 characters
/// as plain text (<see cref="SnippetText"/>, "…" where it is cut) with the matched words as spans into it
/// (<see cref="Highlights"/>). <see cref="Snippet"/> is the same as HTML, escaped, with each span in &lt;mark&gt;.
/// </summary>
public sealed record SectionHit(string Path, string Heading, string SnippetText, IReadOnlyList<TextSpan> Highlights, int Start, int End)
{
    /// <summary>The snippet as HTML for a page: rendered from the text and spans, never parsed back.</summary>
    [JsonPropertyOrder(-1)]
    public string Snippet => HtmlMarks.Mark(SnippetText, Highlights);
}
