using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Annotate;

namespace DirectiveSearch.Cli;

/// <summary>
/// How marked words are shown: bold yellow on a terminal (unless NO_COLOR is set), and as the given plain markers
/// (none by default) when the output is a file or a pipe, so that saved output has no escape codes.
/// </summary>
public sealed record TerminalHighlight(string Open, string Close)
{
    public static TerminalHighlight For(TextWriter output, string redirectedOpen = "", string redirectedClose = "")
    {
        var terminal = ReferenceEquals(output, Console.Out)
            && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return terminal ? new TerminalHighlight("\u001b[1;33m", "\u001b[0m") : new TerminalHighlight(redirectedOpen, redirectedClose);
    }

    /// <summary>The text made safe for a terminal (<see cref="TerminalText.Plain"/>), the spans wrapped; a span overlapping an earlier one is left out.</summary>
    public string Apply(string text, IEnumerable<TextSpan> spans) =>
        CitationAnnotator.Annotate(text, spans.Select(span => new CitationAnnotation(span, Open, Close)), TerminalText.Plain);
}
