using DirectiveSearch.Core.Assignments;

namespace DirectiveSearch.Core.Tests.Assignments;

/// <summary>Each deadline form plans use, in the words of real plans (the seeds and the held-out texts).</summary>
public sealed class DeadlineParserTests
{
    [Theory]
    [InlineData("gửi về Đảng ủy Khối các cơ quan tỉnh trước ngày 28/02/2023.", "date", "2023-02-28", null)]
    [InlineData("gửi báo cáo về Đảng ủy Sở trước ngày 28/03/2022.", "date", "2022-03-28", null)]
    [InlineData("báo cáo Ban Tổ chức Trung ương chậm nhất ngày 15/12/2023", "date", "2023-12-15", null)]
    [InlineData("hoàn thành trước ngày 15 tháng 6 năm 2025", "date", "2025-06-15", null)]
    [InlineData("xong trước 15/12/2024", "date", "2024-12-15", null)]
    [InlineData("báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 30/6/2022.", "date", "2022-06-30", null)]
    [InlineData("các chi bộ tổ chức đại hội xong trước ngày 31-12-2019", "date", "2019-12-31", null)]
    [InlineData("Tham mưu sơ kết 05 năm (hoàn thành trong tháng 02/2022);", "month", "2022-02-28", null)]
    [InlineData("sinh hoạt chính trị (Quý I/2022).", "quarter", "2022-03-31", null)]
    [InlineData("(hoàn thành trong Quý I/2022).", "quarter", "2022-03-31", null)]
    [InlineData("sơ kết 03 năm thực hiện vào quý II năm 2023", "quarter", "2023-06-30", null)]
    [InlineData("báo cáo sơ kết trong 6 tháng đầu năm 2023", "half", "2023-06-30", null)]
    [InlineData("sắp xếp tổ chức bộ máy (năm 2022).", "year", "2022-12-31", null)]
    [InlineData("kiểm soát tài sản, thu nhập (năm 2022, 2023).", "year", "2023-12-31", null)]
    [InlineData("lấy phiếu tín nhiệm (trong năm 2023 hoặc đột xuất khi cần thiết).", "year", "2023-12-31", null)]
    [InlineData("cán bộ ứng cử (từ năm 2022).", "start", null, null)]
    [InlineData("(thực hiện hằng năm).", "recurring", null, "annual")]
    [InlineData("(thực hiện hằng năm từ năm 2022).", "recurring", null, "annual")]
    [InlineData("định kỳ hàng năm báo cáo về Đảng ủy Khối các cơ quan tỉnh.", "recurring", null, "annual")]
    [InlineData("định kỳ 6 tháng báo cáo Ban Thường vụ", "recurring", null, "semiannual")]
    [InlineData("tổ chức sơ kết hằng quý", "recurring", null, "quarterly")]
    [InlineData("định kỳ báo cáo Thường trực Đảng ủy", "recurring", null, "periodic")]
    [InlineData("(thực hiện thường xuyên).", "ongoing", null, null)]
    [InlineData("(khi Trung ương triển khai thực hiện).", "conditional", null, null)]
    [InlineData("(sau khi Quy định ban hành).", "conditional", null, null)]
    [InlineData("(năm thứ 3, nhiệm kỳ Đại hội Đảng, nhiệm kỳ Hội đồng nhân dân các cấp).", "unclear", null, null)]
    public void Reads_the_deadline_plans_write(string words, string kind, string? due, string? recurrence)
    {
        var deadline = DeadlineParser.Parse(words);

        Assert.NotNull(deadline);
        Assert.Equal(kind, deadline.Kind);
        Assert.Equal(due is null ? null : DateOnly.ParseExact(due, "yyyy-MM-dd"), deadline.Due);
        Assert.Equal(recurrence, deadline.Recurrence);
    }

    [Theory]
    [InlineData("hoàn thành xong trước 15/12", "2024-12-15")]
    [InlineData("báo cáo Ban Thường vụ Huyện ủy trước ngày 30/6", "2024-06-30")]
    public void A_day_and_month_without_year_fall_in_the_plan_year(string words, string due)
    {
        var deadline = DeadlineParser.Parse(words, new DateOnly(2024, 3, 1));

        Assert.Equal(DeadlineKinds.Date, deadline?.Kind);
        Assert.Equal(DateOnly.ParseExact(due, "yyyy-MM-dd"), deadline?.Due);
    }

    [Fact]
    public void Keeps_the_words_as_written()
    {
        var deadline = DeadlineParser.Parse("Chủ trì, hướng dẫn thực hiện đợt sinh hoạt chính trị (*Quý I/2022*).");

        Assert.Equal("Quý I/2022", deadline?.Text);
    }

    [Theory]
    [InlineData("Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khoá XIII.")]
    [InlineData("Chiến lược chuyển đổi số báo chí đến năm 2025, định hướng đến năm 2030")]
    [InlineData("nhiệm vụ trọng tâm của năm 2022 là đợt sinh hoạt chính trị")]
    [InlineData("Thường xuyên kiểm tra, giám sát cấp dưới")]
    public void A_date_or_year_in_passing_is_no_deadline(string words)
    {
        Assert.Null(DeadlineParser.Parse(words));
    }

    [Fact]
    public void A_date_without_year_takes_the_plan_year()
    {
        var deadline = DeadlineParser.Parse("báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước 30/10", new DateOnly(2009, 9, 1));

        Assert.Equal(new DateOnly(2009, 10, 30), deadline?.Due);
    }

    [Fact]
    public void A_date_set_with_truoc_ngay_wins_over_a_period_named_before_it()
    {
        var deadline = DeadlineParser.Parse("rà soát kết quả thực hiện trong năm 2023; gửi báo cáo về Bộ trước ngày 15/12/2023");

        Assert.Equal(DeadlineKinds.Date, deadline?.Kind);
        Assert.Equal(new DateOnly(2023, 12, 15), deadline?.Due);
    }
}
