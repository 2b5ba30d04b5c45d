using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Ingestion.Grouping;

/// <summary>
/// The set of word bigrams of a text after folding diacritics and case. Two files of one document
/// (its .docx, its .pdf, its scan) share most bigrams even when OCR garbles a few percent of the
/// letters or a converter drops the header, while two different plans share only boilerplate.
/// </summary>
public sealed class ContentFingerprint
{
    /// <summary>How many of the smallest hashes stand for the text when looking for candidates.</summary>
    public const int SketchSize = 48;

    private readonly HashSet<ulong> shingles;

    private ContentFingerprint(HashSet<ulong> shingles, IReadOnlyList<ulong> sketch)
    {
        this.shingles = shingles;
        Sketch = sketch;
    }

    /// <summary>The smallest shingle hashes: texts that share many shingles share some of these.</summary>
    public IReadOnlyList<ulong> Sketch { get; }

    public int Count => shingles.Count;

    public IReadOnlyCollection<ulong> Shingles => shingles;

    public static ContentFingerprint Of(string text)
    {
        // Words are spans of the folded text, hashed in place: a law has 100,000 of them, and a string each
        // made fingerprinting the slowest step of grouping.
        var folded = DiacriticFolder.Fold(text);
        var set = new HashSet<ulong>();
        var (previousStart, previousLength) = (-1, 0);
        var words = 0;
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                if (previousStart >= 0)
                    set.Add(Hash(folded.AsSpan(previousStart, previousLength), folded.AsSpan(start, i - start)));
                (previousStart, previousLength) = (start, i - start);
                words++;
                start = -1;
            }
        }

        if (words == 1)
            set.Add(Hash(folded.AsSpan(previousStart, previousLength), []));
        return new ContentFingerprint(set, Smallest(set, SketchSize));
    }

    /// <summary>The <paramref name="count"/> smallest hashes in ascending order, without sorting them all.</summary>
    private static List<ulong> Smallest(HashSet<ulong> hashes, int count)
    {
        var largestFirst = new PriorityQueue<ulong, ulong>(count + 1, Comparer<ulong>.Create((a, b) => b.CompareTo(a)));
        foreach (var hash in hashes)
        {
            largestFirst.Enqueue(hash, hash);
            if (largestFirst.Count > count)
                largestFirst.Dequeue();
        }

        var result = new List<ulong>(largestFirst.Count);
        while (largestFirst.Count > 0)
            result.Add(largestFirst.Dequeue());
        result.Reverse();
        return result;
    }

    /// <summary>
    /// Shared distinctive shingles over the larger text's distinctive shingles: near 1 for two
    /// renditions of one text, low when a short text's phrases merely recur inside a long one.
    /// Shingles for which <paramref name="isCommon"/> holds (boilerplate many files share) do not count.
    /// </summary>
    /// <summary>Shingles that are not <paramref name="isCommon"/>: counted once per file when it is compared with many.</summary>
    public int DistinctiveCount(Func<ulong, bool> isCommon) => shingles.Count(h => !isCommon(h));

    /// <param name="mine">This fingerprint's <see cref="DistinctiveCount"/>.</param>
    /// <param name="theirs">The other's <see cref="DistinctiveCount"/>.</param>
    public double Resemblance(ContentFingerprint other, Func<ulong, bool> isCommon, int minDistinctive, int mine, int theirs)
    {
        if (Math.Max(mine, theirs) < minDistinctive)
        {
            // Too little of their own to compare (a page that is all web chrome): only identical texts match.
            return shingles.SetEquals(other.shingles) ? 1 : 0;
        }

        var (small, large) = Count <= other.Count ? (shingles, other.shingles) : (other.shingles, shingles);
        var shared = small.Count(h => !isCommon(h) && large.Contains(h));
        return (double)shared / Math.Max(mine, theirs);
    }

    // FNV-1a over both words: stable across runs, unlike string.GetHashCode.
    private static ulong Hash(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in first)
            hash = (hash ^ c) * 1099511628211UL;
        hash = (hash ^ ' ') * 1099511628211UL;
        foreach (var c in second)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
