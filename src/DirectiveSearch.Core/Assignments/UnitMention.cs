namespace DirectiveSearch.Core.Assignments;

/// <summary>A unit named in the text: [<see cref="Start"/>, <see cref="End"/>) in the document, and whether it is only a head ("Văn phòng") that takes its qualifier from context.</summary>
internal sealed record UnitMention(int Start, int End, string Written, bool Bare, int HeadEnd);

/// <summary>Units named one after another ("Ban Tuyên giáo, Ủy ban Kiểm tra, Văn phòng Đảng ủy Khối"), and whether a verb follows them: then they are the clause's subject.</summary>
internal sealed record UnitList(IReadOnlyList<UnitMention> Units, int End, bool VerbFollows, bool ColonFollows);
