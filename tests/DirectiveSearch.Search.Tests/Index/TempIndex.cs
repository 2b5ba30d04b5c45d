using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Search.Tests.Index;

/// <summary>A real Lucene index on disk in a temporary folder, with citations resolved as ingest resolves them; removed after the test.</summary>
internal sealed class TempIndex : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-index-");

    public TempIndex(params DocumentRecord[] records)
    {
        DocumentIndexWriter.Write(folder.FullName, records, new CorpusCitationResolver().Resolve(records), []);
        Index = DocumentIndex.Open(folder.FullName);
    }

    public DocumentIndex Index { get; }

    public string Path => folder.FullName;

    public void Dispose()
    {
        Index.Dispose();
        folder.Delete(recursive: true);
    }
}
