using System.Net;
using System.Text.Json.Nodes;

namespace JsonApi.Tests.Infrastructure;

/// <summary>A response with its body parsed as JSON (null when empty).</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Message)
{
    public JsonNode Data => Body!["data"]!;

    public JsonArray DataArray => Body!["data"]!.AsArray();

    public JsonArray Included => Body!["included"]?.AsArray() ?? [];

    public JsonNode Error => Body!["errors"]![0]!;

    public string? ContentType => Message.Content.Headers.ContentType?.ToString();
}
