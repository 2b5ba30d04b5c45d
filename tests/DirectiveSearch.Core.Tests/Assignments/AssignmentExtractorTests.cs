using DirectiveSearch.Core.Assignments;
using DirectiveSearch.Core.Tests.Citations;

namespace DirectiveSearch.Core.Tests.Assignments;

/// <summary>The extractor on plans written for the test, each showing one way plans assign work.</summary>
public sealed class AssignmentExtractorTests
{
    private const string Plan = """
        Số 12-KH/HU
        KẾ HOẠCH
        thực hiện Chỉ thị số 05-CT/TW
        I. MỤC ĐÍCH, YÊU CẦU
        Ban Tuyên giáo Huyện ủy chủ trì tổ chức hội nghị quán triệt (trong tháng 3/2024).
        II. TỔ CHỨC THỰC HIỆN
        1. Giao Ban Tuyên giáo chủ trì, phối hợp với Văn phòng Huyện ủy, các cơ quan, đơn vị liên quan theo dõi, đôn đốc thực hiện Kế hoạch này; định kỳ 6 tháng báo cáo Ban Thường vụ Huyện ủy.
        2. Ủy ban Kiểm tra Huyện ủy
        - Xây dựng kế hoạch kiểm tra việc thực hiện Chỉ thị (Quý II/2024).
        - Tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy trước ngày 15/12/2024.
        3. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch thực hiện, gửi về Ban Tuyên giáo Huyện ủy chậm nhất ngày 30/4/2024.
        Trên đây là Kế hoạch thực hiện Chỉ thị số 05-CT/TW, đề nghị các chi bộ thực hiện nghiêm túc.
        """;

    [Fact]
    public void Reads_every_task_of_the_part_that_assigns_work()
    {
        var tasks = AssignmentExtractor.Extract(CitationTestFiles.Record("kh-12", Plan));

        Assert.Equal(4, tasks.Count);
        Assert.All(tasks, t => Assert.StartsWith("II", t.SectionPath));
        Assert.Equal(["Ban Tuyên giáo Huyện ủy"], tasks[0].Lead.Select(u => u.Name));
        Assert.Equal(["Văn phòng Huyện ủy", "Cơ quan, đơn vị liên quan"], tasks[0].Supporting.Select(u => u.Name));
        Assert.Equal(("recurring", "semiannual"), (tasks[0].Deadline?.Kind, tasks[0].Deadline?.Recurrence));
        Assert.Equal(["Ủy ban Kiểm tra Huyện ủy"], tasks[1].Lead.Select(u => u.Name));
        Assert.Equal(new DateOnly(2024, 6, 30), tasks[1].Deadline?.Due);
        Assert.Equal("plan", tasks[1].Output);
        Assert.Equal(["Ủy ban Kiểm tra Huyện ủy"], tasks[2].Lead.Select(u => u.Name));
        Assert.Equal(new DateOnly(2024, 12, 15), tasks[2].Deadline?.Due);
        Assert.Equal("report", tasks[2].Output);
        Assert.Equal(["Chi bộ trực thuộc Huyện ủy"], tasks[3].Lead.Select(u => u.Name));
        Assert.Equal("chậm nhất ngày 30/4/2024", tasks[3].Deadline?.Text);
    }

    [Fact]
    public void Every_task_points_at_the_words_it_came_from()
    {
        var record = CitationTestFiles.Record("kh-12", Plan);

        foreach (var task in AssignmentExtractor.Extract(record))
            Assert.Equal(task.Text, record.Text[task.Start..task.End]);
    }

    [Fact]
    public void A_task_with_no_unit_says_so_rather_than_guess()
    {
        const string text = """
            KẾ HOẠCH
            I. TỔ CHỨC THỰC HIỆN
            Việc sơ kết thực hiện Kế hoạch hoàn thành trước ngày 30/6/2025.
            """;

        var task = Assert.Single(AssignmentExtractor.Extract(CitationTestFiles.Record("kh", text)));

        Assert.True(task.UnitUncertain);
        Assert.Empty(task.Lead);
        Assert.Equal(new DateOnly(2025, 6, 30), task.Deadline?.Due);
    }

    [Fact]
    public void Outside_an_assigning_part_only_outright_assignments_count()
    {
        const string text = """
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án.
            Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển khai thực hiện Kế hoạch này.
            Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
            """;
        var record = CitationTestFiles.Record("qd", text) with { Issuer = "Ủy ban nhân dân tỉnh Hà Giang" };

        var task = Assert.Single(AssignmentExtractor.Extract(record));

        Assert.Equal(["Sở Nội vụ tỉnh Hà Giang"], task.Lead.Select(u => u.Name));
        Assert.Equal(["Sở, ngành liên quan"], task.Supporting.Select(u => u.Name));
    }

    [Fact]
    public void A_parenthesis_narrowing_a_list_of_units_makes_one_supporting_group()
    {
        var record = CitationTestFiles.Record("hd-1", """
            Tỉnh ủy Hà Nam chủ trì, phối hợp chặt chẽ với các tỉnh ủy, thành ủy (đã được Bộ Chính trị đồng ý chủ trương sáp nhập) xây dựng Đề án, gửi về Ban Tổ chức Trung ương trước ngày 15/6/2025.
            """) with { Issuer = "Ban Tổ chức Trung ương" };

        var task = Assert.Single(AssignmentExtractor.Extract(record));

        Assert.Equal(["tinh-uy-ha-nam"], task.Lead.Select(u => u.Id));
        var group = Assert.Single(task.Supporting);
        Assert.Equal("tinh-uy-thanh-uy-da-duoc-bo-chinh-tri-dong-y-chu-truong-sap-nhap", group.Id);
    }

    [Fact]
    public void State_bodies_beside_the_departments_are_units()
    {
        var record = CitationTestFiles.Record("qd-1", """
            UBND tỉnh giao Sở Y tế chịu trách nhiệm quản lý kinh phí. Sở Tài chính, Kho bạc Nhà nước tỉnh lập thủ tục cấp kinh phí, kiểm soát chi theo quy định.
            """) with { Issuer = "Ủy ban nhân dân tỉnh Quảng Nam" };

        var tasks = AssignmentExtractor.Extract(record);

        Assert.Equal(2, tasks.Count);
        Assert.Equal(["Sở Tài chính tỉnh Quảng Nam", "Kho bạc Nhà nước tỉnh Quảng Nam"], tasks[1].Lead.Select(u => u.Name));
    }
}
