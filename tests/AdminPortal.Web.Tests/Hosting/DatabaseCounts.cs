using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Hosting;

/// <summary>Row counts of every table, across organisations.</summary>
internal sealed record DatabaseCounts(int Organisations, int Agents, int Teams, int Menus, int UserStatuses, int AgentAssignments, int TeamAssignments, int ActivityLogs, int OperatorStatuses, int Calls, int Chats)
{
    public static async Task<DatabaseCounts> ReadAsync(AdminPortalHostFactory host)
    {
        await using var scope = host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        return new DatabaseCounts(
            await db.Organisations.IgnoreQueryFilters().CountAsync(),
            await db.Agents.IgnoreQueryFilters().CountAsync(),
            await db.Teams.IgnoreQueryFilters().CountAsync(),
            await db.Menus.IgnoreQueryFilters().CountAsync(),
            await db.UserStatuses.IgnoreQueryFilters().CountAsync(),
            await db.AgentAssignments.IgnoreQueryFilters().CountAsync(),
            await db.TeamAssignments.IgnoreQueryFilters().CountAsync(),
            await db.AgentActivityLogs.IgnoreQueryFilters().CountAsync(),
            await db.OperatorStatuses.IgnoreQueryFilters().CountAsync(),
            await db.Calls.IgnoreQueryFilters().CountAsync(),
            await db.Chats.IgnoreQueryFilters().CountAsync());
    }
}
