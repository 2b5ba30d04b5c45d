using DirectiveSearch.Search.Querying;
using DirectiveSearch.Server.Contracts;

namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch search: the query and the API's search parameters under their command-line names.</summary>
public static class SearchSettings
{
    public static readonly CommandDefinition Definition = new(
        "search",
        "Search the index: documents best first, each with its best sections and the matched words highlighted, then the facet counts.",
        [new ArgumentDefinition("QUERY", "keywords (with or without diacritics), \"quoted phrases\", directive references (\"KL 21\"), or a question")],
        [
            CommonOptions.Index,
            OptionDefinition.Whole("limit", "hits per page", 10, 1, SearchRequest.MaxLimit),
            OptionDefinition.Whole("offset", "hits skipped", 0, 0, SearchRequest.MaxOffset),
            OptionDefinition.Value("type", "T", "only documents of this type (kl, nq, kh, ct, qd, ...)"),
            OptionDefinition.Value("issuer", "I", "only documents of this issuer, in any spelling"),
            OptionDefinition.Value("year", "Y", $"only documents of this year ({SearchParameters.MinYear}–{SearchParameters.MaxYear})"),
            OptionDefinition.Value("cites", "REF", "only documents citing this directive (\"KL 21\", \"21-KL/TW\")"),
            OptionDefinition.Value("sort", "relevance|date", "best first (default) or newest first"),
            OptionDefinition.Value("group", "document|section", "documents as hits (default), or their sections (Điều, khoản, mục) each ranked by itself"),
            OptionDefinition.Whole("facet-limit", "values shown per facet, most frequent first", SearchRequest.DefaultFacetLimit, 1, SearchRequest.MaxFacetLimit),
            CommonOptions.Json,
        ]);
}
