using System.Linq.Expressions;
using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Agents: an agent reads only itself; admins create and edit through the agent service (team membership through the relationship).</summary>
public sealed class AgentDefinition(ApiCaller caller, IAgentService agents, AdminPortalDbContext db) : ProductDefinition<Agent>(caller)
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

    public override async Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var details = new AgentDetails(
            write.GetAttribute<string>("email") ?? "",
            write.GetAttribute<string>("first_name") ?? "",
            write.GetAttribute<string>("middle_name"),
            write.GetAttribute<string>("last_name") ?? "",
            write.GetAttribute<string>("agent_number"),
            write.GetAttribute<string>("extension_number"),
            write.GetAttribute<string>("avatar_url"),
            write.GetAttribute<object>("roles") is AgentRole role ? role : AgentRole.Agent,
            write.GetAttribute<string>("location"));
        var agent = await agents.CreateAsync(Actor, details, password: null, cancellationToken);
        return agent.Id;
    }

    public override async Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        if (write.HasRelationship("teams"))
        {
            return false;
        }

        var id = IdOf(write.Id);
        var current = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException("Agent", id);
        var details = new AgentDetails(
            write.GetAttribute("email", current.Email) ?? "",
            write.GetAttribute("first_name", current.FirstName) ?? "",
            write.GetAttribute("middle_name", current.MiddleName),
            write.GetAttribute("last_name", current.LastName) ?? "",
            write.GetAttribute("agent_number", current.AgentNumber),
            write.GetAttribute("extension_number", current.ExtensionNumber),
            write.GetAttribute("avatar_url", current.AvatarUrl),
            write.GetAttribute<object>("roles", current.Role) is AgentRole role ? role : current.Role,
            write.GetAttribute("location", current.Location));
        await agents.UpdateAsync(Actor, id, details, cancellationToken);
        return true;
    }
}
