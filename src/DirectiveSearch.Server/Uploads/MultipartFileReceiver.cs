using System.Security.Cryptography;
using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Server.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DirectiveSearch.Server.Uploads;

/// <summary>
/// Streams the one file of a multipart/form-data body to a partial file, hashing it and counting its bytes on
/// the way, so a 50 MB upload is never held in memory and a too-large one is cut off at the limit rather than
/// read to its end. The client's file name and Content-Type are ignored: only the bytes decide.
/// </summary>
public static class MultipartFileReceiver
{
    /// <summary>Room for the multipart boundaries and part headers around the file.</summary>
    private const long EnvelopeBytes = 64 * 1024;

    private const int SniffBytes = 4096;

    public static async Task<(ReceivedFile? File, ProblemDetails? Problem)> ReceiveAsync(HttpRequest request, UploadFolder folder, long maxBytes, CancellationToken cancellation)
    {
        if (request.ContentLength > maxBytes + EnvelopeBytes)
            return (null, ApiProblems.UploadTooLarge(maxBytes));
        // Kestrel's own cap (30 MB by default) would cut a legitimate 50 MB upload; this one is the API's limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = maxBytes + EnvelopeBytes;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, ApiProblems.UnsupportedUpload("Content-Type", "Nội dung yêu cầu phải là multipart/form-data có một trường tệp 'file'."));
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes + 1 };
        ReceivedFile? received = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellation) is { } section)
            {
                var isFile = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.IsFileDisposition();
                if (!isFile)
                {
                    // Other form fields carry nothing the API uses; they are read past, not rejected.
                    await section.Body.CopyToAsync(Stream.Null, cancellation);
                    continue;
                }

                if (received is not null)
                {
                    Discard(received);
                    return (null, ApiProblems.InvalidUpload("Mỗi yêu cầu chỉ tải lên một tệp."));
                }

                var (file, tooLarge) = await WriteAsync(section.Body, folder, maxBytes, cancellation);
                if (tooLarge)
                    return (null, ApiProblems.UploadTooLarge(maxBytes));
                received = file;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            if (received is not null)
                Discard(received);
            if (DiskFull.Caused(e))
                return (null, ApiProblems.DiskFull());
            return (null, e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase)
                ? ApiProblems.UploadTooLarge(maxBytes)
                : ApiProblems.InvalidUpload("Nội dung multipart/form-data không hợp lệ hoặc bị cắt ngang."));
        }
        catch
        {
            // The client went away (the request was aborted): nothing of its upload stays.
            if (received is not null)
                Discard(received);
            throw;
        }

        return received is null
            ? (null, ApiProblems.InvalidUpload("Không có tệp nào trong yêu cầu: gửi tệp trong trường 'file' của multipart/form-data."))
            : (received, null);
    }

    private static async Task<(ReceivedFile? File, bool TooLarge)> WriteAsync(Stream body, UploadFolder folder, long maxBytes, CancellationToken cancellation)
    {
        var partial = folder.NewPartialFile();
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var head = new byte[SniffBytes];
            var headLength = 0;
            long length = 0;
            var buffer = new byte[81920];
            await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: true))
            {
                int read;
                while ((read = await body.ReadAsync(buffer, cancellation)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        output.Close();
                        File.Delete(partial);
                        return (null, true);
                    }

                    var toHead = Math.Min(read, SniffBytes - headLength);
                    buffer.AsSpan(0, toHead).CopyTo(head.AsSpan(headLength));
                    headLength += toHead;
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellation);
                }

                await output.FlushAsync(cancellation);
                // The rename that publishes the file must not publish a file whose bytes are still in the page cache only.
                output.Flush(flushToDisk: true);
            }

            var format = FormatSniffer.Detect(head.AsSpan(0, headLength));
            return (new ReceivedFile(partial, Convert.ToHexStringLower(hash.GetHashAndReset()), length, format), false);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    private static void Discard(ReceivedFile file) => File.Delete(file.PartialFile);
}
