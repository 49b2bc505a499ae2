using System.Globalization;
using AdminPortal.Domain.Listings;
using Microsoft.AspNetCore.WebUtilities;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>
/// A page of a manager API list: the JSON array of the seed's examples, and beside it the paging a client may follow
/// without counting itself: <c>X-Total-Count</c> (every matching row), <c>X-Page</c>, <c>X-Per-Page</c> and a
/// <c>Link</c> header (first, prev, next, last) that keeps the request's other parameters.
/// </summary>
public static class ManagerResults
{
    public static IResult Page<TRecord, TWire>(HttpContext http, ListPage<TRecord> page, ListQuery query, Func<TRecord, TWire> toWire)
    {
        if (query.Page is { } window)
        {
            var headers = http.Response.Headers;
            headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
            headers["X-Page"] = window.Number.ToString(CultureInfo.InvariantCulture);
            headers["X-Per-Page"] = window.Size.ToString(CultureInfo.InvariantCulture);
            headers.Link = Links(http.Request, window, page.Total);
        }

        return DialectJson.Ok(page.Items.Select(toWire).ToList());
    }

    private static string Links(HttpRequest request, PageWindow window, int total)
    {
        var last = Math.Max(1, (total + window.Size - 1) / window.Size);
        var links = new List<string> { Link(request, 1, "first") };
        if (window.Number > 1)
        {
            links.Add(Link(request, Math.Min(window.Number - 1, last), "prev"));
        }

        if (window.Number < last)
        {
            links.Add(Link(request, window.Number + 1, "next"));
        }

        links.Add(Link(request, last, "last"));
        return string.Join(", ", links);
    }

    private static string Link(HttpRequest request, int page, string relation)
    {
        var parameters = request.Query
            .Where(p => p.Key != "page")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture)));
        return $"<{QueryHelpers.AddQueryString(request.PathBase + request.Path, parameters)}>; rel=\"{relation}\"";
    }
}
