using DirectiveSearch.Server.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DirectiveSearch.Server.Problems;

/// <summary>The RFC 9457 (formerly 7807) problems the endpoints answer with.</summary>
public static class ApiProblems
{
    public const string InvalidParameterTitle = "Invalid query parameter";

    public static ProblemDetails InvalidParameter(InvalidParameter invalid) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        Title = InvalidParameterTitle,
        Status = StatusCodes.Status400BadRequest,
        Detail = $"{invalid.Name} {invalid.Reason}",
        Extensions = { ["parameter"] = invalid.Name },
    };

    public static ProblemDetails DocumentNotFound(string id) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Document not found",
        Status = StatusCodes.Status404NotFound,
        Detail = $"No document has the id '{id}'.",
        Extensions = { ["id"] = id },
    };

    public static ProblemDetails DirectiveNotFound(string reference) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Directive not found",
        Status = StatusCodes.Status404NotFound,
        Detail = $"No directive or document is known as '{reference}'.",
        Extensions = { ["ref"] = reference },
    };

    /// <summary>Several directives fit: the client picks one of the candidates, whose ids are given.</summary>
    public static ProblemDetails AmbiguousDirective(string reference, IReadOnlyList<string> candidates) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        Title = "Ambiguous directive reference",
        Status = StatusCodes.Status409Conflict,
        Detail = $"'{reference}' fits {candidates.Count} directives: {string.Join(", ", candidates)}. Ask for one of them by id.",
        Extensions = { ["ref"] = reference, ["candidates"] = candidates },
    };

    public static ProblemDetails SourceNotFound(string id, string reason) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Source file not found",
        Status = StatusCodes.Status404NotFound,
        Detail = $"Document '{id}': {reason}.",
        Extensions = { ["id"] = id },
    };
}
