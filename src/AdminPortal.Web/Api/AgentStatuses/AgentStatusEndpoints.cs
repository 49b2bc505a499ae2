using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Listings;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.AgentStatuses;

/// <summary>
/// Seed 002 on plain JSON: <c>POST /api/v1/agent_statuses</c> changes agents by id and by team (one result
/// per agent, refusals do not stop the others) and <c>GET /api/v1/agent_statuses</c> reads their statuses (ids in the
/// query, <c>agent_ids[]=..</c>, or as in the seed in a JSON body).
/// Ids are our UUID strings. A refusal of the whole request (unknown or system status 400, an agent naming others 403,
/// an unknown agent or team 404) answers <c>{"message": ...}</c> as in the seed, with the usual <c>errors</c> array beside it.
/// </summary>
public static class AgentStatusEndpoints
{
    public static IEndpointRouteBuilder MapAgentStatusEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/v1/agent_statuses", ChangeAsync);
        api.MapGet("/v1/agent_statuses", ReadAsync);
        return api;
    }

    private static async Task<IResult> ChangeAsync(HttpRequest request, [FromServices] IStatusChangeService statuses, [FromServices] ApiCaller caller)
    {
        var body = await ApiJson.ReadAsync<AgentStatusChangeRequest>(request);
        if (string.IsNullOrWhiteSpace(body.Status))
        {
            return Refused(ApiError.BadRequest("status is required", "/status"));
        }

        var agentIds = Ids.Parse(body.AgentIds, "agent_ids", pointer: true);
        var teamIds = Ids.Parse(body.TeamIds, "team_ids", pointer: true);
        try
        {
            var outcomes = await statuses.ChangeManyAsync(
                new BulkStatusRequest(StatusTarget.Named(body.Status), agentIds, teamIds, caller.Required), request.HttpContext.RequestAborted);
            return ApiJson.Ok(outcomes.Select(AgentStatusChangeResult.From).ToList());
        }
        catch (DomainException refusal)
        {
            var error = new ApiExceptionMapper().Map(refusal)![0];
            return Refused(new ApiError((int)error.Status, error.Title, error.Detail ?? refusal.Message));
        }
    }

    private static async Task<IResult> ReadAsync(HttpRequest request, [FromServices] AgentStatusBoard board, [FromServices] ApiCaller caller)
    {
        var agentIds = Ids.Parse(Ids.FromQuery(request.Query, "agent_ids"), "agent_ids", pointer: false);
        var teamIds = Ids.Parse(Ids.FromQuery(request.Query, "team_ids"), "team_ids", pointer: false);
        if (HasBody(request))
        {
            var body = await ApiJson.ReadAsync<AgentStatusQuery>(request);
            agentIds = [.. agentIds.Union(Ids.Parse(body.AgentIds, "agent_ids", pointer: true))];
            teamIds = [.. teamIds.Union(Ids.Parse(body.TeamIds, "team_ids", pointer: true))];
        }

        var reads = await board.ReadAsync(caller.Required, agentIds, teamIds, request.HttpContext.RequestAborted);
        return ApiJson.Ok(reads.Select(a => new AgentStatusRead(a.Key, a.Name, a.Email, a.AgentNumber, a.Status, [])).ToList());
    }

    /// <summary>Seed 002 sends the ids of a GET in a JSON body; query parameters work too.</summary>
    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static IResult Refused(ApiError error) => TypedResults.Json(
        new RefusedRequest(error.Detail, [new ErrorObject(error.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Title, error.Detail)]),
        ApiJson.Options, statusCode: error.Status);

    private sealed record RefusedRequest(string Message, IReadOnlyList<ErrorObject> Errors);

    private sealed record ErrorObject(string Status, string Title, string Detail);
}
