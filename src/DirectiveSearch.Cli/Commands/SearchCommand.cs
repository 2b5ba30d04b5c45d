using System.Globalization;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Search.Querying;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch search QUERY... [--index DIR] [--limit N] [--offset N] [--type T] [--issuer I] [--year Y]
/// [--cites REF] [--sort relevance|date] [--group document|section] [--json]: the hits as GET /api/search returns them (--json),
/// or as a listing for people, with matched words highlighted.
/// </summary>
public static class SearchCommand
{
    private const int FacetValuesShown = 5;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, SearchSettings.Definition);
        var parameters = Parameters(parsed);
        using var index = IndexArgument.Open(parsed, error);
        if (index is null)
            return ExitCodes.NotFound;
        SearchResponse response;
        try
        {
            response = index.Search(parameters.ToRequest());
        }
        catch (QueryTooComplexException)
        {
            throw new UsageException("QUERY has too many quoted phrases or directive references to search at once");
        }

        if (parsed.Flag("json"))
            output.WriteLine(ApiJson.Serialize(response));
        else
            Print(response, parameters, output, TerminalHighlight.For(output, "«", "»"), id => DirectiveLabel(response, id));
        return ExitCodes.Success;
    }

    /// <summary>The same parameters and checks as the API, with the command line's names in the messages.</summary>
    private static SearchParameters Parameters(CommandArguments parsed)
    {
        var parameters = new SearchParameters(
            Q: string.Join(' ', parsed.Positional),
            Limit: parsed.Int("limit"),
            Offset: parsed.Int("offset"),
            Type: parsed.Option("type"),
            Issuer: parsed.Option("issuer"),
            Year: parsed.Option("year") is null ? null : parsed.IntOption("year", 0, SearchParameters.MinYear, SearchParameters.MaxYear),
            Cites: parsed.Option("cites"),
            Sort: parsed.Option("sort"),
            FacetLimit: parsed.Int("facet-limit"),
            Group: parsed.Option("group"));
        if (string.IsNullOrWhiteSpace(parameters.Text) && !parameters.HasFilter)
            throw new UsageException("search needs a QUERY, or a filter (--type, --issuer, --year, --cites) to list documents by");
        if (parameters.Validate() is { } invalid)
            throw new UsageException(invalid.Name is "q" or "query" ? $"QUERY {invalid.Reason}" : $"--{invalid.Name} {invalid.Reason}");
        return parameters;
    }

    private static void Print(SearchResponse response, SearchParameters parameters, TextWriter output, TerminalHighlight highlight, Func<string, string> directiveLabel)
    {
        if (response.Notice is { } notice)
            output.WriteLine(notice + ".");
        if (response.Hits.Count == 0)
            output.WriteLine(response.Total == 0 ? "Không tìm thấy văn bản nào." : "Không còn kết quả ở trang này.");
        if (response.Suggestion is { } suggestion)
            output.WriteLine($"Có phải bạn muốn tìm: {Plain(suggestion)}");

        var rank = parameters.Offset;
        foreach (var hit in response.Hits)
        {
            rank++;
            output.WriteLine($"{rank}. {(hit.Symbol is { } symbol ? Plain(symbol) + " — " : string.Empty)}{Plain(hit.Title)}");
            output.WriteLine($"   Loại: {Plain(hit.TypeName)} ({Plain(hit.Type)}) | Ngày: {VietnameseDate(hit.Date)} | Điểm: {hit.Score.ToString("0.00", CultureInfo.InvariantCulture)} | Mã: {hit.Id}");
            if (hit.Issuer is { } issuer)
                output.WriteLine($"   Cơ quan ban hành: {Plain(issuer)}");
            foreach (var section in hit.Sections)
            {
                var where = section.Path.Length == 0 ? "Phần mở đầu" : $"Mục {Plain(section.Path)}";
                var heading = section.Heading.Length == 0 || section.Path.Length == 0 ? string.Empty : " " + Plain(section.Heading);
                output.WriteLine($"   [{where}]{heading}");
                output.WriteLine($"      {highlight.Apply(section.SnippetText, section.Highlights)}");
            }

            output.WriteLine();
        }

        var shown = response.Hits.Count == 0 ? string.Empty : $" (hiển thị {parameters.Offset + 1}–{parameters.Offset + response.Hits.Count})";
        output.WriteLine($"Tổng số: {response.Total} {(response.Group == "section" ? "điều, mục" : "văn bản")}{shown}");
        PrintFacet("Loại văn bản", response.Facets.Type, output);
        PrintFacet("Cơ quan ban hành", response.Facets.Issuer, output);
        PrintFacet("Năm", response.Facets.Year, output);
        PrintFacet("Văn bản được trích dẫn", response.Facets.Cites.Select(pair => KeyValuePair.Create(directiveLabel(pair.Key), pair.Value)).ToList(), output);
    }

    /// <summary>"21-KL/TW năm 2021" for a facet's directive id: what a reader recognizes; the id when the symbol is unknown.</summary>
    private static string DirectiveLabel(SearchResponse response, string id) => response.CitesLabels.GetValueOrDefault(id) ?? id;

    private static void PrintFacet(string label, IReadOnlyCollection<KeyValuePair<string, int>> counts, TextWriter output)
    {
        if (counts.Count == 0)
            return;
        var top = counts.Take(FacetValuesShown).Select(pair => $"{Plain(pair.Key)} ({pair.Value})");
        var more = counts.Count > FacetValuesShown ? $", … {counts.Count - FacetValuesShown} giá trị khác" : string.Empty;
        output.WriteLine($"{label}: {string.Join(", ", top)}{more}");
    }

    /// <summary>An ISO date as Vietnamese write it (dd/MM/yyyy).</summary>
    private static string VietnameseDate(string? isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : "không rõ";

    private static string Plain(string text) => TerminalText.Plain(text);
}
