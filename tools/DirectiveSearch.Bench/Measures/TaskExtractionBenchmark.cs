using System.Diagnostics;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Bench.Measures;

/// <summary>What extracting the tasks of every plan costs, against the ingest it would be part of (target under 10 %).</summary>
/// <param name="Milliseconds">Building the task book from the knowledge base, which is built already.</param>
/// <param name="Percent">Of <paramref name="IngestSeconds"/>, the whole index build of the same files.</param>
public sealed record TaskFigures(int Documents, int Tasks, int Units, double Milliseconds, double IngestSeconds, double Percent);

public static class TaskExtractionBenchmark
{
    public static TaskFigures Measure(DocumentIndex index, double ingestSeconds)
    {
        ArgumentNullException.ThrowIfNull(index);
        _ = index.Graph;
        var clock = Stopwatch.StartNew();
        var book = index.Tasks;
        clock.Stop();
        var milliseconds = clock.Elapsed.TotalMilliseconds;
        var units = book.Units(DateOnly.FromDateTime(DateTime.Today)).Count;
        return new TaskFigures(index.DocumentCount, book.Tasks.Count, units, milliseconds, ingestSeconds, milliseconds / (ingestSeconds * 1000) * 100);
    }
}
