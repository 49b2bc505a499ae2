using JsonApi.Endpoints;
using JsonApi.Errors;
using JsonApi.Tests.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.Infrastructure;

/// <summary>A custom (non-CRUD) endpoint added to the JSON:API route group that reuses the library's serializer and errors.</summary>
public static class PublishArticleEndpoint
{
    public static async Task HandleAsync(HttpContext http, Guid id, BlogDbContext db, JsonApiResponder responder)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == id)
            ?? throw new ResourceNotFoundException("Article", id.ToString());
        if (article.Status == ArticleStatus.Published)
        {
            throw new BlogRuleException("status", "The article is already published.");
        }

        article.Status = ArticleStatus.Published;
        article.PublishedAt = new DateTime(2032, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await db.SaveChangesAsync();
        await responder.WriteResourceAsync(http, typeof(Article), id);
    }
}
