using System.Text;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Ingestion.Grouping;

/// <summary>
/// What tells one document from a copy of it: symbol, date, type, title, issuer, place, signer and the numbering of
/// its outline. A district plan
/// made from the province's keeps most of its text but never its header, so one fact that both files state and
/// that disagrees keeps them apart however alike their bodies are. A fact only one side states proves nothing:
/// converters lose header tables.
/// </summary>
public static class IdentifyingFacts
{
    /// <summary>The first fact both sources state and state differently ("symbol: 15-KH/HU ≠ 44-KH/TU"); null when none does.</summary>
    public static string? Disagreement(ParsedSource a, ParsedSource b)
    {
        var (x, y) = (a.Structure, b.Structure);
        // OCR garbles a letter here and there, also in the header; text layers and Word files do not.
        var noisy = a.File.Ocr || b.File.Ocr;
        if (Differ(Symbol(x.Symbol), Symbol(y.Symbol), noisy))
            return $"symbol: {x.Symbol} ≠ {y.Symbol}";
        if (x.Date is not null && y.Date is not null && x.Date != y.Date)
            return $"date: {x.Date:yyyy-MM-dd} ≠ {y.Date:yyyy-MM-dd}";
        if (x.Type.Code.Length > 0 && y.Type.Code.Length > 0 && !string.Equals(x.Type.Code, y.Type.Code, StringComparison.OrdinalIgnoreCase))
            return $"type: {x.Type.Code} ≠ {y.Type.Code}";
        // The subject names the document: "LUẬT THI HÀNH ÁN HÌNH SỰ" is not "LUẬT THI HÀNH ÁN DÂN SỰ".
        if (Differ(Words(x.Title), Words(y.Title), noisy))
            return $"title: {x.Title} ≠ {y.Title}";
        if (Differ(Words(x.Issuer), Words(y.Issuer), noisy))
            return $"issuer: {x.Issuer} ≠ {y.Issuer}";
        if (Differ(Words(x.Place), Words(y.Place), noisy))
            return $"place: {x.Place} ≠ {y.Place}";
        if (Differ(Words(x.Signer?.Name), Words(y.Signer?.Name), noisy))
            return $"signer: {x.Signer?.Name} ≠ {y.Signer?.Name}";
        if (OutlinesDiffer(x.Sections, y.Sections))
            return $"outline: {x.Sections[0].Path} … ≠ {y.Sections[0].Path} …";
        return null;
    }

    /// <summary>
    /// Renditions number their parts alike (a reader may lose a heading or two); one article of a law beside the
    /// next shares the law's name and most words, but not its number ("Điều 178" against "Điều 179"). Less than three
    /// quarters of the shorter outline found in the other is another document.
    /// </summary>
    private static bool OutlinesDiffer(IReadOnlyList<Section> a, IReadOnlyList<Section> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return false;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var paths = large.Select(s => Words(s.Path)).ToHashSet(StringComparer.Ordinal);
        return small.Count(s => paths.Contains(Words(s.Path))) * 4 < small.Count * 3;
    }

    /// <summary>
    /// Two stated facts differ when their folded forms do; from OCR, only when more than one character in
    /// twelve differs, since names of neighbouring communes ("XUÂN HÒA", "XUÂN HỒNG") are that close and no closer.
    /// </summary>
    private static bool Differ(string? a, string? b, bool noisy)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) || a == b)
            return false;
        // "Bộ trưởng Bộ Khoa học và Công nghệ" read from the opening clause names the body of the header's
        // "BỘ KHOA HỌC VÀ CÔNG NGHỆ": one stated inside the other, word for word, is not a contradiction.
        if ((" " + a + " ").Contains(" " + b + " ", StringComparison.Ordinal) || (" " + b + " ").Contains(" " + a + " ", StringComparison.Ordinal))
            return false;
        if (!noisy)
            return true;
        return EditDistance(a, b) * 12 > Math.Max(a.Length, b.Length);
    }

    private static string? Symbol(string? symbol) =>
        symbol is null ? null : Words(Latin(symbol.Replace(" ", string.Empty, StringComparison.Ordinal)));

    // Cyrillic letters that look Latin slip into typed numbers (vbpl lists "157/2025/TT-BTС" with a Cyrillic С
    // beside the same circular with a Latin C): the eye reads one symbol, so the comparison does too.
    private static string Latin(string text)
    {
        const string cyrillic = "АВЕКМНОРСТХаеорсух";
        const string latin = "ABEKMHOPCTXaeopcyx";
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = cyrillic.IndexOf(chars[i], StringComparison.Ordinal);
            if (k >= 0)
                chars[i] = latin[k];
        }

        return new string(chars);
    }

    // Case, diacritics, spacing and punctuation are how renditions differ, not what a fact says.
    private static string? Words(string? text)
    {
        if (text is null)
            return null;
        var folded = DiacriticFolder.Fold(text).ToUpperInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '/' || c == '-')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }

        return builder.ToString().Trim();
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(previous[j], current[j - 1]) + 1);
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
