namespace AdminPortal.Web.Security;

/// <summary>
/// <c>SignIn:*</c>: how many failed sign-ins an account and an address may have within <see cref="FailureWindow"/>
/// before they are locked out for <see cref="Lockout"/>, and how many passwords are checked at once.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    public int MaxFailuresPerAccount { get; set; } = 5;

    public int MaxFailuresPerAddress { get; set; } = 20;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Password checks (PBKDF2) running at once; the rest of the host keeps the other cores.</summary>
    public int MaxConcurrentChecks { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>How long a sign-in waits for a free check before it is answered "busy".</summary>
    public TimeSpan CheckQueueTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Accounts and addresses remembered at most; idle ones are forgotten first.</summary>
    public int MaxTrackedKeys { get; set; } = 100_000;

    internal void Validate()
    {
        if (MaxFailuresPerAccount < 1 || MaxFailuresPerAddress < 1 || MaxConcurrentChecks < 1 || MaxTrackedKeys < 1)
        {
            throw new InvalidOperationException($"{Section}:MaxFailuresPerAccount, MaxFailuresPerAddress, MaxConcurrentChecks and MaxTrackedKeys must be 1 or more.");
        }

        if (FailureWindow <= TimeSpan.Zero || Lockout <= TimeSpan.Zero || CheckQueueTimeout < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:FailureWindow and Lockout must be positive durations (e.g. 00:05:00).");
        }
    }
}
