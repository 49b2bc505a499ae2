namespace AdminPortal.Domain.Entities;

public enum AgentRole
{
    Agent,
    Supervisor,
    Admin,
}

public enum StatusCategory
{
    Available,
    Busy,
    Away,
    Offline,
}

public enum StatusSource
{
    Widget,
    Admin,
    Api,
    System,
    Bulk,
}

public enum MenuType
{
    IvrMenu,
    MobileMenu,
    WebMenu,
}

/// <summary>Where an agent's current session began: presence only times out widget sessions.</summary>
public enum SessionOrigin
{
    None,
    Widget,
    Api,
}
