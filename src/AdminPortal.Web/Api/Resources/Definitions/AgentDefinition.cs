using System.Linq.Expressions;
using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Teams;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using JsonApi.QueryStrings.Expressions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Agents: an agent reads only itself; deactivated agents are hidden unless the filter names <c>deactivated</c> or
/// <c>deactivated_at</c>; admins create and edit them through the agent service and their teams through the team service,
/// whatever members a request carries.</summary>
public sealed class AgentDefinition(ApiCaller caller, IAgentService agents, ITeamService teams) : ProductDefinition<Agent>(caller)
{
    public override Expression<Func<Agent, bool>>? BaseFilter
    {
        get
        {
            if (!IsAgentRole)
            {
                return null;
            }

            var me = Me;
            return a => a.Id == me;
        }
    }

    public override FilterExpression? OnApplyFilter(FilterExpression? existingFilter)
    {
        var deactivated = ResourceType.FindAttribute("deactivated")!;
        return existingFilter.Names(deactivated) || existingFilter.Names(Attribute(a => a.DeactivatedAt))
            ? existingFilter
            : FilterExpressions.And(existingFilter, FilterExpressions.Equal(deactivated, false));
    }

    public override async Task<object> CreateAsync(ResourceWrite<Agent> write, CancellationToken cancellationToken)
    {
        var created = await agents.CreateAsync(Actor, DetailsOf(write.Resource), password: null, cancellationToken);
        if (write.Targets(a => a.Teams))
        {
            await teams.ChangeTeamsOfAgentAsync(Actor, created.Id, IdsOf(write.Resource.Teams, t => t.Id), MembershipChange.Replace, cancellationToken);
        }

        return created.Id;
    }

    public override async Task UpdateAsync(ResourceWrite<Agent> write, CancellationToken cancellationToken)
    {
        var agent = write.Resource;
        if (write.Members.Attributes.Count > 0)
        {
            await agents.UpdateAsync(Actor, agent.Id, DetailsOf(agent), cancellationToken);
        }

        if (write.Targets(a => a.Teams))
        {
            await teams.ChangeTeamsOfAgentAsync(Actor, agent.Id, IdsOf(agent.Teams, t => t.Id), ChangeOf(write.Kind), cancellationToken);
        }
    }

    private static AgentDetails DetailsOf(Agent agent) => new(
        agent.Email, agent.FirstName, agent.MiddleName, agent.LastName, agent.AgentNumber, agent.ExtensionNumber, agent.AvatarUrl, agent.Role, agent.Location);
}
