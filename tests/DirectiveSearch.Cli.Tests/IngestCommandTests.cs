using System.Text.Json;

namespace DirectiveSearch.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-cli-");

    private string Index => Path.Combine(work.FullName, "index");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Ingesting_the_corpus_reports_five_documents_from_sixteen_files_and_show_prints_each_record()
    {
        var run = CliRun.Of("ingest", RepositoryFiles.Corpus, "--index", Index, "--json");

        Assert.Equal(0, run.ExitCode);
        var summary = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(5, summary.GetProperty("documents").GetInt32());
        Assert.Equal(16, summary.GetProperty("sources").GetInt32());
        Assert.Equal(0, summary.GetProperty("rejected").GetArrayLength());
        Assert.Equal(5, summary.GetProperty("formats").GetProperty("docx").GetInt32());
        Assert.Equal(5, summary.GetProperty("formats").GetProperty("txt").GetInt32());
        Assert.Equal(5, summary.GetProperty("formats").GetProperty("pdf").GetInt32());
        Assert.Equal(1, summary.GetProperty("formats").GetProperty("pdf+ocr").GetInt32());
        // The seeds lost their header tables, and with them every date (DOMAIN.md); none lacks a type or a title.
        var gaps = summary.GetProperty("gaps");
        Assert.Equal(0, gaps.GetProperty("noType").GetInt32());
        Assert.Equal(0, gaps.GetProperty("noTitle").GetInt32());
        Assert.Equal(5, gaps.GetProperty("noDate").GetInt32());
        Assert.Equal(0, gaps.GetProperty("noIssuer").GetInt32());

        var text = CliRun.Of("ingest", RepositoryFiles.Corpus, "--index", Index);
        Assert.Matches(@"Văn bản thiếu thông tin \(missing fields\): không rõ loại \(type\) 0 · không có ngày \(date\) \d+ · không có tiêu đề \(title\) 0 · không rõ cơ quan ban hành \(issuer\) \d+", text.Output);

        var show = CliRun.Of("show", "002_f40361709d858c1f", "--index", Index);
        Assert.Equal(0, show.ExitCode);
        var record = JsonDocument.Parse(show.Output).RootElement;
        Assert.Equal("002_f40361709d858c1f", record.GetProperty("id").GetString());
        Assert.Equal("KH", record.GetProperty("type").GetProperty("code").GetString());
        Assert.Equal("Kế hoạch", record.GetProperty("type").GetProperty("name").GetString());
        Assert.Equal("Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", record.GetProperty("issuer").GetString());
        Assert.Equal("T/M BAN THƯỜNG VỤ", record.GetProperty("signer").GetProperty("onBehalfOf").GetString());
        Assert.Equal("PHÓ BÍ THƯ", record.GetProperty("signer").GetProperty("position").GetString());
        Assert.Equal("Nguyễn Trọng Vân", record.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal(3, record.GetProperty("sources").GetArrayLength());
        Assert.StartsWith("thực hiện Kết luận số 01-KL/TW", record.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("Lưu VP, BTG Đảng ủy Khối", record.GetProperty("recipients").EnumerateArray().Last().GetString());
        Assert.Contains("\"onBehalfOf\"", show.Output, StringComparison.Ordinal);
        Assert.Equal("vi", record.GetProperty("language").GetString());
        Assert.Contains("Nguyễn Trọng Vân", show.Output, StringComparison.Ordinal); // not \u-escaped

        // The plan's title names what it implements; its citations say so, resolved to the directive's id.
        var citations = record.GetProperty("citations").EnumerateArray().ToList();
        var implemented = Assert.Single(citations, c => c.GetProperty("target").GetString() == "kl-01-tw-2021" && c.GetProperty("section").ValueKind == JsonValueKind.Null && c.GetProperty("relation").GetString() == "implements" && c.GetProperty("start").GetInt32() < 200);
        Assert.Equal(["target", "candidates", "written", "relation", "kind", "section", "sentence", "start", "end", "warnings"], implemented.EnumerateObject().Select(p => p.Name));
        var recordText = record.GetProperty("text").GetString()!;
        Assert.Equal(implemented.GetProperty("written").GetString(), recordText[implemented.GetProperty("start").GetInt32()..implemented.GetProperty("end").GetInt32()]);

        var missing = CliRun.Of("show", "no-such-document", "--index", Index);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no-such-document", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_on_unchanged_files_parses_nothing_and_changes_are_picked_up()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(work.FullName, "corpus"));
        foreach (var file in Directory.GetFiles(RepositoryFiles.Corpus, "*.txt").Concat(Directory.GetFiles(RepositoryFiles.Corpus, "*.docx")))
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));

        var first = Summary(CliRun.Of("ingest", corpus.FullName, "--index", Index, "--json"));
        Assert.Equal(10, first.GetProperty("parsed").GetInt32());
        Assert.True(first.GetProperty("committed").GetBoolean());

        var second = Summary(CliRun.Of("ingest", corpus.FullName, "--index", Index, "--json"));
        Assert.Equal(0, second.GetProperty("parsed").GetInt32());
        Assert.Equal(10, second.GetProperty("reused").GetInt32());
        Assert.False(second.GetProperty("committed").GetBoolean());

        // The text file becomes the document's only source, so its new line must reach the record.
        File.AppendAllText(Path.Combine(corpus.FullName, "000_4cbdf169707affb0.txt"), "\nGhi chú bổ sung.\n");
        File.Delete(Path.Combine(corpus.FullName, "000_4cbdf169707affb0.docx"));
        File.Delete(Path.Combine(corpus.FullName, "004_c789a2f662faff50.txt"));
        File.Delete(Path.Combine(corpus.FullName, "004_c789a2f662faff50.docx"));
        var third = Summary(CliRun.Of("ingest", corpus.FullName, "--index", Index, "--json"));
        Assert.Equal(1, third.GetProperty("parsed").GetInt32());
        Assert.Equal(6, third.GetProperty("reused").GetInt32());
        Assert.Equal(4, third.GetProperty("documents").GetInt32());
        Assert.NotEqual(0, CliRun.Of("show", "004_c789a2f662faff50", "--index", Index).ExitCode);
        Assert.Contains("Ghi chú bổ sung.", CliRun.Of("show", "000_4cbdf169707affb0", "--index", Index).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_and_unwritable_indexes_have_their_own_exit_codes()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.Of("ingest", "--bogus").ExitCode);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("ingest", "--workers", "zero").ExitCode);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("frobnicate").ExitCode);

        var blocker = Path.Combine(work.FullName, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var run = CliRun.Of("ingest", RepositoryFiles.Corpus, "--index", Path.Combine(blocker, "index"), "--no-ocr");
        Assert.Equal(ExitCodes.IndexNotWritable, run.ExitCode);
        Assert.Contains("cannot write the index", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_file_extends_the_table_the_citations_are_resolved_with()
    {
        var corpus = work.CreateSubdirectory("corpus");
        File.Copy(RepositoryFiles.Seed("000", ".txt"), Path.Combine(corpus.FullName, "000.txt"));
        var meetings = Path.Combine(work.FullName, "meetings.json");
        // Seed 000 implements "kết luận, quy định của Hội nghị Trung ương 4 khóa XIII": what that meeting adopted comes from the table.
        File.WriteAllText(meetings, """
            { "meetings": [ { "key": "hntw-4-xiii", "name": "Hội nghị Trung ương 4 khóa XIII (bản thử)",
              "directives": [ { "id": "kl-99-tw-2021", "symbol": "99-KL/TW", "date": "2021-10-25", "title": "Kết luận thử" } ] } ] }
            """);

        var run = CliRun.Of("ingest", corpus.FullName, "--index", Index, "--no-ocr", "--meetings", meetings, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.True(Summary(run).GetProperty("citations").GetInt32() > 0);
        var implementers = JsonDocument.Parse(CliRun.Of("implementations", "kl-99-tw-2021", "--index", Index, "--json").Output).RootElement;
        Assert.Contains(implementers.EnumerateArray(), i => i.GetProperty("id").GetString()!.StartsWith("kh-28-duk", StringComparison.Ordinal));
        var directive = JsonDocument.Parse(CliRun.Of("directive", "kl-99-tw-2021", "--index", Index, "--json").Output).RootElement;
        Assert.Equal("99-KL/TW", directive.GetProperty("directive").GetProperty("symbol").GetString());
    }

    [Fact]
    public void A_bad_meeting_file_is_a_usage_error_naming_it_before_anything_is_read()
    {
        var meetings = Path.Combine(work.FullName, "meetings.json");
        File.WriteAllText(meetings, """{ "meetings": [ { "key": "hội nghị", "name": "x", "directives": [] } ] }""");

        var bad = CliRun.Of("ingest", RepositoryFiles.Corpus, "--index", Index, "--meetings", meetings);
        var missing = CliRun.Of("ingest", RepositoryFiles.Corpus, "--index", Index, "--meetings", Path.Combine(work.FullName, "none.json"));

        Assert.Equal(ExitCodes.Usage, bad.ExitCode);
        Assert.Contains("meetings.json", bad.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Contains("none.json", missing.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Index) && Directory.EnumerateFiles(Index).Any(f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_mistyped_path_is_a_usage_error_and_leaves_the_index_as_it_was()
    {
        var text = Path.Combine(work.FullName, "plan.txt");
        File.WriteAllText(text, "KẾ HOẠCH\nThực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.");
        Assert.Equal(0, CliRun.Of("ingest", text, "--index", Index, "--no-ocr").ExitCode);

        var typo = CliRun.Of("ingest", Path.Combine(work.FullName, "plan.txtt"), "--index", Index, "--no-ocr");

        Assert.Equal(ExitCodes.Usage, typo.ExitCode);
        Assert.Contains("plan.txtt", typo.Error, StringComparison.Ordinal);
        var search = CliRun.Of("search", "ket luan 21", "--index", Index, "--json");
        Assert.Equal(1, JsonDocument.Parse(search.Output).RootElement.GetProperty("total").GetInt32());
    }

    private static JsonElement Summary(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement;
    }
}
