using System.Text;

namespace DirectiveSearch.Core.Citations.Annotate;

/// <summary>
/// Spans of a plain text as HTML: the text escaped, each span in &lt;mark&gt;, through <see cref="CitationAnnotator"/>.
/// Search hands snippets on as text and spans; this is the one place they become markup for a web page.
/// </summary>
public static class HtmlMarks
{
    public static string Mark(string text, IEnumerable<TextSpan> spans) =>
        CitationAnnotator.Annotate(text, spans.Select(span => new CitationAnnotation(span, "<mark>", "</mark>")), Escape);

    /// <summary>
    /// The five HTML-significant characters and nothing else: WebUtility.HtmlEncode also turns "á" into "&amp;#225;",
    /// which is valid but unreadable in JSON and terminals.
    /// </summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
