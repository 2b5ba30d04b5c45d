using System.Diagnostics;
using System.Globalization;
using DirectiveSearch.Core.Citations;
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

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var userQuery = UserQuery.Parse(request.Query ?? string.Empty);
        var references = userQuery.References.Select(r => (r, resolve(ReferenceText(r)) with { Written = r.Written })).ToList();
        var cites = string.IsNullOrWhiteSpace(request.Cites) ? null : resolve(request.Cites.Trim());
        var directives = references.Select(r => r.Item2).Concat(cites is null ? [] : [cites]).DistinctBy(d => d.Written).ToList();
        var scoring = queries.Build(userQuery, references, out var highlights);
        var filter = Filters(request, cites);
        if (scoring is null && !userQuery.IsEmpty)
        {
            // The query had only characters that make no term (punctuation, symbols): nothing matches.
            return new SearchResponse(0, [], FacetCounter.None, clock.Elapsed.TotalMilliseconds, directives, new Dictionary<string, string>());
        }

        // Without words every passage of the documents the filters keep matches, equally.
        Query query = (scoring, filter) switch
        {
            (null, _) => new ConstantScoreQuery(new PassagesOfRecords(blocks, (Query?)filter ?? DocumentIndex.KindQuery(IndexFields.KindRecord))),
            (_, null) => scoring,
            _ => new FilteredQuery(scoring, new PassagesOfRecords(blocks, filter)),
        };
        var collector = new PassageCollector(blocks);
        searcher.Search(query, collector);

        var ordered = request.Sort == SearchSort.Date
            ? collector.Matches.OrderByDescending(m => m.DayNumber).ThenByDescending(m => m.Score).ThenBy(m => m.Id, StringComparer.Ordinal)
            : collector.Matches.OrderByDescending(m => m.Score).ThenBy(m => m.Id, StringComparer.Ordinal);
        var page = ordered.Skip(request.Offset).Take(request.Limit).ToList();
        var hits = page.Select(match => Hit(match, highlights)).OfType<SearchHit>().ToList();
        var facets = collector.Facets(request.FacetLimit);
        var labels = facets.Cites.Keys.ToDictionary(id => id, id => directiveLabel(id) ?? id, StringComparer.Ordinal);
        return new SearchResponse(collector.Matches.Count, hits, facets, clock.Elapsed.TotalMilliseconds, directives, labels);
    }

    /// <summary>What the knowledge base is asked: the symbol as typed ("21-KL/TW"), else the type-number key ("kl-21").</summary>
    private static string ReferenceText(DirectiveReference reference) => reference.Symbol?.Text ?? reference.Key;

    private SearchHit? Hit(DocumentMatch match, HighlightTerms highlights)
    {
        if (summaries(match.Id) is not { } record)
            return null;
        var sections = match.Passages.Select(passage =>
        {
            var stored = searcher.Doc(passage.Doc);
            var text = stored.Get(IndexFields.PassageText);
            return new SectionHit(
                stored.Get(IndexFields.PassagePath),
                stored.Get(IndexFields.PassageHeading),
                snippets.Build(text, highlights),
                stored.GetField(IndexFields.PassageStart).GetInt32Value() ?? 0,
                stored.GetField(IndexFields.PassageEnd).GetInt32Value() ?? 0);
        }).ToList();
        return new SearchHit(
            record.Id,
            record.Title,
            record.Symbol,
            record.Type.Code,
            record.Type.Name,
            record.Issuer,
            record.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            match.Score,
            sections);
    }

    /// <summary>The filters as one query on record docs (document fields), or null when there are none.</summary>
    private static BooleanQuery? Filters(SearchRequest request, ReferencedDirective? cites)
    {
        var filter = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.Type))
            filter.Add(new TermQuery(new Term(IndexFields.Type, request.Type.Trim())), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.Issuer))
            filter.Add(new TermQuery(new Term(IndexFields.Issuer, request.Issuer.Trim())), Occur.MUST);
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
