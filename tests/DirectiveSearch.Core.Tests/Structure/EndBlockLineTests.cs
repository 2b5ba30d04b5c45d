using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class EndBlockLineTests
{
    [Theory]
    [InlineData("Nơi nhận:", EndBlockLineKind.RecipientsHeader)]
    [InlineData("Nơi nhận: - ĐUK;", EndBlockLineKind.RecipientsHeader)]
    [InlineData("NƠI NHẬN:", EndBlockLineKind.RecipientsHeader)]
    [InlineData("Nơi nhận hồ sơ: Bộ phận một cửa", EndBlockLineKind.Other)]
    [InlineData("- ĐUK;", EndBlockLineKind.Bullet)]
    [InlineData("+ Thường trực,", EndBlockLineKind.Bullet)]
    [InlineData("-----", EndBlockLineKind.Other)]
    [InlineData("Lưu: VT, V03, H01.", EndBlockLineKind.Archive)]
    [InlineData("Lưu VP./.", EndBlockLineKind.Archive)]
    [InlineData("Lưu ý các chi bộ", EndBlockLineKind.Archive)]
    [InlineData("T/M BAN THƯỜNG VỤ", EndBlockLineKind.Authority)]
    [InlineData("T/M TỈNH ỦY", EndBlockLineKind.Authority)]
    [InlineData("TM. CHÍNH PHỦ", EndBlockLineKind.Authority)]
    [InlineData("KT. THỦ TƯỚNG", EndBlockLineKind.Authority)]
    [InlineData("K/T BÍ THƯ", EndBlockLineKind.Authority)]
    [InlineData("TL. BỘ TRƯỞNG", EndBlockLineKind.Authority)]
    [InlineData("TM BAN CHẤP HÀNH", EndBlockLineKind.Authority)]
    [InlineData("(Đã ký)", EndBlockLineKind.SignedMarker)]
    [InlineData("đã ký", EndBlockLineKind.SignedMarker)]
    [InlineData("(Ký, ghi rõ họ tên, đóng dấu)", EndBlockLineKind.SignedMarker)]
    [InlineData("( đã kí)", EndBlockLineKind.SignedMarker)]
    [InlineData("[daky]", EndBlockLineKind.SignedMarker)] // vbpl marks an electronic signature so
    [InlineData("PHÓ BÍ THƯ", EndBlockLineKind.Capitals)]
    [InlineData("PHÓ BÍ THƯ THƯỜNG TRỰC", EndBlockLineKind.Capitals)]
    [InlineData("Nguyễn Trọng Vân", EndBlockLineKind.Name)]
    [InlineData("Nguyễn Đặng Thị Thu Hòa", EndBlockLineKind.Name)]
    [InlineData("Đại tướng Lương Tam Quang", EndBlockLineKind.Name)]
    [InlineData("Y Thông", EndBlockLineKind.Name)]
    [InlineData("Nguye\u0302\u0303n Thị Kim Ngân", EndBlockLineKind.Name)] // decomposed marks
    [InlineData("Trên đây là Kế hoạch", EndBlockLineKind.Other)]
    [InlineData("Thường trực Tỉnh ủy", EndBlockLineKind.Other)]
    public void Classifies_end_lines(string paragraph, EndBlockLineKind kind)
    {
        Assert.Equal(kind, EndBlockLine.Classify(paragraph));
    }
}
