namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// What is normal in one document: the distance between the lines of a paragraph (in font sizes) and
/// the margins body text fills. Paragraph breaks are whatever departs from these.
/// </summary>
internal sealed class PdfLayoutMetrics
{
    private const double DefaultLineSpacing = 1.2;

    // Ratios are binned this finely to find the common ones.
    private const double SpacingBin = 0.05;

    // A spacing is common when it occurs at least this often relative to the most frequent one.
    private const double CommonShare = 0.2;

    // The right margin is what nearly all lines stay within: a stray overlong line must not widen it.
    private const double RightEdgePercentile = 0.98;

    private readonly Dictionary<(int Quadrant, int Width), PdfTextBounds> bodyBounds;

    private PdfLayoutMetrics(double lineSpacing, Dictionary<(int Quadrant, int Width), PdfTextBounds> bodyBounds)
    {
        LineSpacing = lineSpacing;
        this.bodyBounds = bodyBounds;
    }

    /// <summary>Baseline-to-baseline distance within a paragraph, in font sizes.</summary>
    public double LineSpacing { get; }

    public PdfTextBounds BodyBounds(PdfTextBlock block) => bodyBounds[block.LayoutKey];

    public static PdfLayoutMetrics Measure(IReadOnlyList<PdfTextBlock> blocks)
    {
        var body = blocks.Where(block => block.IsBody).ToList();
        var bounds = body
            .GroupBy(block => block.LayoutKey)
            .ToDictionary(group => group.Key, group => MeasureBounds(group.SelectMany(block => block.Lines).ToList()));
        return new PdfLayoutMetrics(MeasureLineSpacing(body), bounds);
    }

    // The smallest baseline distance that is common is the spacing inside paragraphs; the most common
    // one would be the spacing between them in a document of one-line paragraphs (forms, lists).
    private static double MeasureLineSpacing(IEnumerable<PdfTextBlock> body)
    {
        var bins = new Dictionary<int, int>();
        foreach (var block in body)
        {
            for (var index = 1; index < block.Lines.Count; index++)
            {
                var (above, below) = (block.Lines[index - 1], block.Lines[index]);
                var ratio = (above.Baseline - below.Baseline) / Math.Max(above.FontSize, below.FontSize);
                if (ratio is < 0.8 or > 3)
                    continue;
                var bin = (int)Math.Round(ratio / SpacingBin);
                bins[bin] = bins.GetValueOrDefault(bin) + 1;
            }
        }
        if (bins.Count == 0)
            return DefaultLineSpacing;

        // A spacing's count includes its neighbours: rounding splits one spacing over two bins.
        int Weight(int bin) => bins.GetValueOrDefault(bin - 1) + bins[bin] + bins.GetValueOrDefault(bin + 1);
        var heaviest = bins.Keys.Max(Weight);
        var popular = Math.Min(heaviest, Math.Max(2, CommonShare * heaviest));
        var smallest = bins.Keys.Order().First(bin => Weight(bin) >= popular);
        // Within the neighbourhood, the bin that holds most of the spacing is its value.
        var best = new[] { smallest, smallest + 1 }.Where(bins.ContainsKey).MaxBy(bin => bins[bin]);
        return best * SpacingBin;
    }

    private static PdfTextBounds MeasureBounds(IReadOnlyList<PdfLine> lines)
    {
        // Most body lines start at the left margin: only first lines and some headings are indented.
        var left = lines
            .GroupBy(line => Math.Round(line.Left))
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key)
            .First()
            .Min(line => line.Left);
        var rights = lines.Select(line => line.Right).Order().ToList();
        var right = rights[(int)Math.Floor(RightEdgePercentile * (rights.Count - 1))];
        return new PdfTextBounds(left, Math.Max(right, left + 1));
    }
}
