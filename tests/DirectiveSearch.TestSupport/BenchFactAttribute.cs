using Xunit;

namespace DirectiveSearch.TestSupport;

/// <summary>A fact on ../shared/bench (or one of its folders): skipped, saying so, where the bench is not beside the repository.</summary>
public sealed class BenchFactAttribute : FactAttribute
{
    public BenchFactAttribute(string folder = "") => Skip = BenchData.SkipReason(folder);
}

/// <summary>A theory on ../shared/bench, skipped as <see cref="BenchFactAttribute"/> is.</summary>
public sealed class BenchTheoryAttribute : TheoryAttribute
{
    public BenchTheoryAttribute(string folder = "") => Skip = BenchData.SkipReason(folder);
}

internal static class BenchData
{
    /// <summary>Null when the folder is there; otherwise why the test cannot run.</summary>
    public static string? SkipReason(string folder)
    {
        var path = Path.Combine(RepositoryFiles.Bench, folder);
        return Directory.Exists(path) ? null : $"needs the real state documents of ../shared/bench, absent at {path}";
    }
}
