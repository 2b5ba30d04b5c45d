using System.Text;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Server.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DirectiveSearch.Server.Endpoints;

/// <summary>GET /api/graph: the citation graph around a node, or all of it, as JSON, DOT or GraphML.</summary>
public static class GraphApi
{
    public const string DotMediaType = "text/vnd.graphviz";
    public const string GraphMlMediaType = "application/graphml+xml";

    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/graph", GetGraph)
            .WithTags("Graph")
            .WithName("GetGraph")
            .WithSummary("The citation graph")
            .WithDescription(
                "Nodes (documents and directives) and edges (implements, basis, cites, with the documents attesting them) within depth edges of root, " +
                "following direction; without root, the whole graph. format=dot gives Graphviz DOT, format=graphml GraphML for Gephi.")
            .Produces<Subgraph>(StatusCodes.Status200OK)
            .Produces<string>(StatusCodes.Status200OK, DotMediaType, GraphMlMediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static Results<Ok<Subgraph>, ContentHttpResult, ProblemHttpResult> GetGraph([AsParameters] GraphParameters parameters, IndexLease index)
    {
        if (parameters.Validate() is { } invalid)
            return TypedResults.Problem(ApiProblems.InvalidParameter(invalid));
        // The whole graph is built from every record; a neighbourhood reads only its nodes' documents.
        var graph = parameters.Root is null
            ? index.Current.Graph
            : index.Current.Knowledge.ForNeighbourhood(DirectivesApi.Decoded(parameters.Root), parameters.Depth, parameters.GraphDirection);
        Subgraph subgraph;
        if (parameters.Root is null)
        {
            subgraph = graph.All();
        }
        else
        {
            var node = DirectivesApi.Node(graph, parameters.Root);
            if (node.Problem is { } problem)
                return TypedResults.Problem(problem);
            subgraph = graph.Neighbourhood(node.Id!, parameters.Depth, parameters.GraphDirection)!;
        }

        return parameters.GraphFormat switch
        {
            "dot" => TypedResults.Text(GraphExport.ToDot(subgraph), DotMediaType, Encoding.UTF8),
            "graphml" => TypedResults.Text(GraphExport.ToGraphMl(subgraph), GraphMlMediaType, Encoding.UTF8),
            _ => TypedResults.Ok(subgraph),
        };
    }
}
