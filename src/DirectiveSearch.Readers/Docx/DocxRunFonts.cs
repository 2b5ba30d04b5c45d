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
internal sealed class DocxRunFonts(DocxStyleFonts styles)
{
    private const int MaxChain = 32; // basedOn loops exist in damaged files

    private readonly Dictionary<(string? RunStyle, string? ParagraphStyle), string?> inherited = [];

    /// <summary>The style a paragraph's runs inherit from: its own, else the default paragraph style.</summary>
    public string? ParagraphStyleOf(Paragraph? paragraph) =>
        paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? styles.DefaultParagraphStyle;

    /// <summary>
    /// The name of the font the run's non-ASCII text is drawn in, or null when none or a theme font is named.
    /// </summary>
    /// <param name="paragraphStyle">The run's paragraph's style (<see cref="ParagraphStyleOf"/>).</param>
    public string? FontOf(Run run, string? paragraphStyle)
    {
        var own = run.RunProperties;
        var ownFonts = own?.RunFonts is { } fonts
            ? new FontSlots(fonts.HighAnsi?.Value, fonts.HighAnsiTheme is not null, fonts.Ascii?.Value, fonts.AsciiTheme is not null)
            : null;
        if (Pick(ownFonts, ascii: false) is { } font)
            return font.Name;

        var key = (own?.RunStyle?.Val?.Value, paragraphStyle);
        if (!inherited.TryGetValue(key, out var name))
            inherited[key] = name = Resolve(Levels(key.Item1, paragraphStyle));
        // A run naming only w:ascii, under styles naming no w:hAnsi: its ascii font is the best guess there is.
        return name ?? Pick(ownFonts, ascii: true)?.Name;
    }

    private static string? Resolve(List<FontSlots> levels)
    {
        foreach (var ascii in (bool[])[false, true])
        {
            foreach (var level in levels)
            {
                if (Pick(level, ascii) is { } font)
                    return font.Name;
            }
        }

        return null;
    }

    // What this level gives for the slot: null when nothing, a null Name when a theme font.
    private static (string? Name, bool Given)? Pick(FontSlots? fonts, bool ascii)
    {
        if (fonts is null)
            return null;
        var (name, theme) = ascii ? (fonts.Ascii, fonts.AsciiTheme) : (fonts.HighAnsi, fonts.HighAnsiTheme);
        if (theme)
            return (null, true);
        return name is null ? null : (name, true);
    }

    private List<FontSlots> Levels(string? runStyle, string? paragraphStyle)
    {
        var levels = new List<FontSlots>();
        AddChain(levels, runStyle);
        AddChain(levels, paragraphStyle);
        if (styles.Defaults is { } defaults)
            levels.Add(defaults);
        return levels;
    }

    private void AddChain(List<FontSlots> levels, string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxChain && styles.Styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.Fonts is { } fonts)
                levels.Add(fonts);
            styleId = style.BasedOn;
        }
    }
}
