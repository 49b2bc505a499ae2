using System.Text;
using JsonApi.Graph;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Serialization;

/// <summary>Builds absolute links under the JSON:API prefix of the current request.</summary>
internal sealed class LinkBuilder(HttpRequest request, string prefix)
{
    private readonly string _origin = $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
    private readonly Dictionary<ResourceType, ResourceLinks> _resourceLinks = [];

    private string? _base;
    private string? _pagePrefix;

    private string Base => _base ??= _origin + prefix;

    /// <summary>The request's URL as a valid URI: the query as sent, with every character a URI query may not hold (<c>[</c> and <c>]</c>
    /// of <c>page[size]</c> and <c>fields[Type]</c>, quotes, spaces...) percent-encoded.</summary>
    public string RequestUrl => $"{_origin}{request.Path.ToUriComponent()}{UriQuery.Escape(request.QueryString.Value)}";

    /// <summary>The links of the resources of <paramref name="type"/>, composed when written.</summary>
    public ResourceLinks For(ResourceType type)
    {
        if (!_resourceLinks.TryGetValue(type, out var links))
        {
            links = new ResourceLinks($"{Base}/{type.Route}/");
            _resourceLinks[type] = links;
        }

        return links;
    }

    public string Resource(ResourceType type, string id) => $"{Base}/{type.Route}/{Uri.EscapeDataString(id)}";

    public string Related(ResourceType type, string id, ResourceRelationship relationship) => $"{Resource(type, id)}/{relationship.PublicName}";

    /// <summary>A page of a relationship's linkage: <c>{resource}/relationships/{name}?page[size]=n&amp;page[number]=m</c>.</summary>
    public string RelationshipPage(ResourceType type, string id, ResourceRelationship relationship, int size, int number) =>
        $"{Resource(type, id)}/relationships/{relationship.PublicName}?page%5Bsize%5D={size}&page%5Bnumber%5D={number}";

    /// <summary>The request URL with <c>page[number]</c> replaced.</summary>
    public string Page(int number) => string.Concat(_pagePrefix ??= PagePrefix(), number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The request URL up to the value of <c>page[number]</c>: the other parameters escaped, in the order sent.</summary>
    private string PagePrefix()
    {
        var url = new StringBuilder(_origin).Append(request.Path.ToUriComponent()).Append('?');
        foreach (var (key, values) in request.Query)
        {
            if (key == "page[number]")
            {
                continue;
            }

            foreach (var value in values)
            {
                url.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty)).Append('&');
            }
        }

        return url.Append("page%5Bnumber%5D=").ToString();
    }
}
