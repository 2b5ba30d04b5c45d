using System.Text.Json.Serialization;

namespace DirectiveSearch.Core.Citations;

/// <summary>A half-open character range [<see cref="Start"/>, <see cref="End"/>) in a document's normalized text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    [JsonIgnore]
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The characters of <paramref name="text"/> this span covers, clamped to the text (a span stored with an older text may reach past it).</summary>
    public string TextIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(Start, 0, text.Length);
        return text[start..Math.Clamp(End, start, text.Length)];
    }

    public override string ToString() => $"[{Start}, {End})";
}
