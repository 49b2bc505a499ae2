using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JsonApi.Tests.Infrastructure;

public static class ApiClientExtensions
{
    public const string MediaType = "application/vnd.api+json";

    public static Task<ApiResponse> GetApiAsync(this HttpClient client, string url, Action<HttpRequestMessage>? configure = null) =>
        client.SendApiAsync(HttpMethod.Get, url, null, configure);

    public static Task<ApiResponse> PostApiAsync(this HttpClient client, string url, object body, Action<HttpRequestMessage>? configure = null) =>
        client.SendApiAsync(HttpMethod.Post, url, body, configure);

    public static Task<ApiResponse> PatchApiAsync(this HttpClient client, string url, object body, Action<HttpRequestMessage>? configure = null) =>
        client.SendApiAsync(HttpMethod.Patch, url, body, configure);

    public static Task<ApiResponse> DeleteApiAsync(this HttpClient client, string url, object? body = null, Action<HttpRequestMessage>? configure = null) =>
        client.SendApiAsync(HttpMethod.Delete, url, body, configure);

    public static async Task<ApiResponse> SendApiAsync(this HttpClient client, HttpMethod method, string url, object? body, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            var text = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(text, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        }

        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        return new ApiResponse(response.StatusCode, content.Length == 0 ? null : JsonNode.Parse(content), response);
    }
}
