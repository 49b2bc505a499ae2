using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// Menus (queues) as the manager API reads them: a list and single menus with their agent and team assignments (a
/// team with its members), and the tree. <c>lang</c> filters menus staffed in a language (by an agent or a team). A
/// filtered tree keeps the ancestors of every matching menu, so each match stays under its path.
/// </summary>
public sealed class MenuDirectory(AdminPortalDbContext db)
{
    public static ListFields<Menu> Fields { get; } = new ListFields<Menu>(m => m.NumericId, "id")
        .Add("id", m => m.NumericId)
        .Add("name", m => m.Name)
        .Add("parent_id", m => m.Parent == null ? (long?)null : m.Parent.NumericId)
        .Add("position", m => m.Position)
        .Add("deleted", m => m.Deleted)
        .Add("hidden", m => m.Hidden)
        .Add("menu_type", m => m.MenuType)
        .Add("output_msg", m => m.OutputMsg)
        .AddMatch<string>("lang", langs => m => m.AgentAssignments.Any(a => langs.Contains(a.Lang)) || m.TeamAssignments.Any(a => langs.Contains(a.Lang)),
            QueueValues.Languages);

    public async Task<ListPage<MenuWithAssignments>> ListAsync(Actor actor, ListQuery query, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var page = await Fields.PageAsync(Menus(query.WithDeleted), query, DirectoryProjections.Menu, cancellationToken);
        var keys = page.Items.Select(m => m.Key).ToList();
        var agents = await AgentAssignmentsAsync(keys, query.WithDeleted, cancellationToken);
        var teams = await TeamAssignmentsAsync(keys, query.WithDeleted, cancellationToken);
        return new ListPage<MenuWithAssignments>([.. page.Items.Select(m => new MenuWithAssignments(m.Record, [.. agents[m.Key]], [.. teams[m.Key]]))], page.Total);
    }

    public async Task<MenuWithAssignments> GetAsync(Actor actor, long id, bool withDeleted, CancellationToken cancellationToken = default)
    {
        var found = await ListAsync(actor, new ListQuery { Conditions = [new OneOf("id", [id])], WithDeleted = withDeleted }, cancellationToken);
        return found.Items.SingleOrDefault() ?? throw new EntityNotFoundException(nameof(Menu), id);
    }

    /// <summary>The menus the conditions match, each under its ancestors; siblings by position then name.</summary>
    public async Task<IReadOnlyList<MenuTreeNode>> TreeAsync(Actor actor, ListQuery query, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var menus = await Menus(query.WithDeleted).OrderBy(m => m.Position).ThenBy(m => m.Name).ThenBy(m => m.NumericId)
            .Select(DirectoryProjections.Menu)
            .ToListAsync(cancellationToken);
        if (query.Conditions.Count > 0)
        {
            var matching = await Fields.Filter(Menus(query.WithDeleted), query.Conditions).Select(m => m.NumericId).ToListAsync(cancellationToken);
            var kept = TreeShape.WithAncestors(matching, menus.ToDictionary(m => m.Record.Id, m => m.Record.ParentId));
            menus = [.. menus.Where(m => kept.Contains(m.Record.Id))];
        }

        return TreeShape.Build<Keyed<MenuRecord>, MenuTreeNode>(menus, m => m.Record.Id, m => m.Record.ParentId, (m, children) => new MenuTreeNode(m.Record, children));
    }

    private IQueryable<Menu> Menus(bool withDeleted) => withDeleted ? db.Menus.AsNoTracking() : db.Menus.AsNoTracking().Where(m => !m.Deleted);

    /// <summary>The menus' agents (deactivated ones only with <paramref name="withDeactivated"/>, the manager API's <c>with_deleted</c>).</summary>
    private async Task<ILookup<Guid, MenuAgentAssignment>> AgentAssignmentsAsync(List<Guid> menuKeys, bool withDeactivated, CancellationToken cancellationToken)
    {
        var rows = await db.AgentAssignments.AsNoTracking()
            .Where(a => menuKeys.Contains(a.MenuId) && (withDeactivated || a.Agent!.DeactivatedAt == null))
            .Select(a => new
            {
                a.MenuId,
                a.Lang,
                a.QueueLevel,
                a.ChannelType,
                Person = new PersonRow(a.Agent!.Id, a.Agent.NumericId, a.Agent.FirstName, a.Agent.MiddleName, a.Agent.LastName, a.Agent.AgentNumber, a.Agent.AvatarUrl),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Lang, StringComparer.Ordinal).ThenBy(r => r.ChannelType, StringComparer.Ordinal).ThenBy(r => r.Person.Id)
            .ToLookup(r => r.MenuId, r => new MenuAgentAssignment(r.Lang, r.QueueLevel, r.ChannelType, r.Person.ToRecord()));
    }

    private async Task<ILookup<Guid, MenuTeamAssignment>> TeamAssignmentsAsync(List<Guid> menuKeys, bool withDeactivated, CancellationToken cancellationToken)
    {
        var rows = await db.TeamAssignments.AsNoTracking()
            .Where(a => menuKeys.Contains(a.MenuId) && !a.Team!.Deleted)
            .Select(a => new { a.MenuId, a.TeamId, a.Lang, a.QueueLevel, a.ChannelType })
            .ToListAsync(cancellationToken);
        var teamKeys = rows.Select(r => r.TeamId).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamKeys.Contains(t.Id)).Select(DirectoryProjections.TeamOf(withDeactivated))
            .ToDictionaryAsync(t => t.Key, t => t.Record, cancellationToken);
        var assignees = await TeamMembers.AssigneesAsync(db, teamKeys, withDeactivated, cancellationToken);
        return rows.OrderBy(r => r.Lang, StringComparer.Ordinal).ThenBy(r => r.ChannelType, StringComparer.Ordinal).ThenBy(r => teams[r.TeamId].Id)
            .ToLookup(r => r.MenuId, r => new MenuTeamAssignment(r.Lang, r.QueueLevel, r.ChannelType, new TeamWithAssignees(teams[r.TeamId], [.. assignees[r.TeamId]])));
    }
}
