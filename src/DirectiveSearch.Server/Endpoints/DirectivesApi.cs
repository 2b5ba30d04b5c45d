using System.ComponentModel;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Server.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DirectiveSearch.Server.Endpoints;

/// <summary>GET /api/directives: the knowledge base, resolution of what users type, implementations and quotes.</summary>
public static class DirectivesApi
{
    private const string IdDescription = "A directive id (\"kl-21-tw-2021\"); any reference the resolver understands (\"KL 21\", \"21-KL/TW\") or a document id is accepted too.";

    public static IEndpointRouteBuilder MapDirectivesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/directives").WithTags("Directives");
        api.MapGet(string.Empty, ListDirectives)
            .WithName("ListDirectives")
            .WithSummary("Search the knowledge base")
            .WithDescription("Every directive the corpus holds or cites, most cited first, filtered by free text, type and issuer, paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("resolve", ResolveDirective)
            .WithName("ResolveDirective")
            .WithSummary("Resolve a reference")
            .WithDescription("Turns what a user types (\"KL 21\", \"kết luận 21\", \"21-KL/TW\", \"kl21\", \"nq-35-tw-2018\") into a directive id, or into candidates when several fit.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("{id}", GetDirective)
            .WithName("GetDirective")
            .WithSummary("Get a directive")
            .WithDescription("The knowledge-base entry (symbol, type, number, issuer, issuing body, date, subject, aliases, the corpus document that is it) with who cites it and what it cites.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("{id}/implementations", GetImplementations)
            .WithName("GetImplementations")
            .WithSummary("Plans implementing a directive")
            .WithDescription("The nodes with an implements edge to the directive; with transitive=true also those reaching it through chains of plans, each with its path from the plan to the directive.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("{id}/dependants", GetDependants)
            .WithName("GetDependants")
            .WithSummary("Documents depending on a directive")
            .WithDescription("The nodes with a direct edge to the directive (based on it, amending, replacing, repealing, detailing, citing or implementing it), each with its relations and the documents attesting them; relation= keeps one relation (repeals includes repeals-in-part).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("{id}/quotes", GetQuotes)
            .WithName("GetQuotes")
            .WithSummary("Sentences citing a directive")
            .WithDescription("Every sentence of the corpus citing the directive, with its document, section and a ready-to-paste citation; format=csv gives a CSV file (UTF-8 with BOM, for Excel), with Vietnamese column names unless lang=en. Each quote is on one line, without a leading list marker; marks are the spans of the words referring to the directive.")
            .Produces<IReadOnlyList<Quote>>(StatusCodes.Status200OK)
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static Results<Ok<DirectivePage>, ProblemHttpResult> ListDirectives([AsParameters] DirectiveListParameters parameters, IndexLease index)
    {
        if (parameters.Validate() is { } invalid)
            return TypedResults.Problem(ApiProblems.InvalidParameter(invalid));
        return TypedResults.Ok(index.Current.Knowledge.Directory.Search(parameters.ToQuery()));
    }

    public static Results<Ok<DirectiveResolution>, ProblemHttpResult> ResolveDirective(
        [FromQuery(Name = "ref"), Description("The reference as a user types it.")] string? reference,
        IndexLease index)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return TypedResults.Problem(ApiProblems.InvalidParameter(new InvalidParameter("ref", "is required: the directive reference to resolve (\"KL 21\", \"21-KL/TW\")")));
        if (reference.Length > SearchParameters.MaxFilterLength)
            return TypedResults.Problem(ApiProblems.InvalidParameter(new InvalidParameter("ref", $"must be at most {SearchParameters.MaxFilterLength} characters long, got {reference.Length}")));
        var resolution = DirectiveResolution.Of(reference, index.Current.Knowledge.Around(reference));
        return resolution.Id is null && resolution.Candidates.Count == 0
            ? TypedResults.Problem(ApiProblems.DirectiveNotFound(reference, index.Current.Directory.NearCandidates(reference)))
            : TypedResults.Ok(resolution);
    }

    public static Results<Ok<DirectiveDetails>, ProblemHttpResult> GetDirective([Description(IdDescription)] string id, IndexLease index)
    {
        var graph = index.Current.Knowledge.Around(Decoded(id));
        var node = Node(graph, id);
        if (node.Problem is { } problem)
            return TypedResults.Problem(problem);
        var entry = graph.Knowledge.Directive(node.Id!);
        return entry is null
            ? TypedResults.Problem(ApiProblems.DirectiveNotFound(id))
            : TypedResults.Ok(DirectiveDetails.Of(entry, graph));
    }

    public static Results<Ok<IReadOnlyList<Implementation>>, ProblemHttpResult> GetImplementations(
        [Description(IdDescription)] string id,
        [FromQuery(Name = "transitive"), Description("Also plans implementing it through other plans (default false).")] bool? transitive,
        IndexLease index)
    {
        var graph = index.Current.Knowledge.ForImplementations(Decoded(id), transitive ?? false);
        var node = Node(graph, id);
        return node.Problem is { } problem
            ? TypedResults.Problem(problem)
            : TypedResults.Ok(graph.Implementations(node.Id!, transitive ?? false));
    }

    public static Results<Ok<IReadOnlyList<Dependant>>, ProblemHttpResult> GetDependants(
        [Description(IdDescription)] string id,
        [FromQuery(Name = "relation"), Description("Only this relation: implements, details, amends, replaces, repeals (with repeals-in-part), repeals-in-part, basis or cites; every relation when absent.")] string? relation,
        IndexLease index)
    {
        var (wanted, invalid) = RelationFilter.Parse(relation);
        if (invalid is not null)
            return TypedResults.Problem(ApiProblems.InvalidParameter(invalid));
        // Dependants are direct edges: the records citing the directive, which is what Around reads.
        var graph = index.Current.Knowledge.Around(Decoded(id));
        var node = Node(graph, id);
        return node.Problem is { } problem
            ? TypedResults.Problem(problem)
            : TypedResults.Ok(graph.Dependants(node.Id!, wanted));
    }

    public static Results<Ok<IReadOnlyList<Quote>>, FileContentHttpResult, ProblemHttpResult> GetQuotes(
        [Description(IdDescription)] string id,
        [FromQuery(Name = "format"), Description("\"json\" (default) or \"csv\".")] string? format,
        [FromQuery(Name = "lang"), Description("The CSV's header and relation values: \"vi\" (default, \"Câu trích dẫn\", \"thực hiện\") or \"en\" (the JSON's names).")] string? lang,
        IndexLease index)
    {
        if (QuoteLanguage.Parse(lang) is not { } language)
            return TypedResults.Problem(ApiProblems.InvalidParameter(new InvalidParameter("lang", $"must be 'vi' or 'en', got {InvalidParameter.Quote(lang)}")));
        var csv = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => false,
            "csv" => true,
            _ => (bool?)null,
        };
        if (csv is null)
            return TypedResults.Problem(ApiProblems.InvalidParameter(new InvalidParameter("format", $"must be 'json' or 'csv', got {InvalidParameter.Quote(format)}")));
        var graph = index.Current.Knowledge.Around(Decoded(id));
        var node = Node(graph, id);
        if (node.Problem is { } problem)
            return TypedResults.Problem(problem);
        var quotes = new QuoteFinder(graph.Knowledge).For(node.Id!);
        if (csv == false)
            return TypedResults.Ok(quotes);
        using var bytes = new MemoryStream();
        QuoteFinder.WriteCsv(quotes, bytes, language);
        return TypedResults.File(bytes.ToArray(), "text/csv; charset=utf-8", $"trich-dan-{node.Id}.csv");
    }

    /// <summary>
    /// Kestrel leaves an encoded slash encoded in a path segment (so that it cannot split the route):
    /// /api/directives/49-KH%2FTU arrives as "49-KH%2FTU". Ids never hold "%", so decoding it is safe.
    /// </summary>
    internal static string Decoded(string reference) => reference.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The node an id or reference names, or the problem to answer: unknown (404) or ambiguous (409).</summary>
    internal static (string? Id, ProblemDetails? Problem) Node(CitationGraph graph, string reference)
    {
        reference = Decoded(reference);
        var outcome = graph.ResolveNode(reference);
        if (outcome.Id is { } id)
            return (id, null);
        return outcome.Candidates.Count > 0
            ? (null, ApiProblems.AmbiguousDirective(reference, outcome.Candidates))
            : (null, ApiProblems.DirectiveNotFound(reference, graph.Knowledge.NearCandidates(reference)));
    }
}
