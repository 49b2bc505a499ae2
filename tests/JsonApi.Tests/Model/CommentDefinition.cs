using JsonApi.Definitions;

namespace JsonApi.Tests.Model;

/// <summary>Comments are written only by <see cref="CommentService"/>: created through it, their author changed through it;
/// anything else it does not offer is refused. Its calls commit themselves, so a request to the comment endpoints opens no
/// transaction around them.</summary>
public sealed class CommentDefinition(CommentService comments) : ResourceDefinition<Comment>
{
    public override bool HandlesWrites => true;

    /// <summary>Each <see cref="CommentService"/> call saves once: one transaction by itself.</summary>
    public override bool WritesCommitThemselves => true;

    public override async Task<object> CreateAsync(ResourceWrite<Comment> write, CancellationToken cancellationToken)
    {
        var article = write.Resource.Article ?? throw new BlogRuleException("article", "A comment needs an article.");
        return await comments.PostAsync(article.Id, write.Resource.Text, write.Resource.Author?.Id, cancellationToken);
    }

    public override async Task UpdateAsync(ResourceWrite<Comment> write, CancellationToken cancellationToken)
    {
        if (write.Kind != WriteKind.SetRelationship || !write.Targets(c => c.Author))
        {
            await base.UpdateAsync(write, cancellationToken);
        }

        await comments.AttributeAsync(write.Resource.Id, write.Resource.Author?.Id, cancellationToken);
    }
}
