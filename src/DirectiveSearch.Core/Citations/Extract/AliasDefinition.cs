namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// "(sau đây gọi là Kết luận)" (seed 004), "(sau đây gọi là Nghị quyết số 21-NQ/TW)" (seed 003): a short
/// name the document will use for a directive it just cited.
/// </summary>
/// <param name="Paren">The parenthesis, brackets included.</param>
/// <param name="Name">The short name as written ("Kết luận", "Nghị quyết số 21-NQ/TW").</param>
/// <param name="Noun">Its noun as written ("Kết luận").</param>
/// <param name="NounType">The identity type of the noun ("kl").</param>
/// <param name="Number">The number the name carries, if any ("21").</param>
/// <param name="Symbol">The symbol the name carries, if any ("21-NQ/TW").</param>
internal sealed record AliasDefinition(TextSpan Paren, string Name, string Noun, string NounType, string? Number, CitationSymbol? Symbol)
{
    public bool IsBareNoun => Number is null;
}
