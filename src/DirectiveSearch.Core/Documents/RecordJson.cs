using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DirectiveSearch.Core.Documents;

/// <summary>
/// The one JSON shape of records, shared by storage, the command line and the API:
/// camelCase names, ISO dates, and Vietnamese letters written as themselves rather than \u escapes.
/// </summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(DocumentRecord record) => JsonSerializer.Serialize(record, Options);

    public static DocumentRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<DocumentRecord>(json, Options)
        ?? throw new JsonException("record JSON is null");
}
