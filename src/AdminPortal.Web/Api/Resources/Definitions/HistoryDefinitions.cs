using System.Linq.Expressions;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Api.Callers;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Activity logs, calls and chats are read-only; an agent sees only its own.</summary>
public sealed class AgentActivityLogDefinition(ApiCaller caller) : ProductDefinition<AgentActivityLog>(caller)
{
    public override Expression<Func<AgentActivityLog, bool>>? BaseFilter
    {
        get
        {
            if (!IsAgentRole)
            {
                return null;
            }

            var me = Me;
            return l => l.AgentId == me;
        }
    }
}

public sealed class CallDefinition(ApiCaller caller) : ProductDefinition<Call>(caller)
{
    public override Expression<Func<Call, bool>>? BaseFilter
    {
        get
        {
            if (!IsAgentRole)
            {
                return null;
            }

            var me = Me;
            return c => c.AgentId == me;
        }
    }
}

public sealed class ChatDefinition(ApiCaller caller) : ProductDefinition<Chat>(caller)
{
    public override Expression<Func<Chat, bool>>? BaseFilter
    {
        get
        {
            if (!IsAgentRole)
            {
                return null;
            }

            var me = Me;
            return c => c.AgentId == me;
        }
    }
}
