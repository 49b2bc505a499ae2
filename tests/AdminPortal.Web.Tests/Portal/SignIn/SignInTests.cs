using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Security;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SignInPage = AdminPortal.Web.Components.Pages.SignIn.SignIn;

namespace AdminPortal.Web.Tests.Portal.SignIn;

public sealed class SignInTests : BunitTest
{
    private readonly RecordingCredentials _credentials = new();

    public SignInTests(PortalDatabase database)
        : base(database)
    {
        Context.Services.AddSingleton<ICredentialService>(_credentials);
        Context.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Context.Services.AddOptions<SignInThrottleOptions>();
        Context.Services.AddSingleton<SignInThrottle>();
        Context.Services.AddSingleton<PasswordCheckSlots>();
        Context.Services.AddScoped<PasswordSignIn>();
    }

    [Fact]
    public void Shows_email_password_and_sign_in()
    {
        var page = Render();

        page.FindAll("label").Select(l => l.TextContent).ShouldBe(["Email", "Password"]);
        page.Find("button[type='submit']").TextContent.ShouldBe("Sign in");
        page.FindAll("[role='alert']").ShouldBeEmpty();
    }

    [Fact]
    public async Task Empty_fields_show_what_is_missing_without_checking_credentials()
    {
        var page = Render();

        await page.Find("form").SubmitAsync();

        page.Markup.ShouldContain("Enter your email.");
        page.Markup.ShouldContain("Enter your password.");
        _credentials.Checked.ShouldBeEmpty();
    }

    [Fact]
    public async Task Wrong_credentials_say_so_without_saying_which_part()
    {
        var page = Render();
        await page.Find("#email").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "  vader@empire.com " });
        await page.Find("#password").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "not-it" });

        await page.Find("form").SubmitAsync();

        _credentials.Checked.ShouldBe(["vader@empire.com"]);
        page.Find("[role='alert']").TextContent.ShouldBe("Invalid email or password.");
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_and_even_the_right_one_is_refused_unchecked()
    {
        for (var attempt = 0; attempt < new SignInThrottleOptions().MaxFailuresPerAccount; attempt++)
        {
            await SubmitAsync(Render(), "vader@empire.com", "guess-" + attempt);
        }

        var page = Render();
        await SubmitAsync(page, "VADER@empire.com", "the-right-one");

        page.Find("[role='alert']").TextContent.ShouldBe("Too many failed sign-ins. Try again in 5 minutes.");
        _credentials.Checked.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Once_the_lockout_is_over_the_password_is_checked_again()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SubmitAsync(Render(), "tarkin@empire.com", "guess-" + attempt);
        }

        Clock.Advance(TimeSpan.FromMinutes(5));
        var page = Render();
        await SubmitAsync(page, "tarkin@empire.com", "another");

        page.Find("[role='alert']").TextContent.ShouldBe("Invalid email or password.");
        _credentials.Checked.Count.ShouldBe(6);
    }

    private static async Task SubmitAsync(IRenderedComponent<SignInPage> page, string email, string password)
    {
        await page.Find("#email").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = email });
        await page.Find("#password").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = password });
        await page.Find("form").SubmitAsync();
    }

    private IRenderedComponent<SignInPage> Render() =>
        Context.Render<SignInPage>(p => p.AddCascadingValue(new DefaultHttpContext() as HttpContext));

    private sealed class RecordingCredentials : ICredentialService
    {
        public List<string> Checked { get; } = [];

        public Task<Agent?> VerifyAsync(string email, string password, CancellationToken cancellationToken = default)
        {
            Checked.Add(email);
            return Task.FromResult<Agent?>(null);
        }

        public string Hash(string password) => password;
    }
}
