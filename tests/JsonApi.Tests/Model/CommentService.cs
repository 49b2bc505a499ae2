namespace JsonApi.Tests.Model;

/// <summary>A domain service that creates comments its own way (the resource definition delegates to it).</summary>
public sealed class CommentService(BlogDbContext db)
{
    public async Task<Guid> PostAsync(Guid articleId, string text, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FindAsync([articleId], cancellationToken)
            ?? throw new BlogRuleException("article", $"Article '{articleId}' cannot be commented on.");
        var comment = new Comment { Id = Guid.NewGuid(), Text = text.Trim(), CreatedAt = new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc), Article = article };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }
}
