namespace DirectiveSearch.Search.Querying;

/// <summary>
/// The most recently used search responses of one index generation, by request. Cadres ask the same
/// short questions ("KL 21", "ke hoach 2024"), and a generation never changes, so a response is valid
/// until the generation is replaced (with its cache). Bounded by count; thread-safe.
/// </summary>
internal sealed class SearchCache(int capacity)
{
    private readonly Dictionary<SearchRequest, LinkedListNode<(SearchRequest Request, SearchResponse Response)>> entries = [];
    private readonly LinkedList<(SearchRequest Request, SearchResponse Response)> recency = new();
    private readonly Lock gate = new();

    /// <summary>The cached response and true, or the response <paramref name="search"/> gives and false.</summary>
    public (SearchResponse Response, bool Cached) GetOrAdd(SearchRequest request, Func<SearchRequest, SearchResponse> search)
    {
        if (capacity <= 0)
            return (search(request), false);
        lock (gate)
        {
            if (entries.TryGetValue(request, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                return (node.Value.Response, true);
            }
        }

        // Searched outside the lock: two threads missing the same request both search, which is cheaper than queueing every miss.
        var response = search(request);
        lock (gate)
        {
            if (!entries.ContainsKey(request))
            {
                entries[request] = recency.AddFirst((request, response));
                if (entries.Count > capacity)
                {
                    entries.Remove(recency.Last!.Value.Request);
                    recency.RemoveLast();
                }
            }
        }

        return (response, false);
    }
}
