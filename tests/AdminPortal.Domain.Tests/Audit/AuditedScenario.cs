using System.Text.Json;
using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Audit;

/// <summary>Scopes that write as the scenario's admin from the portal (as the portal's scope does), and the events written.</summary>
internal static class AuditedScenario
{
    public static TenantScope AsAdmin(this OrganisationScenario scenario)
    {
        var scope = scenario.Scope();
        scope.Get<AuditContext>().Use(AuditOrigin.Portal(scenario.AdminAgent.Id, scenario.AdminAgent.Name));
        return scope;
    }

    public static async Task<List<AuditEvent>> EventsAsync(this OrganisationScenario scenario)
    {
        await using var scope = scenario.Scope();
        return await scope.Db.AuditEvents.AsNoTracking().OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync();
    }

    public static async Task<AuditEvent> SingleEventAsync(this OrganisationScenario scenario, string resourceType, Guid resourceId, string action)
    {
        var events = await scenario.EventsAsync();
        var matching = events.Where(e => e.ResourceType == resourceType && e.ResourceId == resourceId && e.Action == action).ToList();
        matching.Count.ShouldBe(1, $"events: {string.Join(", ", events.Select(e => $"{e.Action} {e.ResourceType} {e.Changes}"))}");
        return matching[0];
    }

    public static JsonElement Change(this AuditEvent audited, string member) =>
        audited.Changes.TryGetProperty(member, out var change) ? change : throw new ShouldAssertException($"No '{member}' in {audited.Changes}");

    public static string? Before(this AuditEvent audited, string member) => Text(audited.Change(member).GetProperty("before"));

    public static string? After(this AuditEvent audited, string member) => Text(audited.Change(member).GetProperty("after"));

    public static IEnumerable<string> Members(this AuditEvent audited) => audited.Changes.EnumerateObject().Select(p => p.Name);

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
