using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Api.Dialects.Manager;
using AdminPortal.Web.Api.Errors;

namespace AdminPortal.Web.Api.Dialects;

/// <summary>
/// The seed dialects at their own paths, behind the API's sign-in (Bearer, or Basic with an API credential), tenancy
/// and rate limit (<see cref="ApiPaths.IsApi"/>): seed 004 under both of its prefixes. A path of neither answers 404 in
/// the dialect's error body.
/// </summary>
public static class DialectsSetup
{
    public static WebApplication MapDialects(this WebApplication app)
    {
        foreach (var prefix in ApiPaths.Dialects)
        {
            var dialect = app.MapGroup(prefix).RequireAuthorization(ApiAuthentication.Policy);
            dialect.MapManagerApi();
            dialect.Map("/{**path}", (HttpContext http) => Task.FromException(
                    ApiRequestException.NotFound($"No endpoint answers {http.Request.Method} {http.Request.Path}.")))
                .WithOrder(int.MaxValue);
        }

        return app;
    }
}
