using System.Net;
using System.Text.Json.Nodes;

namespace AdminPortal.Web.Tests.Api.Dialects;

/// <summary>Reading the seed dialects' plain JSON answers and their error body, <c>{"message": "..."}</c>.</summary>
public static class DialectResponses
{
    public static async Task<JsonNode> ShouldBeJsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json", body);
        return JsonNode.Parse(body)!;
    }

    public static async Task<JsonArray> ShouldBeArrayAsync(this HttpResponseMessage response) => (await response.ShouldBeJsonAsync()).AsArray();

    /// <summary>Asserts the dialect's error body, exactly one member <c>message</c>, and returns the message.</summary>
    public static async Task<string> ShouldBeMessageAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = (await response.ShouldBeJsonAsync(status)).AsObject();
        body.Select(m => m.Key).ShouldBe(["message"]);
        return body["message"]!.GetValue<string>();
    }

    public static IReadOnlyList<long> Ids(this JsonArray items, string member = "id") => [.. items.Select(i => i![member]!.GetValue<long>())];
}
