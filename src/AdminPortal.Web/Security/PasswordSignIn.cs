using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Security;

/// <summary>How a sign-in went: the agent, wrong credentials, throttled (wait <see cref="RetryAfter"/>), or the host too busy checking.</summary>
public sealed record SignInOutcome(SignInOutcomeKind Kind, Agent? Agent = null, TimeSpan RetryAfter = default)
{
    public string Message => Kind switch
    {
        SignInOutcomeKind.Invalid => "Invalid email or password.",
        SignInOutcomeKind.LockedOut => $"Too many failed sign-ins. Try again in {Describe(RetryAfter)}.",
        SignInOutcomeKind.Busy => "Too many sign-ins at once. Try again in a few seconds.",
        _ => string.Empty,
    };

    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));

    private static string Describe(TimeSpan wait)
    {
        if (wait > TimeSpan.FromSeconds(90))
        {
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            return $"{minutes} minutes";
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return seconds == 1 ? "1 second" : $"{seconds} seconds";
    }
}

public enum SignInOutcomeKind
{
    SignedIn,
    Invalid,
    LockedOut,
    Busy,
}

/// <summary>
/// The one way to check a password, for the sign-in form and the token endpoint alike: throttled per account and
/// address (a locked account or address is refused before any hashing), and at most
/// <see cref="SignInThrottleOptions.MaxConcurrentChecks"/> password hashes at once, so guessing cannot take the CPU from
/// signed-in users.
/// </summary>
public sealed class PasswordSignIn(ICredentialService credentials, SignInThrottle throttle, PasswordCheckSlots slots, IOptions<SignInThrottleOptions> options)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, string clientAddress, CancellationToken cancellationToken = default)
    {
        var admission = throttle.Admit(email, clientAddress);
        if (admission.Attempt is not { } attempt)
        {
            return new SignInOutcome(SignInOutcomeKind.LockedOut, RetryAfter: admission.RetryAfter);
        }

        using (attempt)
        {
            if (!await slots.WaitAsync(options.Value.CheckQueueTimeout, cancellationToken))
            {
                return new SignInOutcome(SignInOutcomeKind.Busy, RetryAfter: TimeSpan.FromSeconds(2));
            }

            Agent? agent;
            try
            {
                agent = await credentials.VerifyAsync(email, password, cancellationToken);
            }
            finally
            {
                slots.Release();
            }

            if (agent is null)
            {
                attempt.Failed();
                return new SignInOutcome(SignInOutcomeKind.Invalid);
            }

            attempt.Succeeded();
            return new SignInOutcome(SignInOutcomeKind.SignedIn, agent);
        }
    }
}

/// <summary>The host's password-check slots (one semaphore for every sign-in path).</summary>
public sealed class PasswordCheckSlots(IOptions<SignInThrottleOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentChecks, options.Value.MaxConcurrentChecks);

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _slots.WaitAsync(timeout, cancellationToken);

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
