using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

/// <summary>
/// Issuer lines as real headers print them (the bench, the office-document set, the seeds), written as the
/// same texts write those bodies in running text ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
/// "Căn cứ Luật Tổ chức Chính phủ", "Ủy ban nhân dân tỉnh Quảng Nam").
/// </summary>
public sealed class BodyNameCaserTests
{
    [Theory]
    [InlineData("BAN TUYÊN GIÁO TỈNH ỦY NAM ĐỊNH", "Ban Tuyên giáo Tỉnh ủy Nam Định")]
    [InlineData("CHÍNH PHỦ", "Chính phủ")]
    [InlineData("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ")]
    [InlineData("QUỐC HỘI", "Quốc hội")]
    [InlineData("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội")]
    [InlineData("UỶ BAN THƯỜNG VỤ QUỐC HỘI", "Uỷ ban Thường vụ Quốc hội")]
    [InlineData("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Bộ Khoa học và Công nghệ")]
    [InlineData("BỘ TÀI CHÍNH", "Bộ Tài chính")]
    [InlineData("BỘ NỘI VỤ", "Bộ Nội vụ")]
    [InlineData("BỘ Y TẾ", "Bộ Y tế")]
    [InlineData("BỘ CÔNG THƯƠNG", "Bộ Công Thương")]
    [InlineData("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội")]
    [InlineData("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Bộ Nông nghiệp và Phát triển nông thôn")]
    [InlineData("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bộ Nông nghiệp và Môi trường")]
    [InlineData("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "Ngân hàng Nhà nước Việt Nam")]
    [InlineData("BẢO HIỂM XÃ HỘI VIỆT NAM", "Bảo hiểm xã hội Việt Nam")]
    [InlineData("TÒA ÁN NHÂN DÂN TỐI CAO", "Tòa án nhân dân tối cao")]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "Ủy ban nhân dân tỉnh Quảng Nam")]
    [InlineData("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân thành phố Hồ Chí Minh")]
    [InlineData("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", "Hội đồng nhân dân tỉnh Nghệ An")]
    [InlineData("UBND TỈNH BÌNH ĐỊNH", "UBND tỉnh Bình Định")]
    [InlineData("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ")]
    [InlineData("VĂN PHÒNG BAN CHẤP HÀNH TRUNG ƯƠNG", "Văn phòng Ban Chấp hành Trung ương")]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương")]
    [InlineData("BỘ CHÍNH TRỊ", "Bộ Chính trị")]
    [InlineData("BAN BÍ THƯ", "Ban Bí thư")]
    [InlineData("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh")]
    // Seed 002: "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh ban hành Kế hoạch": a bloc of
    // "các ..." is described in lower case, "và" included.
    [InlineData("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh")]
    [InlineData("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh")]
    // "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW" (Báo cáo of 08/01/2021): the header's TW is Trung ương in running text.
    [InlineData("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW", "Đảng ủy Khối các cơ quan Trung ương")]
    [InlineData("ỦY BAN KIỂM TRA TRUNG ƯƠNG", "Ủy ban Kiểm tra Trung ương")]
    [InlineData("VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", "Văn phòng Trung ương Đảng")]
    [InlineData("ĐẢNG BỘ TỈNH QUẢNG NAM", "Đảng bộ tỉnh Quảng Nam")]
    [InlineData("ĐẢNG UỶ XÃ KỲ LỢI", "Đảng uỷ xã Kỳ Lợi")]
    [InlineData("BAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("ỦY BAN KIỂM TRA TỈNH ỦY QUẢNG NAM", "Ủy ban Kiểm tra Tỉnh ủy Quảng Nam")]
    [InlineData("THÀNH ỦY HÀ NỘI", "Thành ủy Hà Nội")]
    [InlineData("HUYỆN ỦY NÚI THÀNH", "Huyện ủy Núi Thành")]
    [InlineData("QUỐC HỘI KHÓA XV", "Quốc hội khóa XV")]
    [InlineData("KIỂM TOÁN NHÀ NƯỚC", "Kiểm toán nhà nước")]
    [InlineData("SỞ TÀI CHÍNH TỈNH NGHỆ AN", "Sở Tài chính tỉnh Nghệ An")]
    [InlineData("TỔNG CỤC HẢI QUAN", "Tổng cục Hải quan")]
    [InlineData("CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ", "Chủ tịch nước Việt Nam Dân chủ Cộng hoà")] // bench laws of 1989
    [InlineData("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Bộ Giáo dục và Đào tạo")]
    [InlineData("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Bộ Tài nguyên và Môi trường")]
    [InlineData("BỘ TƯ PHÁP", "Bộ Tư pháp")]
    [InlineData("MẶT TRẬN TỔ QUỐC VIỆT NAM", "Mặt trận Tổ quốc Việt Nam")]
    [InlineData("BỘ TRƯỞNG BỘ NỘI VỤ", "Bộ trưởng Bộ Nội vụ")] // an enacting line under the title
    [InlineData("THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "Thống đốc Ngân hàng Nhà nước Việt Nam")]
    [InlineData("ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]
    public void Writes_a_printed_name_as_running_text_does(string printed, string expected) =>
        Assert.Equal(expected, BodyNameCaser.Case(printed));

    [Theory]
    [InlineData("Ban Thường vụ Tỉnh ủy")] // already in words (an opening clause's issuer)
    [InlineData("Đảng ủy Khối")]
    [InlineData("")]
    public void Leaves_a_name_in_words_as_it_is(string name) =>
        Assert.Equal(name, BodyNameCaser.Case(name));
}
