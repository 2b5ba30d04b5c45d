using System.Security.Cryptography;
using System.Text;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Tests.Hostile;

/// <summary>Files that change or disappear between discovery and reading, or while being read.</summary>
public sealed class FileRaceTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-race-");

    public void Dispose() => folder.Delete(recursive: true);

    private static SourceParser Parser() =>
        new(ReaderCatalog.Default(), new ReadOptions(string.Empty, OcrEnabled: false));

    [Fact]
    public void A_file_deleted_after_discovery_is_rejected_as_gone()
    {
        var path = Path.Combine(folder.FullName, "da-xoa.txt");

        var outcome = Parser().Parse(path, "da-xoa.txt");

        Assert.Null(outcome.Source);
        Assert.Equal("tệp không còn ở đó: đã bị xoá hoặc đổi tên sau khi quét thư mục", outcome.Rejected?.Reason);
    }

    [Fact]
    public async Task A_file_rewritten_while_it_is_read_is_recorded_as_the_version_that_was_parsed()
    {
        // Two versions of equal length, so a read that tears mixes them rather than truncating.
        var versions = new[] { "BẢN A", "BẢN B" }
            .Select(mark => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat($"{mark}: Kế hoạch thực hiện Kết luận số 21-KL/TW.\n", 4000))))
            .ToArray();
        var hashes = versions.Select(bytes => Convert.ToHexStringLower(SHA256.HashData(bytes))).ToArray();
        var path = Path.Combine(folder.FullName, "dang-sua.txt");
        File.WriteAllBytes(path, versions[0]);
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                // Rewritten in place, as an editor saving over it does.
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                stream.Write(versions[i % 2]);
            }
        });

        var matched = 0;
        var parser = Parser();
        try
        {
            for (var i = 0; i < 200; i++)
            {
                var source = parser.Parse(path, "dang-sua.txt").Source;
                if (source is null)
                    continue;
                var version = Array.IndexOf(hashes, source.File.ContentHash);
                if (version < 0)
                    continue; // a torn read: its hash is of the torn bytes, which were what was parsed
                matched++;
                var mark = version == 0 ? "BẢN A" : "BẢN B";
                var other = version == 0 ? "BẢN B" : "BẢN A";
                Assert.Contains(mark, source.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(other, source.Text, StringComparison.Ordinal);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        Assert.True(matched > 0);
    }
}
