using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class HeadingTextTests
{
    [Theory]
    [InlineData("Mục đích", "Mục đích")]
    [InlineData("Nội dung nghiên cứu, học tập, quán triệt.", "Nội dung nghiên cứu, học tập, quán triệt")]
    [InlineData("Đổi mới nội dung, phương thức lãnh đạo của các cấp ủy, chi bộ, trong đó:", "Đổi mới nội dung, phương thức lãnh đạo của các cấp ủy, chi bộ, trong đó")]
    // Seed 003 III.1: a long item cut at its colon.
    [InlineData(
        "Các đồng chí Ủy viên Ban Thường vụ Đảng ủy, Ủy viên Ban chấp hành Đảng bộ Khối: Có trách nhiệm lãnh đạo, chỉ đạo, kiểm tra, đôn đốc việc triển khai thực hiện Nghị quyết số 21-NQ/TW và Kế hoạch này ở tổ chức cơ sở đảng được phân công phụ trách.",
        "Các đồng chí Ủy viên Ban Thường vụ Đảng ủy, Ủy viên Ban chấp hành Đảng bộ Khối")]
    // Seed 002 III.1: cut at the end of the first sentence.
    [InlineData(
        "Việc lãnh đạo, chỉ đạo tổ chức thực hiện Kết luận số 01-KL/TW của Bộ Chính trị được triển khai thực hiện trong toàn Đảng bộ. Các cấp ủy đảng, nhất là người đứng đầu nêu cao vai trò tiên phong, gương mẫu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "Việc lãnh đạo, chỉ đạo tổ chức thực hiện Kết luận số 01-KL/TW của Bộ Chính trị được triển khai thực hiện trong toàn Đảng bộ")]
    // Seed 000 II.5: a heading line a little over the limit is kept whole.
    [InlineData(
        "Tuyên truyền, phổ biến các kết luận, quy định của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII đến người lao động",
        "Tuyên truyền, phổ biến các kết luận, quy định của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII đến người lao động")]
    // Seed 003 I.1: one long sentence is cut at a word boundary.
    [InlineData(
        "Nhằm nâng cao nhận thức cho các cấp ủy, tổ chức đảng, cán bộ, đảng viên trong toàn Đảng bộ Khối về quan điểm, vai trò, vị trí và tầm quan trọng của việc củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới, góp phần xây dựng, chỉnh đốn Đảng.",
        "Nhằm nâng cao nhận thức cho các cấp ủy, tổ chức đảng, cán bộ, đảng viên trong toàn Đảng bộ Khối về quan điểm, vai trò")]
    public void Shortens_sentences_into_headings(string text, string heading)
    {
        Assert.Equal(heading, HeadingText.Shorten(text));
        Assert.True(HeadingText.Shorten(text).Length <= 160);
    }
}
