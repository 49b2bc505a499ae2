using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// The agents' activity intervals as the manager API reads them, oldest first unless sorted. An open interval has no
/// end and lasts 0 seconds so far (<c>duration</c> filters and sorts it as 0, as it is shown).
/// </summary>
public sealed class ActivityLogDirectory(AdminPortalDbContext db)
{
    public static ListFields<AgentActivityLog> Fields { get; } = new ListFields<AgentActivityLog>(l => l.NumericId, "id")
        .Add("id", l => l.NumericId)
        .Add("agent_id", l => l.Agent!.NumericId)
        .Add("status_id", l => l.Status == null ? (long?)null : l.Status.NumericId)
        .Add("started_at", l => l.StartedAt)
        .Add("ended_at", l => l.EndedAt)
        .Add("duration", l => l.Duration ?? 0)
        .Add("activity", l => l.Activity, Activities.All)
        .Add("whodunnit_id", l => l.Whodunnit == null ? (long?)null : l.Whodunnit.NumericId)
        .Add("call_id", l => l.Call == null ? (long?)null : l.Call.NumericId)
        .Add("chat_id", l => l.Chat == null ? (long?)null : l.Chat.NumericId);

    public async Task<ListPage<ActivityRecord>> ListAsync(Actor actor, ListQuery query, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var page = await Fields.PageAsync(db.AgentActivityLogs, query, l => new
        {
            l.NumericId,
            AgentId = l.Agent!.NumericId,
            Whodunnit = l.Whodunnit == null ? null
                : new PersonRow(l.Whodunnit.Id, l.Whodunnit.NumericId, l.Whodunnit.FirstName, l.Whodunnit.MiddleName, l.Whodunnit.LastName, l.Whodunnit.AgentNumber, l.Whodunnit.AvatarUrl),
            Status = l.Status == null ? null : new StatusRecord(l.Status.NumericId, l.Status.Name, l.Status.Color, l.Status.WfmId),
            l.StartedAt,
            l.EndedAt,
            l.Duration,
            l.Activity,
            CallId = l.Call == null ? (long?)null : l.Call.NumericId,
            ChatId = l.Chat == null ? (long?)null : l.Chat.NumericId,
        }, cancellationToken);
        return new ListPage<ActivityRecord>([.. page.Items.Select(l => new ActivityRecord(
            l.NumericId, l.AgentId, l.Whodunnit?.ToRecord(), l.Status, l.StartedAt.AsUtc(), l.EndedAt?.AsUtc(), l.Duration, l.Activity, l.CallId, l.ChatId))], page.Total);
    }
}
