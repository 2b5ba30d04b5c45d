using System.Text;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Search.Index;
using Lucene.Net.Analysis;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Cuts a snippet of at most <see cref="MaxLength"/> characters from a passage around its densest
/// cluster of matches, at word boundaries: plain text, with each matched word as a span into it. Markup is the
/// reader's business (HTML for the API, colour for the terminal).
/// Matches are found by re-analyzing the passage with the folded analyzer (and the exact one, for syllables
/// typed with diacritics): their offsets point into the stored text, so the marks land on the characters the
/// user sees.
/// </summary>
internal sealed class SnippetBuilder(Analyzer analyzer)
{
    public const int MaxLength = 300;

    public (string Text, IReadOnlyList<TextSpan> Highlights) Build(string text, HighlightTerms terms)
    {
        var matches = QueryTermsInText(text, terms);
        var (start, end) = Window(text, matches);
        var builder = new StringBuilder(MaxLength + 2);
        if (start > 0)
            builder.Append('…');
        // Offsets move from the passage to the snippet: less the cut start, plus the leading ellipsis.
        var shift = builder.Length - start;
        var highlights = new List<TextSpan>();
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchStart >= start && matchEnd <= end)
                highlights.Add(new TextSpan(matchStart + shift, matchEnd + shift));
        }

        builder.Append(text, start, end - start);
        if (end < text.Length)
            builder.Append('…');
        return (builder.ToString(), highlights);
    }

    private List<(int Start, int End)> QueryTermsInText(string text, HighlightTerms terms)
    {
        var found = new List<(int Start, int End)>();
        if (terms.IsEmpty)
            return found;
        var folded = QueryTerms.AnalyzeAll(analyzer, IndexFields.Folded, text);
        // The exact analysis gives the same tokens with diacritics kept, token for token; only needed when a
        // syllable was typed with diacritics.
        var exact = terms.Exact.Count > 0 ? QueryTerms.AnalyzeAll(analyzer, IndexFields.Exact, text) : null;
        for (var i = 0; i < folded.Count; i++)
        {
            var term = folded[i];
            var exactTerm = exact is not null && i < exact.Count ? exact[i].Text : null;
            if (terms.Matches(term.Text, exactTerm) && (found.Count == 0 || term.Start >= found[^1].End))
                found.Add((term.Start, term.End));
        }

        return found;
    }

    /// <summary>The span of at most <see cref="MaxLength"/> characters holding the most matches, widened to word boundaries inside.</summary>
    private static (int Start, int End) Window(string text, List<(int Start, int End)> matches)
    {
        // Room for the two ellipses that may be added.
        const int budget = MaxLength - 2;
        if (text.Length <= budget)
            return (0, text.Length);

        var bestFirst = 0;
        var bestCount = 0;
        for (int first = 0, last = 0; first < matches.Count; first++)
        {
            while (last < matches.Count && matches[last].End - matches[first].Start <= budget)
                last++;
            if (last - first > bestCount)
                (bestFirst, bestCount) = (first, last - first);
        }

        int start;
        if (bestCount == 0)
        {
            start = 0;
        }
        else
        {
            // Some context before the first match, so the sentence reads.
            var spanEnd = matches[bestFirst + bestCount - 1].End;
            var slack = budget - (spanEnd - matches[bestFirst].Start);
            start = Math.Max(0, matches[bestFirst].Start - Math.Min(slack / 3, 80));
        }

        var end = Math.Min(text.Length, start + budget);
        // Text without spaces for the whole window ("abc|def|..." in a flattened table) has no word start in
        // it: the window then starts mid-word rather than after its own end.
        if (start > 0 && WordStartAtOrAfter(text, start) is var wordStart && wordStart < end)
            start = wordStart;
        if (end < text.Length)
            end = WordEndAtOrBefore(text, end, start);
        return (start, end);
    }

    private static int WordStartAtOrAfter(string text, int index)
    {
        if (char.IsWhiteSpace(text[index - 1]))
            return index;
        var space = text.IndexOfAny([' ', '\n'], index);
        return space < 0 ? index : space + 1;
    }

    private static int WordEndAtOrBefore(string text, int index, int floor)
    {
        if (char.IsWhiteSpace(text[index]))
            return index;
        var space = text.LastIndexOfAny([' ', '\n'], index - 1);
        return space <= floor ? index : space;
    }
}
