using DirectiveSearch.Core.Text.Legacy;

namespace DirectiveSearch.Readers.PlainText;

/// <summary>The text of a file, and the legacy encoding it was read in when it was not Unicode.</summary>
public sealed record DecodedText(string Text, LegacyTextDecoding? Legacy);
