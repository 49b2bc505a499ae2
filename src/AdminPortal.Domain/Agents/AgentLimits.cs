namespace AdminPortal.Domain.Agents;

/// <summary>The longest value each agent field holds: validated by <see cref="AgentService"/>, enforced by the database columns.</summary>
public static class AgentLimits
{
    public const int Email = 254;
    public const int Name = 100;

    /// <summary>First, middle and last name with the spaces between them.</summary>
    public const int FullName = (Name * 3) + 2;
    public const int AgentNumber = 64;
    public const int ExtensionNumber = 64;
    public const int AvatarUrl = 2048;
    public const int Location = 200;
    public const int PasswordHash = 200;
}
