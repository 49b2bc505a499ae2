namespace AdminPortal.Domain.Presence;

/// <summary>
/// Open widgets per agent. When the last widget of an agent whose session began in the widget has been gone for
/// Presence:GraceSeconds (default 60), the agent goes Offline (source system, a logout row). Coming back within
/// the grace period keeps the status. Agents driven only through the API are never timed out.
/// </summary>
public interface IPresenceTracker
{
    /// <summary>A widget of the agent opened; returns a handle whose disposal means that widget is gone.</summary>
    IDisposable WidgetOpened(Guid organisationId, Guid agentId);

    int OpenWidgets(Guid agentId);
}
