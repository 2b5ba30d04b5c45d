using DirectiveSearch.Core.Assignments;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Tests.Assignments;

/// <summary>Units resolved in the context of the plan naming them: one id per body.</summary>
public sealed class UnitResolverTests
{
    [Fact]
    public void A_bare_department_belongs_to_the_plan_committee()
    {
        var provincial = UnitContext.ForIssuer("Ban Thường vụ Tỉnh ủy Thái Nguyên");
        var bloc = UnitContext.ForIssuer("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh");

        Assert.Equal("Văn phòng Tỉnh ủy Thái Nguyên", UnitResolver.Resolve("Văn phòng", provincial).Name);
        Assert.Equal("Văn phòng Đảng ủy Khối các cơ quan tỉnh", UnitResolver.Resolve("Văn phòng", bloc).Name);
        Assert.NotEqual(UnitResolver.Resolve("Văn phòng", provincial).Id, UnitResolver.Resolve("Văn phòng", bloc).Id);
    }

    [Fact]
    public void Shortened_and_full_names_of_the_committee_are_one_body()
    {
        var bloc = UnitContext.ForIssuer("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh");

        var ids = new[] { "Ban Tổ chức Đảng ủy Khối", "Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh", "Ban Tổ chức" }
            .Select(u => UnitResolver.Resolve(u, bloc).Id)
            .Distinct()
            .ToList();

        Assert.Equal(["ban-to-chuc-dang-uy-khoi-cac-co-quan-tinh"], ids);
    }

    [Fact]
    public void Abbreviations_tone_styles_and_the_person_standing_for_the_body_fold_away()
    {
        var commune = UnitContext.ForIssuer("Ban Thường vụ Đảng uỷ");

        Assert.Equal(UnitResolver.Resolve("Ủy ban Kiểm tra Đảng ủy", commune).Id, UnitResolver.Resolve("UBKT Đảng uỷ", commune).Id);
        var province = UnitContext.ForIssuer("Ủy ban nhân dân tỉnh Bình Định");
        Assert.Equal("Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Định", UnitResolver.Resolve("Giám đốc Sở Văn hóa, Thể thao và Du lịch", province).Name);
    }

    [Fact]
    public void Many_committees_are_not_the_plan_committee()
    {
        var bloc = UnitContext.ForIssuer("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh");

        Assert.Equal("Đảng ủy Khối các cơ quan tỉnh", UnitResolver.Resolve("Đảng ủy Khối", bloc).Name);
        Assert.Equal("Đảng ủy", UnitResolver.Resolve("các đảng ủy", bloc).Name);
        Assert.Equal("Đảng ủy Công an tỉnh", UnitResolver.Resolve("Đảng ủy Công an tỉnh", UnitContext.ForIssuer("Ban Chấp hành Đảng bộ tỉnh")).Name);
    }

    [Fact]
    public void Without_an_issuer_the_symbol_names_the_committee()
    {
        var record = new DocumentRecord("kh", [], new DocumentType("KH", "Kế hoạch"), "49-KH/TU", "KẾ HOẠCH", null, null, null, [], [], null, string.Empty);

        Assert.Equal("Văn phòng Tỉnh ủy", UnitResolver.Resolve("Văn phòng", UnitContext.Of(record)).Name);
    }

    [Fact]
    public void Two_syllables_a_page_printed_joined_name_the_same_body()
    {
        var province = UnitContext.ForIssuer("Ủy ban nhân dân tỉnh Bình Định");

        Assert.Equal(
            UnitResolver.Resolve("Chủ tịch UBND các huyện An Lão, Vĩnh Thạnh", province).Id,
            UnitResolver.Resolve("Chủ tịch UBND cáchuyện An Lão, Vĩnh Thạnh", province).Id);
        Assert.Equal("Ban Chỉ đạo thực hiện", UnitResolver.Resolve("Ban Chỉ đạo thựchiện", province).Name);
        Assert.Equal("Trung tâm Internet", UnitResolver.Resolve("Trung tâm Internet", province).Name);
    }
}
