using JsonApi.Definitions;
using JsonApi.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.ResourceDefinitions;

/// <summary>The calls <see cref="BlogService"/> received, in order.</summary>
public sealed class BlogServiceLog
{
    private readonly List<string> _calls = [];

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public void Record(string call)
    {
        lock (_calls)
        {
            _calls.Add(call);
        }
    }

    public void Clear()
    {
        lock (_calls)
        {
            _calls.Clear();
        }
    }
}

/// <summary>A domain service for blogs with its own rules: a title is required; an article titled "locked" cannot move, and
/// moving articles saves them one at a time (so a refusal half-way proves the request is one transaction).</summary>
public sealed class BlogService(BlogDbContext db, BlogServiceLog log)
{
    public BlogServiceLog Log => log;

    public async Task<object> CreateAsync(string? title, Guid? ownerId, IReadOnlyList<Guid>? articleIds, CancellationToken cancellationToken)
    {
        log.Record($"create '{title}' owner {ownerId?.ToString() ?? "none"} articles {(articleIds is null ? "not sent" : string.Join(",", articleIds))}");
        var blog = new Blog { Id = Guid.NewGuid(), Title = RequireTitle(title) };
        db.Blogs.Add(blog);
        await db.SaveChangesAsync(cancellationToken);
        await SetOwnerAsync(blog.Id, ownerId, cancellationToken);
        if (articleIds is not null)
        {
            await ChangeArticlesAsync(blog.Id, articleIds, WriteKind.SetRelationship, cancellationToken);
        }

        return blog.Id;
    }

    public async Task RetitleAsync(Guid blogId, string? title, CancellationToken cancellationToken)
    {
        log.Record($"retitle {blogId} '{title}'");
        var blog = await db.Blogs.SingleAsync(b => b.Id == blogId, cancellationToken);
        blog.Title = RequireTitle(title);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetOwnerAsync(Guid blogId, Guid? ownerId, CancellationToken cancellationToken)
    {
        log.Record($"owner {blogId} {ownerId?.ToString() ?? "none"}");
        var blog = await db.Blogs.Include(b => b.Owner).SingleAsync(b => b.Id == blogId, cancellationToken);
        blog.Owner = ownerId is { } id ? await db.Authors.SingleAsync(a => a.Id == id, cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ChangeArticlesAsync(Guid blogId, IReadOnlyList<Guid> articleIds, WriteKind kind, CancellationToken cancellationToken)
    {
        log.Record($"articles {kind} {blogId} {string.Join(",", articleIds)}");
        var blog = await db.Blogs.Include(b => b.Articles).SingleAsync(b => b.Id == blogId, cancellationToken);
        var named = await db.Articles.Where(a => articleIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var removed = kind switch
        {
            WriteKind.RemoveFromRelationship => blog.Articles.Where(a => articleIds.Contains(a.Id)).ToList(),
            WriteKind.AddToRelationship => [],
            _ => blog.Articles.Where(a => !articleIds.Contains(a.Id)).ToList(),
        };
        var added = kind == WriteKind.RemoveFromRelationship ? [] : named.Where(a => blog.Articles.All(existing => existing.Id != a.Id)).ToList();
        foreach (var article in removed.Concat(added))
        {
            if (article.Title == "locked")
            {
                throw new BlogRuleException("articles", "A locked article cannot move.");
            }

            article.Blog = removed.Contains(article) ? null : blog;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static string RequireTitle(string? title) =>
        string.IsNullOrWhiteSpace(title) ? throw new BlogValidationException(new Dictionary<string, string> { ["title"] = "A blog needs a title." }) : title.Trim();
}
