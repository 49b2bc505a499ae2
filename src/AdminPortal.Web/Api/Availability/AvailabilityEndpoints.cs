using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Listings;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Availability;

/// <summary>
/// Seed 003: <c>PUT /api/v1/agents/me/availability</c> with <c>{"status": "available|busy|away|offline"}</c>;
/// the calling agent moves itself (source api) and gets its agent record back, with integer ids and its API key. Basic
/// <c>api_key:api_secret</c> of an agent credential signs in as that agent (as the seed says), a bearer token as well.
/// available → Available; busy → the first busy status an agent may choose (Special Task unless the organisation
/// ordered a custom one before it); away → Unavailable; offline → a logout. From Offline, any other value is a login.
/// </summary>
public static class AvailabilityEndpoints
{
    private static readonly (string Availability, StatusTarget Target)[] Targets =
    [
        ("available", StatusTarget.Of(BuiltInStatuses.Available)),
        ("busy", StatusTarget.FirstOf(StatusCategory.Busy)),
        ("away", StatusTarget.Of(BuiltInStatuses.Unavailable)),
        ("offline", StatusTarget.LogOut),
    ];

    public static readonly string[] Allowed = [.. Targets.Select(t => t.Availability)];

    public sealed record AvailabilityRequest(string? Status);

    public static IEndpointRouteBuilder MapAvailabilityEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPut("/v1/agents/me/availability", SetAsync);
        return api;
    }

    private static async Task<IResult> SetAsync(
        HttpRequest request, [FromServices] AvailabilityProfiles profiles, [FromServices] ApiCaller caller, [FromServices] IStatusChangeService statuses)
    {
        var body = await ApiJson.ReadAsync<AvailabilityRequest>(request);
        var wanted = body.Status?.Trim().ToLowerInvariant();
        if (Targets.FirstOrDefault(t => t.Availability == wanted).Target is not { } target)
        {
            throw ApiRequestException.BadRequest($"status must be one of: {string.Join(", ", Allowed)}.", "/status");
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var agentId = caller.AgentId;
        await statuses.ChangeAsync(new StatusRequest(agentId, target, StatusSource.Api, caller.Required), cancellationToken);

        var profile = await profiles.GetAsync(agentId, ApiCaller.CredentialId(request.HttpContext.User), cancellationToken);
        return ApiJson.Ok(new AvailabilityResponse("success", AgentAvailability.From(profile)));
    }

    public sealed record AvailabilityResponse(string Status, AgentAvailability Data);

    /// <summary>
    /// Every member of the seed 003 agent, with the product's data: the numeric id, teams by numeric id, and the API key the
    /// agent acts with and when it was last used (null without an agent credential). Members the product has no data for
    /// are present and empty: phone_number is the extension number (no country code), permissions is empty (the product has
    /// roles), custom_attributes is empty, a team has no emoji.
    /// </summary>
    public sealed record AgentAvailability(
        long Id,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        string FirstName,
        string LastName,
        string Email,
        string Type,
        string AvailabilityStatus,
        string? PhoneNumberCountryCode,
        string? PhoneNumber,
        string? AvatarUrl,
        bool Enabled,
        DateTime LastActiveAt,
        DateTime? LastLoginAt,
        IReadOnlyList<string> Roles,
        IReadOnlyList<string> Permissions,
        IReadOnlyDictionary<string, string> CustomAttributes,
        IReadOnlyList<TeamSummary> Teams,
        string? ApiKey,
        DateTime? ApiKeyLastUsedAt)
    {
        public static AgentAvailability From(AgentProfile agent) => new(
            agent.Id,
            agent.CreatedAt,
            agent.StatusUpdatedAt,
            agent.FirstName,
            agent.LastName,
            agent.Email,
            "agent",
            Of(agent.Category),
            null,
            agent.ExtensionNumber,
            agent.AvatarUrl,
            true,
            agent.StatusUpdatedAt,
            agent.LastLoginAt,
            [ApiRoles.Name(agent.Role)],
            [],
            new Dictionary<string, string>(),
            [.. agent.Teams.Select(t => new TeamSummary(t.Id, t.Name, null))],
            agent.ApiKey,
            agent.ApiKeyLastUsedAt);

        /// <summary>availability_status: online (available category), busy, away or offline.</summary>
        public static string Of(StatusCategory category) => category switch
        {
            StatusCategory.Available => "online",
            StatusCategory.Busy => "busy",
            StatusCategory.Away => "away",
            _ => "offline",
        };
    }

    public sealed record TeamSummary(long Id, string Name, string? Emoji);
}
