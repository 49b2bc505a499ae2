using JsonApi.Errors;
using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>The <c>lid</c>s declared by earlier atomic operations and the ids the server gave them.</summary>
internal sealed class LocalIds
{
    private readonly Dictionary<string, (ResourceType Type, object Id)> _ids = new(StringComparer.Ordinal);

    public void Declare(string lid, ResourceType type, object id, string pointer)
    {
        if (!_ids.TryAdd(lid, (type, id)))
        {
            throw new InvalidRequestBodyException($"Local id '{lid}' is declared more than once.", pointer);
        }
    }

    public object Resolve(string lid, ResourceType expected, string pointer)
    {
        if (!_ids.TryGetValue(lid, out var entry))
        {
            throw new InvalidRequestBodyException($"Local id '{lid}' is not declared by an earlier operation.", pointer);
        }

        return entry.Type == expected ? entry.Id : throw new ResourceTypeMismatchException(expected.PublicName, entry.Type.PublicName, pointer);
    }

    public (ResourceType Type, object Id) Resolve(string lid, string pointer) => _ids.TryGetValue(lid, out var entry)
        ? entry
        : throw new InvalidRequestBodyException($"Local id '{lid}' is not declared by an earlier operation.", pointer);
}
