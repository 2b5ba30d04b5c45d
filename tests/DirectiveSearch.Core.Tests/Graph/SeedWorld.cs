using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Graph;
using static DirectiveSearch.Core.Tests.Graph.GraphFixtures;

namespace DirectiveSearch.Core.Tests.Graph;

/// <summary>
/// A small corpus shaped like the seeds:
/// <list type="bullet">
/// <item>000: plan 28-KH/ĐUK (undated: "kh-28-duk"), "Thực hiện Kế hoạch số 52-KH/ĐUK ... về thực hiện Kế hoạch
/// số 49-KH/TU ngày 27/01/2022 ... về thực hiện Kết luận số 21-KL/TW", so 28 → 52 → 49 → 21.</item>
/// <item>002: a plan without a symbol implementing the other 49-KH/TU, of 11/10/2021, and citing "Kết luận số 01"
/// without a symbol.</item>
/// <item>003: writes "Nghị quyết số 21-KL/TW" for 21-NQ/TW.</item>
/// <item>004: plan 62-KH/ĐUK of 15/8/2022 implementing 28-KH/ĐUK, quoting Kết luận 21 in II.1, with a short name.</item>
/// <item>kl21: Kết luận 21-KL/TW itself.</item>
/// </list>
/// </summary>
internal static class SeedWorld
{
    public const string Kl21 = "kl-21-tw-2021";
    public const string Kl01 = "kl-01-tw-2021";
    public const string Qd37 = "qd-37-tw-2021";
    public const string Nq21 = "nq-21-tw-2022";
    public const string Kh28 = "kh-28-duk";
    public const string Kh52 = "kh-52-duk-2022";
    public const string Kh49Of2022 = "kh-49-tu-2022";
    public const string Kh49Of2021 = "kh-49-tu-2021";
    public const string Kh62 = "kh-62-duk-2022";

    public const string Text000 =
        "Số 28-KH/ĐUK\n" +
        "KẾ HOẠCH\n" +
        "nghiên cứu, học tập, quán triệt kết luận, quy định của Hội nghị Trung ương 4 khóa XIII\n" +
        "Thực hiện Kế hoạch số 52-KH/ĐUK ngày 01/3/2022 của Đảng ủy Khối về thực hiện Kế hoạch số 49-KH/TU ngày 27/01/2022 của Tỉnh ủy về thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng. Đảng ủy Sở xây dựng kế hoạch như sau:\n" +
        "I. MỤC ĐÍCH, YÊU CẦU\n" +
        "- Quán triệt Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.\n" +
        "Kế hoạch này được phổ biến đến các chi bộ.\n";

    public const string Text002 =
        "KẾ HOẠCH\n" +
        "Tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng\n" +
        "Thực hiện Kế hoạch số 49-KH/TU, ngày 11/10/2021 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị.\n";

    public const string Text003 =
        "KẾ HOẠCH\n" +
        "Thực hiện Nghị quyết số 21-KL/TW, ngày 16/6/2022 của Bộ Chính trị (sau đây gọi là Nghị quyết số 21-NQ/TW) về tăng cường củng cố tổ chức cơ sở đảng.\n";

    public const string Text004 =
        "Số 62-KH/ĐUK\n" +
        "Thực hiện Kế hoạch số 28-KH/ĐUK của Đảng ủy Sở, Ban Thường vụ ban hành kế hoạch.\n" +
        "II. NỘI DUNG\n" +
        "1. Tổ chức học tập Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng (sau đây gọi là Kết luận), Quy định số 37-QĐ/TW, ngày 25/10/2021 về những điều đảng viên không được làm.\n" +
        "2. Đưa Kết luận vào sinh hoạt chi bộ, \"nêu gương\" trước.\n";

    public const string TextKl21 =
        "KẾT LUẬN\n" +
        "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị\n";

    public static IReadOnlyList<DocumentRecord> Records { get; } =
    [
        Record("000", Text000, symbol: "28-KH/ĐUK", title: "nghiên cứu, học tập, quán triệt kết luận, quy định của Hội nghị Trung ương 4 khóa XIII", issuer: "Đảng ủy Sở"),
        Record("002", Text002, title: "Tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng", issuer: "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"),
        Record("003", Text003, title: "tăng cường củng cố tổ chức cơ sở đảng", issuer: "Đảng ủy Khối"),
        Record("004", Text004, symbol: "62-KH/ĐUK", title: "học tập Kết luận số 21-KL/TW", issuer: "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh", date: new DateOnly(2022, 8, 15)),
        Record("kl21", TextKl21, symbol: "21-KL/TW", title: "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", issuer: "Ban Chấp hành Trung ương", date: new DateOnly(2021, 10, 25), typeCode: "KL", typeName: "Kết luận"),
    ];

    public static IReadOnlyList<DocumentCitations> AllCitations { get; } =
    [
        CitationsOf(
            "000",
            Kh28,
            Resolved(Cite(Text000, 0, "Số 28-KH/ĐUK", kind: CitationKind.SelfReference), Kh28, CitationRelation.Self),
            Resolved(Cite(Text000, 1, "Kế hoạch số 52-KH/ĐUK", date: new DateOnly(2022, 3, 1), body: "Đảng ủy Khối", subject: "về thực hiện Kế hoạch số 49-KH/TU", nested: [new NestedRelation(1, 2, NestedRelationKind.Implements)]), Kh52, CitationRelation.Implements),
            Resolved(Cite(Text000, 2, "Kế hoạch số 49-KH/TU", date: new DateOnly(2022, 1, 27), body: "Tỉnh ủy", subject: "về thực hiện Kết luận số 21-KL/TW", nested: [new NestedRelation(2, 3, NestedRelationKind.Implements)]), Kh49Of2022),
            Resolved(Cite(Text000, 3, "Kết luận số 21-KL/TW", date: new DateOnly(2021, 10, 25), body: "Ban Chấp hành Trung ương Đảng"), Kl21),
            Resolved(Cite(Text000, 4, "Kết luận số 21-KL/TW", occurrence: 1, date: new DateOnly(2021, 10, 25), body: "Ban Chấp hành Trung ương Đảng", subject: "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"), Kl21, section: "I"),
            Resolved(Cite(Text000, 5, "Kế hoạch này", kind: CitationKind.SelfReference), Kh28, CitationRelation.Self, section: "I")),
        CitationsOf(
            "002",
            null,
            Resolved(Cite(Text002, 0, "Kế hoạch số 49-KH/TU", date: new DateOnly(2021, 10, 11), body: "Ban Thường vụ Tỉnh ủy", subject: "về thực hiện Kết luận số 01", nested: [new NestedRelation(0, 1, NestedRelationKind.Implements)]), Kh49Of2021, CitationRelation.Implements),
            Resolved(Cite(Text002, 1, "Kết luận số 01", kind: CitationKind.NumberOnly, date: new DateOnly(2021, 5, 18), body: "Bộ Chính trị"), Kl01)),
        CitationsOf(
            "003",
            null,
            Resolved(Cite(Text003, 0, "Nghị quyết số 21-KL/TW", date: new DateOnly(2022, 6, 16), body: "Bộ Chính trị", subject: "về tăng cường củng cố tổ chức cơ sở đảng", definedAlias: "Nghị quyết số 21-NQ/TW"), Nq21, CitationRelation.Implements)),
        CitationsOf(
            "004",
            Kh62,
            Resolved(Cite(Text004, 0, "Số 62-KH/ĐUK", kind: CitationKind.SelfReference), Kh62, CitationRelation.Self),
            Resolved(Cite(Text004, 1, "Kế hoạch số 28-KH/ĐUK", body: "Đảng ủy Sở"), Kh28, CitationRelation.Implements),
            Resolved(Cite(Text004, 2, "Kết luận số 21-KL/TW", date: new DateOnly(2021, 10, 25), body: "Ban Chấp hành Trung ương Đảng", definedAlias: "Kết luận"), Kl21, section: "II.1"),
            Resolved(Cite(Text004, 3, "Quy định số 37-QĐ/TW", date: new DateOnly(2021, 10, 25), subject: "về những điều đảng viên không được làm"), Qd37, section: "II.1"),
            Resolved(Cite(Text004, 4, "Kết luận", occurrence: 2, kind: CitationKind.ShortName, aliasOf: 2), Kl21, section: "II.2")),
        CitationsOf("kl21", Kl21),
    ];

    public static KnowledgeBase Knowledge { get; } = new(Records, AllCitations);

    public static CitationGraph SeedGraph { get; } = new(Knowledge);
}
