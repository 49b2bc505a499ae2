using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Filtering;

/// <summary>Filters are bounded: listed values and conditions per request, nesting depth, nested <c>has()</c>; within the bounds
/// a long list is one SQL <c>IN</c> list, never an expression deeper than the database takes.</summary>
public sealed class FilterLimitTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    public static string AnyOfTitles(int count) => $"any(title,{string.Join(',', Enumerable.Range(0, count).Select(index => $"'T{index}'"))})";

    public static string OrOfTitles(int count) => $"or({string.Join(',', Enumerable.Range(0, count).Select(index => $"equals(title,'T{index}')"))})";

    [Theory]
    [InlineData(1000)]
    [InlineData(2)]
    public async Task Can_list_up_to_the_bound_of_values(int count)
    {
        // Arrange
        await SeedAsync(Fakes.Article("T1"), Fakes.Article("Other"));

        // Act
        var response = await Client.GetApiAsync($"/api/articles?filter={Uri.EscapeDataString(AnyOfTitles(count))}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        response.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["T1"]);
    }

    [Fact]
    public async Task Can_combine_many_conditions_without_a_deep_sql_expression()
    {
        // Arrange
        await SeedAsync(Fakes.Article("T99"), Fakes.Article("Other"));

        // Act
        var response = await Client.GetApiAsync($"/api/articles?filter={Uri.EscapeDataString(OrOfTitles(100))}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        response.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["T99"]);
    }

    [Theory]
    [InlineData("1,001 listed values", "any", "at most 1000 values")]
    [InlineData("1,001 values in two parameters", "split", "at most 1000 values")]
    [InlineData("101 conditions", "or", "at most 100 conditions")]
    public async Task Cannot_filter_past_the_bounds(string what, string shape, string message)
    {
        _ = what;

        // Act
        var query = shape switch
        {
            "any" => $"filter={Uri.EscapeDataString(AnyOfTitles(1001))}",
            "or" => $"filter={Uri.EscapeDataString(OrOfTitles(101))}",
            _ => $"filter={Uri.EscapeDataString(AnyOfTitles(600))}&filter={Uri.EscapeDataString(AnyOfTitles(401))}",
        };
        var response = await Client.GetApiAsync($"/api/articles?{query}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["source"]!["parameter"]!.GetValue<string>().ShouldBe("filter");
        response.Error["detail"]!.GetValue<string>().ShouldContain(message);
    }

    [Fact]
    public async Task Cannot_nest_filters_deeper_than_the_bound()
    {
        // Arrange: not(not(…(equals(title,'x'))…)) nine levels deep.
        var filter = string.Concat(Enumerable.Repeat("not(", 8)) + "equals(title,'x')" + new string(')', 8);

        // Act
        var atBound = await Client.GetApiAsync($"/api/articles?filter={Uri.EscapeDataString(string.Concat(Enumerable.Repeat("not(", 7)) + "equals(title,'x')" + new string(')', 7))}");
        var overBound = await Client.GetApiAsync($"/api/articles?filter={Uri.EscapeDataString(filter)}");

        // Assert
        atBound.Status.ShouldBe(HttpStatusCode.OK);
        overBound.Status.ShouldBe(HttpStatusCode.BadRequest);
        overBound.Error["detail"]!.GetValue<string>().ShouldContain("nested more than 8 levels");
    }

    [Fact]
    public async Task Cannot_nest_has_deeper_than_the_bound()
    {
        // Act
        var atBound = await Client.GetApiAsync("/api/authors?filter=has(articles,has(tags,has(articles)))");
        var overBound = await Client.GetApiAsync("/api/authors?filter=has(articles,has(tags,has(articles,equals(title,'x'))))");

        // Assert
        atBound.Status.ShouldBe(HttpStatusCode.OK, atBound.Body?.ToJsonString());
        overBound.Status.ShouldBe(HttpStatusCode.BadRequest);
        overBound.Error["detail"]!.GetValue<string>().ShouldContain("has() cannot be nested more than 2 levels");
    }
}
