namespace DirectiveSearch.Server.Contracts;

/// <summary>The answer of GET /health: "ok" and the number of documents searched.</summary>
public sealed record HealthReport(string Status, int Documents);
