namespace DirectiveSearch.Cli.Settings;

/// <summary>
/// dirsearch bench and soak, for help and the README only: their commands still parse their own words (they are leaving the
/// CLI for a benchmark program of their own).
/// </summary>
public static class BenchSettings
{
    public static readonly CommandDefinition Bench = new(
        "bench",
        "Ingest, index, query (against SQLite FTS5), HTTP, growth and ranking figures, as Markdown on stdout and bench.md/bench.json in --out.",
        [new ArgumentDefinition("[PATH...]", "the documents measured (default ../shared/bench)")],
        [
            OptionDefinition.Value("queries", "FILE|N", "a file of queries, one per line, or how many to draw from the documents (default 600)"),
            OptionDefinition.Value("out", "DIR", "where bench.md and bench.json are written (default TestResults/bench)"),
            OptionDefinition.Value("rounds", "N", "rounds of the query set (default 3)"),
            OptionDefinition.Value("workers", "N", "workers of the second ingest run (default 2)"),
            OptionDefinition.Value("http-seconds", "N", "seconds of HTTP load, 0 = none (default 30)"),
            OptionDefinition.Value("connections", "N", "concurrent HTTP connections (default 32)"),
            OptionDefinition.Value("growth", "1,2,4,8", "corpus sizes, as multiples, of the growth figures; 0 = none"),
            OptionDefinition.Value("ranking", "DIR", "the judged questions ranked (default ../shared/ranking/alqac2023-train)"),
            OptionDefinition.Switch("ranking-only", "measure ranking alone (ranking.md, ranking.json)"),
        ]);

    public static readonly CommandDefinition Soak = new(
        "soak",
        "A served index under concurrent searches, uploads and deletes for N seconds, then checks: no 5xx, every change visible at once, " +
        "memory flat, the index what the changes say; then kills and a full disk. Exit code 1 when a check fails.",
        [],
        [
            OptionDefinition.Value("seconds", "N", "how long the mixed load runs (default 600)"),
            OptionDefinition.Value("concurrency", "N", "concurrent workers (default 8)"),
            OptionDefinition.Value("files", "DIR", "the documents uploaded and deleted (default ../shared/corpus)"),
        ]);
}
