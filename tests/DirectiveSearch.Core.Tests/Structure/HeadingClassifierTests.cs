using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class HeadingClassifierTests
{
    [Theory]
    [InlineData("I- MỤC ĐÍCH, YÊU CẦU", HeadingKind.Roman, "I", "MỤC ĐÍCH, YÊU CẦU")]
    [InlineData("II. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN", HeadingKind.Roman, "II", "NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN")]
    [InlineData("XX. TỔ CHỨC THỰC HIỆN", HeadingKind.Roman, "XX", "TỔ CHỨC THỰC HIỆN")]
    [InlineData("IV.TỔ CHỨC THỰC HIỆN", HeadingKind.Roman, "IV", "TỔ CHỨC THỰC HIỆN")]
    [InlineData("1. Mục đích", HeadingKind.Item, "1", "Mục đích")]
    [InlineData("1- Mục đích", HeadingKind.Item, "1", "Mục đích")]
    [InlineData("10. Văn phòng Tỉnh ủy", HeadingKind.Item, "10", "Văn phòng Tỉnh ủy")]
    [InlineData("2) Cá nhân tự ứng cử;", HeadingKind.Item, "2", "Cá nhân tự ứng cử")]
    [InlineData("1.1. Nội dung nghiên cứu, học tập, quán triệt.", HeadingKind.SubItem, "1.1", "Nội dung nghiên cứu, học tập, quán triệt")]
    [InlineData("1.1 Nội dung", HeadingKind.SubItem, "1.1", "Nội dung")]
    [InlineData("2.3.1. Chi tiết", HeadingKind.SubItem, "2.3.1", "Chi tiết")]
    [InlineData("a) Mở đầu", HeadingKind.Point, "a", "Mở đầu")]
    [InlineData("đ) Thực hiện nội dung hợp tác khác.", HeadingKind.Point, "đ", "Thực hiện nội dung hợp tác khác")]
    [InlineData("Phần thứ nhất", HeadingKind.Part, "Phần thứ nhất", "")]
    [InlineData("PHẦN THỨ HAI", HeadingKind.Part, "Phần thứ hai", "")]
    [InlineData("Phần I. QUY ĐỊNH CHUNG", HeadingKind.Part, "Phần I", "QUY ĐỊNH CHUNG")]
    [InlineData("Chương II", HeadingKind.Chapter, "Chương II", "")]
    [InlineData("CHƯƠNG III", HeadingKind.Chapter, "Chương III", "")]
    [InlineData("Chương 1:", HeadingKind.Chapter, "Chương 1", "")]
    [InlineData("Chương I. NHỮNG QUY ĐỊNH CHUNG", HeadingKind.Chapter, "Chương I", "NHỮNG QUY ĐỊNH CHUNG")]
    [InlineData("Mục 1", HeadingKind.Division, "Mục 1", "")]
    [InlineData("Mục 2. TỐ CÁO VÀ GIẢI QUYẾT TỐ CÁO", HeadingKind.Division, "Mục 2", "TỐ CÁO VÀ GIẢI QUYẾT TỐ CÁO")]
    [InlineData("Điều 5. Tiêu chí tuyển chọn chuyên gia", HeadingKind.Article, "Điều 5", "Tiêu chí tuyển chọn chuyên gia")]
    [InlineData("Điều 1", HeadingKind.Article, "Điều 1", "")]
    [InlineData("Điều 12.", HeadingKind.Article, "Điều 12", "")]
    [InlineData("A- KẾT QUẢ THỰC HIỆN", HeadingKind.Letter, "A", "KẾT QUẢ THỰC HIỆN")]
    [InlineData("“1. Nội dung” hoặc", null, null, null)]
    public void Classifies_headings(string paragraph, HeadingKind? kind, string? label, string? text)
    {
        var heading = HeadingClassifier.Classify(paragraph);
        Assert.Equal(kind, heading?.Kind);
        Assert.Equal(label, heading?.Label);
        Assert.Equal(text, heading?.Text);
    }

    [Theory]
    [InlineData("2022. Đây là năm")] // a year
    [InlineData("19/5/1890 - 19/5/2022")] // a date
    [InlineData("15.8.2022 là ngày")] // a date with dots
    [InlineData("1.000 người tham dự")] // a number
    [InlineData("1.5 triệu đồng")] // a decimal
    [InlineData("1-2 ngày")] // a range
    [InlineData("21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương")] // a symbol starting a wrapped line
    [InlineData("10 - 15 ngày")]
    [InlineData("0. Không")]
    [InlineData("1.")] // a number alone is a table cell
    [InlineData("a)")]
    [InlineData("- Nghiên cứu, học tập, quán triệt")] // bullets are not sections
    [InlineData("+ Đối với tập thể")]
    [InlineData("MỤC ĐÍCH, YÊU CẦU")] // "Mục" without a number
    [InlineData("Mục đích")]
    [InlineData("Điều 5 của Luật này được sửa đổi như sau:")] // a sentence about an article
    [InlineData("Chương I được sửa đổi")]
    [InlineData("Chương trình hành động")]
    [InlineData("Phần lớn các chi bộ")]
    [InlineData("Phần thứ hai của báo cáo")]
    [InlineData("I love")] // a Roman numeral needs a separator
    [InlineData("V.I.Lênin")] // initials
    [InlineData("Trên đây là Kế hoạch tổ chức sinh hoạt")]
    [InlineData("a. Nội dung")] // "a." starts too many sentences to be a point
    [InlineData("A. Nguyễn Văn B")] // a letter part has a heading in capitals
    [InlineData("Thực hiện Kế hoạch số 49-KH/TU")]
    public void Rejects_paragraphs_that_are_not_headings(string paragraph)
    {
        Assert.Null(HeadingClassifier.Classify(paragraph));
    }

    [Fact]
    public void Ranks_wider_schemes_before_narrower_ones()
    {
        string[] order = ["Phần I", "A- KẾT QUẢ", "Chương I", "Mục 1", "I. MỤC ĐÍCH", "Điều 1. Phạm vi", "1. Mục đích", "1.1. Nội dung", "1.1.1. Chi tiết", "a) Mở đầu"];
        var ranks = order.Select(p => HeadingClassifier.Classify(p)!.Rank).ToList();
        Assert.Equal(ranks.OrderBy(r => r), ranks);
        Assert.Equal(ranks.Count, ranks.Distinct().Count());
    }
}
