namespace DirectiveSearch.Bench.Measures;

/// <summary>Percentiles of a set of timings, in milliseconds.</summary>
public sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max, double QueriesPerSecond)
{
    public static LatencyStats Of(IReadOnlyList<double> milliseconds, TimeSpan wall)
    {
        if (milliseconds.Count == 0)
            return new LatencyStats(0, 0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LatencyStats(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1], sorted.Length / Math.Max(wall.TotalSeconds, 1e-9));
    }
}
