using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.SparseFieldsets;

public sealed class SparseFieldsetTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Can_select_fields_of_primary_and_included_resources()
    {
        // Arrange
        var author = Fakes.Author();
        var article = Fakes.Article("Fields", author);
        await SeedAsync(article);

        // Act
        var response = await Client.GetApiAsync($"/api/articles/{article.Id}?include=author&fields[Article]=title,author&fields[Author]=last_name");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data["attributes"]!.AsObject().Select(pair => pair.Key).ShouldBe(["title"]);
        response.Data["relationships"]!.AsObject().Select(pair => pair.Key).ShouldBe(["author"]);
        var included = response.Included.Single()!;
        included["attributes"]!.AsObject().Select(pair => pair.Key).ShouldBe(["last_name"]);
        included["relationships"].ShouldBeNull();
    }

    [Fact]
    public async Task Unrequested_columns_are_not_read_from_the_database()
    {
        // Arrange
        var article = Fakes.Article("Narrow", Fakes.Author());
        await SeedAsync(article);
        Sql.Clear();

        // Act
        var response = await Client.GetApiAsync("/api/articles?include=author&fields[Article]=title&fields[Author]=email");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        var select = Sql.Commands.Last();
        select.ShouldContain("\"Title\"");
        select.ShouldContain("\"Email\"");
        select.ShouldNotContain("\"Body\"");
        select.ShouldNotContain("\"Views\"");
        select.ShouldNotContain("\"FirstName\"");
        select.ShouldNotContain("\"PasswordHash\"");
    }

    [Fact]
    public async Task Empty_fieldset_returns_identifiers_with_no_members()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.GetApiAsync("/api/articles?fields[Article]=");

        // Assert
        response.DataArray.Single()!["attributes"].ShouldBeNull();
        response.DataArray.Single()!["id"]!.GetValue<string>().ShouldBe(article.Id.ToString());
    }

    [Fact]
    public async Task Cannot_select_unknown_field()
    {
        // Act
        var response = await Client.GetApiAsync("/api/articles?fields[Article]=title,password");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["source"]!["parameter"]!.GetValue<string>().ShouldBe("fields[Article]");
    }

    [Fact]
    public async Task Cannot_select_fields_of_unknown_type()
    {
        // Act
        var response = await Client.GetApiAsync("/api/articles?fields[Unicorn]=horn");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["detail"]!.GetValue<string>().ShouldContain("Unicorn");
    }
}
