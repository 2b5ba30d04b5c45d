using DirectiveSearch.Core.Citations.Extract;

namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>
/// Decides between a noun and a code that disagree. Seed 003 writes "Nghị quyết số 21-KL/TW, ngày 16/6/2022
/// ... (sau đây gọi là Nghị quyết số 21-NQ/TW)": the short name it defines repeats the noun with a matching
/// code, and Kết luận 21-KL/TW is known to be of 25/10/2021, which a 2022 date contradicts; it is Nghị quyết
/// 21-NQ/TW. The evidence, in order: the short name the citation defines; a known directive of the code's
/// reading with another year (the noun wins) or with this year while the noun's reading is unknown (the code
/// wins); otherwise the noun, the better guide (DOMAIN.md).
/// </summary>
internal static class NounCodeConflict
{
    public static (string Type, string Reason) Decide(ExtractedCitation citation, string number, string issuer, IDirectiveLookup lookup)
    {
        var nounType = citation.NounType!;
        var codeType = citation.CodeType!;
        if (citation.DefinedAlias is { } alias && AliasScanner.ParseName(alias) is { } name)
        {
            var aliasType = name.Symbol?.TypeCode is { } code ? DirectiveTypes.FromCode(code) : name.NounType;
            if (aliasType == nounType || aliasType == codeType)
                return (aliasType, $"the short name it defines, \"{alias}\", says {aliasType}");
        }

        var year = citation.Date?.Year ?? citation.Symbol?.Year;
        if (year is { } y)
        {
            var codeReadings = lookup.Candidates(codeType, number, issuer);
            var nounReadings = lookup.Candidates(nounType, number, issuer);
            if (codeReadings.Any(k => k.Year == y) && !nounReadings.Any(k => k.Year == y))
                return (codeType, $"{Describe(codeReadings.First(k => k.Year == y))} is known with this year");
            if (codeReadings.FirstOrDefault(k => k.Year is not null && k.Year != y) is { } other)
                return (nounType, $"{Describe(other)} is known and the date {citation.Date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? y.ToString(System.Globalization.CultureInfo.InvariantCulture)} contradicts it");
        }

        return (nounType, "the noun is the better guide");
    }

    private static string Describe(KnownDirective known) =>
        known.Date is { } date ? $"{known.Id} (dated {date:dd/MM/yyyy})" : known.Id;
}
