using System.Text.Json;
using System.Text.Json.Serialization;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Server.Contracts;

/// <summary>
/// The API's JSON, written the way records are everywhere else (<see cref="RecordJson"/>): camelCase,
/// Vietnamese letters as themselves, ISO dates. The command line's --json output uses the same
/// options, so "dirsearch search --json" prints what GET /api/search returns.
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options => RecordJson.Options;

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Gives ASP.NET Core's HTTP JSON options the same settings, so responses are written alike.</summary>
    public static void Apply(JsonSerializerOptions target)
    {
        target.PropertyNamingPolicy = Options.PropertyNamingPolicy;
        target.DictionaryKeyPolicy = Options.DictionaryKeyPolicy;
        target.PropertyNameCaseInsensitive = Options.PropertyNameCaseInsensitive;
        // Numbers are written as numbers; not accepting them as strings either keeps the OpenAPI
        // schemas "integer" and "number" rather than "integer or string".
        target.NumberHandling = JsonNumberHandling.Strict;
        target.Encoder = Options.Encoder;
        target.WriteIndented = Options.WriteIndented;
        target.DefaultIgnoreCondition = Options.DefaultIgnoreCondition;
    }
}
