using System.Globalization;

namespace DirectiveSearch.Bench.Measures;

/// <summary>This process's peak resident memory, which Linux lets a process reset so each stage gets its own.</summary>
public static class MemoryPeak
{
    /// <summary>Resets the kernel's high-water mark (writing 5 to clear_refs, Linux 4.0 and later); does nothing elsewhere.</summary>
    public static void Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the figure is then the peak since the process started.
        }
    }

    /// <summary>VmHWM in MB of this process, or of process <paramref name="processId"/>; without /proc, this process's working set.</summary>
    public static double Megabytes(int? processId = null) =>
        Field(processId, "VmHWM:") ?? Environment.WorkingSet / 1024.0 / 1024.0;

    /// <summary>
    /// VmRSS (resident now) and VmHWM (peak) in MB of process <paramref name="processId"/>, from /proc; null where
    /// there is no /proc or the process has gone.
    /// </summary>
    public static (double Resident, double Peak)? Sample(int processId) =>
        Field(processId, "VmRSS:") is { } resident && Field(processId, "VmHWM:") is { } peak ? (resident, peak) : null;

    private static double? Field(int? processId, string name)
    {
        var status = $"/proc/{(processId is { } id ? id.ToString(CultureInfo.InvariantCulture) : "self")}/status";
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
