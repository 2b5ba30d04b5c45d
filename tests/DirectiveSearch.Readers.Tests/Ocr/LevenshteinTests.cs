namespace DirectiveSearch.Readers.Tests.Ocr;

public sealed class LevenshteinTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("chi bộ", "chỉ bộ", 1)]
    [InlineData("flaw", "lawn", 2)]
    public void Counts_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, Levenshtein.Distance(a, b));
        Assert.Equal(expected, Levenshtein.Distance(b, a));
    }

    [Fact]
    public void Similarity_is_relative_to_the_longer_text()
    {
        Assert.Equal(1.0, Levenshtein.Similarity("", ""));
        Assert.Equal(0.5, Levenshtein.Similarity("abcd", "ab"), 6);
    }
}
