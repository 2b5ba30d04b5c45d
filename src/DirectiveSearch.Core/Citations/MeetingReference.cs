namespace DirectiveSearch.Core.Citations;

/// <summary>
/// A meeting named as the author of directives: "Hội nghị Trung ương 4 khóa XIII", "Hội nghị lần thứ tư Ban
/// Chấp hành Trung ương Đảng khóa XIII" (both <c>hntw-4-xiii</c>), "Đại hội XIII của Đảng" (<c>dh-xiii</c>).
/// </summary>
/// <param name="Key">The meeting's key in the named-meeting table: "hntw-{plenum}-{term}" or "dh-{term}", lower case.</param>
/// <param name="Text">The meeting's name as written.</param>
/// <param name="Span">Where the name stands.</param>
public sealed record MeetingReference(string Key, string Text, TextSpan Span);
