using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace DirectiveSearch.Web.Tests;

/// <summary>The search view on a generated archive: facets a cadre can use, the two groupings, help when a query misses.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class SearchViewTests(ArchiveFixture archive)
{
    [Fact]
    public async Task Years_come_newest_first_and_more_expands_a_facet_to_all_its_values()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync("/search?q=chuyen+doi+so");

        var years = page.Locator("section[data-facet-name='year'] li a");
        await Expect(years).ToHaveCountAsync(8);
        await Expect(years.First).ToHaveAttributeAsync("data-value", "2025");
        await Expect(years.First.Locator(".count")).ToHaveTextAsync($"{1 + ArchiveFixture.ExtraIn2025}");

        // 25 years: more than the API's default 20 values per facet, so expanding asks for the rest.
        await page.Locator("section[data-facet-name='year'] .facet-more").ClickAsync();
        await Expect(years).ToHaveCountAsync(ArchiveFixture.LastYear - ArchiveFixture.FirstYear + 1);
        await Expect(years.Last).ToHaveAttributeAsync("data-value", $"{ArchiveFixture.FirstYear}");
    }

    [Fact]
    public async Task The_year_2025_can_be_clicked_and_the_issuer_is_one_value_for_its_three_spellings()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync("/search?q=chuyen+doi+so");
        var issuers = page.Locator("section[data-facet-name='issuer'] li a");
        await Expect(issuers).ToHaveCountAsync(1);
        await Expect(issuers.First).ToHaveAttributeAsync("data-value", ArchiveFixture.Issuer);
        await Expect(issuers.First.Locator(".count")).ToHaveTextAsync($"{ArchiveFixture.Plans}");

        await page.Locator("a[data-facet='year'][data-value='2025']").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("year=2025"));
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1 + ArchiveFixture.ExtraIn2025);
        await Expect(page.Locator(".total")).ToContainTextAsync($"Tìm thấy {1 + ArchiveFixture.ExtraIn2025} văn bản");

        // The issuer filter by its label keeps every spelling's documents.
        await page.Locator("a[data-facet='issuer']").First.ClickAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1 + ArchiveFixture.ExtraIn2025);
    }

    [Fact]
    public async Task The_group_switch_shows_sections_as_hits_and_back()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync("/search?q=ban+chi+dao");
        await Expect(page.Locator(".total")).ToContainTextAsync($"Tìm thấy {ArchiveFixture.Plans} văn bản");

        await page.Locator(".group-switch a[data-group='section']").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("group=section"));
        await Expect(page.Locator(".total")).ToContainTextAsync($"Tìm thấy {ArchiveFixture.Plans} điều, mục");
        await Expect(page.Locator(".hit").First).ToHaveAttributeAsync("data-path", "2");
        await Expect(page.Locator(".hit").First.Locator("h2")).ToContainTextAsync("2 — Tổ chức thực hiện");
        await Expect(page.Locator(".group-switch a[data-group='section']")).ToHaveAttributeAsync("aria-current", "true");

        await page.Locator(".group-switch a[data-group='document']").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("group="));
        await Expect(page.Locator(".total")).ToContainTextAsync("văn bản");
    }

    [Fact]
    public async Task An_accented_query_without_exact_match_says_the_results_are_unaccented()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("bàn chỉ đạo"));

        await Expect(page.Locator(".notice.approximate")).ToHaveTextAsync("Không có kết quả đúng dấu; đang hiện kết quả không dấu.");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(10);
        // What matched is "ban", not "bàn": marked as matched, since the fallback matched it.
        await Expect(page.Locator(".hit").First.Locator("mark").First).ToHaveTextAsync("ban");
    }

    [Fact]
    public async Task A_query_without_results_suggests_the_index_spelling_with_a_link()
    {
        var page = await archive.NewPageAsync();
        await page.GotoAsync("/search?q=chuyen+doi+soo");

        await Expect(page.Locator(".hits, .panel").Filter(new() { HasText = "Không tìm thấy văn bản nào" })).ToBeVisibleAsync();
        var suggestion = page.Locator(".notice.suggestion a");
        await Expect(suggestion).ToHaveTextAsync("chuyển đổi số");
        await suggestion.ClickAsync();
        await Expect(page.Locator(".total")).ToContainTextAsync($"Tìm thấy {ArchiveFixture.Plans} văn bản");
    }

    [Fact]
    public async Task An_over_long_query_keeps_the_page_and_says_why_in_vietnamese()
    {
        var page = await archive.NewPageAsync();
        var query = string.Join(' ', Enumerable.Repeat("chuyển đổi số", 1000));
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString(query));

        await Expect(page.Locator(".refused [role=alert]")).ToHaveTextAsync(new Regex(@"^Từ khóa quá dài: tối đa 10\.000 ký tự, đã nhập 13\.999 ký tự"));
        await Expect(page.Locator("form.search input[type=search]")).ToBeVisibleAsync();
        await Expect(page.Locator("header, nav").First).ToBeVisibleAsync();
    }
}
