namespace DirectiveSearch.Core.Structure;

/// <summary>
/// The numbering schemes of headings, from the widest to the narrowest. A heading closes every open
/// section of the same or a narrower kind and opens inside the nearest wider one.
/// </summary>
public enum HeadingKind
{
    /// <summary>State: "Phần thứ nhất", "Phần I".</summary>
    Part,

    /// <summary>Party reports: "A- KẾT QUẢ THỰC HIỆN" (capital letter and a heading in capitals).</summary>
    Letter,

    /// <summary>State: "Chương I", "Chương 1:".</summary>
    Chapter,

    /// <summary>State: "Mục 1" inside a chapter.</summary>
    Division,

    /// <summary>Party: "I.", "II-".</summary>
    Roman,

    /// <summary>State: "Điều 5. Tiêu chí ...".</summary>
    Article,

    /// <summary>Party item or state clause: "1.", "1-", "1)".</summary>
    Item,

    /// <summary>"1.1.", "1.1", "2.3.1.": depth grows with the number of parts.</summary>
    SubItem,

    /// <summary>"a)", "đ)".</summary>
    Point,
}
