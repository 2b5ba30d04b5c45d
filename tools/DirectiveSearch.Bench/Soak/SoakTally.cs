using System.Collections.Concurrent;

namespace DirectiveSearch.Bench.Soak;

/// <summary>Answers per operation and status, their timings, and the contradictions workers saw, from all workers at once.</summary>
public sealed class SoakTally
{
    private readonly ConcurrentDictionary<(string Operation, string Status), int> counts = new();
    private readonly ConcurrentDictionary<(string Operation, string Status), ConcurrentBag<double>> timings = new();
    private readonly ConcurrentQueue<string> contradictions = new();

    /// <param name="status">The HTTP status code, or the exception's type when no answer came.</param>
    public void Count(string operation, string status, double milliseconds)
    {
        counts.AddOrUpdate((operation, status), 1, (_, n) => n + 1);
        timings.GetOrAdd((operation, status), _ => []).Add(milliseconds);
    }

    /// <summary>An answer that contradicts what the worker's own earlier answers imply.</summary>
    public void Contradiction(string what) => contradictions.Enqueue(what);

    public IReadOnlyDictionary<(string Operation, string Status), int> Counts => counts;

    public IReadOnlyList<double> Timings(string operation, string status) => timings.TryGetValue((operation, status), out var bag) ? [.. bag] : [];

    public IReadOnlyList<string> Contradictions => [.. contradictions];

    public int Where(Func<string, bool> status) => counts.Where(c => status(c.Key.Status)).Sum(c => c.Value);
}
