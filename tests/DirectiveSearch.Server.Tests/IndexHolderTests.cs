using DirectiveSearch.Search.Index;
using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Server.Tests;

/// <summary>Generations swapped under requests: real indexes (the shared server's, opened again read-only).</summary>
[Collection(ServerCollection.Name)]
public sealed class IndexHolderTests(RunningServer server)
{
    [Fact]
    public void A_replaced_generation_stays_open_for_its_leases_and_closes_after_the_last()
    {
        var first = DocumentIndex.Open(server.IndexDirectory);
        var second = DocumentIndex.Open(server.IndexDirectory);
        using var holder = new IndexHolder(first);
        var during = holder.Lease();

        holder.Replace(second);

        // The request that began before the swap still reads its generation, whole.
        Assert.Same(first, during.Current);
        var query = new SearchRequest("kế hoạch");
        Assert.Equal(second.Search(query).Total, during.Current.Search(query).Total);
        using (var after = holder.Lease())
            Assert.Same(second, after.Current);
        Assert.Equal(5, first.DocumentCount);

        during.Dispose();

        Assert.Throws<ObjectDisposedException>(() => during.Current);
        Assert.ThrowsAny<Exception>(() => first.DocumentCount);
        using var next = holder.Lease();
        Assert.Equal(5, next.Current.DocumentCount);
    }

    [Fact]
    public async Task Leases_taken_while_generations_are_swapped_never_get_a_closed_one()
    {
        using var holder = new IndexHolder(DocumentIndex.Open(server.IndexDirectory));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        // Threads of their own: on 2 cores, four pool tasks beside this busy swapping loop may not all be started in time.
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested)
            {
                using var lease = holder.Lease();
                Assert.Equal(5, lease.Current.DocumentCount);
                reads++;
            }

            return reads;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        var swaps = 0;
        while (!stop.IsCancellationRequested)
        {
            holder.Replace(DocumentIndex.Open(server.IndexDirectory));
            swaps++;
        }

        var counts = await Task.WhenAll(readers);
        Assert.True(swaps > 10 && counts.All(c => c > 10), $"{swaps} swaps, reads {string.Join(", ", counts)}");
    }
}
