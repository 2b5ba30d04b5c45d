using DirectiveSearch.Core.Citations.Extract;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Citations;

/// <summary>
/// A document symbol as printed on a document: Party "21-KL/TW", "183-QĐ/ThU", state
/// "249/2025/NĐ-CP", "71/NQ-CP". <see cref="Text"/> is the canonical spelling (no inner spaces);
/// <see cref="Key"/> is "{type}-{number}" folded ("kl-21"), what a user's "KL 21" means.
/// Recognition is the citation extractor's (<see cref="SymbolScanner"/>), so search, the knowledge
/// base and the extractor agree on what a symbol is ("Mẫu số 01-ĐĐN/SHTT", a form, is none).
/// </summary>
public sealed record DocumentSymbol(string Text, string TypeCode, string Number, string IssuerCode)
{
    public string Key => MakeKey(TypeCode, Number);

    /// <summary>"kl-21": folded type code and the number with at least two digits ("01", "21", "249").</summary>
    public static string MakeKey(string typeCode, string number)
    {
        var digits = number.TrimStart('0');
        digits = digits.Length == 0 ? "0" : digits;
        return $"{DiacriticFolder.Fold(typeCode)}-{digits.PadLeft(2, '0')}";
    }

    /// <summary>Every symbol in the text, in order, with its span.</summary>
    public static IEnumerable<(DocumentSymbol Symbol, int Start, int End)> FindAll(string text) =>
        SymbolScanner.Scan(text).Select(found => (Of(found.Symbol), found.Span.Start, found.Span.End));

    /// <summary>The symbol if <paramref name="text"/> is exactly one, else null.</summary>
    public static DocumentSymbol? Parse(string text) =>
        SymbolScanner.ParseExact(text) is { } symbol ? Of(symbol) : null;

    // A law's "63/2025/QH15" has no type code; its issuer stands in, as the only code it has.
    private static DocumentSymbol Of(CitationSymbol symbol) =>
        new(symbol.Text, symbol.TypeCode ?? symbol.IssuerCode, symbol.Number, symbol.IssuerCode);
}
