using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class DocumentStructureParserTests
{
    [Fact]
    public void A_board_of_a_committee_is_named_in_words_and_its_lines_kept_as_printed()
    {
        var text = StructureTestFiles.Text(
            "TỈNH ỦY NAM ĐỊNH",
            "BAN TUYÊN GIÁO",
            "*",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 27-HD/BTG",
            "Nam Định, ngày 10 tháng 3 năm 2023",
            "HƯỚNG DẪN",
            "tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Tuyên truyền sâu rộng.");
        var structure = DocumentStructureParser.Parse(text);
        Assert.Equal("Ban Tuyên giáo Tỉnh ủy Nam Định", structure.Issuer);
        Assert.Equal(["TỈNH ỦY NAM ĐỊNH", "BAN TUYÊN GIÁO"], structure.IssuerLines);

        // Both travel in the record's JSON, the name in words under the field that always meant the issuing body.
        var record = new DocumentRecord("27", [], structure.Type, structure.Symbol, structure.Title, structure.Issuer, structure.Place,
            structure.Date, structure.Sections, structure.Recipients, structure.Signer, text) { IssuerLines = structure.IssuerLines };
        var json = RecordJson.Serialize(record);
        Assert.Contains("\"issuer\": \"Ban Tuy", json, StringComparison.Ordinal);
        Assert.Equal(["TỈNH ỦY NAM ĐỊNH", "BAN TUYÊN GIÁO"], RecordJson.Deserialize(json).IssuerLines);
    }

    [Fact]
    public void Parses_a_party_plan_with_its_header()
    {
        var text = StructureTestFiles.Text(
            "ĐẢNG BỘ TỈNH QUẢNG NAM",
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
            "*",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 28-KH/ĐUK",
            "Kỳ Lợi, ngày 15 tháng 8 năm 2022",
            "KẾ HOẠCH",
            "thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021",
            "của Ban Chấp hành Trung ương Đảng",
            "-----",
            "Thực hiện Kế hoạch số 49-KH/TU, Ban Thường vụ Đảng ủy Khối xây dựng Kế hoạch thực hiện như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "- Quán triệt.",
            "II. TỔ CHỨC THỰC HIỆN",
            "Các chi bộ triển khai.",
            "Nơi nhận:",
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Lưu VP.",
            "T/M BAN THƯỜNG VỤ",
            "BÍ THƯ",
            "(Đã ký)",
            "Nguyễn Văn A");

        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal(new DocumentType("KH", "Kế hoạch"), structure.Type);
        Assert.Equal("28-KH/ĐUK", structure.Symbol);
        Assert.Equal("thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng", structure.Title);
        // The header wins over the opening clause.
        Assert.Equal("Đảng ủy Khối các cơ quan tỉnh", structure.Issuer);
        Assert.Equal("Kỳ Lợi", structure.Place);
        Assert.Equal(new DateOnly(2022, 8, 15), structure.Date);
        Assert.Equal(["I", "I.1", "II"], SectionInvariants.Flatten(structure.Sections).Select(s => s.Path));
        Assert.EndsWith("Các chi bộ triển khai.", text[structure.Sections[1].Start..structure.Sections[1].End], StringComparison.Ordinal);
        Assert.Equal(["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu VP"], structure.Recipients);
        Assert.Equal(new Signer("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A"), structure.Signer);
    }

    [Fact]
    public void Parses_a_state_decree_with_the_signature_before_the_recipients()
    {
        var text = StructureTestFiles.Text(
            "CHÍNH PHỦ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 249/2025/NĐ-CP",
            "Hà Nội, ngày 19 tháng 9 năm 2025",
            "NGHỊ ĐỊNH",
            "Quy định cơ chế, chính sách thu hút chuyên gia",
            "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
            "Chính phủ ban hành Nghị định quy định cơ chế thu hút chuyên gia.",
            "Chương I",
            "QUY ĐỊNH CHUNG",
            "Điều 1. Phạm vi điều chỉnh",
            "1. Nghị định này quy định cơ chế, gồm:",
            "a) Tiêu chí;",
            "b) Quy trình.",
            "Chương II",
            "TỔ CHỨC THỰC HIỆN",
            "Điều 2. Hiệu lực thi hành",
            "Nghị định này có hiệu lực kể từ ngày ký.",
            "TM. CHÍNH PHỦ",
            "KT. THỦ TƯỚNG",
            "PHÓ THỦ TƯỚNG",
            "Nguyễn Hòa Bình",
            "Nơi nhận:",
            "- Ban Bí thư Trung ương Đảng;",
            "- Lưu: VT, KSTT (2b).");

        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal(new DocumentType("NĐ", "Nghị định"), structure.Type);
        Assert.Equal("249/2025/NĐ-CP", structure.Symbol);
        Assert.Equal("Quy định cơ chế, chính sách thu hút chuyên gia", structure.Title);
        Assert.Equal("Chính phủ", structure.Issuer);
        Assert.Equal(["CHÍNH PHỦ"], structure.IssuerLines);
        Assert.Equal(("Hà Nội", new DateOnly(2025, 9, 19)), (structure.Place, structure.Date));
        Assert.Equal(
            ["Chương I", "Chương I/Điều 1", "Chương I/Điều 1/1", "Chương I/Điều 1/1/a", "Chương I/Điều 1/1/b", "Chương II", "Chương II/Điều 2"],
            SectionInvariants.Flatten(structure.Sections).Select(s => s.Path));
        Assert.EndsWith("có hiệu lực kể từ ngày ký.", text[..structure.Sections[^1].End], StringComparison.Ordinal);
        Assert.Equal(new Signer("TM. CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "Nguyễn Hòa Bình") { Capacity = "KT. THỦ TƯỚNG" }, structure.Signer);
        Assert.Equal(["Ban Bí thư Trung ương Đảng", "Lưu: VT, KSTT (2b)"], structure.Recipients);
    }

    [Fact]
    public void Reads_sections_of_an_attachment_after_the_signature()
    {
        var text = StructureTestFiles.Text(
            "QUYẾT ĐỊNH",
            "Ban hành Quy chế làm việc",
            "BỘ TRƯỞNG BỘ NỘI VỤ",
            "Căn cứ Luật Tổ chức Chính phủ;",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT.",
            "BỘ TRƯỞNG",
            "Nguyễn Văn C",
            "QUY CHẾ",
            "Làm việc của Bộ Nội vụ",
            "(Ban hành kèm theo Quyết định số 12/QĐ-BNV)",
            "Chương I",
            "QUY ĐỊNH CHUNG",
            "Điều 1. Phạm vi điều chỉnh",
            "Quy chế này quy định việc làm việc.");

        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal("QĐ", structure.Type.Code);
        Assert.Equal("Ban hành Quy chế làm việc", structure.Title);
        Assert.Equal("Bộ trưởng Bộ Nội vụ", structure.Issuer);
        Assert.Equal(["Điều 1", "Điều 2", "Chương I", "Chương I/Điều 1"], SectionInvariants.Flatten(structure.Sections).Select(s => s.Path));
        // The end block and the attachment's title belong to no section.
        var article2 = structure.Sections[1];
        Assert.EndsWith("có hiệu lực kể từ ngày ký.", text[article2.Start..article2.End], StringComparison.Ordinal);
        Assert.StartsWith("Chương I", text[structure.Sections[2].Start..], StringComparison.Ordinal);
        Assert.Equal(["Như Điều 2", "Lưu: VT"], structure.Recipients);
        Assert.Equal(new Signer(null, "BỘ TRƯỞNG", "Nguyễn Văn C"), structure.Signer);
        SectionInvariants.AssertWellFormed(text, structure.Sections);
    }

    [Fact]
    public void Reads_a_letter_without_a_type_line()
    {
        var text = StructureTestFiles.Text(
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG NAM",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 123/UBND-VX",
            "V/v triển khai Kế hoạch số 62-KH/ĐUK",
            "Quảng Nam, ngày 3 tháng 4 năm 2023",
            "Kính gửi: Các sở, ban, ngành.",
            "1. Tổ chức quán triệt.",
            "2. Báo cáo kết quả.",
            "Nơi nhận:",
            "- Như trên;",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Trần Văn D");

        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal(new DocumentType("CV", "Công văn"), structure.Type);
        Assert.Equal("triển khai Kế hoạch số 62-KH/ĐUK", structure.Title);
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Nam", structure.Issuer);
        Assert.Equal("123/UBND-VX", structure.Symbol);
        Assert.Equal(["1", "2"], structure.Sections.Select(s => s.Path));
        Assert.Equal(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn D"), structure.Signer);
    }

    [Fact]
    public void Takes_the_type_from_the_symbol_when_there_is_no_type_line()
    {
        var structure = DocumentStructureParser.Parse(StructureTestFiles.Text("Số 05-CTr/TU", "Thực hiện Nghị quyết số 35-NQ/TW.", "I. MỤC TIÊU"));
        Assert.Equal(new DocumentType("CTr", "Chương trình"), structure.Type);
        Assert.Equal(string.Empty, structure.Title);
    }

    [Fact]
    public void Empty_and_unstructured_text_give_an_empty_structure()
    {
        var empty = DocumentStructureParser.Parse(string.Empty);
        Assert.Equal(DocumentTypeCatalog.Unknown, empty.Type);
        Assert.Equal(string.Empty, empty.Title);
        Assert.Null(empty.Symbol);
        Assert.Null(empty.Issuer);
        Assert.Null(empty.Date);
        Assert.Null(empty.Signer);
        Assert.Empty(empty.Sections);
        Assert.Empty(empty.Recipients);

        var prose = DocumentStructureParser.Parse("Một đoạn văn.\nMột đoạn khác.");
        Assert.Equal(DocumentTypeCatalog.Unknown, prose.Type);
        Assert.Empty(prose.Sections);
        Assert.Null(prose.Signer);
    }

    [Fact]
    public void Offsets_point_into_the_text_as_given()
    {
        // Stray spaces around paragraphs (text not from the pipeline) do not shift offsets.
        var text = "KẾ HOẠCH\n  I. MỤC ĐÍCH  \nNội dung.";
        var section = DocumentStructureParser.Parse(text).Sections.Single();
        Assert.Equal("I. MỤC ĐÍCH  \nNội dung.", text[section.Start..section.End]);
    }

    // Issue 16: vbpl's English translations (doc_000756) get their English title and their Vietnamese type.
    [Fact]
    public void An_english_translation_gets_its_english_title_and_language()
    {
        var text = string.Join('\n',
            "CIRCULAR",
            "Prescribing the rates of charges and fees related to exit from, entry into, transit through and residence in Vietnam",
            "Pursuant to the November 25, 2015 Law on Charges and Fees;",
            "Pursuant to the Government’s Decree No. 120/2016/ND-CP of August 23, 2016, detailing and guiding a number of articles of the Law on Charges and Fees;",
            "At the proposal of the Director of the Department of Tax Policy,",
            "The Minister of Finance promulgates the Circular prescribing the rates of charges and fees related to exit from, entry into, transit through and residence in Vietnam.",
            "Article 1. Scope of regulation and subjects of application",
            "1. This Circular prescribes the rates of charges and fees related to exit from, entry into, transit through and residence in Vietnam and charge and fee collection, remittance, management and use.");

        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal("Thông tư", structure.Type.Name);
        Assert.Equal("Prescribing the rates of charges and fees related to exit from, entry into, transit through and residence in Vietnam", structure.Title);
        Assert.Equal("en", DirectiveSearch.Core.Text.LanguageDetector.Detect(text));
        Assert.Equal("vi", DirectiveSearch.Core.Text.LanguageDetector.Detect("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; Chính phủ ban hành Nghị định quy định cơ chế, chính sách thu hút chuyên gia khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Điều 1. Phạm vi điều chỉnh: Nghị định này quy định cơ chế, chính sách thu hút chuyên gia."));
    }

    [Theory]
    // vbpl doc_000768, doc_000847 and doc_000815: English translations with no type line of their own.
    [InlineData("LABOR CODE", "Bộ luật", "LABOR CODE")]
    [InlineData("Law on State Audit\n__________", "Luật", "Law on State Audit")]
    [InlineData("Guiding the implementation of a number of\narticles on labor contract, labor discipline and material responsibility\nthe Labor Code\n_________________________", "Văn bản", "Guiding the implementation of a number of articles on labor contract, labor discipline and material responsibility the Labor Code")]
    public void An_english_translation_without_a_type_line_takes_its_first_lines_as_title(string lead, string type, string title)
    {
        var text = lead + "\n" + string.Join('\n',
            "Pursuant to the Constitution of the Socialist Republic of Vietnam;",
            "The National Assembly promulgates the Law on State Audit.",
            "Chapter I",
            "GENERAL PROVISIONS",
            "Article 1. Scope of regulation",
            "This Law provides for the value, duties and powers of the State Audit Office of Vietnam; the organization and operation of the State Audit Office of Vietnam; the rights and obligations of audited entities and of agencies, organizations and individuals involved in the state audit.");

        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal(type, structure.Type.Name);
        Assert.Equal(title, structure.Title);
    }
}
