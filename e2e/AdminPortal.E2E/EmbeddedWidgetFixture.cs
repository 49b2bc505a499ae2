using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

/// <summary>
/// A CRM page on another site (<c>http://localhost:PORT</c>, its own Kestrel server) that embeds the agent widget of a
/// portal served over HTTPS on <c>https://127.0.0.1:PORT</c> through <c>widget.js</c>. The portal lets the CRM's origin
/// frame the widget (<c>Widget:FrameAncestors</c>). Both servers listen on 127.0.0.1 only and stop with the fixture.
/// </summary>
public sealed class EmbeddedWidgetFixture : IAsyncLifetime
{
    private readonly X509Certificate2 _certificate = SelfSignedCertificate.ForLoopback();
    private WebApplication? _crm;

    public AdminPortalHostFactory Portal { get; private set; } = null!;

    public Uri PortalAddress { get; private set; } = null!;

    /// <summary>The CRM page with the widget in its side panel.</summary>
    public Uri CrmPage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _crm = builder.Build();
        _crm.MapGet("/", () => Results.Content($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Rebel CRM</title><link rel="icon" href="data:,"></head>
            <body>
              <h1>Rebel CRM</h1>
              <aside id="side-panel"></aside>
              <script src="{{new Uri(PortalAddress, "/widget.js")}}" data-target="#side-panel" data-height="520px" async></script>
            </body>
            </html>
            """, "text/html"));
        await _crm.StartAsync();
        var port = new Uri(_crm.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        CrmPage = new Uri($"http://localhost:{port}/");

        Portal = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            DemoAgents = 0,
            Settings = new Dictionary<string, string?> { ["Widget:FrameAncestors:0"] = CrmPage.GetLeftPart(UriPartial.Authority) },
        });
        await Portal.InitializeAsync();
        PortalAddress = Portal.StartKestrel(_certificate);
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        if (_crm is not null)
        {
            await _crm.DisposeAsync();
        }

        _certificate.Dispose();
    }
}
