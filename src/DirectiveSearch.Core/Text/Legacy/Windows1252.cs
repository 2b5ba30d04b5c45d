using System.Text;

namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// The Windows-1252 code page. TCVN3 and VNI text files are Windows-1252 bytes drawn by a Vietnamese font,
/// and Word stores what was typed in those fonts as the Windows-1252 characters of the bytes: decoding a
/// file through this code page gives exactly what Word would hold, so one font table serves both.
/// </summary>
internal static class Windows1252
{
    // The code pages provider ships with .NET; only registering it is needed, and asking it directly
    // avoids changing the process-wide Encoding.GetEncoding for everyone else.
    public static readonly Encoding Encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");
}
