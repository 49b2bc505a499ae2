using System.Net;
using JsonApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.Errors;

public sealed class ExceptionMapperTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Mapper_registered_in_services_maps_application_exception()
    {
        // Act
        var response = await Client.PostApiAsync("/api/articles", new { data = new { type = "Article", attributes = new { title = "slow" } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Error["detail"]!.GetValue<string>().ShouldBe("The archive did not answer.");
    }

    [Fact]
    public async Task Value_converter_reads_writes_and_filters_attribute()
    {
        // Act
        var created = await Client.PostApiAsync("/api/authors", new
        {
            data = new { type = "Author", attributes = new { first_name = "Web", website = "https://ada.example/blog" } },
        });
        var filtered = await Client.GetApiAsync($"/api/authors?filter={Uri.EscapeDataString("equals(website,'https://ada.example/blog')")}");
        var invalid = await Client.PostApiAsync("/api/authors", new { data = new { type = "Author", attributes = new { first_name = "X", website = "not a url" } } });

        // Assert
        created.Status.ShouldBe(HttpStatusCode.Created);
        created.Data["attributes"]!["website"]!.GetValue<string>().ShouldBe("https://ada.example/blog");
        (await QueryAsync(db => db.Authors.SingleAsync())).Website.ShouldBe(new Uri("https://ada.example/blog"));
        filtered.DataArray.Count.ShouldBe(1);
        invalid.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        invalid.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/website");
    }
}
