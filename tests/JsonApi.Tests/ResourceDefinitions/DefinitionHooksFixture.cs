using JsonApi.Tests.Infrastructure;
using JsonApi.Tests.Model;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Tests.ResourceDefinitions;

/// <summary>The blog host with definitions that use the typed hooks: soft-deleted articles hidden unless asked for
/// (<see cref="SoftDeletedArticleDefinition"/>), author reads shaped by include and sort hooks, and blogs written only
/// through <see cref="BlogService"/>.</summary>
public sealed class DefinitionHooksFixture : BlogApiFixture
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<BlogServiceLog>();
        services.AddScoped<BlogService>();
        services.AddResourceDefinition<Article, SoftDeletedArticleDefinition>();
        services.AddResourceDefinition<Author, AuthorReadDefinition>();
        services.AddResourceDefinition<Blog, BlogDefinition>();
    }

    public BlogServiceLog Log => Services.GetRequiredService<BlogServiceLog>();
}
