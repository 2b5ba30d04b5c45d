namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// Ties short names to what they stand for. A definition belongs to the nearest citation before it in the
/// same sentence whose type (and number, if the name has one) fits: in seed 003 "(sau đây gọi là Kế hoạch số
/// 43-KH/TU)" follows a nested "Nghị quyết số 21-KL/TW" and still names Kế hoạch 43. After the definition, a
/// bare noun ("Kết luận", seed 004) becomes a <see cref="CitationKind.ShortName"/> citation of it, and a
/// citation written with the defined symbol ("Nghị quyết số 21-NQ/TW", seed 003) points at it too.
/// </summary>
internal static class AliasLinker
{
    private const int MaxDefinerDistance = 16;

    public static List<CitationDraft> Link(string text, List<CitationDraft> drafts, IReadOnlyList<AliasDefinition> definitions, SentenceIndex sentences)
    {
        var byStart = drafts.ToDictionary(d => d.Span.Start);
        var definers = new List<(AliasDefinition Definition, CitationDraft Definer)>();
        foreach (var definition in definitions)
        {
            if (FindDefiner(drafts, definition, sentences) is not { } definer)
                continue;
            definer = byStart[definer.Span.Start];
            byStart[definer.Span.Start] = definer with { DefinedAlias = definition.Name };
            definers.Add((definition, definer));
        }

        // Citations written with a defined name point at the latest definition of that name before them.
        var named = definers.Where(d => !d.Definition.IsBareNoun).GroupBy(d => NameKey(d.Definition)).ToDictionary(g => g.Key, g => g.ToList());
        if (named.Count > 0)
        {
            foreach (var draft in drafts)
            {
                if (draft.Kind is CitationKind.SelfReference or CitationKind.Meeting || DraftKey(draft) is not { } key || !named.TryGetValue(key, out var list))
                    continue;
                var latest = LatestBefore(list, draft.Span.Start);
                if (latest >= 0 && list[latest].Definer.Span.Start != draft.Span.Start)
                    byStart[draft.Span.Start] = byStart[draft.Span.Start] with { AliasOfStart = list[latest].Definer.Span.Start };
            }
        }

        var linked = byStart.Values.OrderBy(d => d.Span.Start).ToList();
        foreach (var group in definers.Where(d => d.Definition.IsBareNoun).GroupBy(d => d.Definition.Noun, StringComparer.Ordinal))
        {
            linked.AddRange(BareNounUses(text, [.. group.OrderBy(d => d.Definition.Paren.Start)], linked, definitions));
            linked.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return linked;
    }

    // A name with a symbol is keyed by the symbol; one with a number only by type and number.
    private static string NameKey(AliasDefinition definition) =>
        definition.Symbol is { } symbol ? symbol.Text : $"{definition.NounType} {definition.Number!.TrimStart('0')}";

    private static string? DraftKey(CitationDraft draft) =>
        draft.Symbol is { } symbol ? symbol.Text : draft.Number is { } number ? $"{draft.Type} {number.TrimStart('0')}" : null;

    // The definer stands in the definition's sentence, among the few citations just before it.
    private static CitationDraft? FindDefiner(List<CitationDraft> drafts, AliasDefinition definition, SentenceIndex sentences)
    {
        var sentence = sentences.At(definition.Paren.Start);
        CitationDraft? fallback = null;
        var last = LastBefore(drafts, definition.Paren.Start);
        for (var i = last; i >= 0 && i > last - MaxDefinerDistance; i--)
        {
            var draft = drafts[i];
            if (draft.Span.Start < sentence.Start)
                break;
            if (draft.Kind == CitationKind.SelfReference)
                continue;
            if (draft.Type == definition.NounType && (definition.Number is null || SameNumber(draft.Number, definition.Number)))
                return draft;
            fallback ??= draft;
        }

        return fallback;
    }

    // Occurrences of the noun, written as defined ("Kết luận", capitalized), after the definition, that are
    // not followed by a number, "số" or "này" and do not overlap another citation or definition.
    private static List<CitationDraft> BareNounUses(
        string text,
        IReadOnlyList<(AliasDefinition Definition, CitationDraft Definer)> definers,
        List<CitationDraft> taken,
        IReadOnlyList<AliasDefinition> definitions)
    {
        var noun = definers[0].Definition.Noun;
        var uses = new List<CitationDraft>();
        var takenIndex = 0;
        var definitionIndex = 0;
        var current = -1;
        for (var at = text.IndexOf(noun, definers[0].Definition.Paren.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(noun, at + noun.Length, StringComparison.Ordinal))
        {
            var span = new TextSpan(at, at + noun.Length);
            while (current + 1 < definers.Count && definers[current + 1].Definition.Paren.End <= at)
                current++;
            while (takenIndex < taken.Count && taken[takenIndex].Span.End <= at)
                takenIndex++;
            while (definitionIndex < definitions.Count && definitions[definitionIndex].Paren.End <= at)
                definitionIndex++;
            if (!IsWord(text, span) || !IsBareUse(text, span.End)
                || takenIndex < taken.Count && taken[takenIndex].Span.Overlaps(span)
                || definitionIndex < definitions.Count && definitions[definitionIndex].Paren.Overlaps(span))
                continue;
            uses.Add(new CitationDraft(CitationKind.ShortName, span, noun, null, null, TailReader.Read(text, span.End), null, definers[current].Definer.Span.Start));
        }

        return uses;
    }

    private static bool IsWord(string text, TextSpan span) =>
        (span.Start == 0 || !char.IsLetterOrDigit(text[span.Start - 1]))
        && (span.End == text.Length || !char.IsLetterOrDigit(text[span.End]) && !IsCombiningMark(text[span.End]));

    private static bool IsCombiningMark(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsBareUse(string text, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
            next++;
        if (next < text.Length && char.IsDigit(text[next]))
            return false;
        return !StartsWithWord(text, next, "số") && !StartsWithWord(text, next, "này");
    }

    private static bool StartsWithWord(string text, int at, string word) =>
        string.CompareOrdinal(text, at, word, 0, word.Length) == 0
        && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));

    // Definitions come in text order: the last one that ends before the position, or -1.
    private static int LatestBefore(List<(AliasDefinition Definition, CitationDraft Definer)> definitions, int position)
    {
        var low = 0;
        var high = definitions.Count - 1;
        var found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (definitions[mid].Definition.Paren.End <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private static int LastBefore(List<CitationDraft> drafts, int position)
    {
        var low = 0;
        var high = drafts.Count - 1;
        var found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (drafts[mid].Span.End <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private static bool SameNumber(string? a, string? b) =>
        a is not null && b is not null && a.TrimStart('0') == b.TrimStart('0');
}
