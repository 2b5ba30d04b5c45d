namespace DirectiveSearch.Bench.Soak;

/// <summary>
/// Whether the server's memory is flat once warm: the second half of the samples may not rise above the first
/// half's by more than a quarter plus 32 MB. The first half takes the warm-up (the first generation built by an
/// upload, the first searches compiled and cached); what grows after that, with every generation built and
/// disposed, is a leak — an old generation kept open, or the uploads buffered.
/// </summary>
public static class SoakMemory
{
    private const double Growth = 1.25;
    private const double SlackMegabytes = 32;

    public static (IReadOnlyList<MemorySample> First, IReadOnlyList<MemorySample> Second) Halves(IReadOnlyList<MemorySample> samples)
    {
        var half = samples.Count / 2;
        return ([.. samples.Take(half)], [.. samples.Skip(half)]);
    }

    public static SoakCheck Check(IReadOnlyList<MemorySample> samples)
    {
        if (samples.Count < 4)
            return new SoakCheck("memory flat after warm-up", false, $"only {samples.Count} samples of /proc/<pid>/status");
        var (first, second) = Halves(samples);
        var before = first.Max(s => s.Resident);
        var after = second.Max(s => s.Resident);
        var limit = before * Growth + SlackMegabytes;
        return new SoakCheck(
            "memory flat after warm-up",
            after <= limit,
            FormattableString.Invariant($"VmRSS max {before:0} MB in the first half, {after:0} MB in the second (limit {limit:0} MB); medians {Median(first):0} → {Median(second):0} MB"));
    }

    public static double Median(IReadOnlyList<MemorySample> samples)
    {
        var sorted = samples.Select(s => s.Resident).Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
