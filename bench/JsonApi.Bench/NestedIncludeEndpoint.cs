using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static JsonApi.Bench.HandWrittenEndpoints;
using static JsonApi.Bench.JsonNames;

namespace JsonApi.Bench;

/// <summary>10 blogs, the first 10 of each blog's 200 articles, and each article's author: the hand-written counterpart of
/// <c>include=articles.author</c>: the total, the blogs, the first articles of these blogs (numbered per blog over
/// their articles only), then the authors of these articles.</summary>
public static class NestedIncludeEndpoint
{
    public const int Blogs = 10;
    public const int Shown = 10;

    private sealed record BlogRow(Guid Id, string Title, List<ArticleRow> Articles);

    private sealed record ArticleRow(Guid Id, string Title, Guid? AuthorId);

    public static void Map(WebApplication app) => app.MapGet("/hand/blogs", async (HttpContext http, BenchDbContext db) =>
    {
        var total = await db.Blogs.CountAsync();
        var ids = await db.Blogs.OrderBy(b => b.Id).Take(Blogs).Select(b => b.Id).ToListAsync();

        // The first articles of these blogs only: the filter on the foreign key keeps ROW_NUMBER to their articles.
        var rows = await db.Blogs.Where(b => ids.Contains(b.Id)).OrderBy(b => b.Id)
            .Select(b => new BlogRow(b.Id, b.Title, b.Articles.Where(a => ids.Contains(EF.Property<Guid>(a, "BlogId"))).OrderBy(a => a.Id).Take(Shown + 1)
                .Select(a => new ArticleRow(a.Id, a.Title, EF.Property<Guid?>(a, "AuthorId"))).ToList()))
            .ToListAsync();
        var authorIds = rows.SelectMany(b => b.Articles.Take(Shown)).Select(a => a.AuthorId).OfType<Guid>().Distinct().ToList();
        var authors = await db.Authors.Where(a => authorIds.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name);
        await WriteAsync(http, writer => Document(writer, http, rows, authors, total));
    });

    private static void Document(Utf8JsonWriter writer, HttpContext http, List<BlogRow> rows, Dictionary<Guid, string> authors, int total)
    {
        var baseUrl = Base(http);
        writer.WriteStartObject();
        JsonApiVersion(writer);
        writer.WriteStartArray(Data);
        foreach (var blog in rows)
        {
            writer.WriteStartObject();
            writer.WriteString(TypeName, "Blog");
            writer.WriteString(Id, blog.Id);
            writer.WriteStartObject(Attributes);
            writer.WriteString(Title, blog.Title);
            writer.WriteEndObject();
            writer.WriteStartObject(Relationships);
            writer.WriteStartObject(ArticlesName);
            writer.WriteStartObject(Links);
            JsonLinks.Write(writer, Self, baseUrl, "/api/blogs/", blog.Id, "/relationships/articles");
            JsonLinks.Write(writer, Related, baseUrl, "/api/blogs/", blog.Id, "/articles");
            if (blog.Articles.Count > Shown)
            {
                JsonLinks.Write(writer, Next, baseUrl, "/api/blogs/", blog.Id, "/relationships/articles?page%5Bsize%5D=10&page%5Bnumber%5D=2");
            }

            writer.WriteEndObject();
            writer.WriteStartArray(Data);
            foreach (var article in blog.Articles.Take(Shown))
            {
                Identifier(writer, "Article", article.Id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            SelfLinks(writer, baseUrl, "/api/blogs/", blog.Id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Included);
        var articles = rows.SelectMany(blog => blog.Articles.Take(Shown)).ToList();
        foreach (var article in articles)
        {
            writer.WriteStartObject();
            writer.WriteString(TypeName, "Article");
            writer.WriteString(Id, article.Id);
            writer.WriteStartObject(Attributes);
            writer.WriteString(Title, article.Title);
            writer.WriteEndObject();
            writer.WriteStartObject(Relationships);
            ToOne(writer, baseUrl, article.Id, Author, "/relationships/author", "/author", "Author", article.AuthorId);
            writer.WriteEndObject();
            SelfLinks(writer, baseUrl, "/api/articles/", article.Id);
            writer.WriteEndObject();
        }

        foreach (var (id, name) in authors)
        {
            IncludedOne(writer, baseUrl, "Author", "/api/authors/", id, Name, name);
        }

        writer.WriteEndArray();
        TotalAndPageLinks(writer, http, baseUrl, "/api/blogs", total, Blogs);
        writer.WriteEndObject();
    }
}
