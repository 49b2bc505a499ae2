using System.Linq.Expressions;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Teams;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Teams: deleting marks them deleted (hidden unless filtered on); an agent reads only its own teams.</summary>
public sealed class TeamDefinition(ApiCaller caller, ITeamService teams, DeletedRows deleted, AdminPortalDbContext db) : ProductDefinition<Team>(caller)
{
    public override Expression<Func<Team, bool>>? BaseFilter
    {
        get
        {
            var showDeleted = deleted.Requested;
            if (IsAgentRole)
            {
                var me = Me;
                return t => (showDeleted || !t.Deleted) && t.Agents.Any(a => a.Id == me);
            }

            return showDeleted ? null : t => !t.Deleted;
        }
    }

    public override async Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var team = await teams.CreateAsync(Actor, Required<string>(write, "name"), write.GetAttribute<Guid?>("parent_id"), cancellationToken);
        if (write.GetAttribute<object>("position") is int position)
        {
            await teams.MoveAsync(Actor, team.Id, team.ParentId, position, cancellationToken);
        }

        return team.Id;
    }

    public override async Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        if (write.HasRelationship("agents"))
        {
            return false;
        }

        var id = IdOf(write.Id);
        if (write.GetAttribute<string>("name") is { } name)
        {
            await teams.RenameAsync(Actor, id, name, cancellationToken);
        }

        if (write.HasAttribute("parent_id") || write.HasAttribute("position"))
        {
            var parentId = write.HasAttribute("parent_id")
                ? write.GetAttribute<Guid?>("parent_id")
                : await db.Teams.Where(t => t.Id == id).Select(t => t.ParentId).FirstOrDefaultAsync(cancellationToken);
            await teams.MoveAsync(Actor, id, parentId, write.GetAttribute<int?>("position"), cancellationToken);
        }

        return true;
    }

    public override async Task<bool> DeleteAsync(object id, CancellationToken cancellationToken)
    {
        await teams.DeleteAsync(Actor, IdOf(id), cancellationToken);
        return true;
    }
}
