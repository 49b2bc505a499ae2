using JsonApi.Graph;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Serialization;

/// <summary>Builds absolute links under the JSON:API prefix of the current request.</summary>
internal sealed class LinkBuilder(HttpRequest request, string prefix)
{
    private readonly string _base = $"{request.Scheme}://{request.Host}{request.PathBase}{prefix}";

    /// <summary>The request's URL, with <c>[</c> and <c>]</c> of the query (<c>page[size]</c>, <c>fields[Type]</c>) percent-encoded as a URI requires.</summary>
    public string RequestUrl =>
        $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{request.Path.ToUriComponent()}"
        + request.QueryString.ToUriComponent().Replace("[", "%5B", StringComparison.Ordinal).Replace("]", "%5D", StringComparison.Ordinal);

    public string Resource(ResourceType type, string id) => $"{_base}/{type.Route}/{Uri.EscapeDataString(id)}";

    public string Related(ResourceType type, string id, ResourceRelationship relationship) => $"{Resource(type, id)}/{relationship.PublicName}";

    /// <summary>A page of a relationship's linkage: <c>{self link}?page[size]=n&amp;page[number]=m</c>.</summary>
    public static string RelationshipPage(RelationshipObject relationship, int size, int number) =>
        $"{relationship.SelfLink}?{Uri.EscapeDataString("page[size]")}={size}&{Uri.EscapeDataString("page[number]")}={number}";

    /// <summary>The request URL with <c>page[number]</c> replaced.</summary>
    public string Page(int number)
    {
        var query = request.Query
            .Where(pair => pair.Key != "page[number]")
            .SelectMany(pair => pair.Value.Select(value => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(value ?? string.Empty)}"))
            .Append($"{Uri.EscapeDataString("page[number]")}={number}");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }
}
