using DirectiveSearch.Ingestion.Discovery;

namespace DirectiveSearch.Bench.Measures;

/// <summary>The benchmark's input files under the given paths, by format (the bench data is named truthfully; ingest still sniffs).</summary>
public sealed record BenchData(IReadOnlyList<string> Text, IReadOnlyList<string> Docx, IReadOnlyList<string> Pdf)
{
    public IEnumerable<(string Format, IReadOnlyList<string> Files)> ByFormat()
    {
        if (Text.Count > 0)
            yield return (SourceFormat.Text.Name, Text);
        if (Docx.Count > 0)
            yield return (SourceFormat.Docx.Name, Docx);
        if (Pdf.Count > 0)
            yield return (SourceFormat.Pdf.Name, Pdf);
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
            var format = SourceFormat.ForExtension(Path.GetExtension(file));
            if (format == SourceFormat.Docx)
                docx.Add(file);
            else if (format == SourceFormat.Pdf)
                pdf.Add(file);
            else
                text.Add(file);
        }

        return new BenchData(text, docx, pdf);
    }
}
