using System.Globalization;
using DirectiveSearch.Server.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DirectiveSearch.Server;

/// <summary>
/// A budget of requests per second per client address on /api (<see cref="ClientRateBudget"/>). The page and its
/// files are not limited (a page load is a dozen small files). Refused requests are 429 problems with Retry-After.
/// </summary>
internal static class ApiRateLimiting
{
    public static IApplicationBuilder UseApiRateLimit(this IApplicationBuilder app, int perSecond)
    {
        var budget = new ClientRateBudget(perSecond);
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                || budget.TryTake(context.Connection.RemoteIpAddress?.ToString() ?? string.Empty, out var wait))
            {
                await next(context);
                return;
            }

            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ApiProblems.TooManyRequests(seconds),
            });
        });
    }
}
