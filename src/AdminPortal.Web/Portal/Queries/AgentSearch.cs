using AdminPortal.Domain.Entities;

namespace AdminPortal.Web.Portal.Queries;

/// <summary>What a search box matches in the portal (the grid, the board, the pickers): name, email or agent number.</summary>
public static class AgentSearch
{
    public static IQueryable<Agent> Matching(this IQueryable<Agent> agents, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return agents;
        }

        var text = search.Trim().ToLower();
        return agents.Where(a =>
            (a.FirstName + " " + a.LastName).ToLower().Contains(text)
            || (a.FirstName + " " + a.MiddleName + " " + a.LastName).ToLower().Contains(text)
            || a.Email.ToLower().Contains(text)
            || (a.AgentNumber != null && a.AgentNumber.Contains(text)));
    }
}
