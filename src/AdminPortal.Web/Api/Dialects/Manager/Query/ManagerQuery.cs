using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Errors;

namespace AdminPortal.Web.Api.Dialects.Manager.Query;

/// <summary>
/// A manager API request's query string, parsed and checked against its endpoint's <see cref="ManagerParameters"/>:
/// <see cref="List"/> for the domain's list reads, <see cref="Scalar{T}"/> for the endpoint's own parameters.
/// </summary>
public sealed class ManagerQuery
{
    private readonly IReadOnlyDictionary<string, object> _scalars;

    internal ManagerQuery(ListQuery list, IReadOnlyDictionary<string, object> scalars)
    {
        List = list;
        _scalars = scalars;
    }

    public ListQuery List { get; }

    /// <summary>Parses <paramref name="request"/>'s query string; a malformed or unknown parameter throws a 400 naming it.</summary>
    public static ManagerQuery Parse(HttpRequest request, ManagerParameters parameters) => ManagerQueryParser.Parse(request.Query, parameters);

    /// <summary>The value of a scalar parameter, or <paramref name="fallback"/> when absent (a required one is never absent).</summary>
    public T Scalar<T>(string name, T fallback = default!) => _scalars.TryGetValue(name, out var value) ? (T)value : fallback;

    public bool Has(string name) => _scalars.ContainsKey(name);

    /// <summary>A single read's id: the path's, which <c>record_id</c> must repeat when given.</summary>
    public long RecordId(long pathId) => Has(ScalarParameter.RecordId.Name) && Scalar<long>(ScalarParameter.RecordId.Name) != pathId
        ? throw ApiRequestException.BadRequest($"record_id {Scalar<long>(ScalarParameter.RecordId.Name)} does not match the id {pathId} of the path.", parameter: "record_id")
        : pathId;
}
