using JsonApi.Tests.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Tests.Configuration;

public sealed class ResourceGraphTests
{
    private static WebApplication BuildApp(Action<JsonApi.Graph.ResourceGraphBuilder> graph)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddScoped<TestTenant>();
        builder.Services.AddDbContext<BlogDbContext>(options => options.UseSqlite("Data Source=:memory:"));
        builder.Services.AddJsonApi<BlogDbContext>(null, graph);
        return builder.Build();
    }

    [Fact]
    public async Task Cannot_map_unmapped_property_as_attribute()
    {
        // Arrange
        await using var app = BuildApp(graph => graph.Add<Author>("Author", "authors", r => r.Attribute(a => a.DisplayName)));

        // Act
        var exception = Should.Throw<InvalidOperationException>(() => app.MapJsonApi("/api"));

        // Assert
        exception.Message.ShouldContain("Computed(");
    }

    [Fact]
    public void Cannot_point_relationship_to_type_outside_graph()
    {
        // Act
        var exception = Should.Throw<InvalidOperationException>(() =>
            BuildApp(graph => graph.Add<Article>("Article", "articles", r => r.HasOne(a => a.Author))));

        // Assert
        exception.Message.ShouldContain("not a resource type of the graph");
    }

    [Fact]
    public void Cannot_declare_member_twice()
    {
        // Act
        var exception = Should.Throw<InvalidOperationException>(() =>
            BuildApp(graph => graph.Add<Author>("Author", "authors", r => r.Attribute(a => a.FirstName).Attribute(a => a.LastName, publicName: "first_name"))));

        // Assert
        exception.Message.ShouldContain("first_name");
    }
}
