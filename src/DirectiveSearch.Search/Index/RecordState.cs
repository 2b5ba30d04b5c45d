using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// What an incremental change needs to know of a stored record without reading it: the hash of what its block was
/// written from (<see cref="Hash"/>), the directives it makes known to other documents' resolution and the lookup keys
/// its own resolution read.
/// </summary>
/// <param name="CitationCount">How many resolved citations the document has.</param>
public sealed record RecordState(string Hash, IReadOnlyList<KnownDirective> Known, IReadOnlyList<string> LookupKeys, int CitationCount)
{
    public static RecordState Of(PreparedDocument prepared, DocumentCitations citations, IReadOnlyList<(ParsedSource Source, string? Root)> sources) =>
        new(HashOf(prepared.Document, sources), prepared.Known, prepared.LookupKeys, citations.Citations.Count);

    /// <summary>
    /// The record's JSON (which names each source file by path and content hash) and the folder of each source: two
    /// generations that agree on these write the same block and source documents, citations apart, which follow the
    /// knowledge they depend on.
    /// </summary>
    public static string HashOf(DocumentRecord record, IReadOnlyList<(ParsedSource Source, string? Root)> sources)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(sources);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(record, RecordJson.Compact));
        foreach (var (source, root) in sources.OrderBy(s => s.Source.File.Path, StringComparer.Ordinal).ThenBy(s => s.Source.File.ContentHash, StringComparer.Ordinal))
        {
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes($"{source.File.Path}\n{source.File.ContentHash}\n{root}"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
