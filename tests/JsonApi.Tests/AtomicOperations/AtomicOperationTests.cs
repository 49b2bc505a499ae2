using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.AtomicOperations;

public sealed class AtomicOperationTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    private const string AtomicMediaType = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PostOperationsAsync(object operations, string mediaType = AtomicMediaType)
    {
        var content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, object> { ["atomic:operations"] = operations }), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        var response = await Client.PostAsync("/api/operations", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task Can_run_operations_in_one_request()
    {
        // Arrange
        var author = Fakes.Author();
        var existing = Fakes.Article("Existing");
        var doomed = Fakes.Article("Doomed");
        var tag = Fakes.Tag("news");
        await SeedAsync(author, existing, doomed, tag);

        // Act
        var (status, body) = await PostOperationsAsync(new object[]
        {
            new { op = "add", data = new { type = "Article", attributes = new { title = "New" }, relationships = new { author = new { data = new { type = "Author", id = author.Id.ToString() } } } } },
            new { op = "update", data = new { type = "Article", id = existing.Id.ToString(), attributes = new { views = 42 } } },
            new { op = "add", @ref = new { type = "Article", id = existing.Id.ToString(), relationship = "tags" }, data = new[] { new { type = "Tag", id = tag.Id.ToString() } } },
            new { op = "remove", @ref = new { type = "Article", id = doomed.Id.ToString() } },
        });

        // Assert
        status.ShouldBe(HttpStatusCode.OK, body?.ToJsonString());
        var results = body!["atomic:results"]!.AsArray();
        results.Count.ShouldBe(4);
        results[0]!["data"]!["attributes"]!["title"]!.GetValue<string>().ShouldBe("New");
        results[1]!["data"]!["attributes"]!["views"]!.GetValue<int>().ShouldBe(42);
        results[3]!.AsObject().Count.ShouldBe(0);
        var titles = await QueryAsync(db => db.Articles.OrderBy(a => a.Title).Select(a => a.Title).ToListAsync());
        titles.ShouldBe(["Existing", "New"]);
        (await QueryAsync(db => db.Articles.Where(a => a.Id == existing.Id).SelectMany(a => a.Tags).CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Can_use_local_ids_of_earlier_operations()
    {
        // Arrange
        var tag = Fakes.Tag("news");
        await SeedAsync(tag);

        // Act
        var (status, body) = await PostOperationsAsync(new object[]
        {
            new { op = "add", data = new { type = "Author", lid = "writer", attributes = new { first_name = "Lid" } } },
            new { op = "add", data = new { type = "Article", lid = "post", attributes = new { title = "By lid" }, relationships = new { author = new { data = new { type = "Author", lid = "writer" } } } } },
            new { op = "update", data = new { type = "Article", lid = "post", attributes = new { views = 5 } } },
            new { op = "add", @ref = new { type = "Article", lid = "post", relationship = "tags" }, data = new[] { new { type = "Tag", id = tag.Id.ToString() } } },
        });

        // Assert
        status.ShouldBe(HttpStatusCode.OK, body?.ToJsonString());
        var article = await QueryAsync(db => db.Articles.Include(a => a.Author).Include(a => a.Tags).SingleAsync());
        article.Author!.FirstName.ShouldBe("Lid");
        article.Views.ShouldBe(5);
        article.Tags.Single().Name.ShouldBe("news");
        body!["atomic:results"]![2]!["data"]!["id"]!.GetValue<string>().ShouldBe(article.Id.ToString());
    }

    [Fact]
    public async Task Cannot_use_undeclared_local_id()
    {
        // Act
        var (status, body) = await PostOperationsAsync(new object[]
        {
            new { op = "add", data = new { type = "Article", attributes = new { title = "x" }, relationships = new { author = new { data = new { type = "Author", lid = "nobody" } } } } },
        });

        // Assert
        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        body!["errors"]![0]!["source"]!["pointer"]!.GetValue<string>().ShouldBe("/atomic:operations/0/data/relationships/author/data/lid");
    }

    [Fact]
    public async Task Failed_operation_rolls_back_the_others()
    {
        // Arrange
        var existing = Fakes.Article("Existing");
        await SeedAsync(existing);

        // Act
        var (status, body) = await PostOperationsAsync(new object[]
        {
            new { op = "add", data = new { type = "Article", attributes = new { title = "Kept?" } } },
            new { op = "update", data = new { type = "Article", id = existing.Id.ToString(), attributes = new { views = "many" } } },
        });

        // Assert
        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        body!["errors"]![0]!["source"]!["pointer"]!.GetValue<string>().ShouldBe("/atomic:operations/1/data/attributes/views");
        (await QueryAsync(db => db.Articles.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Missing_resource_error_points_at_the_operation()
    {
        // Act
        var (status, body) = await PostOperationsAsync(new object[] { new { op = "remove", @ref = new { type = "Article", id = Guid.NewGuid().ToString() } } });

        // Assert
        status.ShouldBe(HttpStatusCode.NotFound);
        body!["errors"]![0]!["source"]!["pointer"]!.GetValue<string>().ShouldBe("/atomic:operations/0");
    }

    [Fact]
    public async Task Cannot_post_operations_without_atomic_extension()
    {
        // Act
        var (status, _) = await PostOperationsAsync(Array.Empty<object>(), "application/vnd.api+json");

        // Assert
        status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Cannot_use_unknown_operation()
    {
        // Act
        var (status, body) = await PostOperationsAsync(new object[] { new { op = "upsert", data = new { type = "Article" } }, 5 });

        // Assert
        status.ShouldBe(HttpStatusCode.BadRequest);
        body!["errors"]![0]!["source"]!["pointer"]!.GetValue<string>().ShouldBe("/atomic:operations/0/op");
    }
}
