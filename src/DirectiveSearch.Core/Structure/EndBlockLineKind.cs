namespace DirectiveSearch.Core.Structure;

/// <summary>What a paragraph at the end of a document is: part of the recipient list or of the signature.</summary>
public enum EndBlockLineKind
{
    /// <summary>Anything else: body text, an appendix heading.</summary>
    Other,

    /// <summary>"Nơi nhận:", possibly with the first recipient on the same line.</summary>
    RecipientsHeader,

    /// <summary>A recipient line: "- ĐUK;", "+ ...", "• ...".</summary>
    Bullet,

    /// <summary>The archive line, often without a dash: "Lưu: VT, V03, H01.", "Lưu VP./.".</summary>
    Archive,

    /// <summary>The capacity of the signature: "T/M BAN THƯỜNG VỤ", "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG".</summary>
    Authority,

    /// <summary>"(Đã ký)", "đã ký", "(Ký, ghi rõ họ tên, đóng dấu)".</summary>
    SignedMarker,

    /// <summary>A line in capitals: a position ("PHÓ BÍ THƯ") or a continuation of the authority.</summary>
    Capitals,

    /// <summary>A proper name: "Nguyễn Trọng Vân", "Đại tướng Lương Tam Quang".</summary>
    Name,
}
