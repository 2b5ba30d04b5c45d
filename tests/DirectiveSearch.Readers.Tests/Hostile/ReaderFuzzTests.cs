using System.Diagnostics;
using System.IO.Compression;
using DirectiveSearch.Readers.Docx;
using DirectiveSearch.Readers.Pdf;
using DirectiveSearch.Readers.PlainText;
using Xunit.Abstractions;

namespace DirectiveSearch.Readers.Tests.Hostile;

/// <summary>
/// Property: whatever damage a real file suffers, its reader returns a document with text or throws
/// <see cref="DocumentReadException"/>, within its time limit; never another exception, never a hang.
/// Inputs are seeded mutations of the corpus and bench files (see <see cref="ByteMutator"/>); a
/// failure names the seed and file, which replay it. DIRSEARCH_FUZZ_CASES runs more.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly ReadLimits Limits = ReadLimits.Default with { Timeout = TimeSpan.FromSeconds(10) };

    // Well past Limits.Timeout: reaching it means the reader stopped checking its budget.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(40);

    [Fact]
    public void Damaged_text_files_are_read_or_refused_with_a_reason() =>
        Fuzz(new PlainTextReader(), Originals(".txt", 12), FuzzSettings.Cases(150));

    [Fact]
    public void Damaged_word_files_are_read_or_refused_with_a_reason() =>
        Fuzz(new DocxReader(), Originals(".docx", 12), FuzzSettings.Cases(60), expectReads: false);

    /// <summary>
    /// Almost any damage to the ZIP fails its checksums before XML is parsed; this reaches the XML
    /// parsers by damaging one part and packing it again, as a broken converter would write it.
    /// </summary>
    [Fact]
    public void Word_files_with_damaged_xml_parts_are_read_or_refused_with_a_reason() =>
        Fuzz(new DocxReader(), Originals(".docx", 12), FuzzSettings.Cases(100), DamagePart);

    [Fact]
    public void Damaged_pdfs_are_read_or_refused_with_a_reason() =>
        Fuzz(new PdfReader(), Originals(".pdf", 10), FuzzSettings.Cases(80));

    /// <param name="expectReads">False where every damage is fatal (ZIP checksums catch any change to a compressed part).</param>
    private void Fuzz(IDocumentReader reader, IReadOnlyList<string> originals, int cases, Func<byte[], byte[], int, byte[]>? mutate = null, bool expectReads = true)
    {
        mutate ??= ByteMutator.Mutate;
        var files = originals.Select(File.ReadAllBytes).ToArray();
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < cases; i++)
        {
            var seed = FuzzSettings.Seed + i;
            var which = i % files.Length;
            var bytes = mutate(files[which], files[(which + 1) % files.Length], seed);
            var name = $"seed {seed} of {Path.GetFileName(originals[which])} ({bytes.Length} bytes)";
            var started = clock.Elapsed;
            var read = Task.Run(() => reader.Read(new MemoryStream(bytes, writable: false), ReadOptions.For("fuzz") with { Limits = Limits, OcrEnabled = false }));
            try
            {
                if (!read.Wait(HangGuard))
                {
                    failures.Add($"{name}: still running after {HangGuard.TotalSeconds} s");
                    continue;
                }

                var document = read.Result;
                if (document.Paragraphs.Count == 0 || document.Paragraphs.All(string.IsNullOrWhiteSpace))
                    failures.Add($"{name}: a document without text instead of a refusal");
                Count(outcomes, "read");
            }
            catch (AggregateException e) when (e.InnerException is DocumentReadException refusal)
            {
                if (string.IsNullOrWhiteSpace(refusal.Message))
                    failures.Add($"{name}: refused without a reason");
                Count(outcomes, Category(refusal.Message));
            }
            catch (AggregateException e)
            {
                failures.Add($"{name}: {e.InnerException?.GetType().FullName}: {e.InnerException?.Message}\n{e.InnerException?.StackTrace}");
            }

            var took = clock.Elapsed - started;
            if (took > slowest)
                slowest = took;
        }

        output.WriteLine($"{reader.Format}: {cases} cases in {clock.Elapsed.TotalSeconds:0.0} s, slowest {slowest.TotalMilliseconds:0} ms");
        foreach (var (outcome, count) in outcomes.OrderByDescending(pair => pair.Value))
            output.WriteLine($"  {count,4} × {outcome}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // Mutations that leave nothing readable, or nothing to refuse, would make this test pass vacuously.
        Assert.True(outcomes.Keys.Any(key => key != "read"), string.Join(", ", outcomes));
        Assert.True(!expectReads || outcomes.GetValueOrDefault("read") > 0, string.Join(", ", outcomes));
    }

    private static byte[] DamagePart(byte[] docx, byte[] other, int seed)
    {
        var random = new Random(seed);
        using var source = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        var xml = source.Entries.Where(entry => entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
        // The main document most often: it is what the reader walks element by element.
        var target = random.Next(3) > 0 ? xml.Single(entry => entry.FullName == "word/document.xml") : xml[random.Next(xml.Count)];
        using var buffer = new MemoryStream();
        using (var packed = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var bytes = Bytes(entry);
                if (entry == target)
                    bytes = ByteMutator.Mutate(bytes, Bytes(xml[random.Next(xml.Count)]), seed);
                using var stream = packed.CreateEntry(entry.FullName).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Count(Dictionary<string, int> outcomes, string key) => outcomes[key] = outcomes.GetValueOrDefault(key) + 1;

    // The reason without its numbers and part names: the kind of refusal.
    private static string Category(string reason)
    {
        var general = System.Text.RegularExpressions.Regex.Replace(reason, @"\d+|'[^']*'|\([^)]*\)", "…");
        return general.Length > 90 ? general[..90] : general;
    }

    /// <summary>The smallest files of the format in corpus/ and the bench, so each case stays quick.</summary>
    private static IReadOnlyList<string> Originals(string extension, int count)
    {
        var folders = new[] { RepositoryFiles.Corpus, Path.Combine(RepositoryFiles.Bench, "formats") };
        var found = folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*" + extension))
            .Where(path => !path.EndsWith(".scanned.pdf", StringComparison.Ordinal))
            .Select(path => new FileInfo(path))
            .OrderBy(file => file.Length)
            .ThenBy(file => file.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(file => file.FullName)
            .ToList();
        Assert.True(found.Count >= 3, $"too few {extension} files to mutate");
        return found;
    }
}
