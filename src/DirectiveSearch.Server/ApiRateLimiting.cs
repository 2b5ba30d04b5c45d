using System.Globalization;
using System.Threading.RateLimiting;
using DirectiveSearch.Server.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace DirectiveSearch.Server;

/// <summary>
/// A token bucket per client address on /api: a burst of up to one second's budget, refilled every tenth of a
/// second so that a client at the limit is slowed smoothly rather than in one-second steps. The page and its
/// files are not limited (a page load is a dozen small files). Refused requests are 429 problems with Retry-After.
/// </summary>
internal static class ApiRateLimiting
{
    private static readonly TimeSpan Refill = TimeSpan.FromMilliseconds(100);

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, int perSecond)
    {
        if (perSecond <= 0)
            return services;
        var perRefill = Math.Max(1, (int)Math.Ceiling(perSecond * Refill.TotalSeconds));
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetTokenBucketLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                        _ => new TokenBucketRateLimiterOptions
                        {
                            TokenLimit = perSecond,
                            TokensPerPeriod = perRefill,
                            ReplenishmentPeriod = Refill,
                            QueueLimit = 0,
                            AutoReplenishment = true,
                        })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.OnRejected = async (rejected, cancellation) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = ApiProblems.TooManyRequests(seconds),
                });
            };
        });
    }
}
