using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class DocumentTypeCatalogTests
{
    [Theory]
    [InlineData("KẾ HOẠCH", "KH", "Kế hoạch", "")]
    [InlineData("NGHỊ QUYẾT", "NQ", "Nghị quyết", "")]
    [InlineData("QUYẾT ĐỊNH", "QĐ", "Quyết định", "")]
    [InlineData("QUY ĐỊNH", "QĐi", "Quy định", "")]
    [InlineData("CHỈ THỊ", "CT", "Chỉ thị", "")]
    [InlineData("KẾT LUẬN", "KL", "Kết luận", "")]
    [InlineData("HƯỚNG DẪN", "HD", "Hướng dẫn", "")]
    [InlineData("THÔNG BÁO", "TB", "Thông báo", "")]
    [InlineData("BÁO CÁO", "BC", "Báo cáo", "")]
    [InlineData("CHƯƠNG TRÌNH", "CTr", "Chương trình", "")]
    [InlineData("TỜ TRÌNH", "TTr", "Tờ trình", "")]
    [InlineData("CÔNG VĂN", "CV", "Công văn", "")]
    [InlineData("QUY CHẾ", "QC", "Quy chế", "")]
    [InlineData("THÔNG TRI", "TT", "Thông tri", "")]
    [InlineData("THÔNG TƯ", "TT", "Thông tư", "")]
    [InlineData("THÔNG TƯ LIÊN TỊCH", "TTLT", "Thông tư liên tịch", "")]
    [InlineData("NGHỊ ĐỊNH", "NĐ", "Nghị định", "")]
    [InlineData("LUẬT", "Luật", "Luật", "")]
    [InlineData("BỘ LUẬT", "BL", "Bộ luật", "")]
    [InlineData("KẾ HOẠCH Tổ chức đợt sinh hoạt chính trị", "KH", "Kế hoạch", "Tổ chức đợt sinh hoạt chính trị")]
    [InlineData("CHƯƠNG TRÌNH HÀNH ĐỘNG", "CTr", "Chương trình", "HÀNH ĐỘNG")]
    public void Matches_type_lines_in_capitals(string line, string code, string name, string remainder)
    {
        Assert.True(DocumentTypeCatalog.TryMatchTypeLine(line, out var type, out var rest));
        Assert.Equal(code, type.Code);
        Assert.Equal(name, type.Name);
        Assert.Equal(remainder, rest);
    }

    [Theory]
    [InlineData("QUYẾT ĐỊNH:")] // the enacting word of a decision
    [InlineData("Kế hoạch")] // not in capitals
    [InlineData("BỘ XÂY DỰNG")] // an issuer, not "BỘ LUẬT"
    [InlineData("CHÍNH PHỦ")]
    [InlineData("KẾ HOẠCHX")]
    [InlineData("LUẬT 2019")]
    public void Rejects_lines_that_are_not_type_lines(string line)
    {
        Assert.False(DocumentTypeCatalog.TryMatchTypeLine(line, out _, out _));
    }

    [Theory]
    [InlineData("TT", false, "Thông tri")]
    [InlineData("TT", true, "Thông tư")]
    [InlineData("KH", false, "Kế hoạch")]
    [InlineData("NĐ", true, "Nghị định")]
    [InlineData("CTr", false, "Chương trình")]
    [InlineData("QĐ", false, "Quyết định")]
    public void Maps_symbol_codes_to_types(string code, bool state, string name)
    {
        Assert.Equal(name, DocumentTypeCatalog.FromCode(code, state)?.Name);
    }

    [Fact]
    public void Codes_are_case_sensitive_and_unknown_codes_have_no_type()
    {
        Assert.Null(DocumentTypeCatalog.FromCode("Ct", stateSymbol: false));
        Assert.Null(DocumentTypeCatalog.FromCode("UBND", stateSymbol: true));
        Assert.Equal(string.Empty, DocumentTypeCatalog.Unknown.Code);
        Assert.Equal("Văn bản", DocumentTypeCatalog.Unknown.Name);
    }

    [Theory]
    [InlineData("Kế hoạch", "KH")]
    [InlineData("kế hoạch", "KH")]
    [InlineData("KẾ HOẠCH", "KH")]
    [InlineData("Thông tư", "TT")]
    public void Finds_types_by_name(string name, string code)
    {
        Assert.Equal(code, DocumentTypeCatalog.FromName(name)?.Code);
    }
}
