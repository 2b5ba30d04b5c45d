using System.Net;

namespace DirectiveSearch.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class RoutingTests(RunningServer server)
{
    [Theory]
    [InlineData("/nothing-here")]
    [InlineData("/documents")]
    [InlineData("/api")]
    [InlineData("/api/nothing-here")]
    [InlineData("/api/documents/001_e0cf88b19ba32315/pdf")]
    public async Task Unknown_routes_are_404_problems(string url)
    {
        using var response = await server.Client.GetAsync(url);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Other_methods_are_405_problems()
    {
        using var response = await server.Client.PostAsync("/api/search?q=a", new StringContent("{}"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }
}
