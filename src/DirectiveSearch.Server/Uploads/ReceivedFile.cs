using DirectiveSearch.Ingestion.Discovery;

namespace DirectiveSearch.Server.Uploads;

/// <summary>An uploaded file written to its partial file, with what was learned while it streamed in.</summary>
/// <param name="PartialFile">Where the bytes are; the caller moves or deletes it.</param>
/// <param name="ContentHash">SHA-256 of the bytes, lower-case hex (what names the stored file).</param>
/// <param name="Format">What the first bytes say the file is, whatever the client called it.</param>
public sealed record ReceivedFile(string PartialFile, string ContentHash, long Length, FileFormat Format);
