namespace DirectiveSearch.Core.Documents;

/// <summary>The signature block: "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" / "Nguyễn Trọng Vân".</summary>
public sealed record Signer(string? OnBehalfOf, string? Position, string? Name);
