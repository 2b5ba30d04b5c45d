namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// The pre-Unicode Vietnamese encodings older Party and state documents were typed in.
/// TCVN3 and VNI are font encodings: the file holds ordinary Windows-1252 characters and the font draws
/// Vietnamese letters in their place, so only the font's name tells them apart from Western text.
/// VISCII and Windows-1258 are byte encodings, met in plain text files.
/// </summary>
public enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial; their capitals fonts are .VnTimeH, .VnArialH.</summary>
    Tcvn3,

    /// <summary>VNI Windows, fonts VNI-Times, VNI-Helve: a base letter followed by a byte drawn as its marks.</summary>
    Vni,

    /// <summary>VISCII 1.1 (RFC 1456): one byte per precomposed letter, six capitals in C0 control positions.</summary>
    Viscii,

    /// <summary>Windows-1258: some precomposed letters and separate combining tone marks.</summary>
    Windows1258,
}
