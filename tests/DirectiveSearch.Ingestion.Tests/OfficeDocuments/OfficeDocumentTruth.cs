using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Ingestion.Tests.OfficeDocuments;

/// <summary>What one document of the set says, written by hand in truth.tsv before the product was run on it.</summary>
internal sealed record OfficeDocumentTruth(
    string Type,
    string? Symbol,
    string Issuer,
    string? Place,
    DateOnly? Date,
    string Title,
    Signer? Signer,
    IReadOnlyDictionary<string, CitationRelation> Citations)
{
    public static IReadOnlyDictionary<string, OfficeDocumentTruth> All()
    {
        var fields = new Dictionary<string, Dictionary<string, string[]>>(StringComparer.Ordinal);
        var citations = new Dictionary<string, Dictionary<string, CitationRelation>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(OfficeDocumentLayout.Folder, "truth.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            // The layouts keep their text as the source wrote it, decomposed marks included; the product reads NFC.
            var columns = line.Normalize(System.Text.NormalizationForm.FormC).Split('\t');
            var (name, field) = (columns[0], columns[1]);
            if (field == "cite")
            {
                if (!citations.TryGetValue(name, out var cited))
                    citations[name] = cited = new Dictionary<string, CitationRelation>(StringComparer.Ordinal);
                cited[CanonicalSymbol(columns[2])] = Enum.Parse<CitationRelation>(columns[3], ignoreCase: true);
                continue;
            }

            if (!fields.TryGetValue(name, out var values))
                fields[name] = values = new Dictionary<string, string[]>(StringComparer.Ordinal);
            values[field] = columns[2..];
        }

        return fields.ToDictionary(
            f => f.Key,
            f =>
            {
                var v = f.Value;
                string? Optional(string[] value) => value.Length == 0 || value[0].Length == 0 ? null : value[0];
                Signer? signer = v.TryGetValue("signer", out var s)
                    ? new Signer(Optional(s[0..1]), Optional(s[2..3]), Optional(s[3..4])) { Capacity = Optional(s[1..2]) }
                    : null;
                return new OfficeDocumentTruth(
                    v["type"][0],
                    Optional(v["symbol"]),
                    v["issuer"][0],
                    Optional(v["place"]),
                    Optional(v["date"]) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
                    v["title"][0],
                    signer,
                    citations.GetValueOrDefault(f.Key) ?? new Dictionary<string, CitationRelation>());
            },
            StringComparer.Ordinal);
    }

    /// <summary>A symbol compared as the bench gold compares it: no spaces, upper case ("596/QĐ- BVHTTDL" = "596/QĐ-BVHTTDL").</summary>
    public static string CanonicalSymbol(string symbol) =>
        string.Concat(symbol.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>
    /// The recipients by construction: each line of the recipients cell after "Nơi nhận:", without its dash
    /// and closing punctuation ("- Lưu: VT, KGVX (2)." is "Lưu: VT, KGVX (2)"), spaces as one.
    /// </summary>
    public static IReadOnlyList<string> Recipients(OfficeDocumentLayout layout) =>
        layout.Recipients.Skip(1)
            .Select(r => r.Normalize(System.Text.NormalizationForm.FormC).TrimStart('-', '–', ' ').TrimEnd(';', ',', '.', ':', ' ', '/').Trim())
            .Where(r => r.Length > 0)
            .ToList();
}
