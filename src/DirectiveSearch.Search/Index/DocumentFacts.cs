using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Relate;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// What filters and facets need of a document, derived once from its record and its resolved citations:
/// type, issuer, date, the directives it cites by identity, and the symbols it writes (for references
/// the knowledge base does not know).
/// </summary>
internal sealed record DocumentFacts(
    string TypeCode,
    string? Issuer,
    DateOnly? Date,
    string? Identity,
    IReadOnlyList<string> Cites,
    IReadOnlyList<string> CiteKeys,
    IReadOnlyList<string> Symbols)
{
    /// <summary>The document's relation to each directive it cites (<see cref="DocumentRelations"/>), as "id|relation" terms.</summary>
    public IReadOnlyList<string> Relations { get; init; } = [];

    public static DocumentFacts Of(DocumentRecord record, DocumentCitations? citations)
    {
        var own = record.Symbol is null ? null : DocumentSymbol.Parse(record.Symbol);
        var written = DocumentSymbol.FindAll(record.Text)
            .Select(found => found.Symbol)
            .Where(symbol => own is null || symbol.Text != own.Text)
            .DistinctBy(symbol => symbol.Text)
            .ToList();
        var keys = written.Select(s => s.Key).Concat(own is null ? [] : [own.Key]).Distinct().ToList();
        var symbols = written.Select(s => SymbolTerm(s.Text)).Concat(own is null ? [] : [SymbolTerm(own.Text)]).Distinct().ToList();
        var cited = (citations?.Citations ?? [])
            .Where(c => c.Target is not null && !c.IsSelf && c.Target != citations!.Identity)
            .Select(c => c.Target!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new DocumentFacts(
            record.Type.Code.Length > 0 ? record.Type.Code : "?",
            record.Issuer,
            record.Date,
            citations?.Identity,
            cited,
            keys,
            symbols)
        {
            Relations = citations is null ? [] : [.. DocumentRelations.Of(citations).Select(pair => RelationTerm(pair.Value, pair.Key)).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>"kl-21-tw-2021|implements": one term per directive a document cites, with its relation to it; a directive's terms share its prefix.</summary>
    public static string RelationTerm(string relation, string directiveId) => directiveId + RelationSeparator + relation;

    public const char RelationSeparator = '|';

    /// <summary>Symbols are matched case-insensitively and without diacritics: users type "21-kl/tw", "28-kh/duk".</summary>
    public static string SymbolTerm(string symbol) => Core.Text.DiacriticFolder.Fold(symbol);
}
