namespace DirectiveSearch.Ingestion.Tests;

/// <summary>A fact on ../shared/bench: skipped, saying so, where the bench data is not beside the repository.</summary>
public sealed class BenchFactAttribute : FactAttribute
{
    public BenchFactAttribute(string folder)
    {
        var path = Path.Combine(RepositoryFiles.Bench, folder);
        if (!Directory.Exists(path))
            Skip = $"needs the bench data at {path}, which is not there";
    }
}
