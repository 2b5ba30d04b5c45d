using DirectiveSearch.Core.Citations;
using DirectiveSearch.Search.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Builds the scoring query for a user query. The rules, and why:
/// - a keyword query (a few words) needs every syllable in the document, as vbpl.vn does, not in one passage: a
///   document lacking a word is not a result, the total counts real matches, and adding a word never adds
///   results. Passages holding any of the words are the evidence that ranks a document, so one whose words
///   stand together in a passage (and adjacent) ranks above one whose words are sections apart;
/// - a syllable typed with diacritics matches that syllable only ("sửa" not "sữa" or "sua"); one typed without
///   them matches every accented form ("sua" finds "sửa", "sữa"); mixed queries are taken syllable by syllable.
///   <see cref="QueryMatching.Folded"/> relaxes the first rule, for the fallback when an accented query has no
///   exact match;
/// - a question (eight syllables or more, unquoted) is BM25 over its syllables without its tail ("đúng hay sai"),
///   with a minimum-should-match that grows with its length: nobody's question is written in the words of the law;
/// - adjacent syllables (bigrams) add score, so compound words and phrases beat scattered syllables;
/// - quoted phrases must match in order within one passage, and are required in the document like a syllable;
///   directive references match documents citing the directive.
/// Terms come from the index's own analyzers, so tone-style and NFD variants give identical queries.
/// </summary>
internal sealed class RankedQueryBuilder(Analyzer analyzer, RecordBlocks blocks)
{
    /// <summary>From this many syllables up, unquoted free text is a question rather than keywords.</summary>
    public const int QuestionSyllables = 8;

    private const float ExactBoost = 2f;
    private const float BigramBoost = 1.5f;
    private const float ReferenceBoost = 4f;

    /// <summary>The share of a question's syllables a passage must hold (after its tail is removed).</summary>
    private const double QuestionMinimumShare = 0.3;

    /// <param name="references">The query's directive references with what the knowledge base resolved them to.</param>
    public BuiltQuery Build(UserQuery query, IReadOnlyList<(DirectiveReference Reference, ReferencedDirective Resolved)> references, QueryMatching matching)
    {
        var root = new BooleanQuery();
        var highlights = new HighlightCollector();
        var question = false;
        var accented = false;

        // A question that quotes a term ("“Trọng tài thương mại” là …") is still a question: the quoted words join
        // its syllables and the phrase adds score rather than being required (questions misspell what they quote).
        var asQuestion = QueryTerms.Analyze(analyzer, IndexFields.Folded, query.FreeText).Count >= QuestionSyllables;
        var freeText = asQuestion && query.Phrases.Count > 0 ? string.Join(' ', [query.FreeText, .. query.Phrases]) : query.FreeText;
        // Keywords: each syllable and phrase is required in the document, any of them makes a passage evidence.
        var required = new List<Query>();
        if (asQuestion)
        {
            if (BuildQuestion(freeText, highlights, ref accented) is { } questionQuery)
            {
                question = true;
                root.Add(questionQuery, Occur.MUST);
            }
        }
        else
        {
            AddKeywords(freeText, matching, required, root, highlights, ref accented);
        }

        foreach (var phrase in query.Phrases)
        {
            if (BuildPhrase(phrase, asQuestion ? QueryMatching.Folded : matching, highlights, ref accented) is not { } phraseQuery)
                continue;
            if (asQuestion)
                root.Add(phraseQuery, Occur.SHOULD);
            else
                required.Add(phraseQuery);
        }

        if (required.Count > 0)
        {
            var anyOf = new BooleanQuery();
            foreach (var clause in required)
                anyOf.Add(clause, Occur.SHOULD);
            root.Add(anyOf, Occur.MUST);
        }

        if (BuildReferences(references, highlights) is { } referenceQuery)
            root.Add(referenceQuery, root.Clauses.Count == 0 ? Occur.MUST : Occur.SHOULD);

        Query? built = root.Clauses.Count == 0 ? null : root;
        // The conjunction is over the document: a passage holding one keyword is evidence only for a document
        // holding all of them, and the passage holding most of them (and adjacent) ranks the document.
        if (built is not null && required.Count > 0)
            built = new FilteredQuery(built, new PassagesOfRecordsHoldingAll(blocks, required));
        return new BuiltQuery(built, highlights.ToTerms(), question, accented);
    }

    /// <summary>
    /// Each syllable as one required query (as typed when accented, folded otherwise; all folded for the fallback),
    /// and the query's bigrams as optional score on <paramref name="scored"/>.
    /// </summary>
    private void AddKeywords(string text, QueryMatching matching, List<Query> required, BooleanQuery scored, HighlightCollector highlights, ref bool accented)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        var exact = QueryTerms.Analyze(analyzer, IndexFields.Exact, text);
        var folded = QueryTerms.Analyze(analyzer, IndexFields.Folded, text);
        if (folded.Count == 0)
            return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < folded.Count; i++)
        {
            var typedWithDiacritics = i < exact.Count && exact[i].Text != folded[i].Text;
            accented |= typedWithDiacritics;
            var term = typedWithDiacritics && matching == QueryMatching.AsTyped
                ? new Term(IndexFields.Exact, exact[i].Text)
                : new Term(IndexFields.Folded, folded[i].Text);
            (term.Field == IndexFields.Exact ? highlights.Exact : highlights.Folded).Add(term.Text);
            // "tự soi, tự sửa": a repeated syllable is one requirement, and counted once in a passage's score.
            if (seen.Add(term.Field + "\u0001" + term.Text))
                required.Add(new TermQuery(term));
        }

        AddBigrams(scored, text, accented);
    }

    /// <summary>
    /// A question: each distinct syllable an optional clause (its exact form scoring on top when typed with
    /// diacritics), at least a share of them required, bigrams adding score.
    /// </summary>
    private Query? BuildQuestion(string text, HighlightCollector highlights, ref bool accented)
    {
        var exact = QueryTerms.Analyze(analyzer, IndexFields.Exact, text);
        var folded = QueryTerms.Analyze(analyzer, IndexFields.Folded, text);
        if (folded.Count == 0)
            return null;
        var tail = QuestionTails.Count(folded.Select(t => t.Text).ToList());
        var kept = folded.Count - tail;
        var syllables = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < kept; i++)
        {
            if (!seen.Add(folded[i].Text))
                continue;
            var either = new BooleanQuery { { new TermQuery(new Term(IndexFields.Folded, folded[i].Text)), Occur.MUST } };
            if (i < exact.Count && exact[i].Text != folded[i].Text)
            {
                accented = true;
                either.Add(new TermQuery(new Term(IndexFields.Exact, exact[i].Text)) { Boost = ExactBoost }, Occur.SHOULD);
                // Marked as typed: a folded look-alike adds a little to the score but is not what was asked.
                highlights.Exact.Add(exact[i].Text);
            }
            else
            {
                highlights.Folded.Add(folded[i].Text);
            }

            syllables.Add(either, Occur.SHOULD);
        }

        syllables.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Round(seen.Count * QuestionMinimumShare));
        var scored = new BooleanQuery { { syllables, Occur.MUST } };
        var body = kept == folded.Count ? text : text[..folded[kept - 1].End];
        AddBigrams(scored, body, accented);
        return scored;
    }

    private void AddBigrams(BooleanQuery scored, string text, bool withDiacritics)
    {
        foreach (var bigram in QueryTerms.Analyze(analyzer, IndexFields.FoldedBigrams, text).DistinctBy(b => b.Text))
            scored.Add(new TermQuery(new Term(IndexFields.FoldedBigrams, bigram.Text)) { Boost = BigramBoost }, Occur.SHOULD);
        if (withDiacritics)
        {
            foreach (var bigram in QueryTerms.Analyze(analyzer, IndexFields.ExactBigrams, text).DistinctBy(b => b.Text))
                scored.Add(new TermQuery(new Term(IndexFields.ExactBigrams, bigram.Text)) { Boost = BigramBoost * ExactBoost }, Occur.SHOULD);
        }
    }

    /// <summary>
    /// The syllables in order on the folded field; each syllable typed with diacritics must also be in the passage
    /// in that exact form (a phrase is one field, so the exact form is required in the passage, not at its place).
    /// </summary>
    private Query? BuildPhrase(string phrase, QueryMatching matching, HighlightCollector highlights, ref bool accented)
    {
        var exact = QueryTerms.Analyze(analyzer, IndexFields.Exact, phrase);
        var folded = QueryTerms.Analyze(analyzer, IndexFields.Folded, phrase);
        if (folded.Count == 0)
            return null;
        var foldedPhrase = new PhraseQuery();
        var query = new BooleanQuery { { foldedPhrase, Occur.MUST } };
        for (var i = 0; i < folded.Count; i++)
        {
            var term = folded[i];
            foldedPhrase.Add(new Term(IndexFields.Folded, term.Text), term.Position);
            var typedWithDiacritics = i < exact.Count && exact[i].Text != term.Text;
            accented |= typedWithDiacritics;
            if (typedWithDiacritics && matching == QueryMatching.AsTyped)
            {
                query.Add(new TermQuery(new Term(IndexFields.Exact, exact[i].Text)), Occur.MUST);
                highlights.Exact.Add(exact[i].Text);
            }
            else
            {
                highlights.Folded.Add(term.Text);
            }
        }

        return query;
    }

    /// <summary>
    /// A reference matches the directive's own document and documents whose citations resolve to it (document-level fields, so
    /// every passage of such a document qualifies), and scores more on the passages that write the symbol:
    /// those are the ones worth quoting. "KL 21" has no issuer, so it matches symbols by prefix ("21-kl/").
    /// A reference the knowledge base does not know matches the symbols documents write.
    /// </summary>
    private Query? BuildReferences(IReadOnlyList<(DirectiveReference Reference, ReferencedDirective Resolved)> references, HighlightCollector highlights)
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
                highlights.Folded.Add(term);
            }
            else if (SymbolPrefix(reference.Key) is { } prefix)
            {
                // Scored like a term (not the constant-score default), so the title and opening
                // clause, which name what a plan implements, weigh more than a passing mention.
                written.Add(new PrefixQuery(new Term(IndexFields.Folded, prefix)) { MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE }, Occur.SHOULD);
                highlights.Prefixes.Add(prefix);
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

    private sealed class HighlightCollector
    {
        public HashSet<string> Folded { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Exact { get; } = new(StringComparer.Ordinal);

        public List<string> Prefixes { get; } = [];

        public HighlightTerms ToTerms() => new(Folded, Exact, Prefixes);
    }
}
