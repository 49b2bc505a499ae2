namespace AdminPortal.Domain.Demo;

/// <summary>The <c>Demo</c> configuration section: the demo organisation filled into an empty database.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; } = true;

    public string AdminEmail { get; set; } = "admin@example.com";

    /// <summary>Generated (and printed at start) when absent.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>The password of every demo agent; generated (and printed at start) when absent.</summary>
    public string? AgentPassword { get; set; }

    /// <summary>Generated agents beside the named ones of the seed examples.</summary>
    public int Agents { get; set; } = 200;
}
