using System.Text.RegularExpressions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>
/// Soft-deleted teams, menus and statuses are hidden unless the request filters on their <c>deleted</c> attribute
/// (e.g. <c>filter=equals(deleted,'true')</c>). Quoted text (<c>contains(name,'deleted')</c>) and other resources'
/// members (<c>parent.deleted</c>) do not count.
/// </summary>
public sealed partial class DeletedRows(IHttpContextAccessor http)
{
    public bool Requested =>
        http.HttpContext?.Request.Query is { } query
        && query.TryGetValue("filter", out var filters)
        && filters.Any(filter => DeletedMember().IsMatch(QuotedText().Replace(filter ?? "", "''")));

    [GeneratedRegex("'(?:[^']|'')*'")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"(?<![\w.])deleted\b")]
    private static partial Regex DeletedMember();
}
