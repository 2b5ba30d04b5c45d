namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>A text file's bytes read in a legacy encoding, NFC, with the score that chose the encoding.</summary>
public sealed record LegacyTextDecoding(LegacyEncoding Encoding, string Text, VietnameseTextScore Score);
