namespace DirectiveSearch.Search.Index;

/// <summary>A source file as the index stores it and where that is on this machine.</summary>
/// <param name="StoredPath">As the record shows it: relative to <paramref name="Root"/>, or <c>uploads/&lt;sha256&gt;.&lt;ext&gt;</c>.</param>
/// <param name="Root">The folder given to ingest, absolute; null for an upload or an index written before roots were kept.</param>
/// <param name="ContentHash">SHA-256 of the file when it was ingested; null in an index written before it was stored.</param>
/// <param name="FullPath">Where the file is expected (<see cref="SourceLocation.Resolve"/>).</param>
public sealed record IndexedSource(string StoredPath, string? Root, string? ContentHash, string FullPath);
