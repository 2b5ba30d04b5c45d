namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// TCVN 5712:1993 (TCVN3, "ABC"): which Vietnamese letter a .VnTime-style font draws at each position of
/// U+00A0–U+00FF. "Đảng Cộng sản Việt Nam" typed in .VnTime is stored as "§¶ng Céng s¶n ViÖt Nam".
/// </summary>
/// <remarks>
/// The positions are those of libiconv's TCVN-5712 table (checked letter by letter), restricted to
/// A0–FF: VN3, the level the ABC fonts implement, puts its lowercase letters and the seven capitals
/// Ă Â Ê Ô Ơ Ư Đ there, and the few VN1 capitals that share the range are kept because no VN3 letter
/// uses their positions. VN1's capitals in C0 controls and 80–9F are left out: in a .docx those
/// positions arrive as Windows-1252 punctuation (“ ” –), which a Vietnamese text does use, and B0–B4
/// (VN1's combining marks) are left as ° ± ² ³ ´ for the same reason. Capitals with tones are typed with
/// the capitals fonts (see <see cref="LegacyFont.Capitals"/>).
/// </remarks>
public static class Tcvn3Table
{
    private const int First = 0xA0;

    // Index = position − 0xA0; '\0' keeps the Windows-1252 character.
    private const string Letters =
        "\0ĂÂÊÔƠƯĐăâêôơưđẰ" // A0–AF
        + "\0\0\0\0\0àảãáạẲằẳẵắẴ" // B0–BF
        + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" // C0–CF
        + "éẹềểễếệìỉỄẾỒĩíịò" // D0–DF
        + "Ổỏõóọồổỗốộờởỡớợù" // E0–EF
        + "ỖủũúụừửữứựỳỷỹýỵỐ"; // F0–FF

    /// <summary>The letter the font draws for <paramref name="c"/>; any other character is returned as it is.</summary>
    public static char Map(char c)
    {
        if (c < First || c > 0xFF)
            return c;
        var letter = Letters[c - First];
        return letter == '\0' ? c : letter;
    }

    /// <summary>Whether the font draws <paramref name="c"/> as a Vietnamese letter other than itself.</summary>
    public static bool IsLetterPosition(char c) => Map(c) != c;
}
