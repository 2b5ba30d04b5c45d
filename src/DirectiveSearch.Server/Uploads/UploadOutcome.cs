using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Server.Uploads;

public enum UploadStatus
{
    /// <summary>A new generation holds the file; its document is searchable.</summary>
    Added,

    /// <summary>A file with the same bytes was already in the index: nothing was stored.</summary>
    AlreadyPresent,

    /// <summary>The reader rejected the file; nothing was stored.</summary>
    Rejected,
}

/// <param name="Record">The document the file belongs to (Added, AlreadyPresent).</param>
/// <param name="Reason">Why the reader rejected the file, in Vietnamese (Rejected).</param>
public sealed record UploadOutcome(UploadStatus Status, DocumentDetails? Record, string? Reason);

public enum DeletionStatus
{
    Deleted,
    NotFound,

    /// <summary>Some of the document's files are not uploads: only uploads can be deleted.</summary>
    NotAnUpload,
}
