using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Server;

/// <summary>
/// The index generation the endpoints search. Endpoints ask for <see cref="Current"/> on each
/// request rather than keeping the <see cref="DocumentIndex"/>, so a newer generation can replace it.
/// </summary>
public sealed class IndexHolder(DocumentIndex index) : IDisposable
{
    public DocumentIndex Current { get; } = index;

    public void Dispose() => Current.Dispose();
}
