using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// Makes the <see cref="DirectiveEntry"/> of one identity from the corpus document that is it (if any) and the
/// citations resolved to it. The document's header is the authority for its date and trích yếu; citations
/// are the better source for the issuing body, because they name it in full ("của Ban Thường vụ Tỉnh ủy")
/// where a header prints the parent committee ("ĐẢNG BỘ TỈNH ...").
/// </summary>
internal static class DirectiveEntryBuilder
{
    // Issuer codes as Party symbols write them, for rebuilding "01-KL/TW" from "kl-01-tw-2021" when the
    // citations never wrote the symbol ("Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị", seed 001). Case
    // matters: "ThU" is a thị ủy, "TU" a tỉnh ủy.
    private static readonly Dictionary<string, string> PartyIssuers = new(StringComparer.Ordinal)
    {
        ["tw"] = "TW", ["tu"] = "TU", ["thu"] = "ThU", ["hu"] = "HU", ["qu"] = "QU", ["du"] = "ĐU", ["duk"] = "ĐUK",
        ["btg"] = "BTG", ["btc"] = "BTC", ["ubkt"] = "UBKT", ["bdv"] = "BDV", ["bnc"] = "BNC", ["vptw"] = "VPTW",
        ["btgtw"] = "BTGTW", ["btctw"] = "BTCTW", ["ubkttw"] = "UBKTTW",
    };

    // State issuer codes whose case is not all capitals.
    private static readonly Dictionary<string, string> StateIssuers = new(StringComparer.Ordinal)
    {
        ["ttg"] = "TTg",
    };

    /// <param name="id">The identity slug.</param>
    /// <param name="document">The corpus document whose identity this is, or null.</param>
    /// <param name="citations">Citations resolved to <paramref name="id"/> by other documents, self-references excluded.</param>
    /// <param name="citedByCount">Distinct citing documents.</param>
    public static DirectiveEntry Build(string id, DocumentRecord? document, IReadOnlyList<ResolvedCitation> citations, int citedByCount)
    {
        var slug = DirectiveSlug.Parse(id) ?? new DirectiveSlug(DirectiveTypes.Unknown, id, null, null);

        // A meeting's "kết luận, quy định của Hội nghị Trung ương 4" resolves to several directives sharing
        // one citation: its body, date and subject are the meeting's, not this directive's.
        var named = citations.Select(c => c.Citation).Where(c => c.Kind != CitationKind.Meeting).ToList();
        var symbols = named.Select(c => c.Symbol).OfType<CitationSymbol>().Where(s => Agrees(s, slug)).ToList();
        var ownSymbol = document?.Symbol is { } written ? DocumentSymbol.Parse(written) : null;

        var typeName = TypeName(slug, document, named);
        var typeCode = Evidence.MostFrequent(symbols.Select(s => s.TypeCode).Where(c => c is not null && DirectiveTypes.FromCode(c) == slug.Type))
            ?? (ownSymbol is not null && DirectiveTypes.FromCode(ownSymbol.TypeCode) == slug.Type ? ownSymbol.TypeCode : null)
            ?? CatalogType(slug.Type)?.Code
            ?? string.Empty;
        var issuer = Evidence.MostFrequent(symbols.Select(s => s.IssuerCode))
            ?? ownSymbol?.IssuerCode
            ?? WrittenIssuer(slug.Issuer);
        var symbol = Evidence.MostFrequent(symbols.Select(s => s.Text))
            ?? ownSymbol?.Text
            ?? RebuiltPartySymbol(slug, typeCode);

        // A dated id admits only dates of its year: a date that disagrees belongs to another reading.
        bool FitsYear(DateOnly? date) => date is { } d && (slug.Year is not { } year || d.Year == year);
        var date = document?.Date is { } own && FitsYear(own)
            ? own
            : Evidence.MostFrequent(named.Select(c => c.Date).Where(FitsYear));
        var subject = document is not null && !string.IsNullOrWhiteSpace(document.Title)
            ? Evidence.Tidy(document.Title)
            : Evidence.MostFrequent(named.Select(c => c.Subject));
        var body = Evidence.MostFrequent(named.Select(c => c.IssuingBody)) ?? document?.Issuer;

        return new DirectiveEntry(
            id,
            symbol,
            typeCode,
            typeName,
            slug.Number,
            issuer,
            body,
            date,
            subject,
            Aliases(named),
            document?.Id,
            citedByCount);
    }

    /// <summary>
    /// A written symbol is evidence for this identity only when its number, type and issuer say so: seed 003
    /// writes "Nghị quyết số 21-KL/TW" for 21-NQ/TW, and "21-KL/TW" must not become that resolution's symbol.
    /// </summary>
    private static bool Agrees(CitationSymbol symbol, DirectiveSlug slug)
    {
        if (DirectiveIdentity.NormalizeNumber(symbol.Number) != slug.Number)
            return false;
        if (slug.Issuer is { } issuer && DirectiveIdentity.FoldCode(symbol.IssuerCode) != issuer)
            return false;
        return symbol.TypeCode is null || slug.Type == DirectiveTypes.Unknown || DirectiveTypes.FromCode(symbol.TypeCode) == slug.Type;
    }

    /// <summary>The noun the texts write ("Quy định" for a "QĐ" that is a Quy định), else the catalog's name for the type.</summary>
    private static string TypeName(DirectiveSlug slug, DocumentRecord? document, IReadOnlyList<ExtractedCitation> named)
    {
        if (document is not null && document.Type.Code.Length > 0 && DirectiveTypes.FromNoun(document.Type.Name) == slug.Type)
            return document.Type.Name;
        var nouns = named
            .Where(c => c.Noun is not null && c.NounType == slug.Type)
            .Select(c => DocumentTypeCatalog.FromName(Evidence.Tidy(c.Noun!))?.Name);
        return Evidence.MostFrequent(nouns) ?? CatalogType(slug.Type)?.Name ?? DocumentTypeCatalog.Unknown.Name;
    }

    /// <summary>The first catalog type of an identity type: "qd" → Quyết định "QĐ" (texts write Quy định "QĐ" too).</summary>
    private static DocumentType? CatalogType(string type) =>
        DocumentTypeCatalog.All.FirstOrDefault(t => DirectiveTypes.FromNoun(t.Name) == type);

    private static string WrittenIssuer(string? folded) =>
        folded is null ? string.Empty
        : PartyIssuers.TryGetValue(folded, out var party) ? party
        : StateIssuers.TryGetValue(folded, out var state) ? state
        : folded.ToUpperInvariant();

    private static string? RebuiltPartySymbol(DirectiveSlug slug, string typeCode) =>
        slug.Issuer is { } issuer && PartyIssuers.TryGetValue(issuer, out var written) && typeCode.Length > 0 && slug.Number.All(char.IsAsciiDigit)
            ? $"{slug.Number}-{typeCode}/{written}"
            : null;

    /// <summary>Written forms ("Kết luận số 21-KL/TW", "Kết luận") and defined short names, distinct ignoring case, sorted.</summary>
    private static IReadOnlyList<string> Aliases(IReadOnlyList<ExtractedCitation> named)
    {
        var forms = named
            .Where(c => c.Kind != CitationKind.SelfReference)
            .SelectMany(c => new[] { c.Text, c.DefinedAlias })
            .Where(f => !string.IsNullOrWhiteSpace(f))
            .Select(f => Evidence.Tidy(f!))
            .Where(f => f.Length > 0)
            .Order(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. forms.Where(seen.Add)];
    }
}
