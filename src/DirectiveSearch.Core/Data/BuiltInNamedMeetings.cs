using DirectiveSearch.Core.Citations.Resolve;

namespace DirectiveSearch.Core.Data;

/// <summary>
/// The curated named-meeting table, as code because the project embeds no resources. It is the same data as
/// <c>named-meetings.json</c> beside this file (a test keeps the two equal); users extend it with a file of
/// that format (<see cref="NamedMeetingTable.WithFile"/>, see README.md here). Entries for Hội nghị Trung
/// ương 4 and 5 khóa XIII and Hội nghị Trung ương 6 khóa XII are confirmed by the seed plans (000, 003, 004);
/// the others are the published directives of those meetings.
/// </summary>
public static class BuiltInNamedMeetings
{
    public static IReadOnlyList<NamedMeeting> All { get; } =
    [
        new("hntw-4-xi", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI",
        [
            new("nq-12-tw-2012", "12-NQ/TW", new DateOnly(2012, 1, 16), "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"),
        ]),
        new("hntw-4-xii", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
        [
            new("nq-04-tw-2016", "04-NQ/TW", new DateOnly(2016, 10, 30), "Về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện \"tự diễn biến\", \"tự chuyển hoá\" trong nội bộ"),
        ]),
        new("hntw-6-xii", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
        [
            new("nq-18-tw-2017", "18-NQ/TW", new DateOnly(2017, 10, 25), "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"),
            new("nq-19-tw-2017", "19-NQ/TW", new DateOnly(2017, 10, 25), "Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập"),
            new("nq-20-tw-2017", "20-NQ/TW", new DateOnly(2017, 10, 25), "Về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới"),
            new("nq-21-tw-2017", "21-NQ/TW", new DateOnly(2017, 10, 25), "Về công tác dân số trong tình hình mới"),
        ]),
        new("hntw-4-xiii", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII",
        [
            new("kl-21-tw-2021", "21-KL/TW", new DateOnly(2021, 10, 25), "Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện \"tự diễn biến\", \"tự chuyển hoá\""),
            new("qd-37-tw-2021", "37-QĐ/TW", new DateOnly(2021, 10, 25), "Về những điều đảng viên không được làm"),
        ]),
        new("hntw-5-xiii", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII",
        [
            new("nq-18-tw-2022", "18-NQ/TW", new DateOnly(2022, 6, 16), "Về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất"),
            new("nq-19-tw-2022", "19-NQ/TW", new DateOnly(2022, 6, 16), "Về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045"),
            new("nq-20-tw-2022", "20-NQ/TW", new DateOnly(2022, 6, 16), "Về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới"),
            new("nq-21-tw-2022", "21-NQ/TW", new DateOnly(2022, 6, 16), "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới"),
        ]),
        new("hntw-6-xiii", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII",
        [
            new("nq-27-tw-2022", "27-NQ/TW", new DateOnly(2022, 11, 9), "Về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới"),
            new("nq-28-tw-2022", "28-NQ/TW", new DateOnly(2022, 11, 17), "Về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới"),
            new("nq-29-tw-2022", "29-NQ/TW", new DateOnly(2022, 11, 17), "Về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045"),
        ]),
        new("dh-xii", "Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
        [
            new("nq-dhxii-tw-2016", null, new DateOnly(2016, 1, 28), "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng"),
        ]),
        new("dh-xiii", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        [
            new("nq-dhxiii-tw-2021", null, new DateOnly(2021, 2, 1), "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
        ]),
    ];
}
