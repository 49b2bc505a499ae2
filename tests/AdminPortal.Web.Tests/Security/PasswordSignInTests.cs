using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Security;
using Microsoft.Extensions.Options;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Security;

/// <summary>The throttle in front of every password check, on a manual clock and a scripted credential check.</summary>
public sealed class PasswordSignInTests
{
    private const string Right = "the-right-password";
    private readonly ManualTimeProvider _clock = new();
    private readonly ScriptedCredentials _credentials = new();
    private readonly SignInThrottleOptions _options = new() { MaxFailuresPerAccount = 3, MaxFailuresPerAddress = 5, Lockout = TimeSpan.FromMinutes(5), FailureWindow = TimeSpan.FromMinutes(15) };

    [Fact]
    public async Task Account_is_locked_after_its_failures_and_the_right_password_is_refused_without_hashing()
    {
        var signIn = Create();
        for (var i = 0; i < 3; i++)
        {
            (await signIn.SignInAsync("vader@empire.com", "guess", "10.0.0.1")).Kind.ShouldBe(SignInOutcomeKind.Invalid);
        }

        var locked = await signIn.SignInAsync("Vader@Empire.com ", Right, "10.0.0.2");

        locked.Kind.ShouldBe(SignInOutcomeKind.LockedOut);
        locked.RetryAfter.ShouldBe(TimeSpan.FromMinutes(5));
        locked.Message.ShouldBe("Too many failed sign-ins. Try again in 5 minutes.");
        _credentials.Checks.ShouldBe(3);
    }

    [Fact]
    public async Task Lockout_ends_after_its_time_and_the_right_password_signs_in()
    {
        var signIn = Create();
        for (var i = 0; i < 3; i++)
        {
            await signIn.SignInAsync("vader@empire.com", "guess", "10.0.0.1");
        }

        _clock.Advance(TimeSpan.FromMinutes(4));
        var stillLocked = await signIn.SignInAsync("vader@empire.com", Right, "10.0.0.1");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var after = await signIn.SignInAsync("vader@empire.com", Right, "10.0.0.1");

        stillLocked.Kind.ShouldBe(SignInOutcomeKind.LockedOut);
        stillLocked.Message.ShouldBe("Too many failed sign-ins. Try again in 60 seconds.");
        after.Kind.ShouldBe(SignInOutcomeKind.SignedIn);
        after.Agent.ShouldNotBeNull();
    }

    [Fact]
    public async Task Address_is_locked_after_failures_across_accounts_while_other_addresses_sign_in()
    {
        var signIn = Create();
        for (var i = 0; i < 5; i++)
        {
            await signIn.SignInAsync($"guess{i}@empire.com", "guess", "10.0.0.9");
        }

        var fromThatAddress = await signIn.SignInAsync("tarkin@empire.com", Right, "10.0.0.9");
        var fromAnother = await signIn.SignInAsync("tarkin@empire.com", Right, "10.0.0.10");

        fromThatAddress.Kind.ShouldBe(SignInOutcomeKind.LockedOut);
        fromAnother.Kind.ShouldBe(SignInOutcomeKind.SignedIn);
    }

    [Fact]
    public async Task Success_clears_the_account_count_but_not_the_address_count()
    {
        var signIn = Create();
        await signIn.SignInAsync("vader@empire.com", "guess", "10.0.0.1");
        await signIn.SignInAsync("vader@empire.com", "guess", "10.0.0.1");
        await signIn.SignInAsync("vader@empire.com", Right, "10.0.0.1");
        await signIn.SignInAsync("vader@empire.com", "guess", "10.0.0.1");
        await signIn.SignInAsync("vader@empire.com", "guess", "10.0.0.1");

        // the account has 2 failures since its success (limit 3); the address has 4 (limit 5)
        (await signIn.SignInAsync("vader@empire.com", Right, "10.0.0.1")).Kind.ShouldBe(SignInOutcomeKind.SignedIn);
        (await signIn.SignInAsync("other@empire.com", "guess", "10.0.0.1")).Kind.ShouldBe(SignInOutcomeKind.Invalid);
        (await signIn.SignInAsync("vader@empire.com", Right, "10.0.0.1")).Kind.ShouldBe(SignInOutcomeKind.LockedOut);
    }

    [Fact]
    public async Task Parallel_guesses_count_before_they_finish_so_a_burst_cannot_pass_the_limit()
    {
        _credentials.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var signIn = Create(maxConcurrentChecks: 20);

        var burst = Enumerable.Range(0, 20).Select(_ => signIn.SignInAsync("vader@empire.com", "guess", "10.0.0.1")).ToList();
        await Task.Delay(50);
        _credentials.Gate.SetResult();
        var outcomes = await Task.WhenAll(burst);

        _credentials.Checks.ShouldBe(3);
        outcomes.Count(o => o.Kind == SignInOutcomeKind.Invalid).ShouldBe(3);
        outcomes.Count(o => o.Kind == SignInOutcomeKind.LockedOut).ShouldBe(17);
    }

    [Fact]
    public async Task Password_checks_beyond_the_slots_wait_and_then_answer_busy()
    {
        _credentials.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _options.CheckQueueTimeout = TimeSpan.FromMilliseconds(100);
        var signIn = Create(maxConcurrentChecks: 1);

        var first = signIn.SignInAsync("vader@empire.com", Right, "10.0.0.1");
        var second = await signIn.SignInAsync("tarkin@empire.com", Right, "10.0.0.2");
        _credentials.Gate.SetResult();

        second.Kind.ShouldBe(SignInOutcomeKind.Busy);
        second.Message.ShouldBe("Too many sign-ins at once. Try again in a few seconds.");
        (await first).Kind.ShouldBe(SignInOutcomeKind.SignedIn);
        _credentials.Checks.ShouldBe(1);

        // a busy answer is not a failure: the account is not closer to a lockout
        (await signIn.SignInAsync("tarkin@empire.com", Right, "10.0.0.2")).Kind.ShouldBe(SignInOutcomeKind.SignedIn);
    }

    private PasswordSignIn Create(int maxConcurrentChecks = 2)
    {
        _options.MaxConcurrentChecks = maxConcurrentChecks;
        var options = Options.Create(_options);
        return new PasswordSignIn(_credentials, new SignInThrottle(options, _clock), new PasswordCheckSlots(options), options);
    }

    private sealed class ScriptedCredentials : ICredentialService
    {
        private int _checks;

        public int Checks => _checks;

        public TaskCompletionSource? Gate { get; set; }

        public async Task<Agent?> VerifyAsync(string email, string password, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _checks);
            if (Gate is { } gate)
            {
                await gate.Task;
            }

            return password == Right ? new Agent { Email = email, FirstName = "A", LastName = "B" } : null;
        }

        public string Hash(string password) => password;
    }
}
