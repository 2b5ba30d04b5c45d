using System.Globalization;

namespace DirectiveSearch.TestSupport;

/// <summary>
/// How many damaged inputs the property tests try. CI runs the small default; a long run sets
/// DIRSEARCH_FUZZ_CASES (cases per test) and, to explore other inputs, DIRSEARCH_FUZZ_SEED.
/// </summary>
public static class FuzzSettings
{
    public static int Cases(int byDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("DIRSEARCH_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : byDefault;

    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("DIRSEARCH_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : 20_260_701;
}
