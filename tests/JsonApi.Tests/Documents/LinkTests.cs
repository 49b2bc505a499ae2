using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JsonApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Tests.Documents;

/// <summary>Every link of every document is a valid URI (RFC 3986): top-level, resource, relationship and included-page links,
/// whatever characters the request's query carried.</summary>
public sealed partial class LinkTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Theory]
    [InlineData("/api/articles", "?page[size]=1&fields[Article]=title,comments&include=comments,tags&sort=-title")]
    [InlineData("/api/articles", "?filter=equals(title,'Busy \"quoted\" | piped {braced} ^ `ticked` é')&page[number]=1")]
    [InlineData("/api/articles/{id}", "?include=comments&fields[Comment]=text")]
    [InlineData("/api/articles/{id}/comments", "?page[size]=2&page[number]=2&fields[Comment]=text")]
    [InlineData("/api/articles/{id}/relationships/comments", "?page[size]=2&page[number]=3")]
    [InlineData("/api/articles/{id}/relationships/author", "")]
    [InlineData("/api/articles/{id}/author", "?fields[Author]=first_name")]
    public async Task Every_link_is_a_valid_uri(string path, string query)
    {
        // Arrange
        var article = Fakes.Article("Busy \"quoted\" | piped {braced} ^ `ticked` é", Fakes.Author());
        await SeedAsync([article, .. Enumerable.Range(0, 15).Select(index => Fakes.Comment($"c{index}", article))]);
        var server = (TestServer)Fixture.Services.GetRequiredService<IServer>();

        // Act: the query exactly as a careless client sends it, unescaped
        var context = await server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = path.Replace("{id}", article.Id.ToString(), StringComparison.Ordinal);
            http.Request.QueryString = new QueryString(query);
        });
        var body = JsonNode.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync())!;

        // Assert
        context.Response.StatusCode.ShouldBe(200, body.ToJsonString());
        var links = LinksOf(body).ToList();
        links.ShouldNotBeEmpty();
        links.ShouldAllBe(link => ValidUri().IsMatch(link), string.Join("\n", links.Where(link => !ValidUri().IsMatch(link))));
    }

    [Fact]
    public async Task Self_link_keeps_what_was_asked_in_encoded_form()
    {
        // Arrange
        await SeedAsync(Fakes.Article("One"));
        var server = (TestServer)Fixture.Services.GetRequiredService<IServer>();

        // Act
        var context = await server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = "/api/articles";
            http.Request.QueryString = new QueryString("?filter=equals(title,'a b\"c')&fields[Article]=title");
        });
        var body = JsonNode.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync())!;

        // Assert
        var self = body["links"]!["self"]!.GetValue<string>();
        self.ShouldEndWith("/api/articles?filter=equals(title,'a%20b%22c')&fields%5BArticle%5D=title");
        Uri.UnescapeDataString(new Uri(self).Query).ShouldBe("?filter=equals(title,'a b\"c')&fields[Article]=title");
    }

    private static IEnumerable<string> LinksOf(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(member => member.Key == "links" && member.Value is JsonObject links
            ? links.Select(link => link.Value).OfType<JsonValue>().Select(link => link.GetValue<string>())
            : LinksOf(member.Value)),
        JsonArray array => array.SelectMany(LinksOf),
        _ => [],
    };

    /// <summary>An absolute URI: scheme, authority, path and query of unreserved, reserved (brackets only around an IP literal) and %XX.</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~%!$&'()*+,;=]*)(:[0-9]*)?(/[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*)?(\?[A-Za-z0-9\-._~%!$&'()*+,;=:@/?]*)?$")]
    private static partial Regex ValidUri();
}
