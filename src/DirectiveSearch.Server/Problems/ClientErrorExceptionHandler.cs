using System.Text.RegularExpressions;
using DirectiveSearch.Search.Querying;
using DirectiveSearch.Server.Contracts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DirectiveSearch.Server.Problems;

/// <summary>
/// Turns exceptions that are the request's fault into 4xx problems naming the parameter:
/// - the framework's binding errors ("limit=abc"), which route handlers throw because
///   <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on (without it they answer an empty 400);
/// - a query with more phrases or directive references than one search holds (<see cref="QueryTooComplexException"/>).
/// Every other exception is left to the default handler: a 500 problem without details.
/// </summary>
internal sealed partial class ClientErrorExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            BadHttpRequestException badRequest => BadRequest(badRequest),
            QueryTooComplexException => ApiProblems.InvalidParameter(
                new InvalidParameter("q", "has too many quoted phrases or directive references to search at once")),
            _ => null,
        };
        if (problem is null)
            return false;

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        var problem = BindingFailure().Match(exception.Message) is { Success: true } match
            ? ApiProblems.InvalidParameter(Describe(match))
            : new ProblemDetails { Title = "Bad request", Detail = exception.Message };
        problem.Status = exception.StatusCode is >= 400 and < 500 ? exception.StatusCode : StatusCodes.Status400BadRequest;
        return problem;
    }

    // The framework's message: Failed to bind parameter "Nullable<int> Year" from "abc".
    private static InvalidParameter Describe(Match match)
    {
        var type = NullableType().Match(match.Groups["type"].Value) is { Success: true } nullable
            ? nullable.Groups["inner"].Value
            : match.Groups["type"].Value.TrimEnd('?');
        var what = type switch
        {
            "int" or "long" or "short" => "a whole number",
            "double" or "float" or "decimal" => "a number",
            "bool" => "true or false",
            _ => $"a valid {type}",
        };
        return new InvalidParameter(match.Groups["name"].Value.ToLowerInvariant(), $"must be {what}, got {InvalidParameter.Quote(match.Groups["value"].Value)}");
    }

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]+) (?<name>[^" ]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    [GeneratedRegex("^Nullable<(?<inner>.+)>$")]
    private static partial Regex NullableType();
}
