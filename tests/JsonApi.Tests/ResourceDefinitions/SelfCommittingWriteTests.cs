using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JsonApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.ResourceDefinitions;

/// <summary>
/// A definition whose writes commit themselves (<c>WritesCommitThemselves</c>, the comments' service) runs them without a
/// transaction around them on its own endpoints: the service reads before its save begins one, so write locks are held only
/// while it writes. Atomic operations still put every operation, its reads included, in the request's one transaction.
/// </summary>
public sealed class SelfCommittingWriteTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task A_self_committing_create_reads_before_its_own_transaction_begins()
    {
        // Arrange
        var article = Fakes.Article("Commented");
        await SeedAsync(article);
        Sql.Clear();

        // Act
        var response = await Client.PostApiAsync("/api/comments", new
        {
            data = new
            {
                type = "Comment",
                attributes = new { text = "first" },
                relationships = new { article = new { data = new { type = "Article", id = article.Id.ToString() } } },
            },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Created);
        var timeline = Sql.Timeline.ToList();
        var listing = string.Join("\n---\n", timeline);
        var insert = timeline.FindIndex(s => s.StartsWith("INSERT INTO \"Comments\"", StringComparison.Ordinal));
        insert.ShouldBeGreaterThan(0, listing);
        var reads = timeline.Take(insert).Where(s => s.Contains("FROM \"Articles\"", StringComparison.Ordinal)).ToList();
        reads.ShouldNotBeEmpty(listing);

        // the save is one statement, atomic by itself; a transaction, if the provider's save opens one, begins after the reads
        var begin = timeline.IndexOf(SqlLog.Begin);
        (begin == -1 || begin > timeline.IndexOf(reads[^1])).ShouldBeTrue(listing);
        (await QueryAsync(db => db.Comments.CountAsync(c => c.Text == "first"))).ShouldBe(1);
    }

    [Fact]
    public async Task In_atomic_operations_a_self_committing_create_runs_inside_the_request_s_transaction()
    {
        // Arrange
        var article = Fakes.Article("Commented");
        await SeedAsync(article);
        Sql.Clear();
        var operations = new object[]
        {
            new { op = "add", data = new { type = "Comment", attributes = new { text = "kept" }, relationships = new { article = new { data = new { type = "Article", id = article.Id.ToString() } } } } },
            new { op = "add", data = new { type = "Comment", attributes = new { text = "refused" }, relationships = new { article = new { data = new { type = "Article", id = Guid.NewGuid().ToString() } } } } },
        };
        using var content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, object> { ["atomic:operations"] = operations }), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"");

        // Act
        using var response = await Client.PostAsync("/api/operations", content);

        // Assert
        response.IsSuccessStatusCode.ShouldBeFalse(await response.Content.ReadAsStringAsync());
        var timeline = Sql.Timeline.ToList();
        timeline.FirstOrDefault().ShouldBe(SqlLog.Begin, string.Join("\n---\n", timeline));
        (await QueryAsync(db => db.Comments.CountAsync())).ShouldBe(0, "the first comment rolls back with the refused second");
    }
}
