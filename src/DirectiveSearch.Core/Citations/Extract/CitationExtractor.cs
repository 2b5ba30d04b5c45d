using System.Globalization;
using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// Finds every citation of a directive in a document's normalized text (NFC, one paragraph per line), in
/// text order, each with what its text says: noun, symbol, number, date, issuing body, term, subject,
/// sentence, short names and what its subject implements. Nothing is looked up: which directive a citation
/// is belongs to <see cref="Resolve.CitationResolver"/>. Forms, all seen in the seed plans:
/// "Kết luận số 21-KL/TW, ngày 25/10/2021 của ..." and "Kết luận 29-KL/TU" (<see cref="CitationKind.Symbol"/>),
/// "Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị" (<see cref="CitationKind.NumberOnly"/>, kept only
/// with a date or a body), "(sau đây gọi là Kết luận)" then "Kết luận" (<see cref="CitationKind.ShortName"/>),
/// "kết luận, quy định của Hội nghị Trung ương 4 khóa XIII" (<see cref="CitationKind.Meeting"/>) and
/// "Kế hoạch này", "Số 28-KH/ĐUK" (<see cref="CitationKind.SelfReference"/>). Every scanner is a linear
/// regular expression or reads a bounded window, so a text of any size costs time in proportion to it.
/// </summary>
public static class CitationExtractor
{
    public static IReadOnlyList<ExtractedCitation> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceIndex.Build(text);
        var definitions = AliasScanner.FindDefinitions(text);

        // Priority decides overlaps: a symbol wins over a number read from it, which wins over a meeting noun.
        var candidates = new List<CitationDraft>();
        candidates.AddRange(Symbols(text, definitions));
        candidates.AddRange(NumbersOnly(text));
        candidates.AddRange(Meetings(text));
        candidates.AddRange(SelfReferences(text));
        var drafts = WithoutOverlaps(candidates, definitions);
        drafts = AliasLinker.Link(text, drafts, definitions, sentences);

        var nested = NestingDetector.Detect(text, drafts);
        var indexByStart = new Dictionary<int, int>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
            indexByStart[drafts[i].Span.Start] = i;

        var citations = new ExtractedCitation[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            citations[i] = new ExtractedCitation(
                i,
                d.Kind,
                d.Span,
                text[d.Span.Start..d.Span.End].Replace('\n', ' '),
                d.Noun?.Replace('\n', ' '),
                d.Symbol,
                d.Number,
                d.Tail.Date,
                d.Tail.IssuingBody,
                d.Tail.Term,
                d.Tail.Subject,
                new TextSpan(d.Span.Start, Math.Max(d.Span.End, d.Tail.ExtentEnd)),
                sentences.At(d.Span.Start),
                d.Meeting,
                d.AliasOfStart is { } start ? indexByStart[start] : null,
                d.DefinedAlias,
                nested[i]);
        }

        return citations;
    }

    /// <summary>Every relation "the first's subject implements the second" in an extraction.</summary>
    public static IReadOnlyList<NestedRelation> NestedRelations(IReadOnlyList<ExtractedCitation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        return [.. citations.SelectMany(c => c.Nested)];
    }

    private static IEnumerable<CitationDraft> Symbols(string text, IReadOnlyList<AliasDefinition> definitions)
    {
        var definitionIndex = 0;
        foreach (var (symbol, span) in SymbolScanner.Scan(text))
        {
            // The symbol inside "(sau đây gọi là Nghị quyết số 21-NQ/TW)" is the short name, not a citation.
            while (definitionIndex < definitions.Count && definitions[definitionIndex].Paren.End <= span.Start)
                definitionIndex++;
            if (definitionIndex < definitions.Count && definitions[definitionIndex].Paren.Contains(span))
                continue;

            var (nounSpan, noun, isHeaderNumber) = HeadReader.Read(text, span.Start, symbol.TypeCode);
            var kind = isHeaderNumber ? CitationKind.SelfReference : CitationKind.Symbol;
            var tail = isHeaderNumber ? CitationTail.Empty(span.End) : TailReader.Read(text, span.End);
            var whole = new TextSpan(nounSpan?.Start ?? span.Start, span.End);
            yield return new CitationDraft(kind, whole, noun, symbol, symbol.Number, tail, null);
        }
    }

    private static IEnumerable<CitationDraft> NumbersOnly(string text)
    {
        foreach (Match match in TypeNounPatterns.NumberAfterSo().Matches(text))
        {
            var windowStart = Math.Max(0, match.Index - TypeNounPatterns.NounWindow);
            var noun = TypeNounPatterns.NounBefore().Match(text, windowStart, match.Index - windowStart);
            if (!noun.Success)
                continue;
            var end = match.Index + match.Length;
            var tail = TailReader.Read(text, end);
            if (tail.Date is null && tail.IssuingBody is null)
                continue;
            var nounGroup = noun.Groups["noun"];
            yield return new CitationDraft(CitationKind.NumberOnly, new TextSpan(nounGroup.Index, end), nounGroup.Value, null, match.Groups["number"].Value, tail, null);
        }
    }

    // The nouns of one phrase share its meeting; the last one carries what follows it ("... khóa XIII về ...").
    private static IEnumerable<CitationDraft> Meetings(string text)
    {
        var found = MeetingScanner.Scan(text).ToList();
        for (var i = 0; i < found.Count; i++)
        {
            var (span, noun, meeting) = found[i];
            var last = i + 1 == found.Count || found[i + 1].Meeting.Span != meeting.Span;
            var tail = last ? TailReader.Read(text, meeting.Span.End) : CitationTail.Empty(span.End);
            yield return new CitationDraft(CitationKind.Meeting, span, noun, null, null, tail, meeting);
        }
    }

    private static IEnumerable<CitationDraft> SelfReferences(string text)
    {
        const string This = "này";
        for (var at = text.IndexOf(This, StringComparison.Ordinal); at >= 0; at = text.IndexOf(This, at + This.Length, StringComparison.Ordinal))
        {
            var after = at + This.Length;
            if (after < text.Length && (char.IsLetter(text[after]) || CharUnicodeInfo.GetUnicodeCategory(text[after]) == UnicodeCategory.NonSpacingMark))
                continue;
            var windowStart = Math.Max(0, at - TypeNounPatterns.NounWindow);
            var noun = TypeNounPatterns.SelfNounBefore().Match(text, windowStart, at - windowStart);
            if (!noun.Success)
                continue;
            var nounGroup = noun.Groups["noun"];
            var span = new TextSpan(nounGroup.Index, after);
            yield return new CitationDraft(CitationKind.SelfReference, span, nounGroup.Value, null, null, CitationTail.Empty(after), null);
        }
    }

    // Each scanner's drafts are sorted; they are merged in order of priority, and a draft that overlaps one
    // already kept is dropped: a symbol wins over a number read from it, which wins over a meeting noun.
    private static List<CitationDraft> WithoutOverlaps(List<CitationDraft> candidates, IReadOnlyList<AliasDefinition> definitions)
    {
        var kept = new List<CitationDraft>();
        foreach (var group in candidates.GroupBy(Priority).OrderBy(g => g.Key))
        {
            var incoming = group.Where(c => !InsideDefinition(definitions, c.Span)).OrderBy(c => c.Span.Start);
            kept = Merge(kept, incoming);
        }

        return kept;
    }

    private static List<CitationDraft> Merge(List<CitationDraft> kept, IEnumerable<CitationDraft> incoming)
    {
        var merged = new List<CitationDraft>(kept.Count);
        var k = 0;
        foreach (var candidate in incoming)
        {
            while (k < kept.Count && kept[k].Span.Start <= candidate.Span.Start)
                merged.Add(kept[k++]);
            var overlapsPrevious = merged.Count > 0 && merged[^1].Span.Overlaps(candidate.Span);
            var overlapsNext = k < kept.Count && kept[k].Span.Overlaps(candidate.Span);
            if (!overlapsPrevious && !overlapsNext)
                merged.Add(candidate);
        }

        while (k < kept.Count)
            merged.Add(kept[k++]);
        return merged;
    }

    private static int Priority(CitationDraft draft) => draft.Kind switch
    {
        CitationKind.Symbol or CitationKind.SelfReference when draft.Symbol is not null => 0,
        CitationKind.NumberOnly => 1,
        CitationKind.Meeting => 2,
        _ => 3,
    };

    private static bool InsideDefinition(IReadOnlyList<AliasDefinition> definitions, TextSpan span)
    {
        var low = 0;
        var high = definitions.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var paren = definitions[mid].Paren;
            if (paren.Contains(span))
                return true;
            if (paren.Start <= span.Start)
                low = mid + 1;
            else
                high = mid - 1;
        }

        return false;
    }
}
