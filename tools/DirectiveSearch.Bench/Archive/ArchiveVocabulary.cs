namespace DirectiveSearch.Bench.Archive;

/// <summary>
/// The words the generated archive is made of: provinces with their capitals, districts and communes, the central
/// bodies, topics of directives, signers, and the synonyms a lower committee uses when it rewrites its parent's plan.
/// Written in the old tone-mark style ("hòa", "ủy"); <see cref="ToneStyle"/> turns a document to the new one.
/// </summary>
internal static class ArchiveVocabulary
{
    /// <summary>Province, its capital (the place line of the date), and the prefix of its committee ("Tỉnh" or "Thành").</summary>
    public static readonly (string Name, string Capital, string Kind)[] Provinces =
    [
        ("Quảng Nam", "Tam Kỳ", "Tỉnh"), ("Nghệ An", "Vinh", "Tỉnh"), ("Thanh Hóa", "Thanh Hóa", "Tỉnh"), ("Hà Tĩnh", "Hà Tĩnh", "Tỉnh"),
        ("Quảng Ngãi", "Quảng Ngãi", "Tỉnh"), ("Bình Định", "Quy Nhơn", "Tỉnh"), ("Phú Yên", "Tuy Hòa", "Tỉnh"), ("Khánh Hòa", "Nha Trang", "Tỉnh"),
        ("Đắk Lắk", "Buôn Ma Thuột", "Tỉnh"), ("Gia Lai", "Pleiku", "Tỉnh"), ("Lâm Đồng", "Đà Lạt", "Tỉnh"), ("Bình Thuận", "Phan Thiết", "Tỉnh"),
        ("Đồng Nai", "Biên Hòa", "Tỉnh"), ("Long An", "Tân An", "Tỉnh"), ("Tiền Giang", "Mỹ Tho", "Tỉnh"), ("Bến Tre", "Bến Tre", "Tỉnh"),
        ("An Giang", "Long Xuyên", "Tỉnh"), ("Kiên Giang", "Rạch Giá", "Tỉnh"), ("Cà Mau", "Cà Mau", "Tỉnh"), ("Sóc Trăng", "Sóc Trăng", "Tỉnh"),
        ("Thái Bình", "Thái Bình", "Tỉnh"), ("Nam Định", "Nam Định", "Tỉnh"), ("Ninh Bình", "Ninh Bình", "Tỉnh"), ("Hải Dương", "Hải Dương", "Tỉnh"),
        ("Bắc Ninh", "Bắc Ninh", "Tỉnh"), ("Thái Nguyên", "Thái Nguyên", "Tỉnh"), ("Phú Thọ", "Việt Trì", "Tỉnh"), ("Yên Bái", "Yên Bái", "Tỉnh"),
        ("Lào Cai", "Lào Cai", "Tỉnh"), ("Sơn La", "Sơn La", "Tỉnh"), ("Hòa Bình", "Hòa Bình", "Tỉnh"), ("Tuyên Quang", "Tuyên Quang", "Tỉnh"),
        ("Hà Nội", "Hà Nội", "Thành"), ("Hải Phòng", "Hải Phòng", "Thành"), ("Đà Nẵng", "Đà Nẵng", "Thành"), ("Cần Thơ", "Cần Thơ", "Thành"),
        ("Thừa Thiên Huế", "Huế", "Tỉnh"), ("Quảng Trị", "Đông Hà", "Tỉnh"), ("Quảng Bình", "Đồng Hới", "Tỉnh"), ("Kon Tum", "Kon Tum", "Tỉnh"),
    ];

    public static readonly string[] DistrictNames =
    [
        "Duy Xuyên", "Thăng Bình", "Núi Thành", "Điện Bàn", "Đại Lộc", "Quế Sơn", "Hiệp Đức", "Tiên Phước", "Phú Ninh", "Nông Sơn",
        "Yên Thành", "Diễn Châu", "Quỳnh Lưu", "Nghi Lộc", "Hưng Nguyên", "Nam Đàn", "Thanh Chương", "Đô Lương", "Anh Sơn", "Con Cuông",
        "Kỳ Anh", "Cẩm Xuyên", "Thạch Hà", "Can Lộc", "Đức Thọ", "Hương Sơn", "Vũ Quang", "Lộc Hà", "Nghi Xuân", "Hương Khê",
    ];

    public static readonly string[] CommuneNames =
    [
        "Tam Hiệp", "Tam Anh", "Bình Minh", "Bình Trung", "Quế Phú", "Điện Hòa", "Đại Hiệp", "Duy Phước", "Tiên Cảnh", "Phú Thịnh",
        "Nghi Phong", "Diễn Kỷ", "Quỳnh Lập", "Hưng Tân", "Nam Thanh", "Thanh Hòa", "Đà Sơn", "Kỳ Tân", "Cẩm Hưng", "Thạch Long",
        "Xuân An", "Sơn Tiến", "Hương Trà", "Lộc Yên", "Đức Thủy", "Phúc Đồng", "Tân Phong", "Hòa Lạc", "An Thịnh", "Vĩnh Lộc",
    ];

    public static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];

    public static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Công"];

    public static readonly string[] GivenNames = ["Hùng", "Lan", "Dũng", "Hòa", "Tuấn", "Hương", "Sơn", "Thủy", "Bình", "Khoa", "Nam", "Thắng", "Phúc", "Quý"];

    /// <summary>Central directive subjects (the trích yếu after "về").</summary>
    public static readonly string[] Topics =
    [
        "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống",
        "tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới",
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        "tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
        "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
        "nâng cao chất lượng, hiệu quả công tác kiểm tra, giám sát và kỷ luật của Đảng",
        "phát triển kinh tế tư nhân trở thành một động lực quan trọng nhất của nền kinh tế",
        "tăng cường công tác bảo vệ môi trường và ứng phó với biến đổi khí hậu",
        "trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương",
        "tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự, an toàn xã hội",
        "đẩy mạnh công tác dân vận trong tình hình mới",
        "xây dựng và phát huy giá trị văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước",
        "nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn hiện nay",
        "phát triển nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045",
        "đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa",
        "tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới",
        "đẩy mạnh công tác quy hoạch, luân chuyển, đào tạo, bồi dưỡng cán bộ",
        "tăng cường quốc phòng, bảo vệ vững chắc chủ quyền biển, đảo của Tổ quốc",
        "thực hành tiết kiệm, chống lãng phí trong cơ quan, đơn vị và toàn xã hội",
    ];

    /// <summary>Paragraph openings and bodies a plan is made of; {0} is the short name of what it implements.</summary>
    public static readonly string[] Aims =
    [
        "Quán triệt sâu sắc, đầy đủ nội dung cơ bản của {0}, tạo sự thống nhất cao về nhận thức và hành động trong cấp ủy, chính quyền, cán bộ, đảng viên và nhân dân.",
        "Xác định rõ nhiệm vụ, giải pháp, trách nhiệm của các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong việc triển khai thực hiện {0} bảo đảm thiết thực, hiệu quả, phù hợp với tình hình thực tiễn của địa phương.",
        "Việc triển khai thực hiện {0} phải được tiến hành nghiêm túc, khẩn trương, gắn với thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị; tránh hình thức, qua loa, chiếu lệ.",
        "Nâng cao nhận thức, trách nhiệm, quyết tâm chính trị, tinh thần tự giác, gương mẫu của cấp ủy, cán bộ, đảng viên, nhất là người đứng đầu trong thực hiện {0}.",
        "Tăng cường kiểm tra, giám sát, sơ kết, tổng kết việc thực hiện {0}; kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích, chấn chỉnh những hạn chế, khuyết điểm.",
    ];

    public static readonly string[] Tasks =
    [
        "Tổ chức học tập, quán triệt {0} đến toàn thể cán bộ, đảng viên bằng hình thức phù hợp, bảo đảm chất lượng, hiệu quả",
        "Xây dựng chương trình hành động, kế hoạch cụ thể thực hiện {0} sát với chức năng, nhiệm vụ được giao",
        "Đẩy mạnh công tác tuyên truyền về {0} trên các phương tiện thông tin đại chúng, trang thông tin điện tử và mạng xã hội",
        "Rà soát, bổ sung, hoàn thiện quy chế làm việc, quy định về trách nhiệm nêu gương của cán bộ, đảng viên",
        "Tăng cường công tác kiểm tra, giám sát việc thực hiện {0}, kịp thời phát hiện, xử lý nghiêm các vi phạm",
        "Gắn việc thực hiện {0} với việc đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm",
        "Đổi mới nội dung, phương thức sinh hoạt chi bộ, nâng cao tính lãnh đạo, tính giáo dục, tính chiến đấu",
        "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan, đơn vị",
        "Tổ chức sơ kết việc thực hiện {0}, báo cáo kết quả về cấp ủy cấp trên theo quy định",
        "Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong giám sát, phản biện xã hội",
    ];

    public static readonly string[] Deadlines =
    [
        "(hoàn thành trong Quý I/{0})", "(hoàn thành trong Quý II/{0})", "(thực hiện thường xuyên)", "(hoàn thành trước ngày 30/6/{0})",
        "(hoàn thành trong năm {0})", "(trước ngày 15/12/{0})",
    ];

    /// <summary>What a lower committee writes instead, when it rewrites its parent's plan: (words, replacement).</summary>
    public static readonly (string From, string To)[] Rewordings =
    [
        ("Quán triệt sâu sắc", "Quán triệt nghiêm túc"), ("tăng cường", "đẩy mạnh"), ("cán bộ, đảng viên", "đảng viên, cán bộ"),
        ("thiết thực, hiệu quả", "hiệu quả, thiết thực"), ("kịp thời", "nhanh chóng"), ("nghiêm túc", "nghiêm túc, đầy đủ"),
        ("Tổ chức học tập", "Tổ chức nghiên cứu, học tập"), ("cơ quan, đơn vị", "cơ quan, đơn vị, địa phương"), ("người đứng đầu", "người đứng đầu cấp ủy"),
    ];

    /// <summary>Typing errors real documents carry (DOMAIN.md), put into running text only.</summary>
    public static readonly (string From, string To)[] Typos =
    [
        ("đẩy lùi", "đầy lùi"), ("Đảng ủy", "Đang ủy"), ("Khối", "Khôi"), ("thực hiện", "thưc hiện"), ("nhiệm vụ", "nhiêm vụ"),
    ];
}
