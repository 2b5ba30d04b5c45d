namespace DirectiveSearch.Readers.Pdf;

/// <summary>A run of letters without a space, with its horizontal extent in the line's reading frame.</summary>
internal readonly record struct PdfWord(string Text, double Left, double Right)
{
    public double Width => Right - Left;
}
