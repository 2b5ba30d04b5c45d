using System.Text;

namespace DirectiveSearch.Cli;

/// <summary>What document text may be printed on a terminal as.</summary>
public static class TerminalText
{
    /// <summary>Text on one line and without control characters, so a document cannot move the cursor or recolor the terminal.</summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t')
                builder.Append(' ');
            else if (!char.IsControl(c))
                builder.Append(c);
        }

        return builder.ToString();
    }
}
