using System.Text.Json;
using System.Text.Json.Serialization;

namespace DirectiveSearch.Bench.Archive;

/// <summary>
/// What the generator knows of one document by construction, one JSON line of truth.jsonl: its files (two when it
/// comes in two renditions: the same document), what it says of itself, what it implements directly
/// (<see cref="Implements"/>) and the whole chain up to the directive at the top (<see cref="Chain"/>, nearest first).
/// </summary>
public sealed record TruthEntry(
    string Key,
    IReadOnlyList<string> Files,
    string Level,
    string Type,
    string Symbol,
    string Date,
    string Issuer,
    string? Implements,
    IReadOnlyList<string> Chain);

/// <summary>The archive as a whole (archive.json): how it was made, so a run can tell whether to reuse it.</summary>
public sealed record ArchiveManifest(int Version, int Documents, int Seed, IReadOnlyList<string> Formats, int Files, double TextMegabytes, IReadOnlyDictionary<string, int> PerLevel);

public static class ArchiveTruth
{
    public const string TruthFile = "truth.jsonl";
    public const string ManifestFile = "archive.json";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEnumerable<TruthEntry> Read(string archiveDirectory) =>
        File.ReadLines(Path.Combine(archiveDirectory, TruthFile)).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<TruthEntry>(l, Json)!);

    public static ArchiveManifest? Manifest(string archiveDirectory)
    {
        var path = Path.Combine(archiveDirectory, ManifestFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<ArchiveManifest>(File.ReadAllText(path), Json) : null;
    }

    /// <summary>
    /// The documents implementing each directive (a document no other implements... every document at the top of a
    /// chain): directly, and directly or through chains of plans.
    /// </summary>
    public static IReadOnlyDictionary<string, (HashSet<string> Direct, HashSet<string> All)> Implementations(IEnumerable<TruthEntry> entries)
    {
        var result = new Dictionary<string, (HashSet<string>, HashSet<string>)>(StringComparer.Ordinal);
        (HashSet<string> Direct, HashSet<string> All) Of(string key) =>
            result.TryGetValue(key, out var sets) ? sets : result[key] = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            if (entry.Implements is { } direct)
                Of(direct).Direct.Add(entry.Key);
            foreach (var ancestor in entry.Chain)
                Of(ancestor).All.Add(entry.Key);
        }

        return result;
    }
}
