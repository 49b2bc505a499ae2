using JsonApi.Endpoints;
using JsonApi.Errors;
using JsonApi.Tests.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JsonApi.Tests.Infrastructure;

/// <summary>A minimal host over TestServer with the blog model on a fresh SQLite database file per test class.</summary>
public class BlogApiFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The library's deep-page option as the tests run it: pages from this offset on read their ids first.</summary>
    public const int PageIdsFirstFromOffset = 1000;

    public SqlLog Sql { get; } = new();

    public IServiceProvider Services => _app!.Services;

    protected string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"jsonapi-tests-{Guid.NewGuid():N}.db");

    protected virtual void UseDatabase(DbContextOptionsBuilder options) => options.UseSqlite($"Data Source={DatabasePath};Pooling=False");

    public virtual async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<TestTenant>();
        builder.Services.AddScoped<CommentService>();
        builder.Services.AddSingleton<SlowQueries>();
        builder.Services.AddSingleton<OperationBudgetGate>();
        builder.Services.AddSingleton<IAtomicOperationsGate>(services => services.GetRequiredService<OperationBudgetGate>());
        builder.Services.AddDbContext<BlogDbContext>((services, options) => UseDatabase(options.AddInterceptors(Sql, Sql.Transactions, services.GetRequiredService<SlowQueries>())));
        builder.Services.AddJsonApi<BlogDbContext>(
            options =>
            {
                options.DefaultPageSize = 5;
                options.MaxPageSize = 50;
                options.PageIdsFirstFromOffset = PageIdsFirstFromOffset;
                options.MaxIncludeDepth = 3;
                options.MapException<BlogRuleException>(exception => new ErrorObject(System.Net.HttpStatusCode.UnprocessableEntity,
                    "Rule violated.", exception.Message, ErrorSource.ForPointer($"/data/attributes/{exception.Member}")));
                options.AddValueConverter<Uri>(uri => uri.AbsoluteUri, text => new Uri(text, UriKind.Absolute));
                options.MapExceptionToErrors<BlogValidationException>(exception => exception.Errors.Select(pair => new ErrorObject(
                    System.Net.HttpStatusCode.UnprocessableEntity, "Invalid value.", pair.Value, ErrorSource.ForPointer($"/data/attributes/{pair.Key}"))));
            },
            BlogGraph.Configure);
        builder.Services.AddSingleton<IJsonApiExceptionMapper, TimeoutExceptionMapper>();
        builder.Services.AddResourceDefinition<Article, ArticleDefinition>();
        builder.Services.AddResourceDefinition<Comment, CommentDefinition>();
        ConfigureServices(builder.Services);
        _app = builder.Build();
        _app.Use((HttpContext context, RequestDelegate next) =>
        {
            if (int.TryParse(context.Request.Headers["X-Tenant"], out var tenant))
            {
                context.RequestServices.GetRequiredService<TestTenant>().Id = tenant;
            }

            return next(context);
        });
        var api = _app.MapJsonApi("/api");
        _app.MapOpenApiDocument("/api/openapi.json");
        api.MapPost("/articles/{id}/publish", PublishArticleEndpoint.HandleAsync);
        await _app.StartAsync();
        Client = _app.GetTestClient();
        await ResetAsync();
    }

    /// <summary>Registrations of a derived fixture, after the default ones (a definition registered here replaces the default).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task ResetAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BlogDbContext>();
        await db.Database.EnsureDeletedAsync();
        await db.Database.EnsureCreatedAsync();
        Sql.Clear();
    }

    /// <summary>Runs code against the database as tenant 1 (seeding and checking).</summary>
    public async Task<T> WithDbAsync<T>(Func<BlogDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BlogDbContext>());
    }

    public Task WithDbAsync(Func<BlogDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Delete(DatabasePath);
    }
}
