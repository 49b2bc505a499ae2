using AdminPortal.Web.Api;
using AdminPortal.Web.Hosting;
using AdminPortal.Web.Portal;
using AdminPortal.Web.Security;

if (await SeedCommand.TryRunAsync(args) || await SimulateCommand.TryRunAsync(args) || await HealthProbe.TryRunAsync(args)
    || await RotateSigningKeyCommand.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot.Locate() });

builder.AddHosting();
builder.AddSecurity();
builder.AddApi();
builder.AddPortal();

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseSecurity();
app.UseHosting();
app.UseNotFoundPage();
app.UseApi();
app.UsePortal();

await app.RunAsync();

/// <summary>The host's entry point; public so test hosts can start it.</summary>
public partial class Program;
