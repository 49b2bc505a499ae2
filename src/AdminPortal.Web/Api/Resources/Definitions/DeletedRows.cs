namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>
/// Soft-deleted teams, menus and statuses are hidden unless the request filters on <c>deleted</c>
/// (e.g. <c>filter=equals(deleted,'true')</c>).
/// </summary>
public sealed class DeletedRows(IHttpContextAccessor http)
{
    public bool Requested =>
        http.HttpContext?.Request.Query is { } query
        && query.Any(p => p.Key.StartsWith("filter", StringComparison.Ordinal) && p.Value.Any(v => v?.Contains("deleted", StringComparison.Ordinal) == true));
}
