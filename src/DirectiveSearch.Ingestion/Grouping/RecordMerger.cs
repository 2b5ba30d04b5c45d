using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Ingestion.Grouping;

/// <summary>
/// Makes one record from the files of one document. The text and structure come from the most
/// faithful file (a Word file over text over a PDF's text layer over OCR); fields it lacks are
/// taken from the others, because converters lose different parts (the seeds' .txt lost the header
/// table that a .docx may keep).
/// </summary>
public static class RecordMerger
{
    public static DocumentRecord Merge(IReadOnlyList<ParsedSource> group)
    {
        ArgumentOutOfRangeException.ThrowIfZero(group.Count);
        var byPath = group.OrderBy(s => s.File.Path, StringComparer.Ordinal).ToList();
        var ranked = group.OrderBy(Fidelity).ThenBy(s => s.File.Path, StringComparer.Ordinal).ToList();
        var primary = ranked[0].Structure;

        // The first source, in order of fidelity, that has the field.
        T? First<T>(Func<ParsedSource, T?> field) where T : class =>
            ranked.Select(field).FirstOrDefault(v => v is not null);
        T? FirstWhere<T>(Func<ParsedSource, T> field, Func<T, bool> present) where T : class =>
            ranked.Select(field).FirstOrDefault(present);

        return new DocumentRecord(
            // Given by DocumentIdAssigner from the index's ledger; the first file's stem until then.
            Id: Path.GetFileNameWithoutExtension(byPath[0].File.Path),
            Sources: byPath.Select(s => s.File).ToList(),
            Type: FirstWhere(s => s.Structure.Type, t => t.Code.Length > 0) ?? primary.Type,
            Symbol: First(s => s.Structure.Symbol),
            Title: FirstWhere(s => s.Structure.Title, t => t.Length > 0) ?? string.Empty,
            Issuer: First(s => s.Structure.Issuer),
            Place: First(s => s.Structure.Place),
            Date: ranked.Select(s => s.Structure.Date).FirstOrDefault(d => d is not null),
            Sections: primary.Sections,
            Recipients: FirstWhere(s => s.Structure.Recipients, r => r.Count > 0) ?? [],
            Signer: First(s => s.Structure.Signer),
            Text: ranked[0].Text)
        {
            IssuerLines = ranked.Select(s => s.Structure.IssuerLines).FirstOrDefault(l => l.Count > 0) ?? [],
        };
    }

    private static int Fidelity(ParsedSource source) => SourceFormat.ForExtension(source.File.Format) switch
    {
        var f when f == SourceFormat.Docx => 0,
        var f when f == SourceFormat.Text => 1,
        var f when f == SourceFormat.Pdf && !source.File.Ocr => 2,
        _ => 3,
    };
}
