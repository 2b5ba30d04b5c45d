using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.FileProviders;

namespace DirectiveSearch.Server.Web;

/// <summary>
/// The web page: static files from the wwwroot folder next to the assembly, and index.html for each of the
/// page's own addresses (/search, /documents/{id}, /directives/{id}, /graph), so every state of the page is
/// a link that can be shared. Other addresses stay 404s; /api is never answered with the page.
/// </summary>
public static class WebPage
{
    /// <summary>What the page loads from: this server only, no inline script, no frames.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static readonly string[] PageRoutes = ["/", "/search", "/documents/{id}", "/directives", "/directives/{id}", "/graph", "/units", "/units/{id}", "/tasks"];

    public static string Root => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static WebApplication UseWebPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            // Set as the response starts rather than now: the exception handler clears the headers of a failed
            // request before writing its problem, and that answer needs nosniff as much as any other.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        if (!Directory.Exists(Root))
            return app;

        var files = new PhysicalFileProvider(Root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        foreach (var route in PageRoutes)
        {
            app.MapGet(route, () => Results.File(Path.Combine(Root, "index.html"), "text/html; charset=utf-8"))
                .ExcludeFromDescription();
        }

        return app;
    }
}
