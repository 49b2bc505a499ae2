using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Endpoints;

/// <summary>Writes documents with the JSON:API media type, an ETag and 304 for a matching If-None-Match on GET.</summary>
internal static class DocumentResponse
{
    private const int MinimumBuffer = 16 * 1024;
    private const int MaximumBuffer = 1024 * 1024;

    /// <summary>The size of the last document written: the first buffer rented for the next, so that it seldom grows.</summary>
    private static int _sizeHint = MinimumBuffer;

    public static async Task WriteAsync(HttpContext http, Document document, int statusCode = StatusCodes.Status200OK)
    {
        using var buffer = new PooledBufferWriter(_sizeHint);
        var contentLength = DocumentWriter.Write(buffer, document);
        _sizeHint = Math.Clamp(buffer.WrittenCount, MinimumBuffer, MaximumBuffer);
        var response = http.Response;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            var etag = EntityTag.Of(buffer.WrittenSpan[..contentLength]);
            response.Headers.ETag = etag;
            if (EntityTag.Matches(http.Request.Headers.IfNoneMatch.ToString(), etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.StatusCode = statusCode;
        response.ContentType = JsonApiMediaType.Value;
        response.ContentLength = buffer.WrittenCount;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await response.BodyWriter.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
        }
    }

    /// <summary>The ETag a GET of this document would carry.</summary>
    public static string EntityTagOf(Document document)
    {
        using var buffer = new PooledBufferWriter();
        var contentLength = DocumentWriter.Write(buffer, document);
        return EntityTag.Of(buffer.WrittenSpan[..contentLength]);
    }
}
