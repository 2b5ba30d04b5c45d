namespace DirectiveSearch.Server.Contracts;

/// <summary>A query parameter whose value cannot be used: its name as in the URL and why.</summary>
public sealed record InvalidParameter(string Name, string Reason)
{
    private const int MaxQuotedLength = 80;

    /// <summary>The value as the reason quotes it: in single quotes, and cut short when long.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
            return "nothing";
        if (value.Length <= MaxQuotedLength)
            return $"'{value}'";
        // Never cut between the two halves of a surrogate pair (an emoji, a rare Han character).
        var cut = char.IsHighSurrogate(value[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength;
        return $"'{value[..cut]}…' ({value.Length} characters)";
    }
}
