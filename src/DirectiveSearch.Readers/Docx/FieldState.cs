using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Where a paragraph stands inside complex fields (w:fldChar begin … separate … end). The instruction
/// part's own text is w:instrText and is skipped anyway; this also hides the results of fields
/// nested in an instruction ({ IF { MERGEFIELD x } … }), which are not shown on the page.
/// </summary>
internal sealed class FieldState
{
    // One entry per open field: true once its separator is passed and its result is being read.
    private readonly Stack<bool> open = new();
    private int inInstructions;

    public bool InInstructions => inInstructions > 0;

    public void Apply(FieldChar mark)
    {
        var type = mark.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            open.Push(false);
            inInstructions++;
        }
        else if (type == FieldCharValues.Separate)
        {
            if (open.TryPop(out var showingResult))
            {
                if (!showingResult)
                    inInstructions--;
                open.Push(true);
            }
        }
        else if (type == FieldCharValues.End && open.TryPop(out var showingResult) && !showingResult)
        {
            inInstructions--;
        }
    }
}
