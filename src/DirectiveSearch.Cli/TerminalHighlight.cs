using System.Text;
using DirectiveSearch.Core.Citations;

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

    /// <summary>The text made safe for a terminal (<see cref="TerminalText.Plain"/>), the spans wrapped; overlapping or out-of-range spans are left out.</summary>
    public string Apply(string text, IEnumerable<TextSpan> spans)
    {
        var builder = new StringBuilder(text.Length + 32);
        var position = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (span.Start < position || span.End > text.Length || span.End <= span.Start)
                continue;
            builder.Append(TerminalText.Plain(text[position..span.Start]))
                .Append(Open).Append(TerminalText.Plain(text[span.Start..span.End])).Append(Close);
            position = span.End;
        }

        return builder.Append(TerminalText.Plain(text[position..])).ToString();
    }
}
