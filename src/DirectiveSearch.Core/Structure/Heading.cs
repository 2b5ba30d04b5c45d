namespace DirectiveSearch.Core.Structure;

/// <summary>
/// A paragraph recognised as a numbered heading. <see cref="Label"/> is its path component
/// ("II", "1", "1.2", "a", "Chương II", "Điều 5"); <see cref="Text"/> is the heading without the marker;
/// <see cref="Body"/> is the whole text after the marker, uncut; <see cref="TitleOnNextParagraph"/> says the
/// marker stood alone ("Chương I" / "NHỮNG QUY ĐỊNH CHUNG") and the next paragraph may carry the title.
/// </summary>
public sealed record Heading(HeadingKind Kind, string Label, string Text, bool TitleOnNextParagraph, string Body)
{
    /// <summary>Parts of a sub-item number: 2 for "1.1", 3 for "2.3.1"; 1 for every other kind.</summary>
    public int Depth => Kind == HeadingKind.SubItem ? Label.Count(c => c == '.') + 1 : 1;

    /// <summary>True for the state schemes whose paths are joined with '/': "Chương II/Điều 5/1/a".</summary>
    public bool IsStateStyle => Kind is HeadingKind.Part or HeadingKind.Chapter or HeadingKind.Division or HeadingKind.Article;

    /// <summary>Order of width: a heading closes open sections whose rank is the same or greater.</summary>
    public int Rank => Kind switch
    {
        HeadingKind.Part => 0,
        HeadingKind.Letter => 1,
        HeadingKind.Chapter => 2,
        HeadingKind.Division => 3,
        HeadingKind.Roman => 4,
        HeadingKind.Article => 5,
        HeadingKind.Item => 6,
        HeadingKind.SubItem => 5 + Math.Min(Depth, 4),
        _ => 10,
    };
}
