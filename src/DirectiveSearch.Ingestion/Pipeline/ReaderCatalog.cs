using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>The reader for each supported format; tests put their own readers in.</summary>
public sealed class ReaderCatalog
{
    private readonly Dictionary<string, IDocumentReader> byFormat;

    public ReaderCatalog(IEnumerable<IDocumentReader> readers)
    {
        byFormat = readers.ToDictionary(r => r.Format, StringComparer.Ordinal);
    }

    /// <summary>The readers the product ships, one per <see cref="SourceFormat"/>.</summary>
    public static ReaderCatalog Default() => new(SourceFormat.All.Select(f => f.CreateReader()));

    public IDocumentReader ForFormat(string format) => byFormat[format];

    public IDocumentReader ForFormat(SourceFormat format) => ForFormat(format.Name);
}
