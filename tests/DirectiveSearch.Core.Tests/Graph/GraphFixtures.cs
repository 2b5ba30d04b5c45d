using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Tests.Graph;

/// <summary>
/// Hand-made records and citations, built the way the extractor and resolver hand them over: spans point into
/// the record's text, sentences run between full stops or line breaks.
/// </summary>
internal static class GraphFixtures
{
    public static DocumentRecord Record(
        string id,
        string text,
        string? symbol = null,
        string title = "",
        string? issuer = null,
        DateOnly? date = null,
        string typeCode = "KH",
        string typeName = "Kế hoạch") =>
        new(id, [], new DocumentType(typeCode, typeName), symbol, title, issuer, null, date, [], [], null, text);

    /// <summary>The <paramref name="occurrence"/>-th writing of <paramref name="naming"/> in <paramref name="text"/>, as a citation.</summary>
    public static ExtractedCitation Cite(
        string text,
        int index,
        string naming,
        int occurrence = 0,
        CitationKind kind = CitationKind.Symbol,
        DateOnly? date = null,
        string? body = null,
        string? subject = null,
        NestedRelation[]? nested = null,
        string? definedAlias = null,
        int? aliasOf = null)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(naming, start + 1, StringComparison.Ordinal);
            if (start < 0)
                throw new ArgumentException($"\"{naming}\" occurs fewer than {occurrence + 1} times.", nameof(naming));
        }

        var span = new TextSpan(start, start + naming.Length);
        var found = DocumentSymbol.FindAll(naming).FirstOrDefault();
        var symbol = found.Symbol is { } s ? ToCitationSymbol(s) : null;
        var nounEnd = naming.IndexOf(" số ", StringComparison.Ordinal);
        if (nounEnd < 0 && found.Symbol is not null)
            nounEnd = found.Start;
        if (nounEnd < 0 && kind is CitationKind.ShortName or CitationKind.Meeting)
            nounEnd = naming.Length;
        var noun = nounEnd > 0 ? naming[..nounEnd].Trim() : null;
        var number = symbol?.Number ?? (naming.Split(' ').LastOrDefault(w => w.All(char.IsAsciiDigit) && w.Length > 0));
        return new ExtractedCitation(
            index, kind, span, naming, noun, symbol, number, date, body, null, subject,
            span, SentenceAround(text, span), null, aliasOf, definedAlias, nested ?? []);
    }

    public static ResolvedCitation Resolved(ExtractedCitation citation, string? target, CitationRelation relation = CitationRelation.Cites, string? section = null, params string[] candidates) =>
        new(citation, target, candidates, relation, [], section);

    public static DocumentCitations CitationsOf(string documentId, string? identity, params ResolvedCitation[] resolved) =>
        new(documentId, identity, [.. resolved.Select(r => r.Citation).DistinctBy(c => c.Index).OrderBy(c => c.Index)], resolved);

    /// <summary>As the extractor writes symbols: a law's "63/2025/QH15" has no type code; a state number carries its year.</summary>
    private static CitationSymbol ToCitationSymbol(DocumentSymbol symbol)
    {
        var parts = symbol.Text.Split('/');
        var isState = parts[0].All(char.IsAsciiDigit);
        int? year = isState && parts.Length == 3 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null;
        var typeCode = DirectiveTypes.IsTypeCode(symbol.TypeCode) ? symbol.TypeCode : null;
        return new CitationSymbol(symbol.Text, typeCode, symbol.Number, symbol.IssuerCode, year, isState);
    }

    /// <summary>From after the previous full stop or line break to the next full stop (included) or line break.</summary>
    public static TextSpan SentenceAround(string text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && text[start - 1] != '\n' && !(text[start - 1] == ' ' && start > 1 && text[start - 2] == '.'))
            start--;
        var end = span.End;
        while (end < text.Length && text[end] != '\n' && !(text[end] == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))))
            end++;
        if (end < text.Length && text[end] == '.')
            end++;
        return new TextSpan(start, end);
    }
}
