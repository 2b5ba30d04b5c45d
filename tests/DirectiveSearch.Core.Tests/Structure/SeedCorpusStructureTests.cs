using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

/// <summary>
/// The five seed plans, end to end. Expected outlines were written by reading each file: every
/// numbered heading in order, with the heading text the parser keeps (long items cut, see
/// <see cref="HeadingText"/>). The seeds lost their header tables, so only 000 and 003 have a symbol and
/// none has a place or date.
/// </summary>
public sealed class SeedCorpusStructureTests
{
    public sealed record Expected(
        string Seed,
        string? Symbol,
        string Title,
        string Issuer,
        string[] Recipients,
        Signer? Signer,
        (string Path, string Heading)[] Outline);

    public static TheoryData<string> Seeds => new() { "000", "001", "002", "003", "004" };

    private static readonly Expected Seed000 = new(
        "000",
        "28-KH/ĐUK",
        "nghiên cứu, học tập, quán triệt và triển khai thực hiện kết luận, quy định của Hội nghị Trung ương 4 khóa XIII; tổ chức sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
        "Đảng ủy Sở",
        ["ĐUK", "BCH", "Chi bộ trực thuộc", "Công đoàn", "Lưu: ĐU"],
        null,
        [
            ("I", "MỤC ĐÍCH, YÊU CẦU"),
            ("I.1", "Mục đích"),
            ("I.2", "Yêu cầu"),
            ("II", "NỘI DUNG, ĐỐI TƯỢNG, PHƯƠNG THỨC, THỜI GIAN HỌC TẬP, QUẢN TRIỆT"),
            ("II.1", "Về nội dung và tài liệu nghiên cứu, học tập, quán triệt"),
            ("II.1.1", "Nội dung nghiên cứu, học tập, quán triệt"),
            ("II.1.2", "Tài liệu nghiên cứu, học tập, quán triệt"),
            ("II.2", "Đối tượng phương thức nghiên cứu, học tập, quán triệt"),
            ("II.2.1", "Đối tượng: Tất cả cán bộ đảng viên, công chức, đoàn viên công đoàn trong Đảng ủy Sở"),
            ("II.2.2", "Phương thức nghiên cứu, học tập, quán triệt"),
            ("II.3", "Thời gian tổ chức hội nghị"),
            ("II.4", "Bổ sung nội dung thực hiện Kết luận số 21-KL/TW vào Chương trình hành động thực hiện Nghị quyết Đại hội XIII của Đảng"),
            ("II.5", "Tuyên truyền, phổ biến các kết luận, quy định của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII đến người lao động"),
            ("III", "TỔ CHỨC ĐỢT SINH HOẠT CHÍNH TRỊ VỀ XÂY DỰNG, CHỈNH ĐỐN ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ"),
            ("III.1", "Nội dung đợt sinh hoạt chính trị"),
            ("III.1.1", "Quán triệt quan điểm công tác xây dựng, chỉnh đốn Đảng đã được Trung ương, Tỉnh ủy đề ra trong các kỳ đại hội, hội nghị"),
            ("III.1.2", "Quán triệt, thảo luận, làm rõ những nội dung mới của Hội nghị Trung ương 4 (khóa XIII)"),
            ("III.1.3", "Cấp ủy các chi bộ, cán bộ, đảng viên, đoàn viên công đoàn phải nhận thức thật đầy đủ và sâu sắc mục đích, ý nghĩa, yêu"),
            ("III.1.4", "Đặt việc thực hiện kết luận, quy định của Hội nghị Trung ương 4 khóa XIII về xây dựng, chỉnh đốn Đảng và hệ thống chính"),
            ("III.1.5", "Phát huy vai trò nêu gương của người đứng đầu cấp ủy trong tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng"),
            ("III.2", "Đối tượng: Cấp ủy các chi bộ người đứng đầu cấp ủy, công đoàn và cán bộ, đảng viên, đoàn viên công đoàn"),
            ("III.3", "Hình thức tổ chức"),
            ("III.3.1", "Tổ chức các hội nghị kiểm điểm tự phê bình và phê bình"),
            ("III.4", "Thời gian tổ chức"),
            ("III", "TỔ CHỨC THỰC HIỆN"),
        ]);

    private static readonly Expected Seed001 = new(
        "001",
        null,
        "Tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng và hệ thống chính trị với chủ đề “Tự soi, tự sửa”",
        "Ban Thường vụ Đảng uỷ",
        ["Thường trực ThU", "Ban Tuyên giáo ThU", "Đoàn 183 của Thị uỷ", "Các đồng chí Ủy viên BCH Đảng ủy", "MTTQ và Trưởng đoàn thể xã", "Bí thư các Chi bộ trực thuộc", "Lưu VP"],
        new Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Anh Trường"),
        [
            ("I", "MỤC ĐÍCH VÀ YÊU CẦU"),
            ("I.1", "Mục đích"),
            ("I.2", "Yêu cầu"),
            ("II", "ĐỐI TƯỢNG, HÌNH THỨC, NỘI DUNG, THỜI GIAN TỔ CHỨC"),
            ("II.1", "Đối tượng"),
            ("II.2", "Hình thức sinh hoạt"),
            ("II.3", "Nội dung sinh hoạt"),
            ("II.4", "Công tác chuẩn bị và trình tự sinh hoạt"),
            ("II.4.1", "Công tác chuẩn bị"),
            ("II.4.2", "Trình tự sinh hoạt chuyên đề “Tự soi, tự sửa” tại Chi bộ"),
            ("II.4.2.a", "Mở đầu"),
            ("II.4.2.b", "Tiến hành sinh hoạt"),
            ("II.4.2.c", "Kết thúc sinh hoạt chuyên đề"),
            ("II.4.3", "Trình tự sinh hoạt chuyên đề “Tự soi, tự sửa” tại Đảng ủy"),
            ("II.4.3.a", "Mở đầu"),
            ("II.4.3.b", "Tiến hành sinh hoạt"),
            ("II.4.3.c", "Kết thúc sinh hoạt chuyên đề"),
            ("II.5", "Thời gian thực hiện"),
            ("III", "TỔ CHỨC THỰC HIỆN"),
            ("III.1", "Chi uỷ, Chi bộ trực thuộc Đảng bộ xã"),
            ("III.2", "Đoàn công tác theo Quyết định 82-QĐ/ĐU"),
            ("III.3", "Ban Tuyên giáo Đảng uỷ"),
            ("III.4", "UBKT Đảng uỷ"),
            ("III.5", "Văn phòng Đảng uỷ, Cán bộ phụ trách TC-KT-DV-TG của Đảng uỷ"),
        ]);

    private static readonly Expected Seed002 = new(
        "002",
        null,
        "thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW “về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”",
        "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
        ["Thường trực Tỉnh ủy (để b/c)", "Ban Tuyên giáo Tỉnh ủy", "Ban Thường vụ Đảng ủy Khối", "Các ban, UBKT, VP Đảng ủy Khối", "Thường trực các đoàn thể Khối", "Các đảng ủy, chi ủy cơ sở", "Lưu VP, BTG Đảng ủy Khối"],
        new Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Trọng Vân"),
        [
            ("I", "MỤC ĐÍCH, YÊU CẦU"),
            ("II", "NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN"),
            ("II.1", "Nâng cao nhận thức cho cán bộ, đảng viên và quần chúng về nội dung, giá trị và ý nghĩa to lớn của tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
            ("II.2", "Kết hợp chặt chẽ giữa “học tập” với “làm theo” tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
            ("II.3", "Thực hiện trách nhiệm nêu gương của cán bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên trong học tập và làm"),
            ("II.4", "Đẩy mạnh công tác giáo dục, tuyên truyền về tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
            ("II.5", "Tăng cường kiểm tra, giám sát, đôn đốc việc thực hiện Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW gắn với thực hiện các"),
            ("II.6", "Tổ chức sơ kết, tổng kết"),
            ("III", "TỔ CHỨC THỰC HIỆN"),
            ("III.1", "Việc lãnh đạo, chỉ đạo tổ chức thực hiện Kết luận số 01-KL/TW của Bộ Chính trị được triển khai thực hiện trong toàn Đảng bộ"),
            ("III.2", "Căn cứ Kết luận số 01-KL/TW và Kế hoạch này, các đảng ủy, chi ủy cơ sở, các đoàn thể trực thuộc Đảng ủy Khối xây dựng kế"),
            ("III.3", "Ban Tuyên giáo Đảng ủy Khối là cơ quan thường trực, thường xuyên theo dõi, kiểm tra, hướng dẫn thực hiện Kết luận số"),
        ]);

    private static readonly Expected Seed003 = new(
        "003",
        "62-KH/ĐUK",
        "thực hiện Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới",
        "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh",
        ["Ban Tổ chức Tỉnh ủy (b/c)", "Đồng chí Nguyễn Giờ - UV BTV TU", "Trưởng ban Tổ chức Tỉnh ủy (b/c)", "Các đ/c UVBCH Đảng bộ Khối", "Các chi ủy, đảng ủy cơ sở trực thuộc", "Các ban, UBKT, VP Đảng ủy Khối", "Đoàn Khối", "Website ĐUK", "Lưu VP, BTC"],
        new Signer("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Đặng Thị Thu Hòa"),
        [
            ("I", "MỤC ĐÍCH, YÊU CẦU"),
            ("I.1", "Nhằm nâng cao nhận thức cho các cấp ủy, tổ chức đảng, cán bộ, đảng viên trong toàn Đảng bộ Khối về quan điểm, vai trò"),
            ("I.2", "Xác định rõ nhiệm vụ, giải pháp thực hiện gắn với đặc điểm, tình hình của Đảng bộ Khối các cơ quan tỉnh và của các cấp"),
            ("I.3", "Phát huy vai trò, trách nhiệm của cấp ủy, tổ chức đảng và mỗi cán bộ đảng viên, nhất là vai trò của người đứng đầu cấp"),
            ("II", "NHIỆM VỤ, GIẢI PHÁP"),
            ("II.1", "Công tác thông tin, tuyên truyền, quán triệt và triển khai Nghị quyết số 21-NQ/TW"),
            ("II.2", "Củng cố, nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng"),
            ("II.2.1", "Tiếp tục lãnh đạo, chỉ đạo củng cố, sắp xếp mô hình tổ chức cơ sở đảng phù hợp với đổi mới, sắp xếp tổ chức bộ máy của"),
            ("II.2.2", "Rà soát sửa đổi bổ sung, hoàn thiện và thực hiện tốt chức năng, nhiệm vụ, quyền hạn, trách nhiệm, mối quan hệ công tác"),
            ("II.2.3", "Đổi mới nội dung, phương thức lãnh đạo của các cấp ủy, chi bộ, trong đó"),
            ("II.2.4", "Nâng cao bản lĩnh chính trị, năng lực lãnh đạo, kỹ năng, nghiệp vụ công tác đảng cho đội ngũ cấp ủy viên, bí thư cấp ủy"),
            ("II.3", "Nâng cao chất lượng đội ngũ đảng viên"),
            ("II.3.1", "Đổi mới, nâng cao chất lượng công tác giáo dục chính trị, tư tưởng, rèn luyện, nâng cao bản lĩnh chính trị cho đảng viên, trong đó"),
            ("II.3.2", "Tăng cường chỉ đạo công tác quản lý đảng viên; kịp thời soát, sàng lọc, kiên quyết đưa đảng viên không còn đủ tư cách ra khỏi Đảng, trong đó"),
            ("II.3.3", "Đẩy mạnh và nâng cao chất lượng công tác kết nạp đảng viên, trong đó"),
            ("II.4", "Tăng cường kiểm tra, giám sát, kỷ luật Đảng"),
            ("II.5", "Phát huy vai trò của các tổ chức chính trị, xã hội trong tham gia xây dựng, nâng cao chất lượng tổ chức cơ sở đảng và đảng viên"),
            ("III", "TỔ CHỨC THỰC HIỆN"),
            ("III.1", "Các đồng chí Ủy viên Ban Thường vụ Đảng ủy, Ủy viên Ban chấp hành Đảng bộ Khối"),
            ("III.2", "Các ban, Ủy ban Kiểm tra, Văn phòng Đảng ủy Khối các cơ quan tỉnh"),
            ("III.3", "Các đảng ủy, chi ủy, chi bộ trực thuộc Đảng ủy Khối"),
            ("III.4", "Đoàn Khối các cơ quan tỉnh"),
            ("III.5", "Giao Ban Tổ chức Đảng ủy Khối chủ trì, phối hợp với Ban Tuyên giáo, Ủy ban Kiểm tra, Văn phòng Đảng ủy Khối các cơ quan"),
        ]);

    private static readonly Expected Seed004 = new(
        "004",
        null,
        "thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khoá XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện \"tự diễn biến\", \"tự chuyển hoá\"",
        "Ban Chấp hành Đảng bộ tỉnh",
        ["Bộ Chính trị, Ban Bí thư Trung ương (để báo cáo)", "Ban Tổ chức Trung ương (để báo cáo)", "Các đồng chí ủy viên Ban Chấp hành Đảng bộ tỉnh", "Các đảng đoàn, ban cán sự đảng ở tỉnh", "Các sở, ban, ngành, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội cấp tỉnh", "Các huyện, thành, đảng ủy trực thuộc", "Lưu Văn phòng Tỉnh ủy"],
        new Signer("T/M TỈNH ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Quốc Chính"),
        [
            ("I", "MỤC ĐÍCH, YÊU CẦU"),
            ("I.1", "Nhận thức sâu sắc tính chất, tầm quan trọng của công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong tình hình"),
            ("I.2", "Tiếp tục thể hoá các nội dung, xác định rõ trách nhiệm, nhiệm vụ của các cấp, các ngành trong triển khai thực hiện Kết luận"),
            ("I.3", "Việc tổ chức triển khai thực hiện Kết luận phải kế thừa kết quả, kinh nghiệm trong công tác xây dựng, chỉnh đốn Đảng"),
            ("II", "NHIỆM VỤ TRỌNG TÂM"),
            ("II.1", "Mở đợt sinh hoạt chính trị sâu rộng trong toàn tỉnh quán triệt triển khai thực hiện Kết luận số 21-KL/TW, Kế hoạch số"),
            ("II.2", "Xây dựng kế hoạch thực hiện Kết luận phù hợp với chức năng, nhiệm vụ và điều kiện thực tiễn của địa phương, tổ chức, cơ"),
            ("II.3", "Tăng cường đổi mới nội dung, phương thức và nâng cao chất lượng công tác giáo dục chính trị tư tưởng, tạo sự chuyển biến"),
            ("II.4", "Thực hiện nghiêm việc tự phê bình và phê bình trong sinh hoạt đảng, gắn với việc tu dưỡng, rèn luyện, nêu gương của cán bộ, đảng viên"),
            ("II.5", "Tiếp tục thực hiện việc lấy phiếu tín nhiệm đối với thành viên lãnh đạo cấp uỷ và cán bộ lãnh đạo theo quy định, nhất là"),
            ("II.6", "Giữ vững nguyên tắc tổ chức và sinh hoạt đảng, thực hiện nghiêm nguyên tắc tập trung dân chủ, đề cao tính chiến đấu"),
            ("II.7", "Kịp thời sơ kết, tổng kết, rà soát, sửa đổi các văn bản về công tác cán bộ, tổ chức bộ máy và trách nhiệm người đứng"),
            ("II.8", "Tiếp tục đẩy mạnh và nâng cao chất lượng, hiệu quả công tác phòng, chống tham nhũng, tiêu cực; nâng cao chất lượng, hiệu"),
            ("II.9", "Tăng cường hiệu quả hoạt động của uỷ ban kiểm tra các cấp, chú trọng công tác tự kiểm tra, tự giám sát của cấp uỷ, tổ"),
            ("II.10", "Tập trung cụ thể hóa đầy đủ, kịp thời chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước đảm bảo đồng bộ, thống nhất"),
            ("II.11", "Tạo sự chuyên biến tích cực, nâng cao hiệu lực, hiệu quả trong hoạt động của các cơ quan Nhà nước"),
            ("III", "NHIỆM VỤ CỦA CÁC TỔ CHỨC, CƠ QUAN, ĐƠN VỊ"),
            ("III.1", "Đảng đoàn Hội đồng nhân dân tỉnh"),
            ("III.2", "Ban Cán sự đảng Ủy ban nhân dân tỉnh"),
            ("III.3", "Ban cán sự đảng Tòa án nhân dân tỉnh và Ban Cán sự đảng Viện Kiểm sát nhân dân tỉnh"),
            ("III.4", "Đảng đoàn Mặt trận Tổ quốc, các tổ chức chính trị - xã hội cấp tỉnh và Ban Thường vụ Tỉnh đoàn"),
            ("III.5", "Ban Tổ chức Tỉnh ủy"),
            ("III.6", "Ủy ban Kiểm tra Tỉnh ủy"),
            ("III.7", "Ban Tuyên giáo Tỉnh ủy"),
            ("III.8", "Ban Nội chính Tỉnh ủy"),
            ("III.9", "Ban Dân vận Tỉnh ủy"),
            ("III.10", "Văn phòng Tỉnh ủy"),
            ("III.11", "Trường Chính trị Trường Chinh"),
            ("III.12", "Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh"),
            ("III.13", "Các huyện ủy, thành ủy, Đảng ủy Khôi Các cơ quan và Doanh nghiệp tỉnh, Đảng ủy Tổng Công ty Cổ phần Dệt may Nam Định"),
            ("IV", "TỔ CHỨC THỰC HIỆN"),
            ("IV.1", "Căn cứ Kết luận số 21-KL/TW, Kế hoạch số 03-KH/TW và Kế hoạch này, các đảng đoàn, ban cán sự đảng, Mặt trận Tổ quốc, các"),
            ("IV.2", "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Lãnh đạo Hội đồng nhân dân, Ủy ban nhân dân tỉnh tăng cường chỉ đạo, kiểm"),
            ("IV.3", "Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các cơ quan chuyên trách tham mưu, giúp việc của Tỉnh ủy theo dõi, hướng"),
        ]);

    private static Expected For(string seed) => seed switch
    {
        "000" => Seed000,
        "001" => Seed001,
        "002" => Seed002,
        "003" => Seed003,
        "004" => Seed004,
        _ => throw new ArgumentOutOfRangeException(nameof(seed)),
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reads_type_symbol_title_and_issuer(string seed)
    {
        var expected = For(seed);
        var structure = DocumentStructureParser.Parse(StructureTestFiles.Seed(seed));

        Assert.Equal(new DocumentType("KH", "Kế hoạch"), structure.Type);
        Assert.Equal(expected.Symbol, structure.Symbol);
        Assert.Equal(expected.Title, structure.Title);
        Assert.Equal(expected.Issuer, structure.Issuer);
        Assert.Null(structure.Place);
        Assert.Null(structure.Date);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reads_recipients_and_signer(string seed)
    {
        var expected = For(seed);
        var structure = DocumentStructureParser.Parse(StructureTestFiles.Seed(seed));

        Assert.Equal(expected.Recipients, structure.Recipients);
        Assert.Equal(expected.Signer, structure.Signer);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reads_the_outline(string seed)
    {
        var expected = For(seed);
        var structure = DocumentStructureParser.Parse(StructureTestFiles.Seed(seed));

        var outline = SectionInvariants.Flatten(structure.Sections).Select(s => (s.Path, s.Heading)).ToArray();
        Assert.Equal(expected.Outline, outline);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sections_are_well_formed_and_cover_every_heading(string seed)
    {
        var text = StructureTestFiles.Seed(seed);
        var structure = DocumentStructureParser.Parse(text);

        SectionInvariants.AssertWellFormed(text, structure.Sections);
        var bodyStart = structure.Sections[0].Start;
        var bodyEnd = text.IndexOf("\nNơi nhận", StringComparison.Ordinal);
        Assert.True(bodyEnd > bodyStart);
        SectionInvariants.AssertHeadingsCovered(text, structure.Sections, bodyStart, bodyEnd);

        // The last part runs up to "Nơi nhận:" and keeps the closing sentence ("Trên đây là Kế hoạch ...").
        Assert.Equal(bodyEnd, structure.Sections[^1].End);
        // The lead (title, opening clause) belongs to no section.
        Assert.StartsWith("I", text[bodyStart..]);
        Assert.DoesNotContain("Thực hiện", text[bodyStart..(bodyStart + 30)], StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_000_keeps_both_parts_numbered_III_with_their_own_text()
    {
        var text = StructureTestFiles.Seed("000");
        var parts = DocumentStructureParser.Parse(text).Sections.Where(s => s.Path == "III").ToList();

        Assert.Equal(2, parts.Count);
        Assert.StartsWith("III. TỔ CHỨC ĐỢT SINH HOẠT CHÍNH TRỊ", text[parts[0].Start..parts[0].End], StringComparison.Ordinal);
        Assert.EndsWith("cuối năm 2022.", text[parts[0].Start..parts[0].End], StringComparison.Ordinal);
        Assert.StartsWith("III- TỔ CHỨC THỰC HIỆN", text[parts[1].Start..parts[1].End], StringComparison.Ordinal);
        Assert.EndsWith("đề nghị cấp ủy các chi bộ triển khai thực hiện nghiêm túc.", text[parts[1].Start..parts[1].End], StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_001_keeps_its_sample_header_inside_item_II_5_and_out_of_the_header()
    {
        var text = StructureTestFiles.Seed("001");
        var structure = DocumentStructureParser.Parse(text);
        var item = SectionInvariants.Flatten(structure.Sections).Single(s => s.Path == "II.5");

        Assert.Contains("Kỳ Lợi, ngày .... tháng ..... năm 2022.", text[item.Start..item.End], StringComparison.Ordinal);
        Assert.Null(structure.Place);
        Assert.Null(structure.Date);
    }
}
