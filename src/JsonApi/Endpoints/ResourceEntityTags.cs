using JsonApi.Definitions;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Endpoints;

/// <summary>
/// The ETag a plain <c>GET {prefix}/{route}/{id}</c> (no query parameters) answers a caller, computed in-process from the
/// same representation, so an application can honour <c>If-Match</c> on a write of its own at the moment it decides
/// (e.g. under a lock), not on a read made earlier. Links in the representation are absolute, so the scheme, host and
/// path base come from the caller's own request; the read runs on the caller's services (its DbContext and transaction).
/// </summary>
public static class ResourceEntityTags
{
    /// <summary>The current ETag, or null when the caller cannot read the resource (missing, filtered out, no GET endpoint).</summary>
    public static async Task<string?> CurrentAsync(HttpContext caller, Type clrType, object id, CancellationToken cancellationToken)
    {
        var services = caller.RequestServices.GetRequiredService<JsonApiServices>();
        var type = services.Graph.GetByClrType(clrType);
        if (!type.Has(ResourceEndpoints.GetSingle))
        {
            return null;
        }

        var request = JsonApiRequest.For(caller, services.Prefix);
        var spec = services.QueryStrings.Read(QueryCollection.Empty, type, QueryEndpointKind.Single);
        await type.DefinitionInvoker.AuthorizeAsync(caller.RequestServices, new(ResourceOperation.ReadOne, type, id), cancellationToken);
        try
        {
            var document = await request.Reader.ReadOneAsync(type, id, spec, cancellationToken);
            document.Links["self"] = request.Links.Resource(type, type.FormatId(id));
            return DocumentResponse.EntityTagOf(document);
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="ifMatch"/> (an <c>If-Match</c> value) is <c>*</c> or names the current ETag (weak or strong).</summary>
    public static async Task<bool> MatchesAsync(HttpContext caller, Type clrType, object id, string ifMatch, CancellationToken cancellationToken)
    {
        if (ifMatch.Split(',', StringSplitOptions.TrimEntries).Contains("*"))
        {
            return true;
        }

        return await CurrentAsync(caller, clrType, id, cancellationToken) is { } current && EntityTag.Matches(ifMatch, current);
    }
}
