using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// Agents as the manager API lists them: with their status, their teams (not deleted) and the channels they answer
/// (<see cref="QueueMembership"/>); and the signed-in agents' current status with their holds (<see cref="IAgentHolds"/>).
/// </summary>
public sealed class AgentDirectory(AdminPortalDbContext db, QueueMembership queues, IAgentHolds holds, TimeProvider clock)
{
    public static ListFields<Agent> Fields { get; } = new ListFields<Agent>(a => a.NumericId, "id")
        .Add("id", a => a.NumericId)
        .Add("email", a => a.Email)
        .Add("first_name", a => a.FirstName)
        .Add("middle_name", a => a.MiddleName)
        .Add("last_name", a => a.LastName)
        .Add("agent_number", a => a.AgentNumber)
        .Add("status_id", a => a.Status!.NumericId)
        .Add("online", AgentStates.Online)
        .Add("wrap_up", AgentStates.WrappingUp)
        .Add("location", a => a.Location)
        .Add("call_count", a => a.CallCount)
        .Add("chat_count", a => a.ChatCount)
        .Add("created_at", a => a.CreatedAt)
        .Add("last_login_time", a => a.LastLoginTime)
        .Add("status_updated_at", a => a.StatusUpdatedAt);

    public async Task<ListPage<AgentRecord>> ListAsync(Actor actor, ListQuery query, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var page = await Fields.PageAsync(db.Agents.AsNoTracking().Active(), query, a => new AgentRow(
            a.Id, a.NumericId, a.Email, a.Role, a.FirstName, a.MiddleName, a.LastName, a.AvatarUrl, a.AgentNumber,
            a.Status!.NumericId, a.Status.Name, a.Status.Color, a.Status.WfmId, a.Status.Category, a.Status.BuiltInId,
            a.CallCount, a.ChatCount, a.Location, a.CreatedAt, a.LastLoginTime, a.StatusUpdatedAt), cancellationToken);
        var keys = page.Items.Select(a => a.Key).ToList();
        var teams = await TeamsOfAsync(keys, cancellationToken);
        var channels = await ChannelsOfAsync(keys, cancellationToken);
        return new ListPage<AgentRecord>([.. page.Items.Select(a => a.ToRecord(teams[a.Key], channels[a.Key]))], page.Total);
    }

    public async Task<AgentRecord> GetAsync(Actor actor, long id, CancellationToken cancellationToken = default)
    {
        var found = await ListAsync(actor, new ListQuery { Conditions = [new OneOf("id", [id])] }, cancellationToken);
        return found.Items.SingleOrDefault() ?? throw new EntityNotFoundException(nameof(Agent), id);
    }

    /// <summary>Signed-in agents only (<see cref="AgentStates.Online"/>), filtered, ordered and paged by <see cref="Fields"/>.</summary>
    public async Task<ListPage<AgentCurrentStatus>> CurrentStatusAsync(Actor actor, ListQuery query, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var page = await Fields.PageAsync(db.Agents.AsNoTracking().Active().Where(AgentStates.Online), query,
            a => new { a.Id, a.NumericId, Status = a.Status!.Name, StatusId = a.Status.NumericId, a.StatusUpdatedAt }, cancellationToken);
        var held = await holds.HeldSinceAsync([.. page.Items.Select(a => a.Id)], cancellationToken);
        var now = clock.UtcNow();
        return new ListPage<AgentCurrentStatus>([.. page.Items.Select(a => held.TryGetValue(a.Id, out var since)
            ? new AgentCurrentStatus(a.NumericId, a.Status, a.StatusId, a.StatusUpdatedAt.AsUtc(), true, (int)Math.Max(0, (now - since.AsUtc()).TotalSeconds))
            : new AgentCurrentStatus(a.NumericId, a.Status, a.StatusId, a.StatusUpdatedAt.AsUtc(), false, 0))], page.Total);
    }

    private async Task<ILookup<Guid, TeamRecord>> TeamsOfAsync(List<Guid> agentKeys, CancellationToken cancellationToken)
    {
        var links = await db.Agents.AsNoTracking()
            .Where(a => agentKeys.Contains(a.Id))
            .SelectMany(a => a.Teams, (a, t) => new { AgentKey = a.Id, TeamKey = t.Id, t.Deleted })
            .Where(link => !link.Deleted)
            .ToListAsync(cancellationToken);
        var teamKeys = links.Select(l => l.TeamKey).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamKeys.Contains(t.Id))
            .Select(DirectoryProjections.Team)
            .ToDictionaryAsync(t => t.Key, t => t.Record, cancellationToken);
        return links.OrderBy(l => teams[l.TeamKey].Position).ThenBy(l => teams[l.TeamKey].Id).ToLookup(l => l.AgentKey, l => teams[l.TeamKey]);
    }

    private async Task<ILookup<Guid, ChannelRecord>> ChannelsOfAsync(List<Guid> agentKeys, CancellationToken cancellationToken)
    {
        var lines = await queues.LinesOfAgentsAsync(agentKeys, cancellationToken);
        var menuKeys = lines.Select(l => l.MenuId).Distinct().ToList();
        var menus = await db.Menus.AsNoTracking().Where(m => menuKeys.Contains(m.Id))
            .Select(DirectoryProjections.Menu)
            .ToDictionaryAsync(m => m.Key, m => m.Record, cancellationToken);
        return lines
            .Where(l => menus.ContainsKey(l.MenuId))
            .DistinctBy(l => (l.AgentId, l.ChannelType, l.MenuId))
            .OrderBy(l => menus[l.MenuId].Id).ThenBy(l => l.ChannelType, StringComparer.Ordinal)
            .ToLookup(l => l.AgentId, l => new ChannelRecord(l.ChannelType, menus[l.MenuId]));
    }

    private sealed record AgentRow(
        Guid Key, long Id, string Email, AgentRole Role, string FirstName, string? MiddleName, string LastName, string? AvatarUrl, string? AgentNumber,
        long StatusId, string StatusName, string StatusColor, int? StatusWfmId, StatusCategory StatusCategory, int? StatusBuiltInId,
        int CallCount, int ChatCount, string? Location, DateTime CreatedAt, DateTime? LastLoginTime, DateTime StatusUpdatedAt)
    {
        public AgentRecord ToRecord(IEnumerable<TeamRecord> teams, IEnumerable<ChannelRecord> channels) => new(
            Id, Email, Role, FirstName, MiddleName, LastName, AvatarUrl, AgentNumber,
            new StatusRecord(StatusId, StatusName, StatusColor, StatusWfmId),
            AgentStates.IsOnline(StatusCategory), AgentStates.IsWrappingUp(StatusBuiltInId), CallCount, ChatCount, Location,
            CreatedAt.AsUtc(), LastLoginTime?.AsUtc(), StatusUpdatedAt.AsUtc(), [.. teams], [.. channels]);
    }
}
