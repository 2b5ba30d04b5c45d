namespace DirectiveSearch.Server.Tests;

/// <summary>One server for all test classes: building the index is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<RunningServer>
{
    public const string Name = "server";
}
