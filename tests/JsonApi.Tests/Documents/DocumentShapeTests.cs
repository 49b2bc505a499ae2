using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Documents;

/// <summary>Top-level members and links as the specification has them: <c>included</c> whenever includes were asked for, valid URIs
/// in links, HEAD wherever GET is answered.</summary>
public sealed class DocumentShapeTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Theory]
    [InlineData("/api/articles?include=author")]
    [InlineData("/api/articles/{id}?include=author")]
    [InlineData("/api/articles?include=")]
    public async Task Included_is_present_whenever_includes_were_asked_for(string url)
    {
        // Arrange
        var article = Fakes.Article("Alone");
        await SeedAsync(article);

        // Act
        var response = await Client.GetApiAsync(url.Replace("{id}", article.Id.ToString(), StringComparison.Ordinal));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Body!["included"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Included_is_absent_when_no_include_was_asked_for()
    {
        // Arrange
        await SeedAsync(Fakes.Article("Alone", Fakes.Author()));

        // Act
        var response = await Client.GetApiAsync("/api/articles");

        // Assert
        response.Body!.AsObject().ContainsKey("included").ShouldBeFalse();
    }

    [Fact]
    public async Task Self_link_encodes_brackets()
    {
        // Arrange
        await SeedAsync(Fakes.Article("A"));

        // Act
        var response = await Client.GetApiAsync("/api/articles?page[size]=2&fields[Article]=title");

        // Assert
        var self = response.Body!["links"]!["self"]!.GetValue<string>();
        self.ShouldEndWith("/api/articles?page%5Bsize%5D=2&fields%5BArticle%5D=title");
        Uri.IsWellFormedUriString(self, UriKind.Absolute).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/{id}")]
    [InlineData("/api/articles/{id}/comments")]
    [InlineData("/api/articles/{id}/relationships/comments")]
    public async Task Head_is_answered_wherever_get_is(string url)
    {
        // Arrange
        var article = Fakes.Article("A");
        await SeedAsync(article);
        var path = url.Replace("{id}", article.Id.ToString(), StringComparison.Ordinal);
        var get = await Client.GetAsync(path);

        // Act
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        // Assert
        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Headers.ETag.ShouldBe(get.Headers.ETag);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }
}
