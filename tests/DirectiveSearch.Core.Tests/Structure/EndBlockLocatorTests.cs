using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class EndBlockLocatorTests
{
    private static EndBlock? Locate(params string[] document) =>
        EndBlockLocator.Locate(ParagraphSplitter.Split(StructureTestFiles.Text(document)), 0);

    [Fact]
    public void Recipients_then_signature()
    {
        var block = Locate("III. TỔ CHỨC THỰC HIỆN", "Trên đây là Kế hoạch.", "Nơi nhận:", "- ĐUK;", "- Lưu VP./.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Anh Trường");
        Assert.Equal(new EndBlock(2, 8), block);
    }

    [Fact]
    public void Signature_then_recipients()
    {
        var block = Locate("Nội dung.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "Nguyễn Trọng Vân", "Nơi nhận:", "- Thường trực Tỉnh ủy (để b/c),", "- Lưu VP.");
        Assert.Equal(new EndBlock(1, 8), block);
    }

    [Fact]
    public void A_position_above_a_name_starts_a_signature_without_authority()
    {
        var block = Locate("Luật này được Quốc hội thông qua ngày 20 tháng 6 năm 2017.", "CHỦ TỊCH QUỐC HỘI", "Nguyễn Thị Kim Ngân");
        Assert.Equal(new EndBlock(1, 3), block);
    }

    [Fact]
    public void A_position_in_the_body_without_a_name_is_not_a_signature()
    {
        Assert.Null(Locate("QUYẾT ĐỊNH", "BỘ TRƯỞNG BỘ TÀI CHÍNH", "Căn cứ Luật Tổ chức Chính phủ;", "Điều 1. Phạm vi"));
    }

    [Fact]
    public void The_block_ends_before_an_appendix()
    {
        var block = Locate("Nội dung.", "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "(Đã ký)", "Nguyễn Hòa Bình", "PHỤ LỤC", "Mẫu số 01");
        Assert.Equal(new EndBlock(1, 6), block);
    }

    [Fact]
    public void Capitals_after_a_signatureless_recipient_list_are_not_a_position()
    {
        var block = Locate("Nội dung.", "Nơi nhận:", "- ĐUK;", "- Lưu: ĐU.", "PHỤ LỤC", "Danh sách chi bộ");
        Assert.Equal(new EndBlock(1, 4), block);
    }

    [Fact]
    public void A_recipient_broken_over_two_lines_stays_in_the_block()
    {
        var block = Locate("Nơi nhận:", "- Các doanh nghiệp, đơn vị sự nghiệp công lập", "trong CAND, ban quản lý dự án trong CAND;", "- Lưu: VT.", "BỘ TRƯỞNG", "(Đã ký)", "Đại tướng Lương Tam Quang");
        Assert.Equal(new EndBlock(0, 7), block);
    }

    [Fact]
    public void A_name_signed_alone_ends_an_old_law()
    {
        var block = Locate("Điều 12.", "Chính phủ quy định những chi tiết thi hành luật này.", "Hồ Chí Minh", "(Đã ký)");
        Assert.Equal(new EndBlock(2, 4), block);
    }
}
