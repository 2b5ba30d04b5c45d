using DirectiveSearch.Core.Citations.Resolve;

namespace DirectiveSearch.Core.Tests.Citations.Resolve;

public sealed class NamedMeetingTableTests
{
    private static string DataFile => Path.Combine(CitationTestFiles.RepoRoot, "src", "DirectiveSearch.Core", "Data", "named-meetings.json");

    [Fact]
    public void The_built_in_table_is_the_data_file_embedded()
    {
        using var stream = File.OpenRead(DataFile);
        var fromFile = NamedMeetingTable.Parse(stream);

        Assert.Equal(Flatten(NamedMeetingTable.BuiltIn.Meetings), Flatten(fromFile));
    }

    [Theory]
    [InlineData("hntw-4-xiii", "kl-21-tw-2021 qd-37-tw-2021")]
    [InlineData("hntw-5-xiii", "nq-18-tw-2022 nq-19-tw-2022 nq-20-tw-2022 nq-21-tw-2022")]
    [InlineData("dh-xiii", "nq-dhxiii-tw-2021")]
    public void Knows_the_meetings_of_the_seeds(string key, string ids)
    {
        Assert.Equal(ids, string.Join(' ', NamedMeetingTable.BuiltIn.Find(key)!.Directives.Select(d => d.Id)));
    }

    [Fact]
    public void A_file_meeting_replaces_the_built_in_one_with_its_key()
    {
        var table = NamedMeetingTable.BuiltIn.With([new NamedMeeting("hntw-4-xiii", "test", [new MeetingDirective("kl-21-tw-2021", "21-KL/TW", null, null)])]);

        Assert.Single(table.Find("hntw-4-xiii")!.Directives);
        Assert.Equal(NamedMeetingTable.BuiltIn.Meetings.Count, table.Meetings.Count);
    }

    [Theory]
    [InlineData("""{ "meetings": [ { "key": "HNTW 4", "directives": [] } ] }""")]
    [InlineData("""{ "meetings": [ { "key": "hntw-4-xiii", "directives": [ { "id": "KL 21" } ] } ] }""")]
    [InlineData("""{ "meetings": [ { "key": "hntw-4-xiii", "directives": [ { "symbol": "21-KL/TW" } ] } ] }""")]
    [InlineData("""{ "hội nghị": [] }""")]
    public void Rejects_malformed_files(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Throws<FormatException>(() => NamedMeetingTable.BuiltIn.With(NamedMeetingTable.Parse(stream)));
    }

    private static List<string> Flatten(IEnumerable<NamedMeeting> meetings) =>
        [.. meetings.SelectMany(m => m.Directives.Select(d => $"{m.Key}|{m.Name}|{d.Id}|{d.Symbol}|{d.Date:yyyy-MM-dd}|{d.Title}")).Order(StringComparer.Ordinal)];
}
