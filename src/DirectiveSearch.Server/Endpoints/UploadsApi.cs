using System.ComponentModel;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Server.Problems;
using DirectiveSearch.Server.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace DirectiveSearch.Server.Endpoints;

/// <summary>
/// POST /api/documents (upload one file) and DELETE /api/documents/{id} (remove an uploaded document), both only
/// with the server's upload key. A change is searchable as soon as the request returns.
/// </summary>
public static class UploadsApi
{
    public static IEndpointRouteBuilder MapUploadsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/documents").WithTags("Documents");
        api.MapPost(string.Empty, UploadDocument)
            .WithName("UploadDocument")
            .WithSummary("Upload a document")
            .WithDescription(
                "Ingests one file (multipart/form-data, field 'file': text, DOCX or PDF, recognized by its bytes, not its name) " +
                "and answers its record, searchable at once: 201 with Location for a new file, 200 when a file with the same bytes " +
                "is already in the index. Needs the server's upload key in X-Upload-Key or 'Authorization: Bearer'; " +
                "403 when the server was started without one.")
            // Described here rather than with Accepts(): Accepts makes routing answer other content types with a bare
            // 415 before the handler, which names the parameter. The handler reads the body as a stream, after the key.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = UploadRequestBody();
                return Task.CompletedTask;
            })
            .Produces<DocumentDetails>(StatusCodes.Status201Created)
            .Produces<DocumentDetails>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);
        api.MapDelete("{id}", DeleteDocument)
            .WithName("DeleteDocument")
            .WithSummary("Delete an uploaded document")
            .WithDescription(
                "Removes a document made of uploaded files from the index, and the files. Documents with a file from the corpus " +
                "are 409: they come back with the next ingest of the corpus unless the file is removed there. Needs the upload key.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);
        return app;
    }

    public static async Task<Results<Created<DocumentDetails>, Ok<DocumentDetails>, ProblemHttpResult>> UploadDocument(
        HttpRequest request, ServerOptions options, UploadFolder folder, DocumentChanges changes)
    {
        if (Authorize(request, options) is { } refused)
            return TypedResults.Problem(refused);
        var (received, problem) = await MultipartFileReceiver.ReceiveAsync(request, folder, options.MaxUploadBytes, request.HttpContext.RequestAborted);
        if (problem is not null)
            return TypedResults.Problem(problem);
        var file = received!;
        if (SourceFormat.ForContent(file.Format) is not { } format)
        {
            File.Delete(file.PartialFile);
            return TypedResults.Problem(file.Format == FileFormat.Empty
                ? ApiProblems.UnreadableUpload("tệp rỗng (0 byte)")
                : ApiProblems.UnsupportedUpload("file", $"Nội dung tệp là {FormatSniffer.Describe(file.Format)}: chỉ nhận văn bản thuần (.txt, .md), Word (.docx) và PDF."));
        }

        UploadOutcome outcome;
        try
        {
            outcome = await changes.AddAsync(file.PartialFile, file.ContentHash, format.Name, request.HttpContext.RequestAborted);
        }
        catch (IndexSourcesMissingException e)
        {
            return TypedResults.Problem(ApiProblems.IndexSourcesMissing(e.Count, e.First));
        }
        catch (IndexUnavailableException e)
        {
            return TypedResults.Problem(e.DiskFull ? ApiProblems.DiskFull() : ApiProblems.IndexUnavailable());
        }

        return outcome.Status switch
        {
            UploadStatus.Added => TypedResults.Created(DocumentsApi.Location(outcome.Record!.Id), outcome.Record),
            UploadStatus.AlreadyPresent => TypedResults.Ok(outcome.Record!),
            _ => TypedResults.Problem(ApiProblems.UnreadableUpload(outcome.Reason!)),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(
        [Description("The document's id, as the upload answered it.")] string id,
        HttpRequest request,
        ServerOptions options,
        DocumentChanges changes)
    {
        if (Authorize(request, options) is { } refused)
            return TypedResults.Problem(refused);
        try
        {
            return await changes.DeleteAsync(id, request.HttpContext.RequestAborted) switch
            {
                DeletionStatus.Deleted => TypedResults.NoContent(),
                DeletionStatus.NotFound => TypedResults.Problem(ApiProblems.DocumentNotFound(id)),
                _ => TypedResults.Problem(ApiProblems.NotAnUpload(id)),
            };
        }
        catch (IndexSourcesMissingException e)
        {
            return TypedResults.Problem(ApiProblems.IndexSourcesMissing(e.Count, e.First));
        }
        catch (IndexUnavailableException e)
        {
            return TypedResults.Problem(e.DiskFull ? ApiProblems.DiskFull() : ApiProblems.IndexUnavailable());
        }
    }

    private static OpenApiRequestBody UploadRequestBody() => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["file"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Format = "binary",
                            Description = "The document: plain text (UTF-8 or a legacy Vietnamese encoding), DOCX or PDF. Its name and Content-Type are ignored.",
                        },
                    },
                },
            },
        },
    };

    private static ProblemDetails? Authorize(HttpRequest request, ServerOptions options)
    {
        if (options.UploadKey is not { } key)
            return ApiProblems.UploadsDisabled();
        if (!key.IsPresentedBy(request))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.UploadKeyRequired();
        }

        return null;
    }
}
