using JsonApi.Graph;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Serialization;

/// <summary>Builds absolute links under the JSON:API prefix of the current request.</summary>
internal sealed class LinkBuilder(HttpRequest request, string prefix)
{
    private readonly string _origin = $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    private string? _base;

    private string Base => _base ??= _origin + prefix;

    /// <summary>The request's URL as a valid URI: the query as sent, with every character a URI query may not hold (<c>[</c> and <c>]</c>
    /// of <c>page[size]</c> and <c>fields[Type]</c>, quotes, spaces...) percent-encoded.</summary>
    public string RequestUrl => $"{_origin}{request.Path.ToUriComponent()}{UriQuery.Escape(request.QueryString.Value)}";

    public string Resource(ResourceType type, string id) => $"{Base}/{type.Route}/{Uri.EscapeDataString(id)}";

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
        return $"{_origin}{request.Path.ToUriComponent()}?{string.Join('&', query)}";
    }
}
