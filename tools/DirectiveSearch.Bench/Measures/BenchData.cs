using DirectiveSearch.Ingestion.Discovery;

namespace DirectiveSearch.Bench.Measures;

/// <summary>The benchmark's input files under the given paths, by format (the bench data is named truthfully; ingest still sniffs).</summary>
public sealed record BenchData(IReadOnlyList<string> Text, IReadOnlyList<string> Docx, IReadOnlyList<string> Pdf)
{
    public IEnumerable<(string Format, IReadOnlyList<string> Files)> ByFormat()
    {
        if (Text.Count > 0)
            yield return ("txt", Text);
        if (Docx.Count > 0)
            yield return ("docx", Docx);
        if (Pdf.Count > 0)
            yield return ("pdf", Pdf);
    }

    public IReadOnlyList<string> All => [.. Text, .. Docx, .. Pdf];

    public static BenchData Find(IReadOnlyList<string> paths)
    {
        var (files, _) = FileDiscovery.Find(paths);
        var text = new List<string>();
        var docx = new List<string>();
        var pdf = new List<string>();
        foreach (var file in files)
        {
            switch (Path.GetExtension(file).ToLowerInvariant())
            {
                case ".docx":
                    docx.Add(file);
                    break;
                case ".pdf":
                    pdf.Add(file);
                    break;
                default:
                    text.Add(file);
                    break;
            }
        }

        return new BenchData(text, docx, pdf);
    }
}
