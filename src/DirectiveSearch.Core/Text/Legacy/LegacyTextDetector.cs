namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// Finds the legacy encoding of a text file that is not UTF-8: decodes the bytes as each candidate
/// (Windows-1258, VISCII, TCVN3, VNI) and keeps the decoding whose words are most often valid Vietnamese
/// syllables, provided it is convincingly Vietnamese (<see cref="VietnameseTextScore.IsConvincing"/>).
/// Western text in Windows-1252 ("café", "Straße") is convincing in none of them, so it is not converted.
/// </summary>
public static class LegacyTextDetector
{
    private static readonly LegacyEncoding[] Candidates =
        [LegacyEncoding.Windows1258, LegacyEncoding.Viscii, LegacyEncoding.Tcvn3, LegacyEncoding.Vni];

    /// <summary>The best convincing decoding, or null when no candidate reads as Vietnamese.</summary>
    public static LegacyTextDecoding? Detect(ReadOnlySpan<byte> bytes)
    {
        LegacyTextDecoding? best = null;
        foreach (var encoding in Candidates)
        {
            var text = LegacyByteDecoder.Decode(bytes, encoding);
            var score = VietnameseTextScore.Of(text);
            if (!score.IsConvincing)
                continue;
            if (best is null || IsBetter(score, best.Score))
                best = new LegacyTextDecoding(encoding, text, score);
        }

        return best;
    }

    // The share of valid syllables first; on a tie, the decoding that made more accented words valid.
    private static bool IsBetter(VietnameseTextScore candidate, VietnameseTextScore best) =>
        candidate.ValidShare > best.ValidShare
        || (candidate.ValidShare == best.ValidShare && candidate.ValidMarkedWords > best.ValidMarkedWords);
}
