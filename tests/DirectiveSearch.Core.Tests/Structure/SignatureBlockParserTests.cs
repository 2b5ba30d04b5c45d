using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class SignatureBlockParserTests
{
    public static TheoryData<string[], Signer?> Signatures => new()
    {
        { ["Nơi nhận:", "- Lưu VP./.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Anh Trường"], new Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Anh Trường") },
        { ["T/M TỈNH ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Quốc Chính"], new Signer("T/M TỈNH ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Quốc Chính") },
        // A position broken over two lines.
        { ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "THƯỜNG TRỰC", "(Đã ký)", "Nguyễn Văn A"], new Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn A") },
        // Two authorities, kept in order.
        { ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "(Đã ký)", "Nguyễn Hòa Bình"], new Signer("TM. CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "Nguyễn Hòa Bình") { Capacity = "KT. THỦ TƯỚNG" } },
        // An authority broken over two lines.
        { ["TM. BAN CHẤP HÀNH", "ĐẢNG BỘ TỈNH", "BÍ THƯ", "Nguyễn Văn B"], new Signer("TM. BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "BÍ THƯ", "Nguyễn Văn B") },
        // "KT." lost: the upper of two positions is the capacity.
        { ["THỐNG ĐỐC", "PHÓ THỐNG ĐỐC", "(Đã ký)", "Đoàn Thái Sơn"], new Signer("THỐNG ĐỐC", "PHÓ THỐNG ĐỐC", "Đoàn Thái Sơn") },
        // No authority (laws), and signature before the recipients.
        { ["CHỦ TỊCH QUỐC HỘI", "Nguyễn Thị Kim Ngân"], new Signer(null, "CHỦ TỊCH QUỐC HỘI", "Nguyễn Thị Kim Ngân") },
        { ["BỘ TRƯỞNG", "(Đã ký)", "Đại tướng Lương Tam Quang", "Nơi nhận:", "- Lưu: VT."], new Signer(null, "BỘ TRƯỞNG", "Đại tướng Lương Tam Quang") },
        // Signature and recipients read line by line from one table row.
        { ["Nơi nhận:", "T/M BAN THƯỜNG VỤ", "- ĐUK;", "PHÓ BÍ THƯ", "- BCH;", "Lê Anh Trường"], new Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Anh Trường") },
        // Unsigned copy: no name.
        { ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], new Signer("T/M BAN THƯỜNG VỤ", "BÍ THƯ", null) },
        // A name with "(Đã ký)" and nothing else (old laws).
        { ["Hồ Chí Minh", "(Đã ký)"], new Signer(null, null, "Hồ Chí Minh") },
        // Issue 16, the signatures of real documents as their lines fall.
        { ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đào Mỹ"], new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đào Mỹ") },
        { ["T/M BỘ CHÍNH TRỊ", "Trần Cẩm Tú"], new Signer("T/M BỘ CHÍNH TRỊ", null, "Trần Cẩm Tú") },
        { ["T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Trần Cẩm Tú"], new Signer("T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Trần Cẩm Tú") },
        { ["KT. BỘ TRƯỞNG,", "CHỦ NHIỆM ỦY BAN DÂN TỘC", "PHÓ CHỦ NHIỆM", "Y Thông"], new Signer("KT. BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC", "PHÓ CHỦ NHIỆM", "Y Thông") },
        { ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Phương"], new Signer("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Nguyễn Văn Phương") { Capacity = "KT. CHỦ TỊCH" } },
        { ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Nguyễn Thanh Tú"], new Signer("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Nguyễn Thanh Tú") },
        { ["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Văn Hùng"], new Signer("TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Văn Hùng") },
        { ["Q. BỘ TRƯỞNG", "(Đã ký)", "Trần Hồng Minh"], new Signer("Q. BỘ TRƯỞNG", null, "Trần Hồng Minh") },
        // Seed 000 has recipients and no signature.
        { ["Nơi nhận:", "- ĐUK;", "- Lưu: ĐU."], null },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Reads_the_signature(string[] block, Signer? signer)
    {
        Assert.Equal(signer, SignatureBlockParser.Parse(block));
    }
}
