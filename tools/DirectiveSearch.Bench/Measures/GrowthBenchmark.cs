using System.Diagnostics;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Bench.Measures;

/// <summary>Cost at one multiple of the corpus: resolving and writing the index, query latency, peak memory.</summary>
public sealed record GrowthFigures(int Factor, int Documents, double TextMegabytes, double IndexSeconds, double IndexMegabytes, double QueryP50, double QueryP95, double PeakMegabytes);

/// <summary>
/// The parsed corpus copied k times under distinct ids ("{id}~2"), indexed from scratch for each k, then queried
/// with the same query set: how ingest and search grow with size. Parsing is left out (it grows linearly, file by file).
/// </summary>
public static class GrowthBenchmark
{
    public static GrowthFigures Measure(IReadOnlyList<DocumentRecord> records, IReadOnlyList<BenchQuery> queries, int factor, string workDirectory)
    {
        var copies = Enumerable.Range(1, factor)
            .SelectMany(copy => records.Select(r => copy == 1 ? r : r with { Id = $"{r.Id}~{copy}" }))
            .ToList();
        var directory = Path.Combine(workDirectory, $"growth-{factor}x");
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);

        MemoryPeak.Reset();
        var clock = Stopwatch.StartNew();
        var citations = new CorpusCitationResolver().Resolve(copies);
        DocumentIndexWriter.Write(directory, copies, citations, []);
        var indexSeconds = clock.Elapsed.TotalSeconds;
        var peak = MemoryPeak.Megabytes();

        using var index = DocumentIndex.Open(directory);
        var figures = QueryBenchmark.Measure("dirsearch", queries, q => index.Search(new SearchRequest(q)), threads: 1, rounds: 1);
        var size = Directory.EnumerateFiles(directory).Sum(f => new FileInfo(f).Length) / 1_000_000.0;
        var text = copies.Sum(r => (double)System.Text.Encoding.UTF8.GetByteCount(r.Text)) / 1_000_000;
        return new GrowthFigures(factor, copies.Count, text, indexSeconds, size, figures.All.P50, figures.All.P95, peak);
    }
}
