using JsonApi.Definitions;
using JsonApi.Tests.Model;

namespace JsonApi.Tests.ResourceDefinitions;

/// <summary>Blogs are written only through <see cref="BlogService"/>; deleting one is not offered.</summary>
public sealed class BlogDefinition(BlogService blogs) : ResourceDefinition<Blog>
{
    public override bool HandlesWrites => true;

    public override Task<object> CreateAsync(ResourceWrite<Blog> write, CancellationToken cancellationToken)
    {
        var blog = write.Resource;
        return blogs.CreateAsync(blog.Title, blog.Owner?.Id, write.Targets(b => b.Articles) ? [.. blog.Articles.Select(a => a.Id)] : null, cancellationToken);
    }

    public override async Task UpdateAsync(ResourceWrite<Blog> write, CancellationToken cancellationToken)
    {
        var blog = write.Resource;
        blogs.Log.Record($"members {write.Kind}: {write.Members}");
        if (write.Targets(b => b.Title))
        {
            await blogs.RetitleAsync(blog.Id, blog.Title, cancellationToken);
        }

        if (write.Targets(b => b.Owner))
        {
            await blogs.SetOwnerAsync(blog.Id, blog.Owner?.Id, cancellationToken);
        }

        if (write.Targets(b => b.Articles))
        {
            await blogs.ChangeArticlesAsync(blog.Id, [.. blog.Articles.Select(a => a.Id)], write.Kind, cancellationToken);
        }
    }
}
