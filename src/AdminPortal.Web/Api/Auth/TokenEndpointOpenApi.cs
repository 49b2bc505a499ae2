using System.Text.Json.Nodes;
using AdminPortal.Web.Api.Json;
using AdminPortal.Web.Api.OpenApi;
using JsonApi.OpenApi;

namespace AdminPortal.Web.Api.Auth;

/// <summary><c>POST /api/auth/token</c> in the OpenAPI document, when the host issues its own tokens (not with Entra ID).</summary>
public sealed class TokenEndpointOpenApi(IServiceProviderIsService services) : IOpenApiContributor
{
    public void Contribute(OpenApiDocumentBuilder document)
    {
        if (!services.IsService(typeof(TokenIssuer)))
        {
            return;
        }

        document.AddSchemaOf<TokenEndpoint.TokenRequest>("TokenRequest", ApiJson.Options, OpenApiSchemaUse.Request);
        document.AddSchemaOf<TokenEndpoint.TokenResponse>("TokenResponse", ApiJson.Options);
        document.AddTag("Authentication", "Bearer tokens of the host for an agent's email and password.");
        document.AddOperation(ApiPaths.Prefix + TokenEndpoint.Path, "post", new PlainOperation("createToken", "Authentication", "Get a bearer token")
            .Describe("Signs in with an agent's email and password (plain application/json) and answers a JWT for the Authorization header. "
                + "Failed sign-ins are throttled per account and per address.")
            .Body("TokenRequest", new JsonObject { ["email"] = "admin@example.com", ["password"] = "<password>" })
            .Returns("200", "The token.", JsonValue.Create("TokenResponse"))
            .Errors("400", "415")
            .Returns("401", "The email or password is incorrect.", JsonValue.Create("ErrorDocument"), "application/vnd.api+json")
            .Returns("503", "The host is busy checking other sign-ins; retry later (Retry-After).", JsonValue.Create("ErrorDocument"), "application/vnd.api+json")
            .Anonymous()
            .Build());
    }
}
