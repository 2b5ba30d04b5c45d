using System.Globalization;
using System.Text;
using DirectiveSearch.Bench.Measures;
using DirectiveSearch.Bench.Serving;

namespace DirectiveSearch.Bench.Soak;

/// <summary>One reading of the server's memory, in MB, at a time since the load started.</summary>
public sealed record MemorySample(double Seconds, double Resident, double Peak);

/// <summary>The answers of one operation with one status (or the exception type when none came), and their timings.</summary>
public sealed record SoakCount(string Operation, string Status, int Count, LatencyStats Latency);

/// <summary>One acceptance check of the soak and what was seen.</summary>
public sealed record SoakCheck(string Name, bool Passed, string Detail);

/// <summary>What a soak did and found.</summary>
public sealed record SoakReport(
    string Files,
    int FileCount,
    int DocumentCount,
    double Seconds,
    int Concurrency,
    IReadOnlyList<SoakCount> Counts,
    IReadOnlyList<MemorySample> Memory,
    IReadOnlyList<SoakCheck> Checks)
{
    public bool Passed => Checks.All(c => c.Passed);

    public string Render()
    {
        var text = new StringBuilder();
        var line = (FormattableString f) => text.AppendLine(f.ToString(CultureInfo.InvariantCulture));
        line($"soak: {Seconds:0} s, {Concurrency} workers, {FileCount} files of {DocumentCount} documents under {Files}");
        line($"");
        line($"| operation | status | count | p50 ms | p95 ms | max ms |");
        line($"| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var (operation, status, count, latency) in Counts)
            line($"| {operation} | {status} | {count} | {latency.P50:0.0} | {latency.P95:0.0} | {latency.Max:0} |");

        line($"");
        line($"requests: {Counts.Sum(c => c.Count)}, 5xx: {Counts.Where(c => c.Status.StartsWith('5')).Sum(c => c.Count)}");
        if (Memory.Count > 0)
        {
            var (first, second) = SoakMemory.Halves(Memory);
            line($"server memory (VmRSS MB): start {Memory[0].Resident:0}, first half median {SoakMemory.Median(first):0} / max {first.Max(m => m.Resident):0}, second half median {SoakMemory.Median(second):0} / max {second.Max(m => m.Resident):0}, end {Memory[^1].Resident:0}; VmHWM at end {Memory[^1].Peak:0}; {Memory.Count} samples");
        }

        line($"");
        foreach (var check in Checks)
            line($"{(check.Passed ? "ok  " : "FAIL")} {check.Name}: {check.Detail}");
        return text.ToString();
    }
}
