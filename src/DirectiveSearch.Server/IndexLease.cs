using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Server;

/// <summary>
/// One request's hold on an index generation: endpoints take it as a parameter (a scoped service, disposed
/// when the request ends, after the response is written), so every part of a response comes from one generation.
/// </summary>
public sealed class IndexLease : IDisposable
{
    private IndexHolder.Generation? generation;

    internal IndexLease(IndexHolder.Generation generation) => this.generation = generation;

    public DocumentIndex Current => (generation ?? throw new ObjectDisposedException(nameof(IndexLease))).Index;

    public void Dispose() => Interlocked.Exchange(ref generation, null)?.Release();
}
