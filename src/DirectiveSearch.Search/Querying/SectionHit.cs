namespace DirectiveSearch.Search.Querying;

/// <summary>
/// A matching section: its path ("II.1", or "" for the title and opening) and a snippet of at most
/// 300 characters, HTML-escaped, with matched words wrapped in &lt;mark&gt;…&lt;/mark&gt;.
/// </summary>
public sealed record SectionHit(string Path, string Heading, string Snippet, int Start, int End);
