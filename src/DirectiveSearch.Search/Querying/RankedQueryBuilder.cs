using DirectiveSearch.Core.Citations;
using DirectiveSearch.Search.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Builds the scoring query for a user query. The rules, and why:
/// - each syllable matches its folded form, so "tu soi tu sua" finds "Tự soi, tự sửa";
/// - when the query carries diacritics, the exact form scores on top, so "bàn" puts "bàn" above
///   "bán" and "ban" (folding merges them, DOMAIN.md); a query without any diacritics searches the
///   folded forms evenly;
/// - adjacent syllables (bigrams) add score, so compound words and phrases beat scattered syllables;
/// - quoted phrases must match in order; directive references match documents citing the directive.
/// Terms come from the index's own analyzers, so tone-style and NFD variants give identical queries.
/// </summary>
internal sealed class RankedQueryBuilder(Analyzer analyzer, RecordBlocks blocks)
{
    private const float ExactBoost = 2f;
    private const float BigramBoost = 1.5f;
    private const float ReferenceBoost = 4f;

    /// <param name="references">The query's directive references with what the knowledge base resolved them to.</param>
    public Query? Build(UserQuery query, IReadOnlyList<(DirectiveReference Reference, ReferencedDirective Resolved)> references, out HighlightTerms highlights)
    {
        var root = new BooleanQuery();
        var highlightTerms = new HashSet<string>(StringComparer.Ordinal);
        var highlightPrefixes = new List<string>();

        if (BuildFreeText(query.FreeText, highlightTerms) is { } free)
            root.Add(free, Occur.MUST);
        foreach (var phrase in query.Phrases)
        {
            if (BuildPhrase(phrase, highlightTerms) is { } phraseQuery)
                root.Add(phraseQuery, Occur.MUST);
        }

        if (BuildReferences(references, highlightTerms, highlightPrefixes) is { } referenceQuery)
            root.Add(referenceQuery, root.Clauses.Count == 0 ? Occur.MUST : Occur.SHOULD);

        highlights = new HighlightTerms(highlightTerms, highlightPrefixes);
        return root.Clauses.Count == 0 ? null : root;
    }

    private Query? BuildFreeText(string text, HashSet<string> highlights)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var exact = QueryTerms.Analyze(analyzer, IndexFields.Exact, text);
        var folded = QueryTerms.Analyze(analyzer, IndexFields.Folded, text);
        if (folded.Count == 0)
            return null;
        var withDiacritics = HasDiacritics(exact, folded);

        // Short queries need every syllable; long ones (a pasted sentence) most of them. Required syllables are
        // MUST clauses rather than SHOULD with a minimum, so Lucene leapfrogs them from the rarest one.
        var allRequired = folded.Count <= 3;
        var syllables = new BooleanQuery();
        for (var i = 0; i < folded.Count; i++)
        {
            highlights.Add(folded[i].Text);
            // The exact form only ever matches where the folded one does: it adds score, and iterating it
            // alongside would only cost (BM25's coordination factor is 1, so scores are the same).
            var either = new BooleanQuery { { new TermQuery(new Term(IndexFields.Folded, folded[i].Text)), Occur.MUST } };
            if (withDiacritics && i < exact.Count && exact[i].Text != folded[i].Text)
                either.Add(new TermQuery(new Term(IndexFields.Exact, exact[i].Text)) { Boost = ExactBoost }, Occur.SHOULD);
            syllables.Add(either, allRequired ? Occur.MUST : Occur.SHOULD);
        }

        if (!allRequired)
            syllables.MinimumNumberShouldMatch = (int)Math.Ceiling(folded.Count * 0.7);

        var scored = new BooleanQuery { { syllables, Occur.MUST } };
        foreach (var bigram in QueryTerms.Analyze(analyzer, IndexFields.FoldedBigrams, text))
            scored.Add(new TermQuery(new Term(IndexFields.FoldedBigrams, bigram.Text)) { Boost = BigramBoost }, Occur.SHOULD);
        if (withDiacritics)
        {
            foreach (var bigram in QueryTerms.Analyze(analyzer, IndexFields.ExactBigrams, text))
                scored.Add(new TermQuery(new Term(IndexFields.ExactBigrams, bigram.Text)) { Boost = BigramBoost * ExactBoost }, Occur.SHOULD);
        }

        return scored;
    }

    private Query? BuildPhrase(string phrase, HashSet<string> highlights)
    {
        var exact = QueryTerms.Analyze(analyzer, IndexFields.Exact, phrase);
        var folded = QueryTerms.Analyze(analyzer, IndexFields.Folded, phrase);
        if (folded.Count == 0)
            return null;
        var foldedPhrase = new PhraseQuery();
        foreach (var term in folded)
        {
            foldedPhrase.Add(new Term(IndexFields.Folded, term.Text), term.Position);
            highlights.Add(term.Text);
        }

        var either = new BooleanQuery { { foldedPhrase, Occur.MUST } };
        if (HasDiacritics(exact, folded))
        {
            var exactPhrase = new PhraseQuery { Boost = ExactBoost };
            foreach (var term in exact)
                exactPhrase.Add(new Term(IndexFields.Exact, term.Text), term.Position);
            either.Add(exactPhrase, Occur.SHOULD);
        }

        return either;
    }

    /// <summary>
    /// A reference matches the directive's own document and documents whose citations resolve to it (document-level fields, so
    /// every passage of such a document qualifies), and scores more on the passages that write the symbol:
    /// those are the ones worth quoting. "KL 21" has no issuer, so it matches symbols by prefix ("21-kl/").
    /// A reference the knowledge base does not know matches the symbols documents write.
    /// </summary>
    private Query? BuildReferences(IReadOnlyList<(DirectiveReference Reference, ReferencedDirective Resolved)> references, HashSet<string> highlights, List<string> prefixes)
    {
        if (references.Count == 0)
            return null;
        var cited = new BooleanQuery();
        var written = new BooleanQuery();
        foreach (var (reference, resolved) in references)
        {
            foreach (var id in resolved.Ids)
            {
                cited.Add(new TermQuery(new Term(IndexFields.Cites, id)), Occur.SHOULD);
                cited.Add(new TermQuery(new Term(IndexFields.Identity, id)), Occur.SHOULD);
            }

            if (resolved.Ids.Count == 0)
                cited.Add(new TermQuery(new Term(IndexFields.CiteKeys, reference.Key)), Occur.SHOULD);
            if (reference.Symbol is { } symbol)
            {
                var term = DocumentFacts.SymbolTerm(symbol.Text);
                if (resolved.Ids.Count == 0)
                    cited.Add(new TermQuery(new Term(IndexFields.Symbols, term)), Occur.SHOULD);
                written.Add(new TermQuery(new Term(IndexFields.Folded, term)), Occur.SHOULD);
                highlights.Add(term);
            }
            else if (SymbolPrefix(reference.Key) is { } prefix)
            {
                // Scored like a term (not the constant-score default), so the title and opening
                // clause, which name what a plan implements, weigh more than a passing mention.
                written.Add(new PrefixQuery(new Term(IndexFields.Folded, prefix)) { MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE }, Occur.SHOULD);
                prefixes.Add(prefix);
            }
        }

        var query = new BooleanQuery { Boost = ReferenceBoost };
        // Citing is a fact of the document, kept on its record doc: every passage of a citing document qualifies.
        query.Add(new ConstantScoreQuery(new PassagesOfRecords(blocks, cited)), Occur.MUST);
        if (written.Clauses.Count > 0)
            query.Add(written, Occur.SHOULD);
        return query;
    }

    /// <summary>"kl-21" → "21-kl/": how the symbol's folded token begins in the text.</summary>
    private static string? SymbolPrefix(string key)
    {
        var dash = key.IndexOf('-');
        return dash <= 0 || dash == key.Length - 1 ? null : $"{key[(dash + 1)..]}-{key[..dash]}/";
    }

    private static bool HasDiacritics(List<AnalyzedTerm> exact, List<AnalyzedTerm> folded) =>
        exact.Count != folded.Count || exact.Where((term, i) => term.Text != folded[i].Text).Any();
}
