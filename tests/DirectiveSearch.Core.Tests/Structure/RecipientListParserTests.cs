using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class RecipientListParserTests
{
    [Theory]
    [InlineData("- ĐUK;", "ĐUK")]
    [InlineData("- Lưu: ĐU.", "Lưu: ĐU")]
    [InlineData("Lưu: ĐU.", "Lưu: ĐU")]
    [InlineData("- Lưu VP./.", "Lưu VP")]
    [InlineData("- Lưu VP/.", "Lưu VP")]
    [InlineData("- Thường trực ThU,", "Thường trực ThU")]
    [InlineData("- Thường trực Tỉnh ủy, (để b/c)", "Thường trực Tỉnh ủy (để b/c)")]
    [InlineData("- Trưởng ban Tổ chức Tỉnh ủy (b/c),", "Trưởng ban Tổ chức Tỉnh ủy (b/c)")]
    [InlineData("- Bộ Chính trị, Ban Bí thư Trung ương (để báo cáo),", "Bộ Chính trị, Ban Bí thư Trung ương (để báo cáo)")]
    [InlineData("- Đồng chí Nguyễn Giờ - UV BTV TU", "Đồng chí Nguyễn Giờ - UV BTV TU")]
    [InlineData("• Như trên;", "Như trên")]
    [InlineData("+ Website ĐUK,", "Website ĐUK")]
    public void Cleans_one_recipient(string line, string recipient)
    {
        Assert.Equal(recipient, RecipientListParser.Clean(line));
    }

    [Fact]
    public void Lists_recipients_after_the_header_and_skips_the_signature()
    {
        var recipients = RecipientListParser.Parse(
            ["Nơi nhận:", "- ĐUK;", "- BCH;", "- Lưu: ĐU.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Anh Trường"]);
        Assert.Equal(["ĐUK", "BCH", "Lưu: ĐU"], recipients);
    }

    [Fact]
    public void Reads_a_first_recipient_on_the_header_line()
    {
        Assert.Equal(["ĐUK", "BCH"], RecipientListParser.Parse(["Nơi nhận: - ĐUK;", "- BCH;"]));
        Assert.Equal(["ĐUK", "BCH", "Lưu VP"], RecipientListParser.Parse(["Nơi nhận: - ĐUK; - BCH; - Lưu VP."]));
        Assert.Equal(["Như trên", "Lưu VT"], RecipientListParser.Parse(["Nơi nhận: Như trên;", "Lưu VT."]));
    }

    [Fact]
    public void Reads_recipients_after_a_signature_and_between_signature_lines()
    {
        Assert.Equal(
            ["Thường trực Tỉnh ủy (để b/c)", "Lưu VP"],
            RecipientListParser.Parse(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Trọng Vân", "Nơi nhận:", "- Thường trực Tỉnh ủy, (để b/c)", "- Lưu VP."]));
        Assert.Equal(
            ["ĐUK", "BCH"],
            RecipientListParser.Parse(["Nơi nhận:", "T/M BAN THƯỜNG VỤ", "- ĐUK;", "PHÓ BÍ THƯ", "- BCH;", "Lê Anh Trường"]));
    }

    [Fact]
    public void Joins_a_recipient_broken_over_two_lines()
    {
        Assert.Equal(
            ["Các doanh nghiệp, đơn vị sự nghiệp công lập trong CAND, ban quản lý dự án trong CAND", "Lưu: VT"],
            RecipientListParser.Parse(["Nơi nhận:", "- Các doanh nghiệp, đơn vị sự nghiệp công lập", "trong CAND, ban quản lý dự án trong CAND;", "- Lưu: VT."]));
    }

    [Fact]
    public void No_header_no_recipients()
    {
        Assert.Empty(RecipientListParser.Parse(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Anh Trường"]));
        Assert.Empty(RecipientListParser.Parse(["- ĐUK;"]));
    }

    // Issue 16: recipients whose items wrap.
    [Fact]
    public void A_first_item_wrapped_before_its_annotation_keeps_the_whole_list()
    {
        var recipients = RecipientListParser.Parse(
        [
            "Nơi nhận:",
            "- Ban Thường vụ Tỉnh ủy",
            "(b/c);",
            "- Các đồng chí Tỉnh ủy viên;",
            "- Văn phòng Trung ương và các Ban của",
            "Đảng;",
            "- Lưu VT.",
        ]);

        Assert.Equal(["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Tỉnh ủy viên", "Văn phòng Trung ương và các Ban của Đảng", "Lưu VT"], recipients);
    }

    [Fact]
    public void A_dash_alone_on_its_line_takes_the_text_below()
    {
        Assert.Equal(["Như Điều 6", "Lưu: VT, KGVX"], RecipientListParser.Parse(["Nơi nhận:", "-", "Như Điều 6;", "- Lưu: VT, KGVX."]));
    }
}
