using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Annotate;
using DirectiveSearch.Core.Citations.Extract;
using DirectiveSearch.Core.Citations.Relate;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Citations.Relate;

/// <summary>
/// Relations as a table: each document is written with its expected relations as tags around the citations
/// ("Thực hiện &lt;implements&gt;Kế hoạch số 49-KH/TU&lt;/implements&gt;"); one paragraph per line, as the
/// pipeline gives them. The lead (title and opening) comes from the structure parser.
/// </summary>
public sealed class CitationRelationClassifierTests
{
    public static TheoryData<string> Documents => new()
    {
        // A plan: title and opening implement; body mentions, even after "Căn cứ"; self references.
        string.Join('\n',
            "KẾ HOẠCH",
            "thực hiện <implements>Kết luận số 01-KL/TW</implements>, ngày 18/5/2021 của Bộ Chính trị",
            "về tiếp tục thực hiện <implements>Chỉ thị số 05-CT/TW</implements>",
            "Thực hiện <implements>Kế hoạch số 49-KH/TU</implements>, ngày 11/10/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch thực hiện <implements>Kết luận số 01-KL/TW</implements> như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Thúc đẩy việc thực hiện <cites>Chỉ thị số 05-CT/TW</cites>, ngày 15/5/2016 của Bộ Chính trị.",
            "II. TỔ CHỨC THỰC HIỆN",
            "1. Căn cứ <cites>Kết luận số 01-KL/TW</cites> và <self>Kế hoạch này</self>, các đảng ủy xây dựng kế hoạch."),
        // Seed 003's opening: a list after "Thực hiện", nested citations included.
        string.Join('\n',
            "KẾ HOẠCH",
            "thực hiện <implements>Nghị quyết số 21-NQ/TW</implements>, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII",
            "Thực hiện <implements>Nghị quyết số 21-KL/TW</implements>, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (sau đây gọi là Nghị quyết số 21-NQ/TW); <implements>Kế hoạch số 43-KH/TU</implements>, ngày 25/10/2022 của Tỉnh ủy về việc thực hiện <implements>Nghị quyết số 21-KL/TW</implements>, ngày 16/6/2022, Ban Thường vụ xây dựng Kế hoạch thực hiện, cụ thể như sau:",
            "I- MỤC ĐÍCH, YÊU CẦU",
            "1. Việc triển khai thực hiện <cites>Nghị quyết số 21-NQ/TW</cites> phải đảm bảo nghiêm túc."),
        // Seed 000: a meeting in title and opening.
        string.Join('\n',
            "Số <self>28-KH/ĐUK</self>",
            "KẾ HOẠCH",
            "nghiên cứu, học tập, quán triệt và triển khai thực hiện <implements>kết luận</implements>, <implements>quy định</implements>",
            "của Hội nghị Trung ương 4 khóa XIII",
            "Thực hiện <implements>Kế hoạch số 53-KH/ĐUK</implements> ngày 01/3/2022 của Đảng ủy Khối về triển khai thực hiện <implements>kết luận</implements>, <implements>quy định</implements> của Hội nghị Trung ương 4 khóa XIII. Đảng ủy Sở xây dựng kế hoạch như sau:",
            "I- MỤC ĐÍCH, YÊU CẦU",
            "- Thực hiện nghiêm túc <cites>kết luận</cites>, <cites>quy định</cites> của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII."),
        // A decree: "Căn cứ" lines are the legal basis; a proposal is a mention; so is the body.
        string.Join('\n',
            "NGHỊ ĐỊNH",
            "Quy định cơ chế, chính sách thu hút chuyên gia",
            "Căn cứ <basis>Luật Tổ chức Chính phủ số 63/2025/QH15</basis>;",
            "Căn cứ <basis>Luật Viên chức số 58/2010/QH12</basis>; <basis>Luật số 52/2019/QH14</basis>;",
            "Căn cứ <basis>Nghị định số 58/2017/NĐ-CP</basis> ngày 10 tháng 5 năm 2017 của Chính phủ quy định chi tiết việc thực hiện <basis>Luật số 12/2015/QH13</basis>;",
            "Theo đề nghị của Bộ trưởng Bộ Nội vụ tại <cites>Tờ trình số 12/TTr-BNV</cites>;",
            "Chính phủ ban hành Nghị định quy định cơ chế, chính sách thu hút chuyên gia.",
            "Chương I",
            "QUY ĐỊNH CHUNG",
            "Điều 1. Phạm vi điều chỉnh",
            "1. <self>Nghị định này</self> không áp dụng đối với chuyên gia quy định tại <cites>Nghị định số 231/2025/NĐ-CP</cites> ngày 26 tháng 8 năm 2025 của Chính phủ."),
        // No type line: a letter whose first paragraph implements.
        string.Join('\n',
            "Kính gửi: Các đảng ủy trực thuộc",
            "Triển khai <implements>Kết luận số 21-KL/TW</implements>, ngày 25/10/2021 của Ban Chấp hành Trung ương, Ban Thường vụ đề nghị các đảng ủy báo cáo.",
            "Nơi nhận:"),
        // Issue 16: every document listed after "Thực hiện" in one clause is implemented, one per paragraph.
        string.Join('\n',
            "KẾ HOẠCH",
            "tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027",
            "Thực hiện <implements>Chỉ thị số 50-CT/TW</implements>, ngày 23/7/2025 của Ban Bí thư về lãnh đạo đại hội chi bộ;",
            "<implements>Quy định số 339-QĐ/TW</implements>, ngày 09/7/2025 của Bộ Chính trị;",
            "<implements>Hướng dẫn số 42-HD/BTCTW</implements>, ngày 30/7/2025 của Ban Tổ chức Trung ương,",
            "Ban Thường vụ Đảng ủy xây dựng kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Quán triệt <cites>Chỉ thị số 50-CT/TW</cites>."),
        // The same opening as text cut at about 80 characters: the lines that wrap start in capitals too.
        string.Join('\n',
            "KẾ HOẠCH",
            "tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027",
            "Để tiếp tục thực hiện <implements>Chỉ thị số 50-CT/TW</implements>, ngày 23/7/2025 của Ban Bí thư; <implements>Quy",
            "định số 339-QĐ/TW</implements>, ngày 09/7/2025 của Bộ Chính trị; <implements>Hướng dẫn số 42-HD/BTCTW</implements>,",
            "ngày 30/7/2025 của Ban Tổ chức Trung ương, Ban Thường vụ xây dựng kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Quán triệt <cites>Chỉ thị số 50-CT/TW</cites>."),
        // A title that amends a document names it without implementing it, and so does the article that does the
        // amending (vbpl doc_000264).
        string.Join('\n',
            "THÔNG TƯ",
            "Sửa đổi, bổ sung một số điều của <amends>Thông tư số 43/2025/TT-BCT</amends> ngày 04 tháng 7 năm 2025 của Bộ trưởng Bộ Công Thương",
            "Căn cứ <basis>Nghị định số 40/2025/NĐ-CP</basis> ngày 26 tháng 02 năm 2025 của Chính phủ;",
            "Điều 1. Sửa đổi, bổ sung một số điều của <amends>Thông tư số 43/2025/TT-BCT</amends>"),
        // "Căn cứ" wrapped before a capital letter; "Xét Tờ trình ...; Báo cáo thẩm tra ..." are mentions even
        // when their subject says "thực hiện".
        string.Join('\n',
            "NGHỊ QUYẾT",
            "Điều chỉnh chương trình lập pháp năm 2025",
            "Căn cứ <basis>Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15</basis> đã được sửa đổi, bổ sung bởi",
            "<basis>Luật số 87/2025/QH15</basis>;",
            "Xét <cites>Tờ trình số 700/TTr-CP</cites> ngày 15/8/2025 của Chính phủ về việc thực hiện chương trình; <cites>Báo cáo",
            "thẩm tra số 900/BC-UBPLTP15</cites> ngày 26/8/2025 của Ủy ban Pháp luật và Tư pháp;",
            "QUYẾT NGHỊ:",
            "Điều 1. Điều chỉnh Chương trình lập pháp năm 2025",
            "1. Bổ sung dự án Luật theo <cites>Nghị quyết số 203/2025/QH15</cites>."),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Relates_each_citation_to_its_document(string markup)
    {
        var (text, expected) = CitationTestFiles.Unmark(markup);
        var structure = DocumentStructureParser.Parse(text);
        var lead = DocumentLeadLocator.Locate(text, structure.Sections);
        var citations = CitationExtractor.Extract(text);

        var relations = CitationRelationClassifier.ClassifyAll(text, citations, lead);

        var actual = CitationAnnotator.Annotate(text, citations.Select((c, i) =>
        {
            var tag = relations[i].ToString().ToLowerInvariant();
            return new CitationAnnotation(c.Span, $"<{tag}>", $"</{tag}>");
        }));
        Assert.Equal(markup, actual);
        Assert.Equal(expected.Count, citations.Count);
    }

    [Fact]
    public void Locates_title_and_opening_of_a_seed()
    {
        var seed = CitationTestFiles.Seed("002");

        var lead = DocumentLeadLocator.Locate(seed.Text, seed.Sections);

        Assert.NotNull(lead.Title);
        Assert.NotNull(lead.Opening);
        var title = seed.Text[lead.Title.Value.Start..lead.Title.Value.End];
        var opening = seed.Text[lead.Opening.Value.Start..lead.Opening.Value.End];
        Assert.StartsWith("thực hiện Kết luận số 01-KL/TW", title, StringComparison.Ordinal);
        Assert.EndsWith("phong cách Hồ Chí Minh”", title, StringComparison.Ordinal);
        Assert.StartsWith("Thực hiện Kế hoạch số 49-KH/TU", opening, StringComparison.Ordinal);
        Assert.EndsWith("như sau:", opening, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_lead_every_citation_is_a_mention()
    {
        const string text = "Thực hiện Kết luận số 21-KL/TW; căn cứ Kế hoạch này.";

        var relations = CitationRelationClassifier.ClassifyAll(text, CitationExtractor.Extract(text), DocumentLead.None);

        Assert.Equal([CitationRelation.Cites, CitationRelation.Self], relations);
    }
}
