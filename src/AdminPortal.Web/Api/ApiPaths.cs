namespace AdminPortal.Web.Api;

/// <summary>
/// Where the API answers: the JSON:API and plain endpoints under <see cref="Prefix"/>, and the seed dialects at their
/// own paths (<see cref="Manager"/> for seed 004, <see cref="Apps"/> for seed 004's base URL and seed 002). Every one of
/// them signs in with a token or an API credential, counts against the organisation's rate limit and answers errors
/// in its own format.
/// </summary>
public static class ApiPaths
{
    public const string Prefix = "/api";
    public const string Manager = "/manager/api/v1";
    public const string Apps = "/apps/api/v1";

    public static readonly string[] Dialects = [Manager, Apps];

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(Prefix) || IsDialect(request);

    /// <summary>A seed dialect's route: plain JSON, errors as <c>{"message": "..."}</c>.</summary>
    public static bool IsDialect(HttpRequest request) =>
        request.Path.StartsWithSegments(Manager, StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments(Apps, StringComparison.OrdinalIgnoreCase);
}
