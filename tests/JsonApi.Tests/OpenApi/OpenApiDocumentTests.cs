using System.Net;
using System.Text.Json.Nodes;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.OpenApi;

public sealed class OpenApiDocumentTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Describes_every_resource_type()
    {
        // Act
        var response = await Client.GetAsync("/api/openapi.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        document["openapi"]!.GetValue<string>().ShouldBe("3.1.0");
        var paths = document["paths"]!.AsObject();
        paths.ContainsKey("/api/articles").ShouldBeTrue();
        paths.ContainsKey("/api/articles/{id}").ShouldBeTrue();
        paths.ContainsKey("/api/blogs/{id}/articles").ShouldBeTrue();
        paths["/api/tags"]!["post"].ShouldBeNull("tags are read-only");
        paths["/api/articles/{id}/relationships/tags"]!["post"].ShouldNotBeNull();
        paths["/api/articles/{id}/relationships/author"]!["post"].ShouldBeNull("to-one relationships cannot be added to");
        var attributes = document["components"]!["schemas"]!["ArticleResource"]!["properties"]!["attributes"]!["properties"]!;
        attributes["views"]!["type"]!.GetValue<string>().ShouldBe("integer");
        attributes["created_at"]!["readOnly"]!.GetValue<bool>().ShouldBeTrue();
        attributes["status"]!["enum"]!.AsArray().Select(value => (string?)value).ShouldBe(["draft", "in_review", "published"]);
        document["components"]!["schemas"]!["ErrorDocument"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Lists_the_parameters_of_each_operation()
    {
        // Act
        var document = await GetDocumentAsync();

        // Assert
        var list = document["paths"]!["/api/articles"]!["get"]!["parameters"]!.AsArray();
        var inline = list.Where(parameter => parameter!["name"] is not null).ToDictionary(parameter => (string)parameter!["name"]!, parameter => (string)parameter!["description"]!);
        inline["sort"].ShouldContain("views");
        inline["filter"].ShouldContain("published_at");
        inline["filter"].ShouldContain("count");
        inline["filter"].ShouldContain("('' for a quote)");
        var references = list.Select(parameter => (string?)parameter!["$ref"]).OfType<string>().ToList();
        references.ShouldContain("#/components/parameters/include");
        references.ShouldContain("#/components/parameters/fields_Author");
        references.ShouldContain("#/components/parameters/page_size");
        references.ShouldContain("#/components/parameters/if_none_match");
        var parameters = document["components"]!["parameters"]!;
        parameters["page_size"]!["schema"]!["maximum"]!.GetValue<int>().ShouldBe(50);
        parameters["page_size"]!["schema"]!["default"]!.GetValue<int>().ShouldBe(5);
        parameters["fields_Article"]!["name"]!.GetValue<string>().ShouldBe("fields[Article]");
        parameters["if_match"]!["in"]!.GetValue<string>().ShouldBe("header");
        document["paths"]!["/api/articles/{id}"]!["patch"]!["parameters"]!.AsArray()
            .Select(parameter => (string?)parameter!["$ref"]).ShouldContain("#/components/parameters/if_match");
    }

    [Fact]
    public async Task Lists_the_errors_of_each_operation()
    {
        // Act
        var document = await GetDocumentAsync();

        // Assert
        var article = document["paths"]!["/api/articles/{id}"]!;
        Statuses(document["paths"]!["/api/articles"]!["get"]!).ShouldBe(["200", "304", "400", "403", "406", "500"]);
        Statuses(document["paths"]!["/api/articles"]!["post"]!).ShouldBe(["201", "400", "403", "404", "406", "409", "415", "422", "500"]);
        Statuses(article["patch"]!).ShouldContain("412");
        Statuses(article["delete"]!).ShouldContain("412");
        Statuses(article["get"]!).ShouldContain("404");
        var badRequest = document["components"]!["responses"]!["400"]!;
        badRequest["description"]!.GetValue<string>().ShouldContain("source.parameter");
        badRequest["content"]!["application/vnd.api+json"]!["schema"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ErrorDocument");
    }

    [Fact]
    public async Task Leaves_out_turned_off_endpoints_and_read_only_relationships()
    {
        // Act
        var document = await GetDocumentAsync();

        // Assert
        var paths = document["paths"]!;
        paths["/api/comments/{id}"]!["patch"].ShouldBeNull();
        paths["/api/comments/{id}"]!["delete"].ShouldBeNull();
        paths["/api/comments/{id}"]!["get"].ShouldNotBeNull();
        paths["/api/authors/{id}/relationships/articles"]!["post"].ShouldBeNull();
        paths["/api/authors/{id}/relationships/articles"]!["get"].ShouldNotBeNull();
        paths["/api/operations"]!["post"]!["requestBody"].ShouldNotBeNull();
    }

    private static string[] Statuses(JsonNode operation) => [.. operation["responses"]!.AsObject().Select(pair => pair.Key)];

    private async Task<JsonNode> GetDocumentAsync()
    {
        var response = await Client.GetAsync("/api/openapi.json");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldNotContain("\\u0027", customMessage: "quotes are written as they are");
        return JsonNode.Parse(text)!;
    }
}
