using System.Globalization;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Server.Contracts;

/// <summary>One entry of the document list; <paramref name="Type"/> is the type code, <paramref name="Date"/> ISO or null.</summary>
public sealed record DocumentListItem(string Id, string Title, string? Symbol, string Type, string TypeName, string? Date)
{
    public static DocumentListItem Of(DocumentSummary summary) => new(
        summary.Id,
        summary.Title,
        summary.Symbol,
        summary.Type.Code,
        summary.Type.Name,
        summary.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
