using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// What filters and facets need of a document, derived once from its record: type, issuer, date,
/// and the directives it cites (by symbol, until the citation resolver names them by identity).
/// </summary>
internal sealed record DocumentFacts(
    string TypeCode,
    string? Issuer,
    DateOnly? Date,
    IReadOnlyList<DocumentSymbol> Cites,
    IReadOnlyList<string> CiteKeys,
    IReadOnlyList<string> Symbols)
{
    public static DocumentFacts Of(DocumentRecord record)
    {
        var own = record.Symbol is null ? null : DocumentSymbol.Parse(record.Symbol);
        var cited = DocumentSymbol.FindAll(record.Text)
            .Select(found => found.Symbol)
            .Where(symbol => own is null || symbol.Text != own.Text)
            .DistinctBy(symbol => symbol.Text)
            .ToList();
        var keys = cited.Select(s => s.Key).Concat(own is null ? [] : [own.Key]).Distinct().ToList();
        var symbols = cited.Select(s => SymbolTerm(s.Text)).Concat(own is null ? [] : [SymbolTerm(own.Text)]).Distinct().ToList();
        return new DocumentFacts(
            record.Type.Code.Length > 0 ? record.Type.Code : "?",
            record.Issuer,
            record.Date,
            cited,
            keys,
            symbols);
    }

    /// <summary>Symbols are matched case-insensitively and without diacritics: users type "21-kl/tw", "28-kh/duk".</summary>
    public static string SymbolTerm(string symbol) => Core.Text.DiacriticFolder.Fold(symbol);
}
