using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonApi.OpenApi;
using JsonApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Tests.OpenApi;

/// <summary>An application's part of the document: a plain endpoint with a schema exported from its CLR types.</summary>
public sealed class HealthOpenApi : IOpenApiContributor
{
    public sealed record HealthReport(string Status, int Checks, string? Note, IReadOnlyList<HealthReport> Children);

    public void Contribute(OpenApiDocumentBuilder document)
    {
        document.AddSchemaOf<HealthReport>("HealthReport", new JsonSerializerOptions(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
        document.Info["title"] = "Blog API";
        document.AddOperation("/health", "get", new JsonObject
        {
            ["operationId"] = "getHealth",
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = "OK",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = OpenApiDocumentBuilder.SchemaRef("HealthReport") } },
                },
            },
        });
    }
}

/// <summary>Contributed last: sees every operation of the others.</summary>
public sealed class CountingOpenApi : IOpenApiContributor
{
    public int Order => int.MaxValue;

    public void Contribute(OpenApiDocumentBuilder document) => document.Info["description"] = $"{document.Operations.Count()} operations";
}

public sealed class OpenApiCompositionFixture : BlogApiFixture
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddOpenApiContributor<CountingOpenApi>().AddOpenApiContributor<HealthOpenApi>();
}

public sealed class OpenApiCompositionTests(OpenApiCompositionFixture fixture) : BlogApiTest<OpenApiCompositionFixture>(fixture)
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("text/html, application/*;q=0.5", "application/json")]
    [InlineData("application/vnd.oai.openapi+json", "application/vnd.oai.openapi+json")]
    public async Task Document_is_served_to_json_clients(string? accept, string mediaType)
    {
        // Act
        var response = await Client.GetApiAsync("/api/openapi.json", request => request.Headers.TryAddWithoutValidation("Accept", accept));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Message.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        response.Body!["openapi"]!.GetValue<string>().ShouldBe("3.1.0");
    }

    [Fact]
    public async Task Document_is_not_served_to_a_client_accepting_only_html()
    {
        // Act
        var response = await Client.GetApiAsync("/api/openapi.json", request => request.Headers.TryAddWithoutValidation("Accept", "text/html"));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotAcceptable);
        response.Error["source"]!["header"]!.GetValue<string>().ShouldBe("Accept");
    }

    [Fact]
    public async Task Contributors_add_their_paths_and_schemas_and_the_last_sees_all_operations()
    {
        // Act
        var document = (await Client.GetApiAsync("/api/openapi.json")).Body!;

        // Assert
        document["info"]!["title"]!.GetValue<string>().ShouldBe("Blog API");
        document["paths"]!["/health"]!["get"]!["operationId"]!.GetValue<string>().ShouldBe("getHealth");
        var operations = document["paths"]!.AsObject().Sum(path => path.Value!.AsObject().Count(entry => entry.Key != "parameters"));
        document["info"]!["description"]!.GetValue<string>().ShouldBe($"{operations} operations");
        var health = document["components"]!["schemas"]!["HealthReport"]!;
        health["type"]!.GetValue<string>().ShouldBe("object");
        health["required"]!.AsArray().Select(name => (string?)name).ShouldBe(["status", "checks", "note", "children"]);
        health["properties"]!["note"]!["type"]!.AsArray().Select(type => (string?)type).ShouldBe(["string", "null"]);
        health["properties"]!["children"]!["items"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/HealthReport",
            "a recursive type refers to its component, not to the root of an anonymous schema");
    }

    [Fact]
    public async Task Servers_name_the_origin_that_was_asked()
    {
        // Act
        var document = (await Client.GetApiAsync("/api/openapi.json", request => request.Headers.Host = "blog.example.test:8443")).Body!;

        // Assert
        document["servers"]![0]!["url"]!.GetValue<string>().ShouldBe("http://blog.example.test:8443");
    }

    [Fact]
    public void Builder_refuses_an_operation_without_a_unique_operation_id()
    {
        // Arrange
        var builder = new OpenApiDocumentBuilder();
        builder.AddOperation("/a", "get", new JsonObject { ["operationId"] = "same", ["responses"] = new JsonObject() });

        // Act / Assert
        Should.Throw<ArgumentException>(() => builder.AddOperation("/b", "get", new JsonObject { ["responses"] = new JsonObject() }));
        Should.Throw<InvalidOperationException>(() => builder.AddOperation("/b", "get", new JsonObject { ["operationId"] = "same" }));
        Should.Throw<InvalidOperationException>(() => builder.AddOperation("/a", "get", new JsonObject { ["operationId"] = "other" }));
        builder.AddSchema("X", new JsonObject { ["type"] = "string" }).AddSchema("X", new JsonObject { ["type"] = "string" });
        Should.Throw<InvalidOperationException>(() => builder.AddSchema("X", new JsonObject { ["type"] = "integer" }));
    }
}
