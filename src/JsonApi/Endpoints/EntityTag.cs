using System.IO.Hashing;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Endpoints;

/// <summary>Strong ETags from a 128-bit hash of the representation (XXH3: it tells versions apart, it guards no secret, and it costs
/// a fraction of a cryptographic hash on every GET); If-None-Match / If-Match comparison.</summary>
internal static class EntityTag
{
    public static string Of(ReadOnlySpan<byte> representation)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(representation, hash);
        return $"\"{Convert.ToHexStringLower(hash)}\"";
    }

    public static bool Matches(string? header, string etag)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        return header.Split(',', StringSplitOptions.TrimEntries)
            .Any(candidate => candidate == "*" || candidate == etag || candidate == $"W/{etag}");
    }

    public static string? IfMatch(HttpRequest request) => request.Headers.IfMatch.Count == 0 ? null : request.Headers.IfMatch.ToString();
}
