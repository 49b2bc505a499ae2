using System.Linq.Expressions;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Teams;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using JsonApi.QueryStrings.Expressions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Teams through the team service: name, place in the tree (<c>parent</c>, <c>position</c>) and members; deleting marks
/// them deleted (hidden unless filtered on); an agent reads only its own teams.</summary>
public sealed class TeamDefinition(ApiCaller caller, ITeamService teams) : ProductDefinition<Team>(caller)
{
    public override Expression<Func<Team, bool>>? BaseFilter
    {
        get
        {
            if (!IsAgentRole)
            {
                return null;
            }

            var me = Me;
            return t => t.Agents.Any(a => a.Id == me);
        }
    }

    public override FilterExpression? OnApplyFilter(FilterExpression? existingFilter) => HideDeletedUnlessAsked(existingFilter, t => t.Deleted);

    public override async Task<object> CreateAsync(ResourceWrite<Team> write, CancellationToken cancellationToken)
    {
        var team = write.Resource;
        var created = await teams.CreateAsync(Actor, team.Name, team.ParentId, cancellationToken);
        if (write.Targets(t => t.Position))
        {
            await teams.MoveAsync(Actor, created.Id, created.ParentId, team.Position, cancellationToken);
        }

        if (write.Targets(t => t.Agents))
        {
            await teams.ChangeMembersAsync(Actor, created.Id, IdsOf(team.Agents, a => a.Id), MembershipChange.Replace, cancellationToken);
        }

        return created.Id;
    }

    public override async Task UpdateAsync(ResourceWrite<Team> write, CancellationToken cancellationToken)
    {
        var team = write.Resource;
        if (write.Targets(t => t.Name))
        {
            await teams.RenameAsync(Actor, team.Id, team.Name, cancellationToken);
        }

        if (write.Targets(t => t.Parent) || write.Targets(t => t.Position))
        {
            await teams.MoveAsync(Actor, team.Id, team.ParentId, write.Targets(t => t.Position) ? team.Position : null, cancellationToken);
        }

        if (write.Targets(t => t.Agents))
        {
            await teams.ChangeMembersAsync(Actor, team.Id, IdsOf(team.Agents, a => a.Id), ChangeOf(write.Kind), cancellationToken);
        }
    }

    public override Task DeleteAsync(object id, CancellationToken cancellationToken) => teams.DeleteAsync(Actor, IdOf(id), cancellationToken);
}
