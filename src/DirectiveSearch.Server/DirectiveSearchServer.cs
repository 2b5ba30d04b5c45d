using DirectiveSearch.Search.Index;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Server.Endpoints;
using DirectiveSearch.Server.Problems;
using DirectiveSearch.Server.Uploads;
using DirectiveSearch.Server.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DirectiveSearch.Server;

/// <summary>The HTTP API over the index, as "dirsearch serve" and the tests start it.</summary>
public static class DirectiveSearchServer
{
    /// <summary>
    /// Long enough for a request line carrying a query of <c>SearchRequest.MaxQueryLength</c> characters,
    /// each percent-encoded as up to 12 bytes (a UTF-8 surrogate pair), so the API itself answers it.
    /// </summary>
    private const int MaxRequestLineBytes = 256 * 1024;

    /// <summary>
    /// Builds the application: opens the index (building it from the corpus first when it is missing),
    /// so that a bad folder fails here and not on the first request. Start it with Run or StartAsync.
    /// </summary>
    public static WebApplication Create(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Reloading appsettings.json on change would watch the working directory recursively
            // (the corpus and the index included) for a file this server does not use.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            // In Development the framework adds the developer exception page, which shows stack
            // traces; this API never does, whatever ASPNETCORE_ENVIRONMENT says.
            EnvironmentName = Environments.Production,
        });
        // Requests are not logged one by one; start-up, index building and errors are.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxRequestLineBytes;
        });

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ClientErrorExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Apply(json.SerializerOptions));
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DirectiveSearch API";
            document.Info.Description = "Search Vietnamese Party and state documents: full text with or without diacritics, directive references, facets; records and texts; the directive knowledge base and the citation graph.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new UploadFolder(options.IndexDirectory));
        // The folder is served by this server alone: a second one is refused at once, naming this process. An ingest beside
        // it is not: each change takes the folder's change lock, and the server reopens on the ingest's commit.
        builder.Services.AddSingleton(_ =>
        {
            IndexStartup.EnsureOpenable(options);
            return IndexOwnership.Serve(options.IndexDirectory, $"dirsearch serve {options.Urls}");
        });
        builder.Services.AddSingleton(services =>
        {
            services.GetRequiredService<IndexOwnership>();
            return IndexStartup.Open(options, services.GetRequiredService<UploadFolder>(), services.GetRequiredService<ILoggerFactory>());
        });
        builder.Services.AddScoped(services => services.GetRequiredService<IndexHolder>().Lease());
        builder.Services.AddSingleton(services => new DocumentChanges(
            services.GetRequiredService<IndexHolder>(),
            services.GetRequiredService<UploadFolder>(),
            Path.GetFullPath(options.IndexDirectory),
            options.Ingest,
            services.GetRequiredService<ILogger<DocumentChanges>>()));
        builder.Services.AddHostedService(services => new IndexRefresher(
            services.GetRequiredService<IndexHolder>(),
            options.RefreshInterval,
            services.GetRequiredService<ILogger<IndexRefresher>>()));

        var app = builder.Build();
        try
        {
            app.Services.GetRequiredService<IndexHolder>();
        }
        catch
        {
            ((IDisposable)app).Dispose();
            throw;
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebPage();
        if (options.RateLimitPerSecond > 0)
            app.UseApiRateLimit(options.RateLimitPerSecond);
        app.MapOpenApi();
        app.MapHealthApi();
        app.MapSearchApi();
        app.MapDocumentsApi();
        app.MapUploadsApi();
        app.MapDirectivesApi();
        app.MapGraphApi();
        app.MapTasksApi();
        return app;
    }
}
