using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DirectiveSearch.Web.Tests;

/// <summary>What a cadre, a researcher and a report writer do on the page, in a real browser against the real server.</summary>
[Collection(WebCollection.Name)]
public sealed partial class WebPageTests(WebFixture web)
{
    private const string SelfCriticismPlan = "001_e0cf88b19ba32315";
    private const string Kl21Plan = "004_c789a2f662faff50";

    [Fact]
    public async Task A_search_typed_without_diacritics_puts_the_self_criticism_plan_first_with_highlighted_passages()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");

        // Keyboard only: the box has focus on arrival; Enter submits.
        await page.Keyboard.TypeAsync("tu soi tu sua");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=tu\+soi\+tu\+sua$"));
        var first = page.Locator(".hit").First;
        await Expect(first).ToHaveAttributeAsync("data-id", SelfCriticismPlan);
        await Expect(first.Locator("mark").First).ToHaveTextAsync("Tự");
        await Expect(first.Locator(".section .where").First).ToContainTextAsync("Phần mở đầu");
        await Expect(page.Locator(".total")).ToHaveTextAsync(new Regex(@"^Tìm thấy \d+ văn bản \([\d,]+ ms\)"));
        await Expect(page).ToHaveTitleAsync(new Regex("tu soi tu sua"));
        await WebFixture.ScreenshotAsync(page, "01-search");
    }

    [Fact]
    public async Task A_facet_is_a_filter_with_a_count_and_its_state_is_in_the_address()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/search?q=ke+hoach");
        var facet = page.Locator("a[data-facet='cites'][data-value='kl-21-tw-2021']");
        await Expect(facet).ToContainTextAsync("21-KL/TW năm 2021");
        var count = int.Parse(await facet.Locator(".count").TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await facet.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("cites=kl-21-tw-2021"));
        await Expect(page.Locator(".chip")).ToContainTextAsync("Văn bản được trích dẫn: 21-KL/TW năm 2021");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(count);
        await Expect(page.Locator(".total")).ToContainTextAsync($"Tìm thấy {count} văn bản");
        await WebFixture.ScreenshotAsync(page, "02-search-facet");

        // The same address opened afresh shows the same state; sorting is part of it too.
        var shared = await web.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await Expect(shared.Locator(".hit")).ToHaveCountAsync(count);
        await shared.Locator("select[name='sort']").SelectOptionAsync("date");
        await Expect(shared).ToHaveURLAsync(new Regex("sort=date"));
        await shared.GoBackAsync();
        await Expect(shared).Not.ToHaveURLAsync(new Regex("sort=date"));
    }

    [Fact]
    public async Task A_directive_named_in_the_query_gets_a_card_linking_to_its_page()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/search?q=KL+21");

        var card = page.Locator(".directive-card");
        await Expect(card.Locator("h2")).ToHaveTextAsync("Kết luận 21-KL/TW");
        await Expect(card).ToContainTextAsync("25/10/2021");
        await Expect(page.Locator(".hit").First).ToHaveAttributeAsync("data-id", Kl21Plan);
        await card.Locator("h2 a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/directives/kl-21-tw-2021$"));
        await WebFixture.ScreenshotAsync(page, "03-search-directive-card");
    }

    [Fact]
    public async Task A_document_shows_its_record_outline_and_text_and_a_citation_leads_to_its_directive()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/search?q=KL+21");
        await page.Locator($".hit[data-id='{Kl21Plan}'] h2 a").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/documents/{Kl21Plan}$"));
        await Expect(page.Locator("h1")).ToContainTextAsync("thực hiện Kết luận số 21-KL/TW");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Kế hoạch (KH)");
        await Expect(page.Locator(".outline a").First).ToBeVisibleAsync();
        await Expect(page.Locator(".fulltext .cite.cites").First).ToBeVisibleAsync();
        await Expect(page.Locator(".fulltext .cite.self").First).ToBeVisibleAsync();
        var sources = page.Locator(".sources a");
        await Expect(sources).ToHaveCountAsync(3); // its .docx, .pdf and .txt
        await Expect(sources.First).ToHaveAttributeAsync("href", new Regex($"/api/documents/{Kl21Plan}/sources/0$"));
        await WebFixture.ScreenshotAsync(page, "04-document");

        var citation = page.Locator(".fulltext a.cite.implements[data-target='kl-21-tw-2021']").First;
        await Expect(citation).ToHaveTextAsync(new Regex("21-KL/TW"));
        await citation.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/directives/kl-21-tw-2021$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Kết luận 21-KL/TW");
    }

    [Fact]
    public async Task A_link_to_a_section_opens_the_document_there_with_its_citations_marked()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync($"/documents/{Kl21Plan}#muc-II");

        var anchor = page.Locator("#muc-II");
        await Expect(anchor).ToBeInViewportAsync();
        await Expect(page.Locator(".fulltext a.cite").First).ToBeAttachedAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(WebFixture.ScreenshotFolder, "04b-document-section.png") });

        // The outline's links are in-page anchors: following one keeps the page and moves to the section.
        await page.Locator(".outline a[href='#muc-III']").ClickAsync();
        await Expect(page.Locator("#muc-III")).ToBeInViewportAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/documents/{Kl21Plan}#muc-III$"));
    }

    [Fact]
    public async Task The_original_file_of_a_document_downloads()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync($"/documents/{Kl21Plan}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".sources a").First.ClickAsync());

        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var saved = Path.Combine(Path.GetTempPath(), $"dirsearch-download-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(saved);
        Assert.Equal(File.ReadAllBytes(RepositoryFiles.Seed("004", ".docx")), File.ReadAllBytes(saved));
        File.Delete(saved);
    }

    [Fact]
    public async Task The_directive_page_lists_the_plans_implementing_it_directly_and_through_chains()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/directives/kl-21-tw-2021");

        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Ban Chấp hành Trung ương Đảng");
        // No document of the corpus amends, replaces or repeals it: the page says so rather than leaving it blank.
        await Expect(page.Locator("dl.facts [data-status='in-force']")).ToContainTextAsync("còn hiệu lực");
        var direct = page.Locator($".implementations-section li[data-id='{Kl21Plan}']");
        await Expect(direct).ToContainTextAsync("thực hiện");
        var chained = page.Locator(".implementations-section li[data-id='kh-52-duk-2022']");
        await Expect(chained.Locator(".chain")).ToHaveTextAsync("Chuỗi thực hiện: kh-52-duk-2022 → kh-49-tu-2022 → kl-21-tw-2021");
        await Expect(chained).ToContainTextAsync("thực hiện gián tiếp");
        await page.WaitForFunctionAsync("() => window.directiveSearchGraph && window.directiveSearchGraph.nodes().length > 1");
        await WebFixture.ScreenshotAsync(page, "05-directive");
    }

    [Fact]
    public async Task A_quote_copies_its_sentence_with_a_citation_to_paste_and_the_quotes_export_as_csv()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/directives/nq-35-tw-2018");
        await Expect(page.Locator(".quote")).ToHaveCountAsync(3);

        await page.Locator(".quote button.copy").Last.ClickAsync();

        await Expect(page.Locator(".quotes-section .status")).ToHaveTextAsync("Đã sao chép trích dẫn.");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("35-NQ/TW", copied, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch", copied, StringComparison.Ordinal);
        Assert.Matches(MucRegex(), copied);
        var csv = await page.Locator(".quotes-section a[download]").GetAttributeAsync("href");
        Assert.Equal("/api/directives/nq-35-tw-2018/quotes?format=csv", csv);
        await WebFixture.ScreenshotAsync(page, "06-directive-quotes");
    }

    [Fact]
    public async Task The_graph_explorer_draws_nodes_and_edges_and_a_click_on_a_node_opens_it()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/graph?root=kl-21-tw-2021&depth=1&direction=in");

        await page.WaitForFunctionAsync("() => window.directiveSearchGraph && window.directiveSearchGraph.nodes().length > 0");
        var nodes = await page.EvaluateAsync<int>("() => window.directiveSearchGraph.nodes().length");
        var edges = await page.EvaluateAsync<int>("() => window.directiveSearchGraph.edges().length");
        Assert.True(nodes >= 8, $"{nodes} nodes");
        Assert.True(edges >= 8, $"{edges} edges");
        await Expect(page.Locator(".graph-stats")).ToContainTextAsync($"{nodes} nút · {edges} cạnh");
        // Drawn, not only computed: the canvas holds coloured pixels.
        var coloured = await page.EvaluateAsync<int>("""
            () => {
              let count = 0;
              for (const canvas of document.querySelectorAll('.graph canvas')) {
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < data.length; i += 4 * 16) if (data[i] > 0) count++;
              }
              return count;
            }
            """);
        Assert.True(coloured > 100, $"only {coloured} drawn pixels");
        Assert.Contains("format=graphml", await page.Locator("a[data-export='graphml']").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains("format=dot", await page.Locator("a[data-export='dot']").GetAttributeAsync("href"), StringComparison.Ordinal);
        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-export='png']").ClickAsync());
        Assert.Equal("do-thi-trich-dan.png", png.SuggestedFilename);
        await WebFixture.ScreenshotAsync(page, "07-graph");

        var position = await page.EvaluateAsync<double[]>($$"""
            () => {
              const node = window.directiveSearchGraph.getElementById('{{Kl21Plan}}');
              const box = document.querySelector('.graph').getBoundingClientRect();
              const at = node.renderedPosition();
              return [box.left + at.x, box.top + at.y];
            }
            """);
        await page.Mouse.ClickAsync((float)position[0], (float)position[1]);
        await Expect(page).ToHaveURLAsync(new Regex($"/documents/{Kl21Plan}$"));
    }

    [Fact]
    public async Task On_a_phone_the_pages_fit_the_width()
    {
        var page = await web.NewPageAsync(390, 844);
        foreach (var (url, name) in new[] { ("/search?q=tu+soi+tu+sua", "08-phone-search"), ($"/documents/{Kl21Plan}", "09-phone-document"), ("/directives/kl-21-tw-2021", "10-phone-directive") })
        {
            await page.GotoAsync(url);
            await Expect(page.Locator("main[data-ready]")).ToBeAttachedAsync();
            await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow} px wider than the phone");
            await WebFixture.ScreenshotAsync(page, name);
        }
    }

    [Fact]
    public async Task An_unknown_document_says_so_in_vietnamese_and_the_directory_lists_the_knowledge_base()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/documents/khong-co");
        await Expect(page.Locator(".error")).ToHaveTextAsync("Không tìm thấy văn bản này.");

        // A chain step that is a corpus document without a symbol opens as the document it is.
        await page.GotoAsync($"/directives/{SelfCriticismPlan}");
        await Expect(page).ToHaveURLAsync(new Regex($"/documents/{SelfCriticismPlan}$"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Tự soi, tự sửa");

        await page.GetByRole(AriaRole.Link, new() { Name = "Văn bản chỉ đạo" }).ClickAsync();
        await Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await page.Locator("input[name='q']").FillAsync("chinh don dang");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/directives\?q=chinh\+don\+dang"));
        await Expect(page.Locator(".hit[data-id='kl-21-tw-2021']")).ToBeVisibleAsync();
        await WebFixture.ScreenshotAsync(page, "11-directives");
    }

    [GeneratedRegex(@"mục [IVX]+")]
    private static partial Regex MucRegex();
}
