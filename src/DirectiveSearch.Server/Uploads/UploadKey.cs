using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace DirectiveSearch.Server.Uploads;

/// <summary>
/// The secret that lets a client change the index. Only its SHA-256 is kept, and comparisons are of
/// fixed-length digests in constant time, so neither the key's length nor its prefix leaks through timing;
/// <see cref="ToString"/> never shows it, so logging the server's options cannot either.
/// </summary>
public sealed class UploadKey
{
    public const string HeaderName = "X-Upload-Key";

    /// <summary>Long enough that guessing it over HTTP, even without a rate limit, is hopeless.</summary>
    public const int MinimumLength = 16;

    private readonly byte[] digest;

    public UploadKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumLength)
            throw new ArgumentException($"the upload key must be at least {MinimumLength} characters long", nameof(key));
        digest = Digest(key);
    }

    /// <summary>True when the request carries the key in X-Upload-Key or as "Authorization: Bearer KEY".</summary>
    public bool IsPresentedBy(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var presented = request.Headers[HeaderName].ToString();
        if (presented.Length == 0 && request.Headers.Authorization.ToString() is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            presented = authorization["Bearer ".Length..].Trim();
        return presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Digest(presented), digest);
    }

    public override string ToString() => "UploadKey(hidden)";

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
