using System.Net;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Api.Scale;

/// <summary>The API host with 60 generated demo agents in teams, recording the SQL of every request that carries
/// <see cref="RequestSqlLog.Header"/>.</summary>
public sealed class SqlLoggingApiHost : ApiHost
{
    private static readonly RequestSqlLog SharedLog = new();

    public SqlLoggingApiHost()
        : base(new AdminPortalHostOptions
        {
            DemoAgents = 60,
            Environment = services =>
            {
                services.ConfigureDbContext<SqliteAdminPortalDbContext>(db => db.AddInterceptors(SharedLog, SharedLog.Transactions));
                services.ConfigureDbContext<PostgresAdminPortalDbContext>(db => db.AddInterceptors(SharedLog, SharedLog.Transactions));
            },
        })
    {
    }

    public RequestSqlLog Sql => SharedLog;

    /// <summary>GETs <paramref name="url"/> as the demo admin and returns the statements the request ran.</summary>
    public Task<IReadOnlyList<string>> StatementsOfAsync(string url) => StatementsOfAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>Sends <paramref name="request"/> as the demo admin, checks it succeeded, and returns the statements it ran.</summary>
    public async Task<IReadOnlyList<string>> StatementsOfAsync(HttpRequestMessage request, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await ClientForAsync(AdminEmail);
        var key = Guid.NewGuid().ToString("N");
        using (request)
        {
            request.Headers.Add(RequestSqlLog.Header, key);
            using var response = await client.SendAsync(request);
            await response.ShouldBeOkAsync(expected);
        }

        return Sql.Of(key);
    }
}
