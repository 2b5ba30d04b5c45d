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

    public override string ToString() => $"[{Start}, {End})";
}
