namespace DirectiveSearch.Ingestion.Grouping;

/// <summary>Union-find over 0..n-1, with the smallest index as each set's representative.</summary>
internal sealed class DisjointSets(int count)
{
    private readonly int[] parent = Enumerable.Range(0, count).ToArray();

    public int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb)
            return;
        if (ra < rb)
            parent[rb] = ra;
        else
            parent[ra] = rb;
    }
}
