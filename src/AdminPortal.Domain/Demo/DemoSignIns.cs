namespace AdminPortal.Domain.Demo;

/// <summary>The sign-ins of the demo organisation.</summary>
public sealed record DemoSignIns(string AdminEmail, string AdminPassword, string AgentEmail, string AgentPassword)
{
    /// <summary>The demo agent whose sign-in is shown at start (Darth Vader).</summary>
    public const string ShownAgentEmail = DemoCast.DarthVaderEmail;
}
