using DirectiveSearch.Core.Graph;

namespace DirectiveSearch.Server.Contracts;

/// <summary>The lang parameter of the quotes CSV (API and command line): "vi" by default, "en" for the JSON's names.</summary>
public static class QuoteLanguage
{
    /// <summary>The language, or null for a value that is neither.</summary>
    public static QuoteCsvLanguage? Parse(string? lang) => lang?.Trim().ToLowerInvariant() switch
    {
        null or "" or "vi" => QuoteCsvLanguage.Vietnamese,
        "en" => QuoteCsvLanguage.English,
        _ => null,
    };
}
