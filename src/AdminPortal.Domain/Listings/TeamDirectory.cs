using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// Teams as the manager API reads them: a list and single teams with their members, and the tree. Deleted teams and
/// deactivated members (in <c>assignees</c> and <c>agents_count</c>) only when asked for (<c>with_deleted</c>).
/// </summary>
public sealed class TeamDirectory(AdminPortalDbContext db)
{
    /// <summary>The fields of the list; <c>agents_count</c> counts active members.</summary>
    public static ListFields<Team> Fields { get; } = FieldsCounting(withDeactivated: false);

    private static readonly ListFields<Team> FieldsWithDeactivated = FieldsCounting(withDeactivated: true);

    public async Task<ListPage<TeamWithAssignees>> ListAsync(Actor actor, ListQuery query, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var fields = query.WithDeleted ? FieldsWithDeactivated : Fields;
        var page = await fields.PageAsync(Teams(query.WithDeleted), query, DirectoryProjections.TeamOf(query.WithDeleted), cancellationToken);
        var assignees = await TeamMembers.AssigneesAsync(db, [.. page.Items.Select(t => t.Key)], query.WithDeleted, cancellationToken);
        return new ListPage<TeamWithAssignees>([.. page.Items.Select(t => new TeamWithAssignees(t.Record, [.. assignees[t.Key]]))], page.Total);
    }

    public async Task<TeamWithAssignees> GetAsync(Actor actor, long id, bool withDeleted, CancellationToken cancellationToken = default)
    {
        var found = await ListAsync(actor, new ListQuery { Conditions = [new OneOf("id", [id])], WithDeleted = withDeleted }, cancellationToken);
        return found.Items.SingleOrDefault() ?? throw new EntityNotFoundException(nameof(Team), id);
    }

    /// <summary>Every team under its parent, siblings by position then name; a team whose parent is left out stands at the root.</summary>
    public async Task<IReadOnlyList<TeamTreeNode>> TreeAsync(Actor actor, bool withDeleted, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var teams = await Teams(withDeleted).OrderBy(t => t.Position).ThenBy(t => t.Name).ThenBy(t => t.NumericId)
            .Select(DirectoryProjections.TeamOf(withDeleted))
            .ToListAsync(cancellationToken);
        return TreeShape.Build<Keyed<TeamRecord>, TeamTreeNode>(teams, t => t.Record.Id, t => t.Record.ParentId, (t, children) => new TeamTreeNode(t.Record, children));
    }

    private static ListFields<Team> FieldsCounting(bool withDeactivated) => new ListFields<Team>(t => t.NumericId, "id")
        .Add("id", t => t.NumericId)
        .Add("name", t => t.Name)
        .Add("parent_id", t => t.Parent == null ? (long?)null : t.Parent.NumericId)
        .Add("position", t => t.Position)
        .Add("deleted", t => t.Deleted)
        .Add<int>("agents_count", withDeactivated ? t => t.Agents.Count : t => t.Agents.Count(a => a.DeactivatedAt == null));

    private IQueryable<Team> Teams(bool withDeleted) => withDeleted ? db.Teams.AsNoTracking() : db.Teams.AsNoTracking().Where(t => !t.Deleted);
}
