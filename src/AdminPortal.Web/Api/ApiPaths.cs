namespace AdminPortal.Web.Api;

public static class ApiPaths
{
    public const string Prefix = "/api";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(Prefix);
}
