using System.Text;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Escapes the five HTML-significant characters and nothing else: WebUtility.HtmlEncode also turns
/// "á" into "&amp;#225;", which is valid but unreadable in JSON and terminals.
/// </summary>
internal static class HtmlText
{
    public static StringBuilder AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
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

        return builder;
    }
}
