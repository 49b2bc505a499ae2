using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Endpoints;

/// <summary>Strong ETags from a hash of the representation; If-None-Match / If-Match comparison.</summary>
internal static class EntityTag
{
    public static string Of(ReadOnlySpan<byte> representation) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(representation).AsSpan(0, 16))}\"";

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
