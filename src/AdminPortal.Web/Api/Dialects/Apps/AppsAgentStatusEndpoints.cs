using AdminPortal.Domain.Listings;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Dialects.Apps;

/// <summary>
/// Seed 002 at <c>/apps/api/v1/agent_statuses</c>, as the seed writes it: integer ids (UUIDs also accepted), plain JSON,
/// errors as <c>{"message": ...}</c>. A change needs <c>status</c>, <c>agent_ids</c> and <c>team_ids</c> (the seed marks all
/// three required); a status that does not exist or is a system status is refused before a missing list is, as the seed's
/// examples show. A read takes the ids in a JSON body (as the seed's GET does) or in the query string.
/// </summary>
public static class AppsAgentStatusEndpoints
{
    public const string Route = "/agent_statuses";

    public static IEndpointRouteBuilder MapAppsAgentStatuses(this IEndpointRouteBuilder apps)
    {
        apps.MapPost(Route, ChangeAsync);
        apps.MapGet(Route, ReadAsync);
        return apps;
    }

    private static async Task<IResult> ChangeAsync(
        HttpRequest request,
        [FromServices] ApiCaller caller,
        [FromServices] IBulkStatusAdmission admission,
        [FromServices] IStatusChangeService statuses,
        [FromServices] RowReferences references)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var body = await ApiJson.ReadAsync<AppsStatusChange>(request);
        if (string.IsNullOrWhiteSpace(body.Status))
        {
            throw ApiRequestException.BadRequest("status is required", "/status");
        }

        var agents = WireIds.Parse(body.AgentIds, "agent_ids");
        var teams = WireIds.Parse(body.TeamIds, "team_ids");
        var target = StatusTarget.Named(body.Status);
        await admission.AdmitAsync(new BulkStatusRequest(target, [], [], caller.Required), cancellationToken);
        Require(body.AgentIds, "agent_ids");
        Require(body.TeamIds, "team_ids");

        var outcomes = await statuses.ChangeManyAsync(new BulkStatusRequest(
            target, await references.AgentsAsync(agents, cancellationToken), await references.TeamsAsync(teams, cancellationToken), caller.Required), cancellationToken);
        return DialectJson.Ok(outcomes.Select(AppsStatusChangeResult.From).ToList());
    }

    private static async Task<IResult> ReadAsync(
        HttpRequest request, [FromServices] ApiCaller caller, [FromServices] AgentStatusBoard board, [FromServices] RowReferences references)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var agents = WireIds.FromQuery(request.Query, "agent_ids").ToList();
        var teams = WireIds.FromQuery(request.Query, "team_ids").ToList();
        if (HasBody(request))
        {
            var body = await ApiJson.ReadAsync<AppsStatusQuery>(request);
            agents.AddRange(WireIds.Parse(body.AgentIds, "agent_ids"));
            teams.AddRange(WireIds.Parse(body.TeamIds, "team_ids"));
        }

        var reads = await board.ReadAsync(
            caller.Required, await references.AgentsAsync(agents, cancellationToken), await references.TeamsAsync(teams, cancellationToken), cancellationToken);
        return DialectJson.Ok(reads.Select(AppsStatusRead.From).ToList());
    }

    private static void Require(IReadOnlyList<System.Text.Json.JsonElement>? ids, string member)
    {
        if (ids is null)
        {
            throw ApiRequestException.BadRequest($"{member} is required (an array of ids, empty for none)", $"/{member}");
        }
    }

    /// <summary>Seed 002 sends the ids of a GET in a JSON body.</summary>
    public static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
}
