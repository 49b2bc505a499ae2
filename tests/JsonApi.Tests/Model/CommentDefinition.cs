using JsonApi.Definitions;

namespace JsonApi.Tests.Model;

/// <summary>Replaces comment creation with <see cref="CommentService"/>.</summary>
public sealed class CommentDefinition(CommentService comments) : ResourceDefinition<Comment>
{
    public override async Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var articleId = write.ToOne.GetValueOrDefault("article") as Guid?
            ?? throw new BlogRuleException("article", "A comment needs an article.");
        return await comments.PostAsync(articleId, write.GetAttribute<string>("text") ?? string.Empty, cancellationToken);
    }
}
