using System.Net;
using JsonApi.Tests.Infrastructure;
using JsonApi.Tests.Model;

namespace JsonApi.Tests.Filtering;

/// <summary>Filter expressions and the titles they select, shared by the SQLite and PostgreSQL runs.</summary>
public static class FilterCases
{
    public static TheoryData<string, string[]> All => new()
    {
        { "equals(title,'Alpha')", ["Alpha"] },
        { "equals(title,'Beta''s')", ["Beta's"] },
        { "lessThan(views,'20')", ["Alpha"] },
        { "lessOrEqual(views,'20')", ["Alpha", "Beta's"] },
        { "greaterThan(views,'20')", ["Gamma"] },
        { "greaterOrEqual(views,'20')", ["Beta's", "Gamma"] },
        { "contains(title,'mm')", ["Gamma"] },
        { "startsWith(title,'Al')", ["Alpha"] },
        { "endsWith(title,'a')", ["Alpha", "Gamma"] },
        { "any(status,'published','in_review')", ["Alpha", "Beta's"] },
        { "equals(status,'draft')", ["Gamma"] },
        { "has(comments)", ["Alpha", "Beta's"] },
        { "has(comments,equals(text,'z'))", ["Beta's"] },
        { "greaterThan(count(comments),'1')", ["Alpha"] },
        { "has(tags)", ["Alpha"] },
        { "not(equals(title,'Alpha'))", ["Beta's", "Gamma"] },
        { "and(greaterThan(views,'5'),lessThan(views,'25'))", ["Alpha", "Beta's"] },
        { "or(equals(title,'Alpha'),equals(title,'Gamma'))", ["Alpha", "Gamma"] },
        { "equals(published_at,null)", ["Beta's", "Gamma"] },
        { "greaterThan(published_at,'2024-02-01T00:00:00Z')", ["Alpha"] },
        { "equals(author,null)", ["Gamma"] },
        { "equals(author.first_name,'Bob')", ["Beta's"] },
        { "equals(author.level,'senior_writer')", ["Alpha"] },
    };

    public static async Task SeedAsync(BlogApiFixture fixture)
    {
        var ada = Fakes.Author("Ada", level: AuthorLevel.SeniorWriter);
        var bob = Fakes.Author("Bob");
        var first = Fakes.Article("Alpha", ada, views: 10, status: ArticleStatus.Published);
        first.PublishedAt = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var second = Fakes.Article("Beta's", bob, views: 20, status: ArticleStatus.InReview);
        var third = Fakes.Article("Gamma", null, views: 30);
        first.Tags.Add(Fakes.Tag("news"));
        await fixture.WithDbAsync(async db =>
        {
            db.AddRange(first, second, third, Fakes.Comment("x", first), Fakes.Comment("y", first), Fakes.Comment("z", second));
            await db.SaveChangesAsync();
        });
    }

    public static async Task<string[]> TitlesAsync(HttpClient client, string filter)
    {
        var response = await client.GetApiAsync($"/api/articles?page[size]=50&sort=title&filter={Uri.EscapeDataString(filter)}");
        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        return [.. response.DataArray.Select(item => (string)item!["attributes"]!["title"]!)];
    }
}
