using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>
/// Named meetings and the directives they adopted: the curated <see cref="BuiltIn"/> table, which users extend
/// with a JSON file (<see cref="WithFile"/>; format in <c>src/DirectiveSearch.Core/Data/README.md</c>). A
/// file's meeting replaces a built-in one with the same key.
/// </summary>
public sealed partial class NamedMeetingTable
{
    private readonly Dictionary<string, NamedMeeting> byKey;

    public NamedMeetingTable(IEnumerable<NamedMeeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        byKey = new Dictionary<string, NamedMeeting>(StringComparer.Ordinal);
        foreach (var meeting in meetings)
        {
            Validate(meeting);
            byKey[meeting.Key] = meeting;
        }
    }

    /// <summary>
    /// The curated table: <c>Data/named-meetings.json</c>, embedded in the assembly. Entries for Hội nghị Trung ương 4 and 5
    /// khóa XIII and Hội nghị Trung ương 6 khóa XII are confirmed by the seed plans (000, 003, 004); the others are the
    /// published directives of those meetings.
    /// </summary>
    public static NamedMeetingTable BuiltIn { get; } = new(ReadBuiltIn());

    public IReadOnlyCollection<NamedMeeting> Meetings => byKey.Values;

    public NamedMeeting? Find(string key) => byKey.GetValueOrDefault(key);

    /// <summary>This table with the meetings of the JSON file at <paramref name="path"/> added or replacing.</summary>
    public NamedMeetingTable WithFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return With(Parse(stream));
    }

    /// <summary>This table with <paramref name="meetings"/> added or replacing.</summary>
    public NamedMeetingTable With(IEnumerable<NamedMeeting> meetings) => new(byKey.Values.Concat(meetings));

    /// <summary>Reads meetings in the JSON format of <c>Data/named-meetings.json</c>.</summary>
    public static IReadOnlyList<NamedMeeting> Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("meetings", out var meetings) || meetings.ValueKind != JsonValueKind.Array)
            throw new FormatException("A named-meeting file is an object with a \"meetings\" array.");
        var result = new List<NamedMeeting>();
        foreach (var meeting in meetings.EnumerateArray())
        {
            var directives = new List<MeetingDirective>();
            if (meeting.TryGetProperty("directives", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var directive in list.EnumerateArray())
                {
                    var date = Text(directive, "date");
                    directives.Add(new MeetingDirective(
                        Required(directive, "id"),
                        Text(directive, "symbol"),
                        date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        Text(directive, "title")));
                }
            }

            result.Add(new NamedMeeting(Required(meeting, "key"), Text(meeting, "name") ?? string.Empty, directives));
        }

        return result;
    }

    private static IReadOnlyList<NamedMeeting> ReadBuiltIn()
    {
        const string Resource = "DirectiveSearch.Core.Data.named-meetings.json";
        using var stream = typeof(NamedMeetingTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the assembly lacks its resource {Resource}");
        return Parse(stream);
    }

    private static string Required(JsonElement element, string name) =>
        Text(element, name) ?? throw new FormatException($"A named-meeting entry lacks \"{name}\".");

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Validate(NamedMeeting meeting)
    {
        if (!MeetingKey().IsMatch(meeting.Key))
            throw new FormatException($"Meeting key \"{meeting.Key}\" is not \"hntw-{{plenum}}-{{term}}\" or \"dh-{{term}}\" (\"hntw-4-xiii\", \"dh-xiii\").");
        foreach (var directive in meeting.Directives)
        {
            if (!DirectiveId().IsMatch(directive.Id))
                throw new FormatException($"Directive id \"{directive.Id}\" of meeting {meeting.Key} is not a slug such as \"kl-21-tw-2021\".");
        }
    }

    [GeneratedRegex(@"^(?:hntw-\d{1,2}|dh)-[ivxl]{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingKey();

    [GeneratedRegex(@"^[a-z]+-[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectiveId();
}
