namespace DirectiveSearch.Bench.ArchiveBench;

/// <summary>Precision and recall of the implementations the knowledge base gives against the generator's truth, over every (directive, plan) pair.</summary>
public sealed record ImplementationScore(int Expected, int Found, int Correct, double Precision, double Recall)
{
    /// <param name="truth">Per directive key, the document keys implementing it.</param>
    /// <param name="found">Per directive key, the document keys the knowledge base says implement it (unknown nodes as keys no truth holds).</param>
    public static ImplementationScore Of(IReadOnlyDictionary<string, HashSet<string>> truth, IReadOnlyDictionary<string, HashSet<string>> found)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(found);
        var expected = truth.Values.Sum(s => s.Count);
        var given = found.Values.Sum(s => s.Count);
        var correct = found.Sum(f => truth.TryGetValue(f.Key, out var wanted) ? f.Value.Count(wanted.Contains) : 0);
        return new ImplementationScore(
            expected, given, correct,
            given == 0 ? (expected == 0 ? 1 : 0) : (double)correct / given,
            expected == 0 ? 1 : (double)correct / expected);
    }
}
