using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class OpeningClauseIssuerTests
{
    private static readonly DocumentType Plan = DocumentTypeCatalog.FromName("Kế hoạch")!;

    private static string? Find(string clause, DocumentType? type = null)
    {
        var paragraphs = ParagraphSplitter.Split(clause);
        return OpeningClauseIssuer.Find(paragraphs, 0, paragraphs.Count, type ?? Plan);
    }

    [Theory]
    // Seed 003: the subject follows a closing parenthesis and a comma.
    [InlineData("Thực hiện Nghị quyết số 21-KL/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (sau đây gọi là Nghị quyết số 21-NQ/TW); Kế hoạch số 43-KH/TU, ngày 25/10/2022 của Tỉnh ủy về việc thực hiện Nghị quyết (sau đây gọi là Kế hoạch số 43-KH/TU), Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh xây dựng Kế hoạch thực hiện, cụ thể như sau:", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh")]
    // Seed 002.
    [InlineData("Thực hiện Kế hoạch số 49-KH/TU, ngày 11/10/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh ban hành Kế hoạch thực hiện Kết luận số 01-KL/TW như sau:", "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh")]
    // Seed 004: after a semicolon.
    [InlineData("Thực hiện Kết luận số 21-KL/TW (sau đây gọi là Kết luận); Ban Chấp hành Đảng bộ tỉnh ban hành Kế hoạch thực hiện như sau:", "Ban Chấp hành Đảng bộ tỉnh")]
    // Seed 001: "uỷ" in the new tone style.
    [InlineData("Ban Tuyên giáo Thị ủy hướng dẫn tổ chức đợt sinh hoạt chính trị, Ban Thường vụ Đảng uỷ xây dựng Kế hoạch triển khai thực hiện cụ thể như sau:", "Ban Thường vụ Đảng uỷ")]
    // Seed 000: after a full stop, lower-case "kế hoạch".
    [InlineData("Thực hiện Kế hoạch số 53-KH/ĐUK ngày 01/3/2022 của Đảng ủy Khối về nghiên cứu, học tập, quán triệt và triển khai thực hiện kết luận. Đảng ủy Sở xây dựng kế hoạch triển khai, thực hiện với các nội dung cụ thể như sau:", "Đảng ủy Sở")]
    public void Finds_the_subject_that_issues_the_plan(string clause, string issuer)
    {
        Assert.Equal(issuer, Find(clause));
    }

    [Theory]
    // A plan cited by number is not the one being issued.
    [InlineData("Thực hiện Kế hoạch số 49-KH/TU, Tỉnh ủy triển khai Kế hoạch số 49-KH/TU trong toàn tỉnh.")]
    // The words before the verb do not start with an organ.
    [InlineData("Các chi bộ xây dựng kế hoạch thực hiện.")]
    [InlineData("Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.")]
    public void Finds_nothing_when_no_organ_issues_a_plan(string clause)
    {
        Assert.Null(Find(clause));
    }

    [Fact]
    public void Reads_a_subject_broken_by_a_soft_line_break()
    {
        // Seed 003 as a PDF wraps it.
        Assert.Equal(
            "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh",
            Find("(sau đây gọi là Kế hoạch số 43-KH/TU), Ban Thường vụ Đảng ủy Khối các cơ\nquan tỉnh xây dựng Kế hoạch thực hiện, cụ thể như sau:"));
        // A paragraph break before the subject is a boundary.
        Assert.Equal(
            "Ban Thường vụ Đảng ủy Khối",
            Find("Thực hiện Kế hoạch số 49-KH/TU của Tỉnh ủy\nBan Thường vụ Đảng ủy Khối ban hành Kế hoạch như sau:"));
        // The verb and the noun may be split as well.
        Assert.Equal("Đảng ủy Sở", Find("Đảng ủy Sở xây dựng kế\nhoạch thực hiện như sau:"));
    }

    [Fact]
    public void Reads_state_enacting_sentences()
    {
        var law = DocumentTypeCatalog.FromName("Luật")!;
        Assert.Equal("Quốc hội", Find("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Cảnh vệ.", law));
        var circular = DocumentTypeCatalog.FromName("Thông tư")!;
        Assert.Equal("Bộ trưởng Bộ Xây dựng", Find("Theo đề nghị của Cục trưởng;\nBộ trưởng Bộ Xây dựng ban hành Thông tư công bố vùng nước cảng biển.", circular));
        // A circular that issues a regulation still names its issuer.
        Assert.Equal("Bộ trưởng Bộ Giáo dục và Đào tạo", Find("Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế tuyển sinh.", circular));
    }
}
