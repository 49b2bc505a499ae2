using System.Linq.Expressions;
using JsonApi.Definitions;
using JsonApi.Errors;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Tests.Model;

/// <summary>Hides soft-deleted articles, validates titles, stamps CreatedAt and refuses writes to readers.</summary>
public sealed class ArticleDefinition(IHttpContextAccessor httpContextAccessor) : ResourceDefinition<Article>
{
    public override Expression<Func<Article, bool>>? BaseFilter => article => !article.Deleted;

    public override Task AuthorizeAsync(ResourceOperationContext context, CancellationToken cancellationToken)
    {
        var isReader = httpContextAccessor.HttpContext?.Request.Headers["X-Role"].ToString() == "reader";
        var isWrite = context.Operation is ResourceOperation.Create or ResourceOperation.Update or ResourceOperation.Delete or ResourceOperation.ChangeRelationship;
        return isReader && isWrite
            ? throw new ForbiddenOperationException("Readers cannot change articles.")
            : Task.CompletedTask;
    }

    public override Task OnWritingAsync(ResourceWrite<Article> write, CancellationToken cancellationToken)
    {
        var entity = write.Resource;
        if (entity.Title.Contains("spam", StringComparison.OrdinalIgnoreCase))
        {
            throw new BlogRuleException("title", "Titles cannot contain spam.");
        }

        if (entity.Title == "slow")
        {
            throw new TimeoutException("The archive did not answer.");
        }

        if (entity.Views < 0 || entity.Body.Length > 1000)
        {
            var errors = new Dictionary<string, string>();
            if (entity.Views < 0)
            {
                errors["views"] = "Views cannot be negative.";
            }

            if (entity.Body.Length > 1000)
            {
                errors["body"] = "Body is too long.";
            }

            throw new BlogValidationException(errors);
        }

        if (write.Kind == WriteKind.Create)
        {
            entity.CreatedAt = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        }

        return Task.CompletedTask;
    }

    public override Task OnWrittenAsync(ResourceWrite<Article> write, CancellationToken cancellationToken) =>
        write.Resource.Title == "rollback" ? throw new BlogRuleException("title", "Rolled back after saving.") : Task.CompletedTask;
}
