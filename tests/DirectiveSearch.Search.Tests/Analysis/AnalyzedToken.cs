namespace DirectiveSearch.Search.Tests.Analysis;

/// <summary>One token as a stream produced it, with every attribute the analysis tests look at.</summary>
internal sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement, int PositionLength, string Type, int Flags);
