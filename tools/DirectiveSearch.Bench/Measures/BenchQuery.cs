namespace DirectiveSearch.Bench.Measures;

/// <param name="Kind">accented, unaccented, half-accented or reference.</param>
public sealed record BenchQuery(string Kind, string Text);
