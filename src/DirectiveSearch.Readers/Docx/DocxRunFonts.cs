using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// The font a run's text is drawn in, as Word resolves it: the run's own w:rFonts, then its character style,
/// then its paragraph's style (or the default paragraph style), each through its w:basedOn chain, then the
/// document defaults. Legacy documents often name .VnTime once, in the Normal style or the defaults, and no run
/// names a font at all.
/// </summary>
/// <remarks>
/// Vietnamese letters of the legacy fonts lie above ASCII, which Word draws in the w:hAnsi font; w:ascii is the
/// fallback for documents that name only it. A theme font (w:hAnsiTheme) wins over the name beside it and is
/// never a legacy font, so it ends the search with no font.
/// </remarks>
internal sealed class DocxRunFonts
{
    private const int MaxChain = 32; // basedOn loops exist in damaged files

    // Stands for "a theme font" among font names; compared by reference, so no real name can equal it.
    private static readonly string Theme = new(['(', 't', 'h', 'e', 'm', 'e', ')']);

    private readonly Dictionary<string, Style> styles = [];
    private readonly RunFonts? defaults;
    private readonly string? defaultParagraphStyle;
    private readonly Dictionary<(string? RunStyle, string? ParagraphStyle), string?> inherited = [];

    public DocxRunFonts(Styles? definitions)
    {
        if (definitions is null)
            return;
        foreach (var style in definitions.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
                styles.TryAdd(id, style);
            if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)
                defaultParagraphStyle ??= style.StyleId?.Value;
        }

        defaults = definitions.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts;
    }

    /// <summary>The name of the font the run's non-ASCII text is drawn in, or null when none or a theme font is named.</summary>
    public string? FontOf(Run run)
    {
        var own = run.RunProperties?.RunFonts;
        if (Pick(own, ascii: false) is { } font)
            return NameOf(font);

        var runStyle = run.RunProperties?.RunStyle?.Val?.Value;
        var paragraphStyle = run.Ancestors<Paragraph>().FirstOrDefault()?.ParagraphProperties?.ParagraphStyleId?.Val?.Value
            ?? defaultParagraphStyle;
        var key = (runStyle, paragraphStyle);
        if (!inherited.TryGetValue(key, out var name))
            inherited[key] = name = Resolve(Levels(runStyle, paragraphStyle));
        // A run naming only w:ascii, under styles naming no w:hAnsi: its ascii font is the best guess there is.
        return name ?? (Pick(own, ascii: true) is { } asciiFont ? NameOf(asciiFont) : null);
    }

    private static string? Resolve(List<RunFonts> levels)
    {
        foreach (var ascii in (bool[])[false, true])
        {
            foreach (var level in levels)
            {
                if (Pick(level, ascii) is { } font)
                    return NameOf(font);
            }
        }

        return null;
    }

    // The font this level gives: null when it gives none, Theme when it names a theme font.
    private static string? Pick(RunFonts? fonts, bool ascii)
    {
        if (fonts is null)
            return null;
        if (ascii)
            return fonts.AsciiTheme is not null ? Theme : fonts.Ascii?.Value;
        return fonts.HighAnsiTheme is not null ? Theme : fonts.HighAnsi?.Value;
    }

    private static string? NameOf(string picked) => ReferenceEquals(picked, Theme) ? null : picked;

    private List<RunFonts> Levels(string? runStyle, string? paragraphStyle)
    {
        var levels = new List<RunFonts>();
        AddChain(levels, runStyle);
        AddChain(levels, paragraphStyle);
        if (defaults is not null)
            levels.Add(defaults);
        return levels;
    }

    private void AddChain(List<RunFonts> levels, string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxChain && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.StyleRunProperties?.RunFonts is { } fonts)
                levels.Add(fonts);
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
