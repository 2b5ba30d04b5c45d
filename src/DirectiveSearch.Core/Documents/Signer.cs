namespace DirectiveSearch.Core.Documents;

/// <summary>
/// The signature block: "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" / "Nguyễn Trọng Vân". A state document may sign
/// on behalf of a body and for its head at once ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"):
/// the body is <see cref="OnBehalfOf"/>, the second line <see cref="Capacity"/>.
/// </summary>
public sealed record Signer(string? OnBehalfOf, string? Position, string? Name)
{
    /// <summary>The second authority line under the body's ("KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG"), or null.</summary>
    public string? Capacity { get; init; }
}
