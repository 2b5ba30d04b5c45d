using System.Text;
using DirectiveSearch.Core.Text.Legacy;

namespace DirectiveSearch.Core.Tests.Text.Legacy;

/// <summary>
/// The detector on the corpus' own text written in every legacy encoding: each must be recognized as
/// what it is and decode back to the text exactly, and Western text must be recognized as none.
/// </summary>
public sealed class LegacyTextDetectorTests
{
    public static TheoryData<string, LegacyEncoding> CorpusTexts()
    {
        var data = new TheoryData<string, LegacyEncoding>();
        foreach (var path in Directory.EnumerateFiles(RepositoryFiles.Corpus, "*.txt").Order())
        {
            foreach (var encoding in Enum.GetValues<LegacyEncoding>())
                data.Add(Path.GetFileName(path), encoding);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusTexts))]
    public void Corpus_text_in_each_encoding_is_detected_and_decoded_exactly(string file, LegacyEncoding encoding)
    {
        var text = Encodable(File.ReadAllText(RepositoryFiles.CorpusFile(file)), encoding);
        var detected = LegacyTextDetector.Detect(LegacyEncoders.Encode(text, encoding));
        Assert.NotNull(detected);
        Assert.Equal(encoding, detected.Encoding);
        Assert.Equal(text, detected.Text);
        Assert.True(detected.Score.ValidShare > 0.8, $"{file}: {detected.Score}");
    }

    [Theory]
    [InlineData("The café on the corner serves crème brûlée and piña colada to naïve tourists every day.")]
    [InlineData("Die Straße führt über die Brücke zur Schule; Grüße aus München.")]
    [InlineData("Céng")] // one TCVN3 word: too little to decide on
    public void Western_text_and_scraps_are_no_legacy_vietnamese(string text)
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
        Assert.Null(LegacyTextDetector.Detect(bytes));
    }

    // NFC text the encoding can write: TCVN3 (VN3) has no toned capitals, so its text is lower-cased;
    // curly quotes, dashes and the like are outside VISCII and TCVN3 and are replaced by ASCII.
    private static string Encodable(string text, LegacyEncoding encoding)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var letter = encoding == LegacyEncoding.Tcvn3 ? char.ToLowerInvariant(c) : c;
            builder.Append(letter < 0x80 || char.IsLetter(letter) ? letter : ' ');
        }

        return builder.ToString();
    }
}
