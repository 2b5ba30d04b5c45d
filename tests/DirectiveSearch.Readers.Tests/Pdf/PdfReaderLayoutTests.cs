using DirectiveSearch.Readers.Pdf;
using static DirectiveSearch.Readers.Tests.Pdf.TestPdf;

namespace DirectiveSearch.Readers.Tests.Pdf;

/// <summary>How printed lines become paragraphs: what joins them and what starts a new one.</summary>
public sealed class PdfReaderLayoutTests
{
    private const string Opening =
        "Thực hiện Kế hoạch số 53-KH/ĐUK ngày 01/3/2022 của Đảng ủy Khối các cơ quan và doanh nghiệp về nghiên cứu, học tập, " +
        "quán triệt và triển khai thực hiện kết luận, quy định của Hội nghị Trung ương 4 khóa XIII; tổ chức sinh hoạt chính trị " +
        "về xây dựng, chỉnh đốn Đảng và hệ thống chính trị. Đảng ủy Sở xây dựng kế hoạch triển khai, thực hiện với các nội dung cụ thể như sau:";

    private const string Purpose =
        "Nghiên cứu, học tập, quán triệt và triển khai thực hiện nghiêm túc kết luận, quy định của Hội nghị lần thứ tư Ban Chấp hành " +
        "Trung ương Đảng khóa XIII, kế hoạch thực hiện của Tỉnh ủy, Đảng ủy Khối, nhằm tạo sự thống nhất về ý chí và hành động.";

    internal static IReadOnlyList<string> Read(TestPdf pdf) =>
        new PdfReader().Read(new MemoryStream(pdf.Bytes()), ReadOptions.For("test.pdf")).Paragraphs;

    [Fact]
    public void Joins_wrapped_lines_with_one_space_and_splits_at_paragraph_spacing()
    {
        var pdf = new TestPdf();
        pdf.Page().Paragraph(Opening).Space(8).Paragraph(Purpose);

        Assert.Equal(AllShown(Opening, Purpose), Read(pdf));
    }

    [Fact]
    public void Starts_a_paragraph_at_each_list_marker_even_when_every_line_is_full()
    {
        var pdf = new TestPdf();
        pdf.Page()
            .Justified("Thực hiện Kế hoạch số 53-KH/ĐUK ngày 01/3/2022 của Đảng ủy Khối các cơ quan và")
            .Justified("doanh nghiệp, Đảng ủy Sở xây dựng kế hoạch với các nội dung cụ thể như sau:")
            .Justified("I- MỤC ĐÍCH, YÊU CẦU CỦA VIỆC NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT KẾT LUẬN")
            .Justified("1. Nghiên cứu, học tập, quán triệt và triển khai thực hiện nghiêm túc kết luận,")
            .Justified("quy định của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII.")
            .Justified("1.1. Nội dung nghiên cứu, học tập, quán triệt Kết luận số 21-KL/TW, ngày 25/10/2021;")
            .Justified("- Nâng cao nhận thức, trách nhiệm, quyết tâm chính trị, tinh thần tự giác, gương mẫu")
            .Justified("của cấp ủy, cơ quan, cán bộ, đảng viên, công chức, đoàn viên công đoàn;")
            .Justified("+ Kế hoạch số 49-KH/TU ngày 27/01/2022 của Tỉnh ủy về thực hiện Kết luận số 21;")
            .Justified("a) Mở đầu: tuyên bố lý do, giới thiệu đại biểu, cử thư ký ghi biên bản sinh hoạt;")
            .Justified("Điều 5. Trách nhiệm của cấp ủy, tổ chức đảng và người đứng đầu cơ quan, đơn vị")
            .Justified("trong việc tổ chức thực hiện Kế hoạch này theo đúng quy định của Đảng.");

        Assert.Equal(AllShown(
            "Thực hiện Kế hoạch số 53-KH/ĐUK ngày 01/3/2022 của Đảng ủy Khối các cơ quan và doanh nghiệp, Đảng ủy Sở xây dựng kế hoạch với các nội dung cụ thể như sau:",
            "I- MỤC ĐÍCH, YÊU CẦU CỦA VIỆC NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT KẾT LUẬN",
            "1. Nghiên cứu, học tập, quán triệt và triển khai thực hiện nghiêm túc kết luận, quy định của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII.",
            "1.1. Nội dung nghiên cứu, học tập, quán triệt Kết luận số 21-KL/TW, ngày 25/10/2021;",
            "- Nâng cao nhận thức, trách nhiệm, quyết tâm chính trị, tinh thần tự giác, gương mẫu của cấp ủy, cơ quan, cán bộ, đảng viên, công chức, đoàn viên công đoàn;",
            "+ Kế hoạch số 49-KH/TU ngày 27/01/2022 của Tỉnh ủy về thực hiện Kết luận số 21;",
            "a) Mở đầu: tuyên bố lý do, giới thiệu đại biểu, cử thư ký ghi biên bản sinh hoạt;",
            "Điều 5. Trách nhiệm của cấp ủy, tổ chức đảng và người đứng đầu cơ quan, đơn vị trong việc tổ chức thực hiện Kế hoạch này theo đúng quy định của Đảng."),
            Read(pdf));
    }

    [Fact]
    public void Keeps_a_wrapped_line_in_its_paragraph_when_it_only_looks_like_an_item()
    {
        var pdf = new TestPdf();
        pdf.Page()
            .Justified("Quán triệt quan điểm công tác xây dựng, chỉnh đốn Đảng, nhất là từ Hội nghị Trung ương")
            .Justified("3 (khóa VII) năm 1992; các quy định của Bộ Chính trị như Quy định số 41-")
            .Justified("QĐ/TW, ngày 03/11/2021; gửi về Thường trực Đảng ủy (qua đồng chí Lê Xuân Hưởng")
            .Justified("- Văn phòng Đảng ủy) trước ngày 25/8/2022; thực hiện theo quy định tại khoản 2 Điều")
            .Justified("23. Phạt tiền đối với đơn vị sự nghiệp công tự bảo đảm chi thường xuyên (nhóm")
            .Justified("3) và tổ chức vi phạm trong trường hợp thu lợi bất hợp pháp từ 10.000.000 đồng đến")
            .Justified("20.000.000 đồng; kinh phí thực hiện từ nguồn ngân sách của Đảng ủy Khối năm 2022.");

        Assert.Equal(AllShown(
            "Quán triệt quan điểm công tác xây dựng, chỉnh đốn Đảng, nhất là từ Hội nghị Trung ương 3 (khóa VII) năm 1992; " +
            "các quy định của Bộ Chính trị như Quy định số 41-QĐ/TW, ngày 03/11/2021; gửi về Thường trực Đảng ủy " +
            "(qua đồng chí Lê Xuân Hưởng - Văn phòng Đảng ủy) trước ngày 25/8/2022; thực hiện theo quy định tại khoản 2 Điều 23. " +
            "Phạt tiền đối với đơn vị sự nghiệp công tự bảo đảm chi thường xuyên (nhóm 3) và tổ chức vi phạm trong trường hợp " +
            "thu lợi bất hợp pháp từ 10.000.000 đồng đến 20.000.000 đồng; kinh phí thực hiện từ nguồn ngân sách của Đảng ủy Khối năm 2022."),
            Read(pdf));
    }

    [Fact]
    public void Keeps_a_form_label_with_its_dot_leader()
    {
        var shortLeader = new string('.', 120);
        var longLeader = new string('.', 125);
        var rest = new string('.', 60);
        var pdf = new TestPdf();
        pdf.Page()
            .Line("Họ và tên người")
            .Line("học: " + shortLeader)
            .Space(6)
            .Line("Địa chỉ: " + longLeader)
            .Line(rest);

        Assert.Equal(AllShown("Họ và tên người học: " + shortLeader, "Địa chỉ: " + longLeader + rest), Read(pdf));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(8, 2)]
    public void Splits_full_lines_only_at_a_vertical_gap_wider_than_the_line_spacing(double gap, int paragraphs)
    {
        var pdf = new TestPdf();
        pdf.Page()
            .Justified("Tổ chức đợt sinh hoạt chính trị sâu rộng, nghiêm túc, tạo chuyển biến tích cực tại")
            .Justified("chi bộ về xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong toàn Đảng bộ Khối")
            .Space(gap)
            .Justified("Đồng chí cấp ủy trực tiếp lãnh đạo, chỉ đạo, chủ trì và chịu trách nhiệm về chất")
            .Justified("lượng nghiên cứu, học tập, quán triệt, tuyên truyền, triển khai thực hiện kế hoạch");

        Assert.Equal(paragraphs, Read(pdf).Count);
    }

    [Fact]
    public void Starts_a_paragraph_at_a_first_line_indent()
    {
        var pdf = new TestPdf();
        pdf.Page()
            .Justified("Tổ chức đợt sinh hoạt chính trị sâu rộng, nghiêm túc, tạo chuyển biến tích cực tại", indent: 36)
            .Justified("chi bộ về xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong toàn Đảng bộ Khối các cơ")
            .Justified("Đồng chí cấp ủy trực tiếp lãnh đạo, chỉ đạo, chủ trì và chịu trách nhiệm về", indent: 36)
            .Justified("chất lượng nghiên cứu, học tập, quán triệt, tuyên truyền, triển khai thực hiện kế hoạch");

        Assert.Equal(AllShown(
            "Tổ chức đợt sinh hoạt chính trị sâu rộng, nghiêm túc, tạo chuyển biến tích cực tại chi bộ về xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong toàn Đảng bộ Khối các cơ",
            "Đồng chí cấp ủy trực tiếp lãnh đạo, chỉ đạo, chủ trì và chịu trách nhiệm về chất lượng nghiên cứu, học tập, quán triệt, tuyên truyền, triển khai thực hiện kế hoạch"),
            Read(pdf));
    }

    [Fact]
    public void Keeps_titles_and_signature_lines_apart_from_body_text()
    {
        var pdf = new TestPdf();
        var page = pdf.Page();
        page.FontSize = 13;
        page.Centered("KẾ HOẠCH");
        page.FontSize = 10;
        page.Centered("nghiên cứu, học tập, quán triệt và triển khai thực hiện kết luận, quy định")
            .Centered("của Hội nghị Trung ương 4 khóa XIII")
            .Justified("Cấp ủy các chi bộ căn cứ Kế hoạch này triển khai, quán triệt thực hiện phù hợp với")
            .Justified("điều kiện thực tiễn của chi bộ một cách nghiêm túc, thiết thực, hiệu quả, an toàn.")
            .Centered("T/M BAN THƯỜNG VỤ", center: 400)
            .Centered("PHÓ BÍ THƯ", center: 400)
            .Centered("Nguyễn Văn An", center: 400);

        Assert.Equal(AllShown(
            "KẾ HOẠCH",
            "nghiên cứu, học tập, quán triệt và triển khai thực hiện kết luận, quy định",
            "của Hội nghị Trung ương 4 khóa XIII",
            "Cấp ủy các chi bộ căn cứ Kế hoạch này triển khai, quán triệt thực hiện phù hợp với điều kiện thực tiễn của chi bộ một cách nghiêm túc, thiết thực, hiệu quả, an toàn.",
            "T/M BAN THƯỜNG VỤ",
            "PHÓ BÍ THƯ",
            "Nguyễn Văn An"),
            Read(pdf));
    }

    [Fact]
    public void Reads_a_side_by_side_party_header_column_by_column()
    {
        const double left = 160, right = 400;
        var pdf = new TestPdf();
        pdf.Page()
            .Row(("ĐẢNG BỘ TỈNH HÀ TĨNH", left), ("ĐẢNG CỘNG SẢN VIỆT NAM", right))
            .Row(("ĐẢNG ỦY KHỐI CÁC CƠ QUAN", left))
            .Row(("*", left))
            .Row(("Số 28-KH/ĐUK", left), ("Hà Tĩnh, ngày 15 tháng 8 năm 2022", right))
            .Space(10)
            .Centered("KẾ HOẠCH")
            .Paragraph(Purpose);

        Assert.Equal(AllShown(
            "ĐẢNG BỘ TỈNH HÀ TĨNH",
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN",
            "*",
            "Số 28-KH/ĐUK",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Hà Tĩnh, ngày 15 tháng 8 năm 2022",
            "KẾ HOẠCH",
            Purpose),
            Read(pdf));
    }

    [Fact]
    public void Reads_recipients_and_signature_side_by_side_as_separate_paragraphs()
    {
        const double signature = 420;
        var pdf = new TestPdf();
        var page = pdf.Page().Paragraph(Purpose).Space(8);
        page.At("Nơi nhận:", TestPdfPage.Left, page.Y).Centered("T/M BAN THƯỜNG VỤ", center: signature);
        page.At("- Ban Tổ chức Tỉnh ủy (b/c),", TestPdfPage.Left, page.Y).Centered("PHÓ BÍ THƯ", center: signature);
        page.Line("- Các chi ủy, đảng ủy cơ sở trực thuộc,")
            .Line("- Lưu VP, BTC.")
            .Space(30)
            .Centered("Nguyễn Văn An", center: signature);

        Assert.Equal(AllShown(
            Purpose,
            "Nơi nhận:",
            "- Ban Tổ chức Tỉnh ủy (b/c),",
            "- Các chi ủy, đảng ủy cơ sở trực thuộc,",
            "- Lưu VP, BTC.",
            "T/M BAN THƯỜNG VỤ",
            "PHÓ BÍ THƯ",
            "Nguyễn Văn An"),
            Read(pdf));
    }

    [Fact]
    public void Joins_a_word_hyphenated_with_a_soft_hyphen_and_drops_the_hyphen()
    {
        // Helvetica's encoding in PdfPig's writer cannot print a soft hyphen; there a hard one must stay.
        var (broken, word) = DrawsUnicode ? ("docu\u00AD", "document") : ("docu-", "docu-ment");
        var pdf = new TestPdf();
        pdf.Page()
            .Justified("Việc tổ chức triển khai thực hiện Kết luận phải kế thừa kết quả, kinh nghiệm, " + broken)
            .Justified("ment hóa đầy đủ trong công tác xây dựng, chỉnh đốn Đảng thời gian qua, bảo đảm");

        Assert.Equal(AllShown(
            $"Việc tổ chức triển khai thực hiện Kết luận phải kế thừa kết quả, kinh nghiệm, {word} hóa đầy đủ trong công tác xây dựng, chỉnh đốn Đảng thời gian qua, bảo đảm"),
            Read(pdf));
    }
}
