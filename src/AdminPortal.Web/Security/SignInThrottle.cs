using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Security;

/// <summary>
/// Counts failed sign-ins per account (the email, whether or not it exists) and per client address. Past the limit the
/// account or address is locked out for a while: every attempt, even with the right password, is refused before any
/// password is hashed. Attempts still being checked count against the limit too, so a burst of parallel guesses
/// cannot slip past it. The counts live in this host's memory (see the README on several hosts).
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private readonly SignInThrottleOptions _options = options.Value;

    /// <summary>Lets an attempt go ahead (its outcome must be reported on the returned attempt), or says how long to wait.</summary>
    public SignInAdmission Admit(string email, string address)
    {
        var accountKey = "account:" + email.Trim().ToLowerInvariant();
        var addressKey = "address:" + address;
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var account = Find(accountKey, now);
            var client = Find(addressKey, now);
            var wait = Max(account?.LockedFor(now) ?? TimeSpan.Zero, client?.LockedFor(now) ?? TimeSpan.Zero);
            if (wait > TimeSpan.Zero)
            {
                return SignInAdmission.Refuse(wait);
            }

            if ((account?.Pending ?? 0) >= _options.MaxFailuresPerAccount || (client?.Pending ?? 0) >= _options.MaxFailuresPerAddress)
            {
                // the rest of the allowance is being checked right now; its outcome decides whether a lockout follows
                return SignInAdmission.Refuse(TimeSpan.FromSeconds(1));
            }

            account ??= Add(accountKey, now);
            client ??= Add(addressKey, now);
            account.InFlight++;
            client.InFlight++;
            return SignInAdmission.Admit(new SignInAttempt(this, account, client));
        }
    }

    internal void Complete(Counter account, Counter client, bool? succeeded)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            account.InFlight--;
            client.InFlight--;
            if (succeeded == true)
            {
                // the address keeps its count: one good account must not clear the way for guessing others
                account.Failures = 0;
            }
            else if (succeeded == false)
            {
                account.Fail(now, _options.MaxFailuresPerAccount, _options.Lockout);
                client.Fail(now, _options.MaxFailuresPerAddress, _options.Lockout);
            }
        }
    }

    private Counter? Find(string key, DateTimeOffset now)
    {
        if (!_counters.TryGetValue(key, out var counter))
        {
            return null;
        }

        counter.Expire(now, _options.FailureWindow);
        return counter;
    }

    private Counter Add(string key, DateTimeOffset now)
    {
        if (_counters.Count >= _options.MaxTrackedKeys)
        {
            foreach (var idle in _counters.Where(c => c.Value.IsIdle(now, _options.FailureWindow)).Select(c => c.Key).ToList())
            {
                _counters.Remove(idle);
            }
        }

        var counter = new Counter { WindowStart = now };
        if (_counters.Count < _options.MaxTrackedKeys)
        {
            _counters[key] = counter;
        }

        return counter;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    internal sealed class Counter
    {
        public int Failures { get; set; }
        public int InFlight { get; set; }
        public DateTimeOffset WindowStart { get; set; }
        public DateTimeOffset LockedUntil { get; set; }

        public int Pending => Failures + InFlight;

        public TimeSpan LockedFor(DateTimeOffset now) => LockedUntil > now ? LockedUntil - now : TimeSpan.Zero;

        public bool IsIdle(DateTimeOffset now, TimeSpan window) => InFlight == 0 && LockedUntil <= now && now - WindowStart >= window;

        public void Expire(DateTimeOffset now, TimeSpan window)
        {
            if (now - WindowStart >= window && LockedUntil <= now)
            {
                Failures = 0;
                WindowStart = now;
            }
        }

        public void Fail(DateTimeOffset now, int limit, TimeSpan lockout)
        {
            if (Failures == 0)
            {
                WindowStart = now;
            }

            Failures++;
            if (Failures >= limit)
            {
                LockedUntil = now + lockout;
                Failures = 0;
                WindowStart = now;
            }
        }
    }
}

/// <summary>Either an admitted attempt or how long to wait before trying again.</summary>
public readonly record struct SignInAdmission(SignInAttempt? Attempt, TimeSpan RetryAfter)
{
    public static SignInAdmission Admit(SignInAttempt attempt) => new(attempt, TimeSpan.Zero);

    public static SignInAdmission Refuse(TimeSpan retryAfter) => new(null, retryAfter);
}

/// <summary>An admitted sign-in attempt; report how it went exactly once (disposing without a report forgets it).</summary>
public sealed class SignInAttempt : IDisposable
{
    private readonly SignInThrottle _throttle;
    private readonly SignInThrottle.Counter _account;
    private readonly SignInThrottle.Counter _client;
    private bool _completed;

    internal SignInAttempt(SignInThrottle throttle, SignInThrottle.Counter account, SignInThrottle.Counter client)
    {
        _throttle = throttle;
        _account = account;
        _client = client;
    }

    public void Succeeded() => Complete(true);

    public void Failed() => Complete(false);

    public void Dispose() => Complete(null);

    private void Complete(bool? succeeded)
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _throttle.Complete(_account, _client, succeeded);
    }
}
