using System.Text;
using DirectiveSearch.Core.Text.Legacy;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Gives back the ư that a TCVN3 PDF without a ToUnicode map reports as a hyphen. TCVN3 puts ư at 0xAD, which the
/// WinAnsi encoding names "hyphen", so PdfPig reads "n­íc" (nước) as "n-íc" and the letter is lost; the font
/// tables cannot tell that "-" from a typed one. A hyphen is read as ư where that makes the letters around it
/// valid syllables and the hyphen would not: "n-ớc" → "nước", "Trung -ơng" → "Trung ương", while "tế-xã",
/// "21-KL/TW" and "I- MỤC ĐÍCH" keep their hyphens.
/// </summary>
internal static class PdfTcvn3Hyphens
{
    public static string Restore(string paragraph)
    {
        if (!paragraph.Contains('-'))
            return paragraph;
        var builder = new StringBuilder(paragraph.Length);
        var i = 0;
        while (i < paragraph.Length)
        {
            if (!char.IsLetter(paragraph[i]) && paragraph[i] != '-')
            {
                builder.Append(paragraph[i++]);
                continue;
            }

            var start = i;
            while (i < paragraph.Length && (char.IsLetter(paragraph[i]) || paragraph[i] == '-'))
                i++;
            builder.Append(Word(paragraph.AsSpan(start, i - start)));
        }

        return builder.ToString();
    }

    private static string Word(ReadOnlySpan<char> word)
    {
        var text = word.ToString();
        if (!text.Contains('-') || !text.Any(char.IsLetter))
            return text;
        var asLetter = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '-')
            {
                asLetter.Append(text[i]);
                continue;
            }

            // The capitals font and capitalized words write Ư: take the case of the letter after, else before.
            var neighbour = i + 1 < text.Length && char.IsLetter(text[i + 1]) ? text[i + 1] : i > 0 ? text[i - 1] : 'a';
            asLetter.Append(char.IsUpper(neighbour) ? 'Ư' : 'ư');
        }

        var restored = asLetter.ToString();
        if (!VietnameseSyllable.IsValid(restored))
            return text;
        // A hyphen glued to the front of a word is no hyphen of running text ("Trung -ơng"), though "ơng"
        // spells like a syllable; a bullet glued to its word ("-Thực hiện") fails the test above.
        if (text[0] == '-')
            return restored;
        var pieces = text.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return pieces.All(piece => VietnameseSyllable.IsValid(piece)) ? text : restored;
    }
}
