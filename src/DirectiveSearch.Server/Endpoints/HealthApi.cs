using DirectiveSearch.Server.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DirectiveSearch.Server.Endpoints;

/// <summary>GET /health: the server is up and its index open.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("health", GetHealth)
            .WithTags("Health")
            .WithName("GetHealth")
            .WithSummary("Health check")
            .WithDescription("\"ok\" and the number of documents in the index being searched.");
        return app;
    }

    public static Ok<HealthReport> GetHealth(IndexLease index) =>
        TypedResults.Ok(new HealthReport("ok", index.Current.DocumentCount));
}
