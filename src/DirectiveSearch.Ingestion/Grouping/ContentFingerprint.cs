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
        var words = Words(DiacriticFolder.Fold(text));
        var set = new HashSet<ulong>();
        for (var i = 1; i < words.Count; i++)
            set.Add(Hash(words[i - 1], words[i]));
        if (words.Count == 1)
            set.Add(Hash(words[0], string.Empty));
        var sketch = set.Order().Take(SketchSize).ToList();
        return new ContentFingerprint(set, sketch);
    }

    /// <summary>
    /// Shared distinctive shingles over the larger text's distinctive shingles: near 1 for two
    /// renditions of one text, low when a short text's phrases merely recur inside a long one.
    /// Shingles for which <paramref name="isCommon"/> holds (boilerplate many files share) do not count.
    /// </summary>
    public double Resemblance(ContentFingerprint other, Func<ulong, bool> isCommon, int minDistinctive)
    {
        var mine = shingles.Count(h => !isCommon(h));
        var theirs = other.shingles.Count(h => !isCommon(h));
        if (Math.Max(mine, theirs) < minDistinctive)
        {
            // Too little of their own to compare (a page that is all web chrome): only identical texts match.
            return shingles.SetEquals(other.shingles) ? 1 : 0;
        }

        var (small, large) = Count <= other.Count ? (shingles, other.shingles) : (other.shingles, shingles);
        var shared = small.Count(h => !isCommon(h) && large.Contains(h));
        return (double)shared / Math.Max(mine, theirs);
    }

    private static List<string> Words(string folded)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
                start = i;
            else if (!isWordChar && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    // FNV-1a over both words: stable across runs, unlike string.GetHashCode.
    private static ulong Hash(string first, string second)
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
