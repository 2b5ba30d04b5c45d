using System.ComponentModel;
using System.Text;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Server.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DirectiveSearch.Server.Endpoints;

/// <summary>GET /api/documents: the list, one record, one record's text.</summary>
public static class DocumentsApi
{
    private const string IdDescription = "The document's id, as search hits and the list give it (\"002_f40361709d858c1f\").";

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/documents").WithTags("Documents");
        api.MapGet(string.Empty, ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("List documents")
            .WithDescription("A page of the documents in the index, in id order: id, title, symbol, type and date.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("{id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("Get a document record")
            .WithDescription("The whole record, as 'dirsearch show' prints it: sources, type, symbol, title, issuer, place, date, sections, recipients, signer, its own directive id, every citation (target, written form, relation, section, sentence, offsets, warnings), text, and similar: other documents with nearly the same content [{id, resemblance}]. An id stays with its document for good; a removed document's id answers 404 with removed: true.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("{id}/text", GetDocumentText)
            .WithName("GetDocumentText")
            .WithSummary("Get a document's text")
            .WithDescription("The normalized full text of the document; section offsets in the record point into it.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("{id}/sources/{index:int}", GetSourceFile)
            .WithName("GetSourceFile")
            .WithSummary("Download an original file")
            .WithDescription("The file the document was read from, by its position in the record's sources (0 first): served only while it is still at the ingested path with the same content.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Ok<DocumentPage>, ProblemHttpResult> ListDocuments([AsParameters] DocumentListParameters parameters, IndexLease index)
    {
        if (parameters.Validate() is { } invalid)
            return TypedResults.Problem(ApiProblems.InvalidParameter(invalid));
        var current = index.Current;
        var ids = current.DocumentIds();
        var page = ids.Skip(parameters.Offset).Take(parameters.Limit)
            .Select(current.Summary)
            .OfType<DocumentSummary>()
            .Select(DocumentListItem.Of)
            .ToList();
        return TypedResults.Ok(new DocumentPage(ids.Count, parameters.Offset, parameters.Limit, page));
    }

    public static Results<Ok<DocumentDetails>, ProblemHttpResult> GetDocument([Description(IdDescription)] string id, IndexLease index) =>
        index.Current.Details(id) is { } record
            ? TypedResults.Ok(record)
            : TypedResults.Problem(ApiProblems.DocumentMissing(index.Current, id));

    public static Results<ContentHttpResult, ProblemHttpResult> GetDocumentText([Description(IdDescription)] string id, IndexLease index) =>
        index.Current.Find(id) is { } record
            ? TypedResults.Text(record.Text, "text/plain", Encoding.UTF8)
            : TypedResults.Problem(ApiProblems.DocumentMissing(index.Current, id));

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> GetSourceFile(
        [Description(IdDescription)] string id,
        [Description("The source's position in the record's sources, 0 first.")] int index,
        IndexLease holder)
    {
        if (holder.Current.Find(id) is not { } record)
            return TypedResults.Problem(ApiProblems.DocumentMissing(holder.Current, id));
        if (index < 0 || index >= record.Sources.Count)
            return TypedResults.Problem(ApiProblems.SourceNotFound(id, $"the document has {record.Sources.Count} source files, numbered from 0"));
        var source = record.Sources[index];
        // The path comes from the index, never from the request; the hash check keeps a file that changed or
        // was replaced since ingest from being served as this document's original.
        var path = holder.Current.Locate(source);
        // The length first: a changed file is usually refused without hashing it.
        if (!File.Exists(path) || new FileInfo(path).Length != source.Length || !SameContent(path, source.ContentHash))
            return TypedResults.Problem(ApiProblems.SourceNotFound(id, $"'{Path.GetFileName(source.Path)}' is no longer at its ingested path with the same content"));
        return TypedResults.PhysicalFile(path, SourceFormat.MediaTypeOf(source.Format), Path.GetFileName(path));
    }

    /// <summary>The address of a document's record, as a Location header gives it.</summary>
    public static string Location(string id) => "/api/documents/" + Uri.EscapeDataString(id);

    private static bool SameContent(string path, string contentHash)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)) == contentHash;
    }
}
