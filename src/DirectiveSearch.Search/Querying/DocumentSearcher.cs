using System.Diagnostics;
using System.Globalization;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Relate;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Search.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Runs a search: passages are retrieved and scored, grouped into documents, filtered, counted for
/// facets, sorted and paged; the page's documents get their best passages with snippets.
/// </summary>
internal sealed class DocumentSearcher(IndexSearcher searcher, RecordBlocks blocks, Analyzer analyzer, Func<string, DocumentSummary?> summaries, DirectiveResolver resolve, Func<string, string?> directiveLabel)
{
    private readonly RankedQueryBuilder queries = new(analyzer, blocks);
    private readonly SnippetBuilder snippets = new(analyzer);
    /// <summary>The same index, scored for questions (<see cref="SearchSimilarity.ForQuestions"/>).</summary>
    private readonly IndexSearcher questionSearcher = new(searcher.IndexReader) { Similarity = SearchSimilarity.ForQuestions() };
    private readonly DirectiveRelationLookup relationLookup = new(searcher);
    private readonly Lazy<IssuerNames> issuers = new(() => new IssuerNames(searcher.IndexReader));
    private readonly Lazy<SpellingSuggester> suggester = new(() => new SpellingSuggester(searcher.IndexReader, analyzer));

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var userQuery = UserQuery.Parse(request.Query ?? string.Empty);
        var references = userQuery.References.Select(r => (r, resolve(ReferenceText(r)) with { Written = r.Written })).ToList();
        var cites = string.IsNullOrWhiteSpace(request.Cites) ? null : resolve(request.Cites.Trim());
        var directives = references.Select(r => r.Item2).Concat(cites is null ? [] : [cites]).DistinctBy(d => d.Written).ToList();
        var built = queries.Build(userQuery, references, QueryMatching.AsTyped);
        var filter = Filters(request, cites, issuers.Value);
        var group = request.Group == SearchGroup.Section ? "section" : "document";
        if (built.Query is null && !userQuery.IsEmpty)
        {
            // The query had only characters that make no term (punctuation, symbols): nothing matches.
            return new SearchResponse(0, [], FacetCounter.None, clock.Elapsed.TotalMilliseconds, directives, new Dictionary<string, string>()) { Group = group };
        }

        var collector = Collect(built, filter, request.Group);
        var approximate = false;
        if (collector.Matches.Count == 0 && built.Accented && !built.Question)
        {
            // Nothing holds the syllables as typed: show what holds them without diacritics, and say so.
            built = queries.Build(userQuery, references, QueryMatching.Folded);
            collector = Collect(built, filter, request.Group);
            approximate = collector.Matches.Count > 0;
        }

        // A query naming a directive asks what the archive does with it: plans implementing it first, then what is
        // based on it, cites it, and mentions it through another plan.
        var relations = relationLookup.For([.. references.SelectMany(r => r.Item2.Ids).Distinct(StringComparer.Ordinal)]);
        var (total, hits) = request.Group == SearchGroup.Section
            ? SectionHits(collector, request, built.Highlights, relations)
            : DocumentHits(collector, request, built.Highlights, relations);
        var facets = collector.Facets(request.FacetLimit, issuers.Value);
        var labels = facets.Cites.Keys.ToDictionary(id => id, id => directiveLabel(id) ?? id, StringComparer.Ordinal);
        var suggestion = total == 0 && userQuery.FreeText.Length > 0 && filter is null ? Suggest(userQuery) : null;
        return new SearchResponse(total, hits, facets, clock.Elapsed.TotalMilliseconds, directives, labels)
        {
            Group = group,
            Approximate = approximate,
            Notice = approximate ? SearchResponse.ApproximateNotice : null,
            Question = built.Question,
            Suggestion = suggestion,
        };
    }

    private PassageCollector Collect(BuiltQuery built, BooleanQuery? filter, SearchGroup group)
    {
        var scoring = built.Query;
        // Without words every passage of the documents the filters keep matches, equally.
        Query query = (scoring, filter) switch
        {
            (null, _) => new ConstantScoreQuery(new PassagesOfRecords(blocks, (Query?)filter ?? DocumentIndex.KindQuery(IndexFields.KindRecord))),
            (_, null) => scoring,
            _ => new FilteredQuery(scoring, new PassagesOfRecords(blocks, filter)),
        };
        var collector = new PassageCollector(
            blocks, keepPassages: group == SearchGroup.Section, built.Question ? DocumentMatch.QuestionOthersWeight : DocumentMatch.KeywordOthersWeight);
        (built.Question ? questionSearcher : searcher).Search(query, collector);
        return collector;
    }

    /// <summary>
    /// The documents of the page. Sorted by date, the order is over exactly the documents relevance returns (each
    /// holds every keyword), newest first, undated last.
    /// </summary>
    /// <remarks>By relevance, a query naming a directive ranks by the relation to it first (<see cref="DocumentRelations.Rank"/>), then by score.</remarks>
    private (int Total, List<SearchHit> Hits) DocumentHits(PassageCollector collector, SearchRequest request, HighlightTerms highlights, IReadOnlyDictionary<int, string> relations)
    {
        var ordered = request.Sort == SearchSort.Date
            ? collector.Matches.OrderByDescending(m => m.DayNumber).ThenByDescending(m => m.Score).ThenBy(m => m.Id, StringComparer.Ordinal)
            : collector.Matches.OrderByDescending(m => DocumentRelations.Rank(relations.GetValueOrDefault(m.RecordDoc))).ThenByDescending(m => m.Score).ThenBy(m => m.Id, StringComparer.Ordinal);
        var page = ordered.Skip(request.Offset).Take(request.Limit).ToList();
        return (collector.Matches.Count, page.Select(match => Hit(match, highlights) is { } hit ? hit with { Relation = relations.GetValueOrDefault(match.RecordDoc) } : null).OfType<SearchHit>().ToList());
    }

    /// <summary>The sections of the page, each ranked by its own score (by date: its document's date, then score).</summary>
    private (int Total, List<SearchHit> Hits) SectionHits(PassageCollector collector, SearchRequest request, HighlightTerms highlights, IReadOnlyDictionary<int, string> relations)
    {
        var ordered = request.Sort == SearchSort.Date
            ? collector.Passages.OrderByDescending(p => p.Document.DayNumber).ThenByDescending(p => p.Score).ThenBy(p => p.Doc)
            : collector.Passages.OrderByDescending(p => DocumentRelations.Rank(relations.GetValueOrDefault(p.Document.RecordDoc))).ThenByDescending(p => p.Score).ThenBy(p => p.Doc);
        var hits = new List<SearchHit>();
        foreach (var passage in ordered.Skip(request.Offset).Take(request.Limit))
        {
            if (summaries(passage.Document.Id) is not { } record)
                continue;
            var section = Section(passage.Doc, highlights);
            hits.Add(Hit(record, passage.Score, [section]) with
            {
                Path = section.Path, Heading = section.Heading, Snippet = section.Snippet, Relation = relations.GetValueOrDefault(passage.Document.RecordDoc),
            });
        }

        return (collector.Passages.Count, hits);
    }

    /// <summary>
    /// Each syllable the index lacks replaced by the nearest one it holds, accents restored from the index's most
    /// frequent forms ("chuyen doi soo" → "chuyển đổi số"); offered only when the suggestion finds something.
    /// </summary>
    private string? Suggest(UserQuery query)
    {
        foreach (var candidate in suggester.Value.Suggest(query.FreeText))
        {
            var retry = queries.Build(UserQuery.Parse(candidate), [], QueryMatching.AsTyped);
            if (retry.Query is not null && searcher.Search(retry.Query, 1).TotalHits > 0)
                return candidate;
        }

        return null;
    }

    /// <summary>What the knowledge base is asked: the symbol as typed ("21-KL/TW"), else the type-number key ("kl-21").</summary>
    private static string ReferenceText(DirectiveReference reference) => reference.Symbol?.Text ?? reference.Key;

    private SearchHit? Hit(DocumentMatch match, HighlightTerms highlights) =>
        summaries(match.Id) is { } record
            ? Hit(record, match.Score, [.. match.Passages.Select(passage => Section(passage.Doc, highlights))])
            : null;

    private SectionHit Section(int doc, HighlightTerms highlights)
    {
        var stored = searcher.Doc(doc);
        var (snippet, marked) = snippets.Build(stored.Get(IndexFields.PassageText), highlights);
        return new SectionHit(
            stored.Get(IndexFields.PassagePath),
            stored.Get(IndexFields.PassageHeading),
            snippet,
            marked,
            stored.GetField(IndexFields.PassageStart).GetInt32Value() ?? 0,
            stored.GetField(IndexFields.PassageEnd).GetInt32Value() ?? 0);
    }

    private static SearchHit Hit(DocumentSummary record, float score, List<SectionHit> sections) =>
        new(
            record.Id,
            record.Title,
            record.Symbol,
            record.Type.Code,
            record.Type.Name,
            record.Issuer,
            record.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            score,
            sections);

    /// <summary>The filters as one query on record docs (document fields), or null when there are none.</summary>
    /// <remarks>An issuer in any of its spellings matches every spelling of that body (<see cref="IssuerNames"/>).</remarks>
    private static BooleanQuery? Filters(SearchRequest request, ReferencedDirective? cites, IssuerNames issuers)
    {
        var filter = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.Type))
            filter.Add(new TermQuery(new Term(IndexFields.Type, request.Type.Trim())), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.Issuer))
        {
            var spellings = new BooleanQuery { { new TermQuery(new Term(IndexFields.Issuer, request.Issuer.Trim())), Occur.SHOULD } };
            foreach (var spelling in issuers.Spellings(request.Issuer))
                spellings.Add(new TermQuery(new Term(IndexFields.Issuer, spelling)), Occur.SHOULD);
            filter.Add(spellings, Occur.MUST);
        }

        if (request.Year is { } year)
            filter.Add(new TermQuery(new Term(IndexFields.Year, year.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        if (cites is not null)
            filter.Add(CitesFilter(cites), Occur.MUST);
        return filter.Clauses.Count == 0 ? null : filter;
    }

    /// <summary>
    /// Documents whose citations resolve to the directive (any candidate, when the reference is ambiguous). A
    /// reference the knowledge base does not know matches the symbol as documents write it: "21-KL/TW" that
    /// symbol, "KL 21" or "kết luận 21" any symbol with that type and number.
    /// </summary>
    private static Query CitesFilter(ReferencedDirective cites)
    {
        if (cites.Ids.Count > 0)
        {
            var anyOf = new BooleanQuery();
            foreach (var id in cites.Ids)
                anyOf.Add(new TermQuery(new Term(IndexFields.Cites, id)), Occur.SHOULD);
            return anyOf;
        }

        var references = DirectiveReference.FindAll(cites.Written.Normalize(System.Text.NormalizationForm.FormC));
        if (references.Count == 0)
        {
            // Not a recognizable reference: match it as a symbol typed verbatim, which finds nothing rather than everything.
            return new TermQuery(new Term(IndexFields.Symbols, DocumentFacts.SymbolTerm(cites.Written)));
        }

        var any = new BooleanQuery();
        foreach (var reference in references)
        {
            any.Add(reference.Symbol is { } symbol
                ? new TermQuery(new Term(IndexFields.Symbols, DocumentFacts.SymbolTerm(symbol.Text)))
                : new TermQuery(new Term(IndexFields.CiteKeys, reference.Key)), Occur.SHOULD);
        }

        return any;
    }
}
