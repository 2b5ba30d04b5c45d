using System.Globalization;
using System.Text;

namespace DirectiveSearch.Core.Citations.Annotate;

/// <summary>
/// Wraps spans of a text, as eyecite's annotate does: it needs nothing but (start, end) spans, so a web
/// page can highlight citations, link them or mark search hits with the same code. Spans are applied left to
/// right; a span that overlaps one already applied is left out, and spans outside the text are rejected.
/// The text between spans goes through <paramref name="escape"/> (HTML encoding for a page).
/// </summary>
public static class CitationAnnotator
{
    public static string Annotate(string text, IEnumerable<CitationAnnotation> annotations, Func<string, string>? escape = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotations);
        escape ??= static s => s;
        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var annotation in annotations.OrderBy(a => a.Span.Start).ThenByDescending(a => a.Span.End))
        {
            var span = annotation.Span;
            if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
                throw new ArgumentOutOfRangeException(nameof(annotations), $"Span {span} lies outside a text of {text.Length} characters.");
            if (span.Start < position)
                continue;
            builder.Append(escape(text[position..span.Start]))
                .Append(annotation.Before)
                .Append(escape(text[span.Start..span.End]))
                .Append(annotation.After);
            position = span.End;
        }

        return builder.Append(escape(text[position..])).ToString();
    }

    /// <summary>
    /// The text with each span wrapped in numbered tags, eyecite's test notation: "Thực hiện &lt;0&gt;Kết luận số
    /// 21-KL/TW&lt;/0&gt;, ngày ...". Spans are numbered in the order given.
    /// </summary>
    public static string Markup(string text, IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        return Annotate(text, spans.Select((span, i) =>
        {
            var tag = i.ToString(CultureInfo.InvariantCulture);
            return new CitationAnnotation(span, $"<{tag}>", $"</{tag}>");
        }));
    }
}
