using AdminPortal.Web.Portal.Queries;

namespace AdminPortal.Web.Components.Pages.Agents;

/// <summary>Rows of the same agent are the same row, whatever changed in between (the grid reloads live).</summary>
public sealed class AgentRowComparer : IEqualityComparer<AgentRow>
{
    public static AgentRowComparer ById { get; } = new();

    public bool Equals(AgentRow? x, AgentRow? y) => x?.Id == y?.Id;

    public int GetHashCode(AgentRow obj) => obj.Id.GetHashCode();
}
