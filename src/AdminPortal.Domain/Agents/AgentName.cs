namespace AdminPortal.Domain.Agents;

/// <summary>
/// How an agent's full name reads everywhere (API, board, widget, activity log, pickers, sorting): first, middle when given,
/// last. <see cref="Entities.Agent.Name"/> is this name of the agent's parts; it is stored as well, so queries sort and filter
/// by the column.
/// </summary>
public static class AgentName
{
    public static string Of(string first, string? middle, string last) =>
        string.IsNullOrWhiteSpace(middle) ? $"{first} {last}" : $"{first} {middle} {last}";
}
