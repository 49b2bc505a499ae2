using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static JsonApi.Bench.JsonNames;

namespace JsonApi.Bench;

/// <summary>
/// The same documents as the library's, written as tightly as by hand: the same EF Core queries (so the same SQL), property names
/// encoded once, links composed in a stack buffer, and one reused <see cref="Utf8JsonWriter"/> per thread writing straight into
/// <c>Response.BodyWriter</c> (no intermediate buffer, no copy).
/// </summary>
public static class HandWrittenEndpoints
{
    private const string MediaType = "application/vnd.api+json";

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    private sealed record Row(Guid Id, string Title, int Views, Guid? AuthorId, string? AuthorName, Guid? BlogId, string? BlogTitle);

    private sealed record AuthorRow(Guid Id, string Name, List<ArticleRow> Articles);

    private sealed record ArticleRow(Guid Id, string Title, int Views);

    public static void Map(WebApplication app)
    {
        app.MapGet("/hand/articles", async (HttpContext http, BenchDbContext db) =>
        {
            var total = await db.Articles.CountAsync();
            var rows = await db.Articles.OrderBy(a => a.Id).Take(100)
                .Select(a => new Row(a.Id, a.Title, a.Views, a.Author!.Id, a.Author.Name, a.Blog!.Id, a.Blog.Title)).ToListAsync();
            await WriteAsync(http, writer => Articles(writer, http, rows, total));
        });
        app.MapGet("/hand/articles/{id:guid}", async (HttpContext http, Guid id, BenchDbContext db) =>
        {
            var row = await db.Articles.Where(a => a.Id == id)
                .Select(a => new { a.Id, a.Title, a.Body, a.Views, a.CreatedAt, AuthorId = (Guid?)a.Author!.Id, BlogId = (Guid?)a.Blog!.Id }).SingleAsync();
            await WriteAsync(http, writer =>
            {
                var baseUrl = Base(http);
                writer.WriteStartObject();
                JsonApiVersion(writer);
                writer.WriteStartObject(Data);
                writer.WriteString(TypeName, "Article");
                writer.WriteString(Id, row.Id);
                writer.WriteStartObject(Attributes);
                writer.WriteString(Title, row.Title);
                writer.WriteString(Body, row.Body);
                writer.WriteNumber(Views, row.Views);
                writer.WriteString(CreatedAt, row.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"));
                writer.WriteEndObject();
                writer.WriteStartObject(Relationships);
                ToOne(writer, baseUrl, row.Id, Author, "/relationships/author", "/author", "Author", row.AuthorId);
                ToOne(writer, baseUrl, row.Id, Blog, "/relationships/blog", "/blog", "Blog", row.BlogId);
                writer.WriteEndObject();
                SelfLinks(writer, baseUrl, "/api/articles/", row.Id);
                writer.WriteEndObject();
                SelfLinks(writer, baseUrl, "/api/articles/", row.Id);
                writer.WriteEndObject();
            });
        });
        app.MapGet("/hand/authors", async (HttpContext http, BenchDbContext db) =>
        {
            const int Shown = 10;
            var total = await db.Authors.CountAsync();
            var ids = await db.Authors.OrderBy(a => a.Id).Take(20).Select(a => a.Id).ToListAsync();

            // The first articles of these authors only: the filter on the foreign key keeps ROW_NUMBER to their articles.
            var rows = await db.Authors.Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id)
                .Select(a => new AuthorRow(a.Id, a.Name, a.Articles.Where(r => ids.Contains(EF.Property<Guid>(r, "AuthorId")))
                    .OrderBy(r => r.Id).Take(Shown + 1).Select(r => new ArticleRow(r.Id, r.Title, r.Views)).ToList()))
                .ToListAsync();
            await WriteAsync(http, writer => Authors(writer, http, rows, total, Shown));
        });
        NestedIncludeEndpoint.Map(app);
    }

    /// <summary>Writes the document into the response's pipe with this thread's writer, then flushes once.</summary>
    public static async Task WriteAsync(HttpContext http, Action<Utf8JsonWriter> document)
    {
        http.Response.ContentType = MediaType;
        var pipe = http.Response.BodyWriter;
        var writer = _writer;
        if (writer is null)
        {
            writer = _writer = new Utf8JsonWriter(pipe, new JsonWriterOptions { SkipValidation = true });
        }
        else
        {
            writer.Reset(pipe);
        }

        document(writer);
        writer.Flush();
        writer.Reset();
        await pipe.FlushAsync();
    }

    private static void Articles(Utf8JsonWriter writer, HttpContext http, List<Row> rows, int total)
    {
        var baseUrl = Base(http);
        writer.WriteStartObject();
        JsonApiVersion(writer);
        writer.WriteStartArray(Data);
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString(TypeName, "Article");
            writer.WriteString(Id, row.Id);
            writer.WriteStartObject(Attributes);
            writer.WriteString(Title, row.Title);
            writer.WriteNumber(Views, row.Views);
            writer.WriteEndObject();
            writer.WriteStartObject(Relationships);
            ToOne(writer, baseUrl, row.Id, Author, "/relationships/author", "/author", "Author", row.AuthorId);
            ToOne(writer, baseUrl, row.Id, Blog, "/relationships/blog", "/blog", "Blog", row.BlogId);
            writer.WriteEndObject();
            SelfLinks(writer, baseUrl, "/api/articles/", row.Id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Included);
        foreach (var author in rows.Where(r => r.AuthorId is not null).DistinctBy(r => r.AuthorId))
        {
            IncludedOne(writer, baseUrl, "Author", "/api/authors/", author.AuthorId!.Value, Name, author.AuthorName!);
        }

        foreach (var blog in rows.Where(r => r.BlogId is not null).DistinctBy(r => r.BlogId))
        {
            IncludedOne(writer, baseUrl, "Blog", "/api/blogs/", blog.BlogId!.Value, Title, blog.BlogTitle!);
        }

        writer.WriteEndArray();
        TotalAndPageLinks(writer, http, baseUrl, "/api/articles", total, 100);
        writer.WriteEndObject();
    }

    private static void Authors(Utf8JsonWriter writer, HttpContext http, List<AuthorRow> rows, int total, int shown)
    {
        var baseUrl = Base(http);
        writer.WriteStartObject();
        JsonApiVersion(writer);
        writer.WriteStartArray(Data);
        foreach (var author in rows)
        {
            writer.WriteStartObject();
            writer.WriteString(TypeName, "Author");
            writer.WriteString(Id, author.Id);
            writer.WriteStartObject(Attributes);
            writer.WriteString(Name, author.Name);
            writer.WriteEndObject();
            writer.WriteStartObject(Relationships);
            writer.WriteStartObject(ArticlesName);
            writer.WriteStartObject(Links);
            JsonLinks.Write(writer, Self, baseUrl, "/api/authors/", author.Id, "/relationships/articles");
            JsonLinks.Write(writer, Related, baseUrl, "/api/authors/", author.Id, "/articles");
            if (author.Articles.Count > shown)
            {
                JsonLinks.Write(writer, Next, baseUrl, "/api/authors/", author.Id, $"/relationships/articles?page%5Bsize%5D={shown}&page%5Bnumber%5D=2");
            }

            writer.WriteEndObject();
            writer.WriteStartArray(Data);
            foreach (var article in author.Articles.Take(shown))
            {
                Identifier(writer, "Article", article.Id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            SelfLinks(writer, baseUrl, "/api/authors/", author.Id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Included);
        foreach (var article in rows.SelectMany(author => author.Articles.Take(shown)))
        {
            writer.WriteStartObject();
            writer.WriteString(TypeName, "Article");
            writer.WriteString(Id, article.Id);
            writer.WriteStartObject(Attributes);
            writer.WriteString(Title, article.Title);
            writer.WriteNumber(Views, article.Views);
            writer.WriteEndObject();
            SelfLinks(writer, baseUrl, "/api/articles/", article.Id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        TotalAndPageLinks(writer, http, baseUrl, "/api/authors", total, 20);
        writer.WriteEndObject();
    }

    public static void JsonApiVersion(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonApiMember);
        writer.WriteString(JsonNames.Version, "1.1");
        writer.WriteEndObject();
    }

    public static void Identifier(Utf8JsonWriter writer, string type, Guid id)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, type);
        writer.WriteString(Id, id);
        writer.WriteEndObject();
    }

    public static void SelfLinks(Utf8JsonWriter writer, string baseUrl, string route, Guid id)
    {
        writer.WriteStartObject(Links);
        JsonLinks.Write(writer, Self, baseUrl, route, id);
        writer.WriteEndObject();
    }

    /// <summary>The total and the page links of the library's <paramref name="path"/> (e.g. <c>/api/articles</c>): the request's query
    /// (the same as the library's) escaped once, then the page number.</summary>
    public static void TotalAndPageLinks(Utf8JsonWriter writer, HttpContext http, string baseUrl, string path, int total, int pageSize)
    {
        var query = new System.Text.StringBuilder(baseUrl.Length + path.Length + 256).Append(baseUrl).Append(path).Append('?');
        foreach (var (key, values) in http.Request.Query)
        {
            if (key != "page[number]")
            {
                query.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(values.ToString())).Append('&');
            }
        }

        var prefix = query.Append("page%5Bnumber%5D=").ToString();
        var last = (total + pageSize - 1) / pageSize;
        writer.WriteStartObject(Meta);
        writer.WriteNumber(Total, total);
        writer.WriteEndObject();
        writer.WriteStartObject(Links);
        JsonLinks.Write(writer, Self, baseUrl, path, http.Request.QueryString.Value ?? "");
        JsonLinks.Write(writer, First, prefix, "", "", 1);
        JsonLinks.Write(writer, Last, prefix, "", "", last);
        writer.WriteNull(Prev);
        if (last > 1)
        {
            JsonLinks.Write(writer, Next, prefix, "", "", 2);
        }

        writer.WriteEndObject();
    }

    public static void IncludedOne(Utf8JsonWriter writer, string baseUrl, string type, string route, Guid id, JsonEncodedText attribute, string value)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, type);
        writer.WriteString(Id, id);
        writer.WriteStartObject(Attributes);
        writer.WriteString(attribute, value);
        writer.WriteEndObject();
        SelfLinks(writer, baseUrl, route, id);
        writer.WriteEndObject();
    }

    public static void ToOne(Utf8JsonWriter writer, string baseUrl, Guid id, JsonEncodedText name, string self, string related, string type, Guid? target)
    {
        writer.WriteStartObject(name);
        writer.WriteStartObject(Links);
        JsonLinks.Write(writer, Self, baseUrl, "/api/articles/", id, self);
        JsonLinks.Write(writer, Related, baseUrl, "/api/articles/", id, related);
        writer.WriteEndObject();
        writer.WritePropertyName(Data);
        if (target is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            Identifier(writer, type, target.Value);
        }

        writer.WriteEndObject();
    }

    public static string Base(HttpContext http) => string.Concat(http.Request.Scheme, "://", http.Request.Host.Value);
}
