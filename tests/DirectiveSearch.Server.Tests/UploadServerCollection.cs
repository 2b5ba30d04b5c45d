namespace DirectiveSearch.Server.Tests;

/// <summary>The upload tests share one server: they change its index, so they do not run beside the read-only tests' server.</summary>
[CollectionDefinition(Name)]
public sealed class UploadServerCollection : ICollectionFixture<UploadServer>
{
    public const string Name = "upload server";
}
