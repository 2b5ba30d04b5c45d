namespace DirectiveSearch.Search.Querying;

/// <summary>How syllables typed with diacritics match.</summary>
internal enum QueryMatching
{
    /// <summary>As typed: "sửa" matches "sửa" only; syllables typed without diacritics match every accented form.</summary>
    AsTyped,

    /// <summary>Every syllable folded ("sửa" matches "sua", "sữa"): the fallback when nothing matches as typed.</summary>
    Folded,
}
