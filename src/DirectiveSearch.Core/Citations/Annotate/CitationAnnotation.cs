namespace DirectiveSearch.Core.Citations.Annotate;

/// <summary>Text to put around a span: "&lt;mark&gt;" and "&lt;/mark&gt;", or a link to the cited directive.</summary>
public sealed record CitationAnnotation(TextSpan Span, string Before, string After);
