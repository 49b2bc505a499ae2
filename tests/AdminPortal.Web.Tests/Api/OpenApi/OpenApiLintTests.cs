using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AdminPortal.Web.Tests.Api.OpenApi;

/// <summary>The whole OpenAPI document passes Redocly's linter with its strict recommended rules (node/redocly.yaml).</summary>
public sealed class OpenApiLintTests(ApiHost host) : IClassFixture<ApiHost>
{
    [NodeFact]
    public async Task Document_passes_the_OpenAPI_linter_without_a_problem()
    {
        // Arrange: as served by a deployed host (servers names the origin asked, and the linter refuses localhost)
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.deathstar.test") });
        var text = await client.GetStringAsync("/api/openapi.json");
        var file = Path.Combine(Path.GetTempPath(), $"adminportal-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, text);

        // Act
        ProcessResult lint;
        try
        {
            lint = await NodeScripts.RunAsync("node_modules/@redocly/cli/bin/cli.js",
                ["lint", file, "--config", "redocly.yaml", "--format", "stylish", "--max-problems", "1000"],
                new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" });
        }
        finally
        {
            File.Delete(file);
        }

        // Assert
        lint.ExitCode.ShouldBe(0, lint.Output);
        lint.Output.ShouldContain("API description is valid", customMessage: lint.Output);
    }
}
