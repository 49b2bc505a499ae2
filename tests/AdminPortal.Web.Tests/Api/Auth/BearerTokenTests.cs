using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;

namespace AdminPortal.Web.Tests.Api.Auth;

public sealed class BearerTokenTests(ApiHost host) : IClassFixture<ApiHost>
{
    public static TheoryData<string> ProtectedRoutes =>
    [
        "/api/v1/agent_statuses",
        "/api/call_queues/0196a4c0-0000-7000-8000-000000000000/agents",
        "/api/no_such_resource",
    ];

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Cannot_call_without_a_token(string route)
    {
        var response = await host.CreateClient().GetAsync(route);

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task Cannot_call_with_a_token_signed_by_another_key()
    {
        var token = TestTokens.For(await host.AgentAsync(ApiHost.AdminEmail), signingKey: "a-different-key-that-is-also-long-enough-0123456789");

        var response = await host.WithToken(token).GetAsync("/api/v1/agent_statuses");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Cannot_call_with_an_expired_token()
    {
        var token = TestTokens.For(await host.AgentAsync(ApiHost.AdminEmail), expires: DateTime.UtcNow.AddMinutes(-1));

        var response = await host.WithToken(token).GetAsync("/api/v1/agent_statuses");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Cannot_call_with_a_token_of_another_issuer()
    {
        var token = TestTokens.For(await host.AgentAsync(ApiHost.AdminEmail), issuer: "SomeoneElse");

        var response = await host.WithToken(token).GetAsync("/api/v1/agent_statuses");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Cannot_call_with_garbage_as_token()
    {
        var response = await host.WithToken("not.a.token").GetAsync("/api/v1/agent_statuses");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Can_call_with_a_valid_token()
    {
        var token = TestTokens.For(await host.AgentAsync(ApiHost.AdminEmail));

        var response = await host.WithToken(token).GetAsync("/api/v1/agent_statuses");

        await response.ShouldBeOkAsync();
    }

    [Fact]
    public async Task Unknown_api_route_answers_not_found_with_an_error_object()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync("/api/no_such_resource");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
    }
}
