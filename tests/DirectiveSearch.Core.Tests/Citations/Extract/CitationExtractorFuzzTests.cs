using System.Diagnostics;
using System.Text;
using DirectiveSearch.Core.Citations.Extract;
using Xunit.Abstractions;

namespace DirectiveSearch.Core.Tests.Citations.Extract;

/// <summary>
/// Property: on any text, however damaged, extraction returns (no exception, no hang) citations in
/// text order whose spans lie in the text and whose written form is the text at the span. Inputs
/// are seeded mutations of the seed plans: byte damage decoded as a reader would see it, and text
/// damage dense in what the scanners key on (digits, slashes, quotes, nouns). DIRSEARCH_FUZZ_CASES
/// runs more.
/// </summary>
[Collection(nameof(CitationExtractorPerformanceTests))]
public sealed class CitationExtractorFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private static readonly string[] Fragments =
    [
        "Kết luận số ", "Nghị quyết ", "-KL/TW", "-NQ/TW", "/2021/QH15", "số 21", "ngày 16/6/2022", "“", "”", "(",
        ")", "(sau đây gọi là ", "của Bộ Chính trị", "khóa XIII", " về ", "\n", "/", "-", "0", "9", "Đ", "ủ", ";", ".",
    ];

    [Fact]
    public async Task Damaged_plans_yield_well_formed_citations_or_none()
    {
        var seeds = CitationTestFiles.SeedPrefixes.Select(prefix => CitationTestFiles.Seed(prefix).Text).ToArray();
        var cases = FuzzSettings.Cases(200);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var found = 0;
        for (var i = 0; i < cases; i++)
        {
            var seed = FuzzSettings.Seed + i;
            var text = i % 2 == 0
                ? DecodedDamage(seeds[i % seeds.Length], seeds[(i + 1) % seeds.Length], seed)
                : TextDamage(seeds[i % seeds.Length], seed);
            var started = clock.Elapsed;
            try
            {
                var citations = await Task.Run(() => CitationExtractor.Extract(text)).WaitAsync(HangGuard);
                found += citations.Count;
                if (Malformed(text, citations) is { } problem)
                    failures.Add($"seed {seed}: {problem}");
            }
            catch (TimeoutException)
            {
                failures.Add($"seed {seed}: still running after {HangGuard.TotalSeconds} s");
            }
            catch (Exception e)
            {
                failures.Add($"seed {seed}: {e.GetType().FullName}: {e.Message}\n{e.StackTrace}");
            }

            var took = clock.Elapsed - started;
            if (took > slowest)
                slowest = took;
        }

        output.WriteLine($"{cases} texts in {clock.Elapsed.TotalSeconds:0.0} s, slowest {slowest.TotalMilliseconds:0} ms, {found} citations");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(found > cases, "the damage left too few citations to check anything");
    }

    private static string? Malformed(string text, IReadOnlyList<Core.Citations.ExtractedCitation> citations)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            if (c.Index != i)
                return $"citation {i} has index {c.Index}";
            if (c.Span.Start < 0 || c.Span.End > text.Length || c.Span.Start >= c.Span.End)
                return $"citation {i} span {c.Span} outside a text of {text.Length}";
            if (c.Extent.Start != c.Span.Start || c.Extent.End < c.Span.End || c.Extent.End > text.Length)
                return $"citation {i} extent {c.Extent} does not hold span {c.Span}";
            if (c.Text != text[c.Span.Start..c.Span.End].Replace('\n', ' '))
                return $"citation {i} text '{c.Text}' is not the text at {c.Span}";
            if (i > 0 && citations[i - 1].Span.Start > c.Span.Start)
                return $"citation {i} before citation {i - 1}";
        }

        return null;
    }

    // What a reader hands on from a damaged file: bytes decoded, invalid sequences replaced.
    private static string DecodedDamage(string text, string other, int seed) =>
        Encoding.UTF8.GetString(ByteMutator.Mutate(Encoding.UTF8.GetBytes(text), Encoding.UTF8.GetBytes(other), seed));

    private static string TextDamage(string text, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 40); edits > 0; edits--)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    builder.Remove(Math.Min(at, builder.Length), Math.Min(random.Next(1, 200), builder.Length - Math.Min(at, builder.Length)));
                    break;
                case 2:
                    // A stretch repeated many times, as a broken converter loops over a table row.
                    var start = Math.Min(at, Math.Max(0, builder.Length - 1));
                    var piece = builder.ToString(start, Math.Min(random.Next(1, 120), builder.Length - start));
                    builder.Insert(start, string.Concat(Enumerable.Repeat(piece, random.Next(2, 200))));
                    break;
                default:
                    builder.Insert(at, (char)random.Next(0x20, 0x2000));
                    break;
            }
        }

        return builder.ToString();
    }
}
