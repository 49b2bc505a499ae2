namespace JsonApi.Tests.Model;

/// <summary>A domain service that writes comments its own way (the resource definition delegates to it).</summary>
public sealed class CommentService(BlogDbContext db)
{
    public async Task<Guid> PostAsync(Guid articleId, string text, Guid? authorId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FindAsync([articleId], cancellationToken)
            ?? throw new BlogRuleException("article", $"Article '{articleId}' cannot be commented on.");
        var comment = new Comment { Id = Guid.NewGuid(), Text = text.Trim(), CreatedAt = new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc), Article = article };
        if (authorId is { } author)
        {
            comment.Author = await db.Authors.FindAsync([author], cancellationToken);
        }

        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }

    public async Task AttributeAsync(Guid commentId, Guid? authorId, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FindAsync([commentId], cancellationToken)
            ?? throw new BlogRuleException("author", $"Comment '{commentId}' does not exist.");
        comment.Author = authorId is { } author ? await db.Authors.FindAsync([author], cancellationToken) : null;
        if (authorId is null)
        {
            await db.Entry(comment).Reference(c => c.Author).LoadAsync(cancellationToken);
            comment.Author = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
