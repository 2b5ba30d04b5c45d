using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class TitleExtractorTests
{
    public static TheoryData<string[], string> Titles => new()
    {
        // Seed 001: a soft line break and a rule under the title.
        {
            ["KẾ HOẠCH", "Tổ chức đợt sinh hoạt chính trị về xây dựng,", "chỉnh đốn Đảng và hệ thống chính trị với chủ đề “Tự soi, tự sửa”", "-----", "Thực hiện Hướng dẫn số 27-HD/BTG"],
            "Tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng và hệ thống chính trị với chủ đề “Tự soi, tự sửa”"
        },
        // Seed 002: lower-case title, ended by the opening clause "Thực hiện".
        {
            ["KẾ HOẠCH", "thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị", "về tiếp tục thực hiện Chỉ thị số 05-CT/TW", "Thực hiện Kế hoạch số 49-KH/TU"],
            "thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW"
        },
        // A law: title in capitals, then the legal basis.
        { ["LUẬT", "CẢNH VỆ", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"], "CẢNH VỆ" },
        // A capital title ends where mixed case begins (old laws have a preamble instead of "Căn cứ").
        { ["LUẬT", "VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN", "Sức khoẻ là vốn quý nhất của con người."], "VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN" },
        // A decision: the enacting authority is not part of the title.
        { ["QUYẾT ĐỊNH", "Về việc ban hành Quy chế làm việc", "BỘ TRƯỞNG BỘ TÀI CHÍNH", "Căn cứ Luật Tổ chức Chính phủ;"], "Về việc ban hành Quy chế làm việc" },
        { ["NGHỊ QUYẾT", "VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Căn cứ Hiến pháp;"], "VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH" },
        // Title on the type line itself.
        { ["KẾ HOẠCH Tổ chức hội nghị", "I. MỤC ĐÍCH, YÊU CẦU"], "Tổ chức hội nghị" },
        // A rule glued to the opening clause.
        { ["KẾ HOẠCH", "Tổ chức hội nghị", "----Thực hiện Hướng dẫn số 27-HD/BTG"], "Tổ chức hội nghị" },
        // No title at all.
        { ["KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU"], "" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Joins_the_title_paragraphs_into_one_line(string[] document, string title)
    {
        var paragraphs = ParagraphSplitter.Split(StructureTestFiles.Text(document));
        var typeLine = TypeLineFinder.Find(paragraphs);
        Assert.NotNull(typeLine);
        Assert.Equal(title, TitleExtractor.Extract(paragraphs, typeLine).Title);
    }

    [Fact]
    public void Reports_where_the_body_begins()
    {
        var paragraphs = ParagraphSplitter.Split(StructureTestFiles.Text("KẾ HOẠCH", "Tổ chức hội nghị", "-----", "Thực hiện ..."));
        var (_, end) = TitleExtractor.Extract(paragraphs, TypeLineFinder.Find(paragraphs)!);
        Assert.Equal(3, end);
    }
}
