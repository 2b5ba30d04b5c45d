namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>
/// A meeting whose directives texts name by the meeting: "kết luận, quy định của Hội nghị Trung ương 4 khóa
/// XIII" are Kết luận 21-KL/TW and Quy định 37-QĐ/TW.
/// </summary>
/// <param name="Key">"hntw-{plenum}-{term}" for a plenum of the Central Committee ("hntw-4-xiii"), "dh-{term}" for a national congress ("dh-xiii").</param>
/// <param name="Name">The meeting's full name, for people reading the table.</param>
/// <param name="Directives">What it adopted.</param>
public sealed record NamedMeeting(string Key, string Name, IReadOnlyList<MeetingDirective> Directives);
