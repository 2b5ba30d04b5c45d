using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Takes apart a signature whose lines a PDF reader ran into one paragraph: "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ
/// THỦ TƯỚNG" is the body "TM. CHÍNH PHỦ", the capacity "KT. THỦ TƯỚNG" and the position "PHÓ THỦ TƯỚNG";
/// "KT. BỘ TRƯỞNG THỨ TRƯỞNG THƯỜNG TRỰC" is "KT. BỘ TRƯỞNG" and "THỨ TRƯỞNG THƯỜNG TRỰC". A position is cut
/// off only where what stays before it is a whole authority: a body after "TM." ("TM. CHÍNH PHỦ"), a position
/// after "KT.", "TL.", "TUQ." or "Q." ("KT. BỘ TRƯỞNG", not "KT. BỘ").
/// </summary>
public static partial class MergedSignatureLine
{
    // A second authority inside the line: " KT. THỦ TƯỚNG" after "TM. CHÍNH PHỦ".
    [GeneratedRegex(@"\s+(?=(?:KT\.|TL\.|TUQ\.|K/T|T/L)\s*\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex InnerAuthority();

    [GeneratedRegex(@"^(?<prefix>T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.|TM|KT|TL|TUQ)\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    /// <summary>The authority lines the line holds, and the position at its end, if one was run into it.</summary>
    public static (IReadOnlyList<string> Authorities, string? Position) Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = InnerAuthority().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var last = parts[^1];
        var match = Prefix().Match(last);
        if (!match.Success)
            return (parts, null);

        var prefix = match.Groups["prefix"].Value;
        var words = match.Groups["rest"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var forBody = prefix is "TM." or "T/M" or "TM";
        for (var k = 1; k < words.Length; k++)
        {
            var head = string.Join(' ', words[..k]);
            var tail = string.Join(' ', words[k..]);
            if (!SignaturePositions.IsPosition(tail) || !forBody && !SignaturePositions.IsWholePosition(head))
                continue;
            parts[^1] = last[..(last.Length - match.Groups["rest"].Value.Length)] + head;
            return (parts, tail);
        }

        return (parts, null);
    }
}
