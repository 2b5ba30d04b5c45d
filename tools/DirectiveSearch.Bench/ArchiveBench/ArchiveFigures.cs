using DirectiveSearch.Bench.Measures;

namespace DirectiveSearch.Bench.ArchiveBench;

/// <summary>Everything measured on one generated archive of <see cref="Documents"/> documents.</summary>
public sealed record ArchiveFigures(
    int Documents,
    int Files,
    double TextMegabytes,
    double GenerateSeconds,
    bool Reused,
    double IngestSeconds,
    double IngestMegabytesPerSecond,
    double IngestPeakMegabytes,
    int IngestExitCode,
    int IndexedDocuments,
    double IndexMegabytes,
    double SizeRatio,
    double StartToHealthMilliseconds,
    double StartToFirstSearchMilliseconds,
    LatencyStats Query,
    int Connections,
    double RequestsPerSecond,
    int LoadErrors,
    LatencyStats Upload,
    int UploadsVisible,
    LatencyStats Delete,
    int DeletesGone,
    double ServerPeakMegabytes,
    ImplementationScore Direct,
    ImplementationScore Transitive,
    int DirectivesScored,
    PeerQueryFigures Sqlite);

/// <summary>SQLite FTS5 over the same texts (passages) and queries, one thread.</summary>
public sealed record PeerQueryFigures(int Passages, double BuildSeconds, double SizeMegabytes, double SizeRatio, LatencyStats Query);

public sealed record ArchiveBenchReport(BenchMachine Machine, int Seed, int Queries, IReadOnlyList<ArchiveFigures> Sizes);
