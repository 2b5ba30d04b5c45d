using System.Text.Json;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// How a document's resolved citations are stored: each extracted citation once, and its resolutions by
/// index, since a <see cref="ResolvedCitation"/> embeds its extracted citation and a meeting resolves to several.
/// </summary>
internal sealed record StoredCitations(
    string DocumentId,
    string? Identity,
    IReadOnlyList<ExtractedCitation> Extracted,
    IReadOnlyList<StoredCitations.Resolution> Resolved)
{
    public static string Serialize(DocumentCitations citations) =>
        JsonSerializer.Serialize(
            new StoredCitations(
                citations.DocumentId,
                citations.Identity,
                citations.Extracted,
                [.. citations.Citations.Select(c => new Resolution(c.Citation.Index, c.Target, c.Candidates, c.Relation, c.Warnings, c.SectionPath))]),
            RecordJson.Compact);

    public static DocumentCitations Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredCitations>(json, RecordJson.Options)
            ?? throw new JsonException("stored citations JSON is null");
        var byIndex = stored.Extracted.ToDictionary(c => c.Index);
        return new DocumentCitations(
            stored.DocumentId,
            stored.Identity,
            stored.Extracted,
            [.. stored.Resolved.Select(r => new ResolvedCitation(byIndex[r.Index], r.Target, r.Candidates, r.Relation, r.Warnings, r.SectionPath))]);
    }

    internal sealed record Resolution(
        int Index,
        string? Target,
        IReadOnlyList<string> Candidates,
        CitationRelation Relation,
        IReadOnlyList<string> Warnings,
        string? SectionPath);
}
