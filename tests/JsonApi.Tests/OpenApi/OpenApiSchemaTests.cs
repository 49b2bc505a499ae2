using System.Text.Json.Nodes;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.OpenApi;

/// <summary>What the JSON:API part of the document promises: unique operation ids, required members, request bodies listing only
/// writable members, null for an empty to-one related resource, and the error answers of each operation.</summary>
public sealed class OpenApiSchemaTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_and_a_tag()
    {
        // Act
        var operations = Operations(await DocumentAsync()).ToList();

        // Assert
        operations.Select(operation => (string?)operation["operationId"]).ShouldBeUnique();
        operations.ShouldAllBe(operation => operation["operationId"] != null && operation["tags"] != null);
        operations.Select(operation => (string?)operation["operationId"]).ShouldContain("atomicOperations");
        operations.Select(operation => (string?)operation["operationId"]).ShouldContain("addArticle_tags_relationship");
    }

    [Fact]
    public async Task Resources_and_documents_say_what_is_required()
    {
        // Act
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        // Assert
        Required(schemas["ArticleResource"]!).ShouldBe(["type", "id"]);
        Required(schemas["ArticleDocument"]!).ShouldBe(["data"]);
        Required(schemas["ArticleCollectionDocument"]!).ShouldBe(["data"]);
        Required(schemas["ErrorDocument"]!).ShouldBe(["errors"]);
        Required(schemas["ArticleUpdateRequest"]!["properties"]!["data"]!).ShouldBe(["type", "id"]);
        Required(schemas["AtomicOperationsRequest"]!["properties"]!["atomic:operations"]!["items"]!).ShouldBe(["op"]);
        schemas["ArticleResource"]!["properties"]!["type"]!["const"]!.GetValue<string>().ShouldBe("Article");
    }

    [Fact]
    public async Task Request_bodies_list_only_the_members_a_client_may_write()
    {
        // Act
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        // Assert
        var create = schemas["ArticleCreateRequest"]!["properties"]!["data"]!["properties"]!;
        create["attributes"]!["properties"]!.AsObject().Select(member => member.Key).ShouldNotContain("created_at");
        create["attributes"]!["properties"]!.AsObject().Select(member => member.Key).ShouldContain("title");
        create["attributes"]!["additionalProperties"]!.GetValue<bool>().ShouldBeFalse();
        create["id"].ShouldBeNull("client-generated ids are not allowed");
        create["lid"].ShouldNotBeNull();
        create["relationships"]!["properties"]!.AsObject().Select(member => member.Key).ShouldContain("tags");
        schemas["AuthorResource"]!["properties"]!["relationships"]!["properties"]!["articles"].ShouldNotBeNull();
        schemas["AuthorUpdateRequest"]?["properties"]!["data"]!["properties"]!["relationships"]!["properties"]!["articles"].ShouldBeNull("read-only relationships are not written");
    }

    [Fact]
    public async Task Empty_to_one_related_endpoint_is_documented_as_null()
    {
        // Arrange
        var article = Fakes.Article("Orphan");
        await SeedAsync(article);
        var document = await DocumentAsync();

        // Act
        var response = await Client.GetApiAsync($"/api/articles/{article.Id}/author");

        // Assert
        response.Body!["data"]!.ShouldBeNull();
        var schema = document["paths"]!["/api/articles/{id}/author"]!["get"]!["responses"]!["200"]!["content"]!["application/vnd.api+json"]!["schema"]!["$ref"]!.GetValue<string>();
        schema.ShouldBe("#/components/schemas/AuthorNullableDocument");
        document["components"]!["schemas"]!["AuthorNullableDocument"]!["properties"]!["data"]!["oneOf"]!.AsArray()
            .Select(option => option!["type"]?.GetValue<string>()).ShouldContain("null");
    }

    [Fact]
    public async Task Atomic_operations_document_413_and_their_media_type()
    {
        // Act
        var operation = (await DocumentAsync())["paths"]!["/api/operations"]!["post"]!;

        // Assert
        operation["responses"]!["413"].ShouldNotBeNull();
        operation["responses"]!["204"].ShouldNotBeNull();
        operation["requestBody"]!["content"]!.AsObject().Single().Key.ShouldBe("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"");
    }

    private async Task<JsonNode> DocumentAsync() => (await Client.GetApiAsync("/api/openapi.json")).Body!;

    private static IEnumerable<JsonNode> Operations(JsonNode document) => document["paths"]!.AsObject()
        .SelectMany(path => path.Value!.AsObject().Where(entry => entry.Key != "parameters").Select(entry => entry.Value!));

    private static string?[] Required(JsonNode schema) => [.. schema["required"]!.AsArray().Select(name => (string?)name)];
}
