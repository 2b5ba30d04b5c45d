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

    private ContentFingerprint(HashSet<ulong> shingles)
    {
        this.shingles = shingles;
    }

    /// <summary>
    /// The smallest shingle hashes that are not <paramref name="isCommon"/>: texts that share many distinctive shingles
    /// share some of these. Boilerplate is left out because it would make every article of a law a candidate for every
    /// other (17,448 articles took more than 20 minutes to compare); a text with nothing distinctive keeps its smallest hashes.
    /// </summary>
    public IReadOnlyList<ulong> Sketch(Func<ulong, bool> isCommon)
    {
        var distinctive = Smallest(shingles.Where(h => !isCommon(h)), SketchSize);
        return distinctive.Count > 0 ? distinctive : Smallest(shingles, SketchSize);
    }

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
        return new ContentFingerprint(set);
    }

    /// <summary>The <paramref name="count"/> smallest hashes in ascending order, without sorting them all.</summary>
    private static List<ulong> Smallest(IEnumerable<ulong> hashes, int count)
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

    /// <summary>Shingles that are not <paramref name="isCommon"/>: counted once per file when it is compared with many.</summary>
    public int DistinctiveCount(Func<ulong, bool> isCommon) => shingles.Count(h => !isCommon(h));

    /// <summary>
    /// Shared distinctive shingles over the larger text's distinctive shingles: near 1 for two
    /// renditions of one text, low when a short text's phrases merely recur inside a long one.
    /// Shingles for which <paramref name="isCommon"/> holds (boilerplate many files share) do not count.
    /// </summary>
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
