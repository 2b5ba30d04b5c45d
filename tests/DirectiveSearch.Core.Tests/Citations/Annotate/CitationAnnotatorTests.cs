using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Annotate;
using DirectiveSearch.Core.Citations.Extract;

namespace DirectiveSearch.Core.Tests.Citations.Annotate;

public sealed class CitationAnnotatorTests
{
    [Theory]
    [InlineData("Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW", "0-20 24-44", "<0>Kết luận số 21-KL/TW</0> và <1>Quy định số 37-QĐ/TW</1>")]
    [InlineData("abcdef", "1-3 2-5 4-6", "a<0>bc</0>d<2>ef</2>")]
    [InlineData("abc", "", "abc")]
    [InlineData("abc", "0-0", "<0></0>abc")]
    public void Wraps_spans_in_numbered_tags(string text, string spans, string expected)
    {
        var parsed = spans.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('-')).Select(p => new TextSpan(int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, CitationAnnotator.Markup(text, parsed));
    }

    [Fact]
    public void Escapes_the_text_for_html()
    {
        const string text = "<b> Kết luận số 21-KL/TW & \"khác\"";
        var citation = CitationExtractor.Extract(text).Single();

        var html = CitationAnnotator.Annotate(text, [new CitationAnnotation(citation.Span, "<mark>", "</mark>")], Escape);

        Assert.Equal("&lt;b&gt; <mark>Kết luận số 21-KL/TW</mark> &amp; &quot;khác&quot;", html);
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    [Fact]
    public void Rejects_spans_outside_the_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CitationAnnotator.Markup("abc", [new TextSpan(2, 4)]));
    }
}
