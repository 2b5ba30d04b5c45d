using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// The text of one w:t element. Runs are concatenated without separators, so a word Word split
/// across runs ("Đả" + "ng") stays one word. This is the one place where a run's text is taken,
/// so conversion of legacy font encodings (TCVN3 ".VnTime", VNI) by the run's font belongs here.
/// </summary>
internal static class RunText
{
    public static string Of(Text text) => text.Text;
}
