using DirectiveSearch.Core.Citations.Resolve;

namespace DirectiveSearch.Core.Tests.Citations.Resolve;

public sealed class DirectiveIdentityTests
{
    [Theory]
    [InlineData("kl", "21", "TW", 2021, "kl-21-tw-2021")]
    [InlineData("qd", "37", "TW", 2021, "qd-37-tw-2021")]
    [InlineData("ct", "5", "TW", 2016, "ct-05-tw-2016")]
    [InlineData("kl", "001", "TW", 2021, "kl-01-tw-2021")]
    [InlineData("nq", "35", "TW", 2018, "nq-35-tw-2018")]
    [InlineData("nd", "249", "CP", 2025, "nd-249-cp-2025")]
    [InlineData("luat", "63", "QH15", 2025, "luat-63-qh15-2025")]
    [InlineData("tt", "12", "BNV", 2024, "tt-12-bnv-2024")]
    [InlineData("kh", "62", "ĐUK", null, "kh-62-duk")]
    [InlineData("qd", "183", "ThU", null, "qd-183-thu")]
    [InlineData("cv", "123", "UBND-VX", 2024, "cv-123-ubnd-vx-2024")]
    public void Builds_the_slug(string type, string number, string issuer, int? year, string expected)
    {
        Assert.Equal(expected, DirectiveIdentity.Slug(type, number, issuer, year));
    }

    [Theory]
    [InlineData("Bộ Chính trị", "tw")]
    [InlineData("Ban Bí thư", "tw")]
    [InlineData("Ban Chấp hành Trung ương Đảng", "tw")]
    [InlineData("BCH Trung ương Đảng", "tw")]
    [InlineData("Ban Thường vụ Tỉnh ủy", "tu")]
    [InlineData("Ban Chấp hành Đảng bộ tỉnh", "tu")]
    [InlineData("Ban Tuyên giáo Thị ủy", "btg")]
    [InlineData("BTV Đảng uỷ", "du")]
    [InlineData("Ban Thường vụ Đảng ủy Khối", "duk")]
    [InlineData("Thủ tướng Chính phủ", "ttg")]
    [InlineData("Chính phủ", "cp")]
    [InlineData("Sở Nội vụ", null)]
    public void Reads_the_issuer_from_the_body(string body, string? expected)
    {
        Assert.Equal(expected, IssuingBodyCodes.FromBody(body));
    }

    [Theory]
    [InlineData("28-KH/ĐUK", "Kế hoạch", "KH", null, "kh-28-duk")]
    [InlineData("62-KH/ĐUK", "Kế hoạch", "KH", "2022-12-20", "kh-62-duk-2022")]
    [InlineData("249/2025/NĐ-CP", "Nghị định", "NĐ", null, "nd-249-cp-2025")]
    [InlineData(null, "Kế hoạch", "KH", null, null)]
    public void Gives_a_document_its_own_identity(string? symbol, string typeName, string typeCode, string? date, string? expected)
    {
        Assert.Equal(expected, DirectiveIdentity.OfDocument(symbol, typeName, typeCode, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
