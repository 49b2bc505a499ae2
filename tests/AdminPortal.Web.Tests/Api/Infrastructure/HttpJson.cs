using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace AdminPortal.Web.Tests.Api.Infrastructure;

public static class HttpJson
{
    public const string JsonApiMediaType = "application/vnd.api+json";

    public static StringContent Json(string json, string mediaType = "application/json") =>
        new(json, Encoding.UTF8, MediaTypeHeaderValue.Parse(mediaType));

    /// <summary>A JSON:API body from an object (anonymous types, dictionaries), serialized as written.</summary>
    public static StringContent Document(object document) => Json(System.Text.Json.JsonSerializer.Serialize(document), JsonApiMediaType);

    /// <summary><c>{"type": type, "id": id}</c>.</summary>
    public static object Identifier(string type, Guid id) => new { type, id = id.ToString() };

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new ShouldAssertException($"Empty JSON body ({(int)response.StatusCode}).");
    }

    /// <summary>Asserts a JSON:API error document with the given status and returns its first error object.</summary>
    public static async Task<JsonObject> ShouldBeErrorAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(JsonApiMediaType, body);
        var errors = JsonNode.Parse(body)!["errors"]!.AsArray();
        errors.ShouldNotBeEmpty();
        var error = errors[0]!.AsObject();
        error["status"]!.GetValue<string>().ShouldBe(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        error["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        error["detail"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        return error;
    }

    public static async Task<JsonNode> ShouldBeOkAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonNode.Parse(body)!;
    }
}
