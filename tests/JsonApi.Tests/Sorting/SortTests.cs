using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Sorting;

public sealed class SortTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Can_sort_on_multiple_keys_with_descending()
    {
        // Arrange
        await SeedAsync(Fakes.Article("B", views: 1), Fakes.Article("A", views: 1), Fakes.Article("C", views: 9));

        // Act
        var response = await Client.GetApiAsync("/api/articles?sort=-views,title");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["C", "A", "B"]);
    }

    [Fact]
    public async Task Can_sort_on_to_one_path()
    {
        // Arrange
        await SeedAsync(Fakes.Article("by Zed", Fakes.Author("Zed")), Fakes.Article("by Amy", Fakes.Author("Amy")));

        // Act
        var response = await Client.GetApiAsync("/api/articles?sort=author.first_name");

        // Assert
        response.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["by Amy", "by Zed"]);
    }

    [Fact]
    public async Task Can_sort_on_computed_attribute_and_count()
    {
        // Arrange
        var busy = Fakes.Author("Busy");
        var idle = Fakes.Author("Idle");
        await SeedAsync(idle, Fakes.Article("1", busy), Fakes.Article("2", busy));

        // Act
        var byComputed = await Client.GetApiAsync("/api/authors?sort=-articles_count");
        var byCount = await Client.GetApiAsync("/api/authors?sort=count(articles)");

        // Assert
        byComputed.DataArray.Select(item => (string?)item!["attributes"]!["first_name"]).ShouldBe(["Busy", "Idle"]);
        byCount.DataArray.Select(item => (string?)item!["attributes"]!["first_name"]).ShouldBe(["Idle", "Busy"]);
    }

    [Fact]
    public async Task Sorts_by_id_by_default()
    {
        // Arrange
        var articles = Enumerable.Range(0, 4).Select(index => Fakes.Article($"T{index}")).ToList();
        await SeedAsync([.. articles]);

        // Act
        var response = await Client.GetApiAsync("/api/articles");

        // Assert
        response.DataArray.Select(item => (string?)item!["id"]).ShouldBe(articles.Select(a => a.Id).Order().Select(id => id.ToString()));
    }

    [Fact]
    public async Task Cannot_sort_on_unknown_attribute()
    {
        // Act
        var response = await Client.GetApiAsync("/api/articles?sort=-popularity");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["source"]!["parameter"]!.GetValue<string>().ShouldBe("sort");
        response.Error["detail"]!.GetValue<string>().ShouldContain("popularity");
    }

    [Fact]
    public async Task Cannot_sort_single_resource()
    {
        // Act
        var response = await Client.GetApiAsync($"/api/articles/{Guid.NewGuid()}?sort=title");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
