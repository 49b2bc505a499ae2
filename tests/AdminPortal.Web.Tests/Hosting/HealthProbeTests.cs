using AdminPortal.Web.Hosting;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Hosting;

/// <summary>The <c>health</c> command the container's HEALTHCHECK runs.</summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task Healthy_host_exits_0()
    {
        await using var host = new AdminPortalHostFactory(new AdminPortalHostOptions { Demo = false });
        var address = host.StartKestrel();
        var output = new StringWriter();

        var exitCode = await HealthProbe.RunAsync(new Uri(address, "/health").ToString(), output);

        exitCode.ShouldBe(0, output.ToString());
        output.ToString().Trim().ShouldBe("200 Healthy");
    }

    [Fact]
    public async Task No_host_listening_exits_1()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var output = new StringWriter();

        var exitCode = await HealthProbe.RunAsync($"http://127.0.0.1:{port}/health", output);

        exitCode.ShouldBe(1);
        output.ToString().ShouldStartWith("Unhealthy:");
    }
}
