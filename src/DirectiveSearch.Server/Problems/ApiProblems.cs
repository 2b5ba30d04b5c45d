using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Server.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DirectiveSearch.Server.Problems;

/// <summary>The RFC 9457 (formerly 7807) problems the endpoints answer with.</summary>
public static class ApiProblems
{
    public const string InvalidParameterTitle = "Invalid query parameter";

    public static ProblemDetails InvalidParameter(InvalidParameter invalid) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        Title = InvalidParameterTitle,
        Status = StatusCodes.Status400BadRequest,
        Detail = $"{invalid.Name} {invalid.Reason}",
        Extensions = { ["parameter"] = invalid.Name },
    };

    public static ProblemDetails DocumentNotFound(string id) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Document not found",
        Status = StatusCodes.Status404NotFound,
        Detail = $"No document has the id '{id}'.",
        Extensions = { ["id"] = id },
    };

    /// <summary>
    /// The id belonged to a document that was deleted or whose files are gone: said as such, in the words a cadre
    /// following an old link reads, and never answered with another document.
    /// </summary>
    public static ProblemDetails DocumentRemoved(string id) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Document removed",
        Status = StatusCodes.Status404NotFound,
        Detail = $"Văn bản có mã '{id}' đã bị xóa khỏi cơ sở dữ liệu; mã này không được dùng cho văn bản khác.",
        Extensions = { ["id"] = id, ["removed"] = true },
    };

    /// <summary>The 404 for an id the index does not hold: removed, or never given.</summary>
    public static ProblemDetails DocumentMissing(Search.Index.DocumentIndex index, string id) =>
        index.WasRemoved(id) ? DocumentRemoved(id) : DocumentNotFound(id);

    public static ProblemDetails DirectiveNotFound(string reference) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Directive not found",
        Status = StatusCodes.Status404NotFound,
        Detail = $"No directive or document is known as '{reference}'.",
        Extensions = { ["ref"] = reference },
    };

    /// <summary>
    /// Nothing is known by that reference: said as such ("chưa có trong kho") with, in <c>unresolved.candidates</c>,
    /// the directives of the same number the user may have meant.
    /// </summary>
    public static ProblemDetails DirectiveNotFound(string reference, IReadOnlyList<Core.Graph.DirectiveEntry> near)
    {
        var problem = DirectiveNotFound(reference);
        var hint = Core.Graph.DirectiveDirectory.NearCandidatesHint(near);
        problem.Extensions["unresolved"] = new Dictionary<string, object?>
        {
            ["ref"] = reference,
            ["message"] = $"{reference} chưa có trong kho{hint}",
            ["candidates"] = near,
        };
        return problem;
    }

    /// <summary>Several directives fit: the client picks one of the candidates, whose ids are given.</summary>
    public static ProblemDetails AmbiguousDirective(string reference, IReadOnlyList<string> candidates) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        Title = "Ambiguous directive reference",
        Status = StatusCodes.Status409Conflict,
        Detail = $"'{reference}' fits {candidates.Count} directives: {string.Join(", ", candidates)}. Ask for one of them by id.",
        Extensions = { ["ref"] = reference, ["candidates"] = candidates },
    };

    public static ProblemDetails SourceNotFound(string id, string reason) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Source file not found",
        Status = StatusCodes.Status404NotFound,
        Detail = $"Document '{id}': {reason}.",
        Extensions = { ["id"] = id },
    };

    /// <summary>
    /// 403 rather than 404: GET on the same path exists, and a client sending a key should learn that this server
    /// takes no uploads at all, not that its key is wrong (401) or the path unknown.
    /// </summary>
    public static ProblemDetails UploadsDisabled() => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        Title = "Uploads are disabled",
        Status = StatusCodes.Status403Forbidden,
        Detail = "Máy chủ này không nhận tải lên hay xóa văn bản: hãy khởi động nó với --upload-key hoặc biến môi trường DIRSEARCH_UPLOAD_KEY.",
    };

    public static ProblemDetails UploadKeyRequired() => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        Title = "Upload key required",
        Status = StatusCodes.Status401Unauthorized,
        Detail = $"Thiếu khóa tải lên hoặc khóa không đúng: gửi khóa trong tiêu đề {UploadKey.HeaderName} hoặc Authorization: Bearer.",
        Extensions = { ["parameter"] = UploadKey.HeaderName },
    };

    public static ProblemDetails UploadTooLarge(long maxBytes) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        Title = "File too large",
        Status = StatusCodes.Status413PayloadTooLarge,
        Detail = $"Tệp lớn hơn giới hạn {Megabytes(maxBytes)} MB của máy chủ này.",
        Extensions = { ["parameter"] = "file", ["maxBytes"] = maxBytes },
    };

    /// <summary>415: the request or the file is not something this API reads at all.</summary>
    public static ProblemDetails UnsupportedUpload(string parameter, string reason) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        Title = "Unsupported upload",
        Status = StatusCodes.Status415UnsupportedMediaType,
        Detail = reason,
        Extensions = { ["parameter"] = parameter },
    };

    /// <summary>400: the multipart body is not one file.</summary>
    public static ProblemDetails InvalidUpload(string reason) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        Title = "Invalid upload",
        Status = StatusCodes.Status400BadRequest,
        Detail = reason,
        Extensions = { ["parameter"] = "file" },
    };

    /// <summary>422: a supported format, but the reader could not make a document of it.</summary>
    public static ProblemDetails UnreadableUpload(string reason) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        Title = "File rejected",
        Status = StatusCodes.Status422UnprocessableEntity,
        Detail = $"Không đọc được văn bản trong tệp: {reason}",
        Extensions = { ["parameter"] = "file", ["reason"] = reason },
    };

    public static ProblemDetails NotAnUpload(string id) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        Title = "Not an uploaded document",
        Status = StatusCodes.Status409Conflict,
        Detail = $"Văn bản '{id}' có tệp thuộc kho văn bản gốc, không phải tệp tải lên: chỉ xóa được văn bản tải lên. Hãy xóa tệp khỏi kho rồi chạy lại dirsearch ingest.",
        Extensions = { ["id"] = id },
    };

    public static ProblemDetails IndexUnavailable() => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        Title = "Index unavailable",
        Status = StatusCodes.Status503ServiceUnavailable,
        Detail = "Không ghi được chỉ mục lúc này; thay đổi chưa được thực hiện. Hãy thử lại sau.",
    };

    public static ProblemDetails DiskFull() => new()
    {
        Type = "https://tools.ietf.org/html/rfc4918#section-11.5",
        Title = "Insufficient storage",
        Status = StatusCodes.Status507InsufficientStorage,
        Detail = "Ổ đĩa của máy chủ đã đầy: thay đổi chưa được thực hiện, chỉ mục và các văn bản đã lưu vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi gửi lại.",
    };

    public static ProblemDetails IndexSourcesMissing(int count, string first) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        Title = "Index files missing",
        Status = StatusCodes.Status503ServiceUnavailable,
        Detail = $"Máy chủ không tìm thấy {count} tệp mà chỉ mục liệt kê (ví dụ '{Path.GetFileName(first)}'); dựng lại chỉ mục lúc này sẽ làm mất các văn bản đó, nên thay đổi chưa được thực hiện. Hãy chạy lại dirsearch ingest trước.",
    };

    public static ProblemDetails TooManyRequests(int retryAfterSeconds) => new()
    {
        Type = "https://tools.ietf.org/html/rfc6585#section-4",
        Title = "Too many requests",
        Status = StatusCodes.Status429TooManyRequests,
        Detail = $"Quá nhiều yêu cầu từ địa chỉ này; hãy thử lại sau {retryAfterSeconds} giây.",
        Extensions = { ["retryAfter"] = retryAfterSeconds },
    };

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
