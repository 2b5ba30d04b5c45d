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

    /// <summary>
    /// The same shape without indentation, for what the index stores: a law's section tree nests five
    /// levels deep, and indenting it made the stored JSON larger than the text it describes.
    /// </summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    public static string Serialize(DocumentRecord record) => JsonSerializer.Serialize(record, Options);

    public static DocumentRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<DocumentRecord>(json, Options)
        ?? throw new JsonException("record JSON is null");
}
