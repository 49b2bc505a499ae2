using System.Buffers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Bench;

/// <summary>The same documents as the library's, written by hand: EF Core projections and Utf8JsonWriter.</summary>
public static class HandWrittenEndpoints
{
    private sealed record Row(Guid Id, string Title, int Views, Guid? AuthorId, string? AuthorName, Guid? BlogId, string? BlogTitle);

    private sealed record AuthorRow(Guid Id, string Name, List<ArticleRow> Articles);

    private sealed record ArticleRow(Guid Id, string Title, int Views);

    public static void Map(WebApplication app)
    {
        app.MapGet("/hand/authors", async (HttpContext http, BenchDbContext db) =>
        {
            const int Shown = 10;
            var total = await db.Authors.CountAsync();
            var rows = await db.Authors.OrderBy(a => a.Id).Take(20)
                .Select(a => new AuthorRow(a.Id, a.Name, a.Articles.OrderBy(r => r.Id).Take(Shown + 1).Select(r => new ArticleRow(r.Id, r.Title, r.Views)).ToList()))
                .ToListAsync();
            var buffer = new ArrayBufferWriter<byte>(65536);
            var baseUrl = Base(http);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("jsonapi");
                writer.WriteString("version", "1.1");
                writer.WriteEndObject();
                writer.WriteStartArray("data");
                foreach (var author in rows)
                {
                    var self = $"{baseUrl}/api/authors/{author.Id}";
                    writer.WriteStartObject();
                    writer.WriteString("type", "Author");
                    writer.WriteString("id", author.Id);
                    writer.WriteStartObject("attributes");
                    writer.WriteString("name", author.Name);
                    writer.WriteEndObject();
                    writer.WriteStartObject("relationships");
                    writer.WriteStartObject("articles");
                    writer.WriteStartObject("links");
                    writer.WriteString("self", $"{self}/relationships/articles");
                    writer.WriteString("related", $"{self}/articles");
                    if (author.Articles.Count > Shown)
                    {
                        writer.WriteString("next", $"{self}/relationships/articles?page%5Bsize%5D={Shown}&page%5Bnumber%5D=2");
                    }

                    writer.WriteEndObject();
                    writer.WriteStartArray("data");
                    foreach (var article in author.Articles.Take(Shown))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("type", "Article");
                        writer.WriteString("id", article.Id);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteStartObject("links");
                    writer.WriteString("self", self);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("included");
                foreach (var article in rows.SelectMany(author => author.Articles.Take(Shown)))
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", "Article");
                    writer.WriteString("id", article.Id);
                    writer.WriteStartObject("attributes");
                    writer.WriteString("title", article.Title);
                    writer.WriteNumber("views", article.Views);
                    writer.WriteEndObject();
                    writer.WriteStartObject("links");
                    writer.WriteString("self", $"{baseUrl}/api/articles/{article.Id}");
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartObject("meta");
                writer.WriteNumber("total", total);
                writer.WriteEndObject();
                writer.WriteStartObject("links");
                writer.WriteString("self", $"{baseUrl}{http.Request.Path}{http.Request.QueryString}");
                writer.WriteString("first", $"{baseUrl}{http.Request.Path}?page[number]=1");
                writer.WriteNull("prev");
                writer.WriteString("next", $"{baseUrl}{http.Request.Path}?page[number]=2");
                writer.WriteString("last", $"{baseUrl}{http.Request.Path}?page[number]={(total + 19) / 20}");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            http.Response.ContentType = "application/vnd.api+json";
            await http.Response.Body.WriteAsync(buffer.WrittenMemory);
        });
        app.MapGet("/hand/articles", async (HttpContext http, BenchDbContext db) =>
        {
            var total = await db.Articles.CountAsync();
            var rows = await db.Articles.OrderBy(a => a.Id).Take(100)
                .Select(a => new Row(a.Id, a.Title, a.Views, a.Author!.Id, a.Author.Name, a.Blog!.Id, a.Blog.Title)).ToListAsync();
            await WriteAsync(http, rows, total, collection: true);
        });
        app.MapGet("/hand/articles/{id:guid}", async (HttpContext http, Guid id, BenchDbContext db) =>
        {
            var row = await db.Articles.Where(a => a.Id == id)
                .Select(a => new { a.Id, a.Title, a.Body, a.Views, a.CreatedAt, AuthorId = (Guid?)a.Author!.Id, BlogId = (Guid?)a.Blog!.Id }).SingleAsync();
            var buffer = new ArrayBufferWriter<byte>(4096);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                var self = $"{Base(http)}/api/articles/{row.Id}";
                writer.WriteStartObject();
                writer.WriteStartObject("jsonapi");
                writer.WriteString("version", "1.1");
                writer.WriteEndObject();
                writer.WriteStartObject("data");
                writer.WriteString("type", "Article");
                writer.WriteString("id", row.Id);
                writer.WriteStartObject("attributes");
                writer.WriteString("title", row.Title);
                writer.WriteString("body", row.Body);
                writer.WriteNumber("views", row.Views);
                writer.WriteString("created_at", row.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"));
                writer.WriteEndObject();
                writer.WriteStartObject("relationships");
                Relationship(writer, self, "author", "Author", row.AuthorId);
                Relationship(writer, self, "blog", "Blog", row.BlogId);
                writer.WriteEndObject();
                writer.WriteStartObject("links");
                writer.WriteString("self", self);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteStartObject("links");
                writer.WriteString("self", self);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            http.Response.ContentType = "application/vnd.api+json";
            await http.Response.Body.WriteAsync(buffer.WrittenMemory);
        });
    }

    private static async Task WriteAsync(HttpContext http, List<Row> rows, int total, bool collection)
    {
        var buffer = new ArrayBufferWriter<byte>(32768);
        var baseUrl = Base(http);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("jsonapi");
            writer.WriteString("version", "1.1");
            writer.WriteEndObject();
            writer.WriteStartArray("data");
            foreach (var row in rows)
            {
                var self = $"{baseUrl}/api/articles/{row.Id}";
                writer.WriteStartObject();
                writer.WriteString("type", "Article");
                writer.WriteString("id", row.Id);
                writer.WriteStartObject("attributes");
                writer.WriteString("title", row.Title);
                writer.WriteNumber("views", row.Views);
                writer.WriteEndObject();
                writer.WriteStartObject("relationships");
                Relationship(writer, self, "author", "Author", row.AuthorId);
                Relationship(writer, self, "blog", "Blog", row.BlogId);
                writer.WriteEndObject();
                writer.WriteStartObject("links");
                writer.WriteString("self", self);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("included");
            foreach (var author in rows.Where(r => r.AuthorId is not null).DistinctBy(r => r.AuthorId))
            {
                Included(writer, baseUrl, "Author", "authors", author.AuthorId!.Value, "name", author.AuthorName!);
            }

            foreach (var blog in rows.Where(r => r.BlogId is not null).DistinctBy(r => r.BlogId))
            {
                Included(writer, baseUrl, "Blog", "blogs", blog.BlogId!.Value, "title", blog.BlogTitle!);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("meta");
            writer.WriteNumber("total", total);
            writer.WriteEndObject();
            writer.WriteStartObject("links");
            writer.WriteString("self", $"{baseUrl}{http.Request.Path}{http.Request.QueryString}");
            writer.WriteString("first", $"{baseUrl}{http.Request.Path}?page[number]=1");
            writer.WriteNull("prev");
            writer.WriteString("next", $"{baseUrl}{http.Request.Path}?page[number]=2");
            writer.WriteString("last", $"{baseUrl}{http.Request.Path}?page[number]={(total + 99) / 100}");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        http.Response.ContentType = "application/vnd.api+json";
        await http.Response.Body.WriteAsync(buffer.WrittenMemory);
        _ = collection;
    }

    private static void Included(Utf8JsonWriter writer, string baseUrl, string type, string route, Guid id, string attribute, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteString("id", id);
        writer.WriteStartObject("attributes");
        writer.WriteString(attribute, value);
        writer.WriteEndObject();
        writer.WriteStartObject("links");
        writer.WriteString("self", $"{baseUrl}/api/{route}/{id}");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Relationship(Utf8JsonWriter writer, string self, string name, string type, Guid? id)
    {
        writer.WriteStartObject(name);
        writer.WriteStartObject("links");
        writer.WriteString("self", $"{self}/relationships/{name}");
        writer.WriteString("related", $"{self}/{name}");
        writer.WriteEndObject();
        writer.WritePropertyName("data");
        if (id is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteString("id", id.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static string Base(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
