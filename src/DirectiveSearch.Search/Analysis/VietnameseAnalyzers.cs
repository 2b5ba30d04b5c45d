using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace DirectiveSearch.Search.Analysis;

/// <summary>
/// The four analyzers of the index and the fields they analyze. Each passage's text is indexed four
/// times: exact (diacritics kept: "bàn" ≠ "bán"), folded ("ban" for people who type without
/// diacritics), and the syllable bigrams of each, which reward adjacent syllables ("xây_dựng").
/// All four give identical streams for the two tone styles ("Đảng uỷ"/"Đảng ủy", "khoá"/"khóa"),
/// for NFD and NFC input, and for misplaced marks ("vịêt"/"việt"); Exact and Folded give streams of
/// the same length, token for token, so a query's exact and folded terms pair by index.
/// </summary>
/// <remarks>
/// The instances are shared and thread-safe (Lucene keeps per-thread token streams inside each
/// analyzer); do not dispose them. Disposing the wrapper returned by <see cref="ForFields"/> is fine:
/// it does not dispose the analyzers it wraps.
/// </remarks>
public static class VietnameseAnalyzers
{
    /// <summary>Field of syllables with diacritics: "đảng", "ủy", "21-kl/tw".</summary>
    public const string ExactField = "exact";

    /// <summary>Field of folded syllables: "dang", "uy", "21-kl/tw".</summary>
    public const string FoldedField = "folded";

    /// <summary>Field of syllable bigrams with diacritics: "đảng_ủy".</summary>
    public const string ExactBigramsField = "exact_bi";

    /// <summary>Field of folded syllable bigrams: "dang_uy".</summary>
    public const string FoldedBigramsField = "folded_bi";

    /// <summary>NFC, canonical tone marks, lower case; diacritics kept.</summary>
    public static Analyzer Exact { get; } = new VietnameseAnalyzer(foldDiacritics: false, syllableBigrams: false);

    /// <summary>As <see cref="Exact"/>, then diacritics removed and đ → d.</summary>
    public static Analyzer Folded { get; } = new VietnameseAnalyzer(foldDiacritics: true, syllableBigrams: false);

    /// <summary>Bigrams of <see cref="Exact"/> syllables.</summary>
    public static Analyzer ExactBigrams { get; } = new VietnameseAnalyzer(foldDiacritics: false, syllableBigrams: true);

    /// <summary>Bigrams of <see cref="Folded"/> syllables.</summary>
    public static Analyzer FoldedBigrams { get; } = new VietnameseAnalyzer(foldDiacritics: true, syllableBigrams: true);

    /// <summary>
    /// One analyzer for a whole Lucene document: the four fields above with their analyzers, plus
    /// <paramref name="otherFields"/> (which may also override those four). Any other field gets
    /// <paramref name="defaultAnalyzer"/>, <see cref="Exact"/> when not given.
    /// </summary>
    public static PerFieldAnalyzerWrapper ForFields(IDictionary<string, Analyzer>? otherFields = null, Analyzer? defaultAnalyzer = null)
    {
        var fields = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [ExactField] = Exact,
            [FoldedField] = Folded,
            [ExactBigramsField] = ExactBigrams,
            [FoldedBigramsField] = FoldedBigrams,
        };
        if (otherFields is not null)
        {
            foreach (var (field, analyzer) in otherFields)
                fields[field] = analyzer;
        }

        return new PerFieldAnalyzerWrapper(defaultAnalyzer ?? Exact, fields);
    }
}
