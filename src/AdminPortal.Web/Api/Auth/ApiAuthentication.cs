using AdminPortal.Domain.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// JWT bearer for /api: the host's own HS256 tokens by default, Entra ID tokens (Microsoft.Identity.Web)
/// when an <c>AzureAd</c> section is configured; HTTP Basic with an API credential beside either
/// (<see cref="BasicCredentialAuthentication"/>). Every /api route but the token endpoint requires <see cref="Policy"/>:
/// an organisation and an agent, or an organisation credential (which acts as an admin without an agent).
/// </summary>
public static class ApiAuthentication
{
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;
    public const string Policy = "Api";

    /// <summary>Expired tokens must be refused promptly, not minutes later.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder AddApiAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiAuthOptions>().BindConfiguration(ApiAuthOptions.Section);
        var authentication = services.AddAuthentication();
        authentication.AddBasicCredentials();

        if (EntraIdClaims.IsConfigured(builder.Configuration))
        {
            authentication.AddMicrosoftIdentityWebApi(builder.Configuration.GetSection(EntraIdClaims.Section), Scheme);
            services.PostConfigure<JwtBearerOptions>(Scheme, options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters.ClockSkew = ClockSkew;
                options.Events ??= new JwtBearerEvents();
                var validated = options.Events.OnTokenValidated;
                options.Events.OnTokenValidated = async context =>
                {
                    await validated(context);
                    if (context.Result is null)
                    {
                        await EntraIdClaims.MapAsync(context);
                    }
                };
            });
        }
        else
        {
            services.AddSingleton(SigningKeys.Store);
            services.AddSingleton<SigningKeyRing>();
            services.AddHostedService<SigningKeyRefresh>();
            services.AddSingleton<TokenIssuer>();
            authentication.AddJwtBearer(Scheme);
            services.AddOptions<JwtBearerOptions>(Scheme).Configure<SigningKeyRing, IOptions<ApiAuthOptions>>((options, keys, auth) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = auth.Value.Issuer,
                    ValidateAudience = false,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKeyResolver = (_, _, keyId, _) => keys.ForValidation(keyId),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = ClockSkew,
                    NameClaimType = AdminPortalClaims.Name,
                    RoleClaimType = AdminPortalClaims.Role,
                };
            });
        }

        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme, BasicCredentialAuthentication.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(AdminPortalClaims.OrganisationId)
            .RequireAssertion(context => context.User.HasClaim(c => c.Type == AdminPortalClaims.AgentId)
                || context.User.HasClaim(BasicCredentialAuthentication.CredentialKindClaim, "organisation")));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        return builder;
    }
}
