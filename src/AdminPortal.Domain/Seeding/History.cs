using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Seeding;

/// <summary>Generated history rows of a group of agents, written together then dropped.</summary>
public sealed class History
{
    public List<AgentActivityLog> ActivityLogs { get; } = [];
    public List<OperatorStatus> OperatorStatuses { get; } = [];
    public List<Call> Calls { get; } = [];
    public List<Chat> Chats { get; } = [];

    public void Clear()
    {
        ActivityLogs.Clear();
        OperatorStatuses.Clear();
        Calls.Clear();
        Chats.Clear();
    }
}
