using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record TeamNode(Guid Id, string Name, Guid? ParentId, int Position, int AgentsCount);

public sealed record TeamMember(Guid Id, string Name, string Email, string StatusName, string StatusColor);

/// <summary>The team tree (teams are few; each keeps its member count) and the members of one team.</summary>
public sealed class TeamTree(AdminPortalDbContext db)
{
    public const int MembersShown = 200;

    public async Task<IReadOnlyList<TeamNode>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Teams.AsNoTracking()
            .Where(t => !t.Deleted)
            .OrderBy(t => t.Position).ThenBy(t => t.Name)
            .Select(t => new TeamNode(t.Id, t.Name, t.ParentId, t.Position, t.AgentsCount))
            .ToListAsync(cancellationToken);

    /// <summary>For pickers: teams whose name contains the text (shown under their parent: names repeat across branches), at most <paramref name="take"/>; never the whole tree.</summary>
    public async Task<IReadOnlyList<Choice>> SearchAsync(string? text, int take = 20, CancellationToken cancellationToken = default)
    {
        var teams = db.Teams.AsNoTracking().Where(t => !t.Deleted);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var lower = text.Trim().ToLower();
            teams = teams.Where(t => t.Name.ToLower().Contains(lower));
        }

        return await teams.OrderBy(t => t.Name).ThenBy(t => t.Id).Take(take)
            .Select(t => new Choice(t.Id, t.Parent != null ? t.Parent.Name + " › " + t.Name : t.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The menu assignments of a team (they stop answering when it is deleted).</summary>
    public Task<int> AssignmentsCountAsync(Guid teamId, CancellationToken cancellationToken = default) =>
        db.TeamAssignments.AsNoTracking().CountAsync(a => a.TeamId == teamId && !a.Menu!.Deleted, cancellationToken);

    /// <summary>The team as a choice, for a filter read from a link.</summary>
    public async Task<Choice?> ChoiceAsync(Guid teamId, CancellationToken cancellationToken = default) =>
        await db.Teams.AsNoTracking().Where(t => t.Id == teamId && !t.Deleted)
            .Select(t => new Choice(t.Id, t.Parent != null ? t.Parent.Name + " › " + t.Name : t.Name))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<Page<TeamMember>> MembersAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var members = db.Agents.AsNoTracking().Active().Where(a => a.Teams.Any(t => t.Id == teamId));
        var total = await members.CountAsync(cancellationToken);
        var rows = await members.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Take(MembersShown)
            .Select(a => new TeamMember(a.Id, a.Name, a.Email, a.Status!.Name, a.Status.Color))
            .ToListAsync(cancellationToken);
        return new Page<TeamMember>(rows, total);
    }
}
