using System.Text.Json.Serialization;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Annotate;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// A matching section: its path ("II.1", or "" for the title and opening) and a snippet of at most 300 characters
/// as plain text (<see cref="SnippetText"/>, "…" where it is cut) with the matched words as spans into it
/// (<see cref="Highlights"/>). <see cref="Snippet"/> is the same as HTML, escaped, with each span in &lt;mark&gt;.
/// </summary>
/// <remarks>The JSON keeps the fields it had before the spans (path, heading, snippet, start, end) first and in order.</remarks>
public sealed record SectionHit(
    [property: JsonPropertyOrder(0)] string Path,
    [property: JsonPropertyOrder(1)] string Heading,
    [property: JsonPropertyOrder(5)] string SnippetText,
    [property: JsonPropertyOrder(6)] IReadOnlyList<TextSpan> Highlights,
    [property: JsonPropertyOrder(3)] int Start,
    [property: JsonPropertyOrder(4)] int End)
{
    /// <summary>
    /// The snippet as HTML for a page: rendered once, from the text and spans, never parsed back (a hit grouped by
    /// section and the JSON both read it). Made when the hit is made; no code changes a hit's text with "with".
    /// </summary>
    [JsonPropertyOrder(2)]
    public string Snippet { get; } = HtmlMarks.Mark(SnippetText, Highlights);
}
