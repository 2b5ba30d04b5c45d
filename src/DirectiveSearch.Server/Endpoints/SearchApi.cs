using DirectiveSearch.Search.Querying;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Server.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DirectiveSearch.Server.Endpoints;

/// <summary>GET /api/search: documents matching a query and filters, with their best sections and facets.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/search").WithTags("Search");
        api.MapGet(string.Empty, Search)
            .WithName("Search")
            .WithSummary("Search documents")
            .WithDescription(
                "Documents matching q (diacritics optional, \"quoted phrases\", directive references), best first or newest first, " +
                "each with its best matching sections. Snippets are HTML-escaped with matched words in <mark>. " +
                "Facets count all matching documents by type, issuer, year and cited directive. " +
                "Without q, at least one filter is needed; the filtered documents are listed.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static Results<Ok<SearchResponse>, ProblemHttpResult> Search([AsParameters] SearchParameters parameters, IndexLease index)
    {
        if (parameters.Validate() is { } invalid)
            return TypedResults.Problem(ApiProblems.InvalidParameter(invalid));
        return TypedResults.Ok(index.Current.Search(parameters.ToRequest()));
    }
}
