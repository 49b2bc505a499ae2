using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace AdminPortal.Web.Tests.Api.OpenApi;

/// <summary>The checker behind <see cref="ResponseSchemaTests"/> refuses what does not match the document.</summary>
public sealed class OpenApiContractTests
{
    private static readonly MediaTypeHeaderValue JsonApi = new("application/vnd.api+json");

    private readonly OpenApiContract _contract = new(JsonNode.Parse("""
        {
          "openapi": "3.1.0",
          "paths": {
            "/things/{id}": {
              "get": {
                "operationId": "getThing",
                "responses": {
                  "200": { "description": "OK", "content": { "application/vnd.api+json": { "schema": { "$ref": "#/components/schemas/ThingDocument" } } } },
                  "304": { "description": "Not modified" }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "ThingDocument": {
                "type": "object", "required": ["data"],
                "properties": { "data": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } },
                                "links": { "type": "object", "additionalProperties": { "type": "string", "format": "uri" } } }
              }
            }
          }
        }
        """)!.AsObject());

    [Fact]
    public void Accepts_a_documented_answer() =>
        Check(200, JsonApi, """{"data": {"id": "1"}, "links": {"self": "https://host.test/things/1"}}""").ShouldBeEmpty();

    [Theory]
    [InlineData(200, """{"data": {"name": "no id"}}""")]
    [InlineData(200, """{"links": {"self": "https://host.test/things/1"}}""")]
    [InlineData(200, """{"data": {"id": "1"}, "links": {"self": "not a uri"}}""")]
    [InlineData(404, """{"errors": []}""")]
    [InlineData(304, """{"data": {"id": "1"}}""")]
    public void Refuses_an_undocumented_answer(int status, string body) => Check(status, JsonApi, body).ShouldNotBeEmpty();

    [Fact]
    public void Refuses_an_undocumented_media_type() =>
        Check(200, new MediaTypeHeaderValue("application/json"), """{"data": {"id": "1"}}""").ShouldNotBeEmpty();

    private List<string> Check(int status, MediaTypeHeaderValue mediaType, string body) =>
        [.. _contract.Check(_contract.Operation("getThing"), status, mediaType, body)];
}
