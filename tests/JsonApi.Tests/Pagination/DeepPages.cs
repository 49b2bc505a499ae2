using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Pagination;

/// <summary>Pages past <see cref="BlogApiFixture.PageIdsFirstFromOffset"/> read their ids first; what they answer is the
/// same as a plain <c>OFFSET</c> would give, includes, filters and multi-key sorts included.</summary>
internal static class DeepPages
{
    public static async Task ReadTheSameRowsAsync(BlogApiFixture fixture)
    {
        // Arrange
        var author = Fakes.Author();
        await fixture.WithDbAsync(async db =>
        {
            db.AddRange(Enumerable.Range(1, 1_040).Select(index => Fakes.Article($"T{index:0000}", index % 2 == 0 ? author : null, views: index % 3)));
            await db.SaveChangesAsync();
        });
        fixture.Sql.Clear();

        // Act
        var response = await fixture.Client.GetApiAsync("/api/articles?sort=-title&page[size]=10&page[number]=101&include=author");
        var filtered = await fixture.Client.GetApiAsync("/api/articles?sort=views,title&filter=not(equals(title,'T0003'))&page[size]=5&page[number]=201");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(
            [.. Enumerable.Range(0, 10).Select(index => $"T{1040 - BlogApiFixture.PageIdsFirstFromOffset - index:0000}")]);
        response.Body!["included"]!.AsArray().Select(item => (string?)item!["id"]).ShouldBe([author.Id.ToString()]);
        response.Body!["meta"]!["total"]!.GetValue<int>().ShouldBe(1_040);
        fixture.Sql.Commands.ShouldContain(command => command.Contains(" IN (", StringComparison.Ordinal) && command.Contains("OFFSET", StringComparison.Ordinal));

        var expected = Enumerable.Range(1, 1_040).Where(index => index != 3).OrderBy(index => index % 3).ThenBy(index => index)
            .Skip(1_000).Take(5).Select(index => $"T{index:0000}").ToList();
        filtered.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(expected);
    }
}
