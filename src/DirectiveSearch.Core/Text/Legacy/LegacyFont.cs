namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>What a legacy font does to the characters drawn in it.</summary>
/// <param name="Encoding">The encoding whose letters the font draws in place of Windows-1252 characters.</param>
/// <param name="Capitals">
/// True for the ABC capitals fonts (.VnTimeH, .VnArialH): TCVN3 has no room for toned capitals, so these
/// fonts draw every lowercase position, ASCII included, as its capital; "§¶ng" in .VnTimeH reads "ĐẢNG".
/// </param>
public readonly record struct LegacyFont(LegacyEncoding Encoding, bool Capitals);
