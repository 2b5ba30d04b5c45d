using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;

namespace DirectiveSearch.Core.Tests.Citations.Resolve;

public sealed class InMemoryDirectiveLookupTests
{
    [Theory]
    [InlineData("kl-21-tw-2021", "kl|21|tw|2021")]
    [InlineData("qd-183-thu", "qd|183|thu|")]
    [InlineData("cv-123-ubnd-vx-2024", "cv|123|ubnd-vx|2024")]
    [InlineData("nq-dhxiii-tw-2021", "nq|dhxiii|tw|2021")]
    public void Parses_identities(string id, string expected)
    {
        var known = InMemoryDirectiveLookup.Parse(id, null).Single();

        Assert.Equal(expected, $"{known.Type}|{known.Number}|{known.Issuer}|{known.Year}");
    }

    [Fact]
    public void Finds_candidates_of_any_year_and_merges_duplicates()
    {
        var date = new DateOnly(2022, 1, 27);
        var lookup = new InMemoryDirectiveLookup(
        [
            new KnownDirective("kh-49-tu-2022", "kh", "49", "tu", 2022, date),
            new KnownDirective("kh-49-tu-2022", "kh", "49", "tu", 2022, null),
            new KnownDirective("kh-49-tu-2021", "kh", "49", "tu", 2021, null),
            new KnownDirective("kh-49-duk-2021", "kh", "49", "duk", 2021, null),
        ]);

        Assert.Equal(3, lookup.Count);
        Assert.Equal(["kh-49-tu-2021", "kh-49-tu-2022"], lookup.Candidates("kh", "49", "TU").Select(k => k.Id));
        Assert.Equal(date, lookup.Candidates("kh", "49", "tu").Single(k => k.Year == 2022).Date);
        Assert.Equal(3, lookup.Candidates("kh", "49", null).Count);
        Assert.Empty(lookup.Candidates("kl", "49", "tu"));
    }
}
