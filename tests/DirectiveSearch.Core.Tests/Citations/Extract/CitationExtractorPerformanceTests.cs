using System.Text;
using DirectiveSearch.Core.Citations.Extract;
using DirectiveSearch.Core.Citations.Resolve;

namespace DirectiveSearch.Core.Tests.Citations.Extract;

/// <summary>
/// The extractor runs over tens of megabytes of state documents and over hostile uploads: a megabyte of
/// seed text or of adversarial text (unclosed quotes, endless noun lists, digits and slashes, definitions
/// without end) must come back, not hang in regex backtracking. The limit is a hang guard, thirty times
/// what a Debug build takes here (about 0.1 s); speed itself is measured by `dirsearch bench`, not by tests.
/// </summary>
[Collection(nameof(CitationExtractorPerformanceTests))]
public sealed class CitationExtractorPerformanceTests
{
    private const int Megabyte = 1 << 20;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_megabyte_of_plans_is_extracted_whole()
    {
        var seeds = string.Join('\n', CitationTestFiles.SeedPrefixes.Select(p => CitationTestFiles.Seed(p).Text));
        var text = Repeat(seeds, Megabyte);

        var count = await ExtractWithinGuard(text);

        Assert.True(count > 1000);
    }

    [Fact]
    public async Task Resolving_a_megabyte_document_finds_every_citation()
    {
        var seeds = string.Join('\n', CitationTestFiles.SeedPrefixes.Select(p => CitationTestFiles.Seed(p).Text));
        var record = CitationTestFiles.Record("big", Repeat(seeds, Megabyte));
        var resolver = new CorpusCitationResolver();
        resolver.Resolve([CitationTestFiles.Seed("000")]);

        var resolved = await Task.Run(() => resolver.Resolve([record])).WaitAsync(HangGuard);
        Assert.True(resolved[0].Citations.Count > 1000);
    }

    [Theory]
    [InlineData("“Về “đẩy mạnh ")]
    [InlineData("kết luận, quy định, nghị quyết, chỉ thị và ")]
    [InlineData("Kết luận số 1, Kết luận số ")]
    [InlineData("1/2/3/4-5-6/")]
    [InlineData("(sau đây gọi là Kết luận ")]
    [InlineData("Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng Khối Tỉnh ủy Thị ủy ")]
    [InlineData("Luật A B C D E F G H I K L M N O P Q số ")]
    [InlineData("(sau đây gọi là Kết luận) Kết luận ")]
    [InlineData("Quyết định 1-QĐ/TW (sau đây gọi là Kết luận) ")]
    [InlineData("Nghị quyết số 21-KL/TW (sau đây gọi là Nghị quyết số 21-NQ/TW) Nghị quyết số 21-NQ/TW ")]
    public async Task Adversarial_text_comes_back(string unit)
    {
        var text = Repeat(unit, Megabyte);

        await ExtractWithinGuard(text);
    }

    // WaitAsync throws TimeoutException past the guard, which fails the test.
    private static Task<int> ExtractWithinGuard(string text) =>
        Task.Run(() => CitationExtractor.Extract(text).Count).WaitAsync(HangGuard);

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
            builder.Append(unit);
        return builder.ToString();
    }
}
