using AdminPortal.Domain.Common;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Assignments;

public sealed partial class AssignmentService
{
    public async Task<IReadOnlyList<AgentAssignment>> ReplaceQueueAgentsAsync(
        Actor actor,
        Guid menuId,
        IReadOnlyList<QueueAgentChoice> agents,
        CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue assignments");
        return await db.InTransactionAsync(async () =>
        {
            var menu = await FindMenuAsync(menuId, cancellationToken);
            var wanted = await ResolveQueueAgentsAsync(agents, cancellationToken);
            var existing = await db.AgentAssignments
                .Where(a => a.MenuId == menu.Id && a.Lang == QueueValues.DefaultLang && a.ChannelType == QueueValues.DefaultChannelType)
                .ToListAsync(cancellationToken);
            db.AgentAssignments.RemoveRange(existing.Where(a => !wanted.ContainsKey(a.AgentId)));
            var result = new List<AgentAssignment>(wanted.Count);
            foreach (var (agentId, skillLevel) in wanted)
            {
                var assignment = existing.FirstOrDefault(a => a.AgentId == agentId);
                if (assignment is null)
                {
                    assignment = new AgentAssignment { OrganisationId = actor.OrganisationId, MenuId = menu.Id, AgentId = agentId };
                    db.AgentAssignments.Add(assignment);
                }

                assignment.QueueLevel = QueueValues.DefaultQueueLevel;
                assignment.SkillLevel = skillLevel;
                result.Add(assignment);
            }

            await SaveAsync(cancellationToken);
            return result;
        }, cancellationToken);
    }

    /// <summary>Agent id → skill level, in the given order; every error of every item at once, keyed <c>{index}/{member}</c>.</summary>
    private async Task<Dictionary<Guid, int>> ResolveQueueAgentsAsync(IReadOnlyList<QueueAgentChoice> agents, CancellationToken cancellationToken)
    {
        var extensions = agents.Select(a => a.ExtensionNumber).Distinct().ToList();
        var owners = (await db.Agents.AsNoTracking()
                .Where(a => a.ExtensionNumber != null && extensions.Contains(a.ExtensionNumber))
                .Select(a => new { a.Id, a.ExtensionNumber })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ExtensionNumber!, a => a.Id);
        var errors = new Dictionary<string, string>();
        var wanted = new Dictionary<Guid, int>();
        for (var i = 0; i < agents.Count; i++)
        {
            var (extension, skillLevel) = (agents[i].ExtensionNumber, agents[i].SkillLevel ?? QueueValues.MinSkillLevel);
            if (!AssignmentRules.IsSkillLevel(skillLevel))
            {
                errors[$"{i}/skill_level"] = AssignmentRules.SkillLevelMessage;
            }

            var owner = owners[extension].ToList();
            var error = owner.Count switch
            {
                0 => $"No agent has extension number '{extension}'.",
                > 1 => $"Extension number '{extension}' belongs to several agents.",
                _ => wanted.TryAdd(owner[0], skillLevel) ? null : $"Extension number '{extension}' is listed twice.",
            };
            if (error is not null)
            {
                errors[$"{i}/extension_number"] = error;
            }
        }

        return errors.Count > 0 ? throw new ValidationFailedException(errors) : wanted;
    }
}
