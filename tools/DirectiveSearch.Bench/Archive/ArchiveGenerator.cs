using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DirectiveSearch.Bench.Archive;

/// <summary>What to generate: N documents into a folder, from a seed, in some formats.</summary>
public sealed record ArchiveSettings(int Documents, string Directory, int Seed, IReadOnlyList<string> Formats, int Workers = 2);

/// <summary>What a generation wrote.</summary>
public sealed record ArchiveGenerated(ArchiveManifest Manifest, double Seconds, bool Reused);

/// <summary>
/// Writes an archive: the documents of <see cref="ArchiveSkeleton"/> composed one at a time (<see cref="ArchiveComposer"/>)
/// and written as their renditions, in parallel; then truth.jsonl and archive.json. Files go into subfolders of a
/// thousand so no folder grows huge. The same settings give the same files, byte for byte for .txt and .docx text.
/// A folder that already holds an archive of the same size, seed and formats is reused.
/// </summary>
public static class ArchiveGenerator
{
    /// <summary>Raised when what the generator writes changes, so that an older archive is not reused.</summary>
    public const int Version = 1;

    public static ArchiveGenerated Generate(ArchiveSettings settings, Action<string>? say = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var formats = settings.Formats.Select(f => f.ToLowerInvariant()).Distinct().ToList();
        if (ArchiveTruth.Manifest(settings.Directory) is { } existing && existing.Version == Version && existing.Documents == settings.Documents
            && existing.Seed == settings.Seed && existing.Formats.SequenceEqual(formats))
            return new ArchiveGenerated(existing, 0, Reused: true);

        var renditions = Renditions(formats);
        if (Directory.Exists(settings.Directory))
            Directory.Delete(settings.Directory, recursive: true);
        Directory.CreateDirectory(settings.Directory);
        var clock = Stopwatch.StartNew();
        var archive = ArchiveSkeleton.Build(settings.Documents, settings.Seed);
        var composer = new ArchiveComposer(archive);
        var files = new string[archive.Count][];
        long textBytes = 0;
        var done = 0;
        Parallel.For(0, archive.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.Workers }, i =>
        {
            var document = archive[i];
            var composed = composer.Compose(document);
            var folder = Path.Combine(settings.Directory, (i / 1000).ToString("000", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var written = new List<string>();
            foreach (var format in document.Formats)
            {
                var rendition = renditions.GetValueOrDefault(format) ?? renditions[formats[0]];
                var name = $"{document.Key}{(written.Count == 0 ? "" : ".copy")}{rendition.Extension}";
                if (written.Any(w => w.EndsWith(rendition.Extension, StringComparison.Ordinal)))
                    continue;
                rendition.Write(composed, Path.Combine(folder, name), document.Decomposed && rendition is TextRendition);
                written.Add(Path.GetRelativePath(settings.Directory, Path.Combine(folder, name)));
            }

            files[i] = [.. written];
            Interlocked.Add(ref textBytes, Encoding.UTF8.GetByteCount(string.Join('\n', composed.Lines())));
            if (Interlocked.Increment(ref done) % 10_000 == 0)
                say?.Invoke($"generated {done} of {archive.Count} documents");
        });

        using (var truth = new StreamWriter(Path.Combine(settings.Directory, ArchiveTruth.TruthFile), false, new UTF8Encoding(false)))
        {
            foreach (var document in archive)
                truth.WriteLine(JsonSerializer.Serialize(Truth(document, archive, files[document.Index]), ArchiveTruth.Json));
        }

        var manifest = new ArchiveManifest(
            Version, settings.Documents, settings.Seed, formats, files.Sum(f => f.Length), textBytes / 1_000_000.0,
            archive.GroupBy(d => d.Level.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count()));
        File.WriteAllText(Path.Combine(settings.Directory, ArchiveTruth.ManifestFile), JsonSerializer.Serialize(manifest, ArchiveTruth.Json));
        return new ArchiveGenerated(manifest, clock.Elapsed.TotalSeconds, Reused: false);
    }

    /// <summary>The renditions of the formats asked for; PDF needs a font with Vietnamese letters and is left out, said so, without one.</summary>
    private static Dictionary<string, IRendition> Renditions(IReadOnlyList<string> formats)
    {
        var renditions = new Dictionary<string, IRendition>(StringComparer.Ordinal);
        foreach (var format in formats)
        {
            renditions[format] = format switch
            {
                "txt" => new TextRendition(),
                "docx" => new DocxRendition(),
                "pdf" => PdfRendition.Find() ?? throw new UsageException("--formats pdf: no TrueType font with Vietnamese letters (Noto Serif or DejaVu Serif) under /usr/share/fonts/truetype; leave pdf out"),
                _ => throw new UsageException($"--formats takes txt, docx and pdf, got '{format}'"),
            };
        }

        if (renditions.Count == 0)
            throw new UsageException("--formats needs at least one of txt, docx, pdf");
        return renditions;
    }

    private static TruthEntry Truth(ArchiveDocument document, IReadOnlyList<ArchiveDocument> archive, IReadOnlyList<string> files)
    {
        var chain = new List<string>();
        for (var at = document.Parent; at >= 0; at = archive[at].Parent)
            chain.Add(archive[at].Key);
        return new TruthEntry(
            document.Key, files, document.Level.ToString().ToLowerInvariant(), document.TypeCode, document.Symbol,
            document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.Body,
            document.Parent >= 0 ? archive[document.Parent].Key : null, chain);
    }
}
