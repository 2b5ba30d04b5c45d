namespace DirectiveSearch.Readers.Ocr;

/// <summary>What one run of an external tool produced.</summary>
internal sealed record ToolResult(int ExitCode, bool TimedOut, string StandardOutput, string StandardError)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
