using System.Text.Json;
using System.Text.Unicode;
using JsonApi.Configuration;
using JsonApi.Definitions;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.Writes;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Serialization;

/// <summary>Reads JSON:API request bodies into <see cref="WriteRequest"/>s, converting values to the attributes' CLR types.</summary>
internal sealed class RequestBodyReader(ResourceGraph graph, JsonApiOptions options)
{
    /// <summary>The body as a JSON document; a body that is not UTF-8 or not JSON answers 400 (the JSON reader does not check the
    /// encoding of string contents, so it is checked first).</summary>
    public static async Task<JsonDocument> ParseAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!Utf8.IsValid(bytes.Span))
        {
            throw new MalformedRequestBodyException("The request body is not valid UTF-8.");
        }

        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException exception)
        {
            throw new MalformedRequestBodyException($"The request body is not valid JSON: {exception.Message}");
        }
    }

    /// <summary>Reads <c>{"data": {"type", "id", "attributes", "relationships"}}</c> of POST and PATCH.</summary>
    public WriteRequest ReadResource(JsonDocument body, ResourceType type, WriteKind kind, object? urlId) =>
        ReadResource(Data(body), type, kind, urlId, "/data");

    /// <summary>Reads one resource object found at <paramref name="pointer"/> (the body's data or an atomic operation's data).</summary>
    public WriteRequest ReadResource(JsonElement data, ResourceType type, WriteKind kind, object? urlId, string pointer, LocalIds? localIds = null)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestBodyException("Expected an object in 'data' element.", pointer);
        }

        CheckType(data, type.PublicName, pointer);
        var write = new WriteRequest(type, kind, urlId) { Pointer = pointer };
        var idText = ReadId(data, pointer, required: kind == WriteKind.Update && !HasLocalId(data, localIds));
        if (kind == WriteKind.Update && idText is null)
        {
            idText = type.FormatId(urlId!);
        }

        if (kind == WriteKind.Create && idText is not null)
        {
            if (!options.AllowClientGeneratedIds)
            {
                throw new ClientGeneratedIdNotAllowedException($"{pointer}/id");
            }

            write.Id = type.ParseId(idText) ?? throw new InvalidRequestBodyException($"Id '{idText}' is not a valid id of '{type.PublicName}'.", $"{pointer}/id");
        }
        else if (kind == WriteKind.Update && type.FormatId(urlId!) != idText)
        {
            throw new ResourceIdMismatchException(type.FormatId(urlId!), idText, $"{pointer}/id");
        }

        if (data.TryGetProperty("attributes", out var attributes))
        {
            ReadAttributes(attributes, type, kind, write, $"{pointer}/attributes");
        }

        if (data.TryGetProperty("relationships", out var relationships))
        {
            if (relationships.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRequestBodyException("Expected an object in 'relationships' element.", $"{pointer}/relationships");
            }

            foreach (var member in relationships.EnumerateObject())
            {
                var memberPointer = $"{pointer}/relationships/{member.Name}";
                var relationship = type.FindRelationship(member.Name)
                    ?? throw new InvalidRequestBodyException($"Relationship '{member.Name}' does not exist on resource type '{type.PublicName}'.", memberPointer);
                if (relationship.IsReadOnly)
                {
                    throw new ReadOnlyMemberException(member.Name, type.PublicName, memberPointer);
                }

                if (member.Value.ValueKind != JsonValueKind.Object || !member.Value.TryGetProperty("data", out var linkage))
                {
                    throw new InvalidRequestBodyException("Expected 'data' element in relationship object.", memberPointer);
                }

                ReadLinkage(linkage, relationship, $"{memberPointer}/data", write, localIds);
            }
        }

        return write;
    }

    /// <summary>Reads <c>{"data": null | {...} | [...]}</c> of a relationship endpoint.</summary>
    public WriteRequest ReadRelationship(JsonDocument body, ResourceType type, object id, ResourceRelationship relationship, WriteKind kind) =>
        ReadRelationship(Data(body), type, id, relationship, kind, "/data");

    public WriteRequest ReadRelationship(JsonElement data, ResourceType type, object id, ResourceRelationship relationship, WriteKind kind, string pointer, LocalIds? localIds = null)
    {
        var write = new WriteRequest(type, kind, id) { Pointer = pointer };
        ReadLinkage(data, relationship, pointer, write, localIds);
        return write;
    }

    /// <summary>Reads <c>{"type": "...", "id": "..."}</c> at <paramref name="pointer"/>.</summary>
    public (ResourceType Type, object Id) ReadReference(JsonElement reference, string pointer, LocalIds? localIds = null)
    {
        if (reference.ValueKind != JsonValueKind.Object || !reference.TryGetProperty("type", out var typeElement))
        {
            throw new InvalidRequestBodyException("The 'type' element is required.", pointer);
        }

        if (typeElement.ValueKind != JsonValueKind.String)
        {
            throw new InvalidRequestBodyException("The 'type' element must be a string.", $"{pointer}/type");
        }

        var type = graph.FindByName(typeElement.GetString()!) ?? throw new UnknownResourceTypeException(typeElement.GetString(), $"{pointer}/type");
        if (LocalIdOf(reference, localIds) is { } lid)
        {
            return (type, localIds!.Resolve(lid, type, $"{pointer}/lid"));
        }

        var text = ReadId(reference, pointer, required: true)!;
        return (type, type.ParseId(text) ?? throw new ResourceNotFoundException(type.PublicName, text, $"{pointer}/id"));
    }

    /// <summary>The <c>lid</c> of an object inside atomic operations (null elsewhere, where lid is not recognised).</summary>
    public static string? LocalIdOf(JsonElement element, LocalIds? localIds) =>
        localIds is not null && element.ValueKind == JsonValueKind.Object && element.TryGetProperty("lid", out var lid) && lid.ValueKind == JsonValueKind.String
            ? lid.GetString()
            : null;

    private static bool HasLocalId(JsonElement element, LocalIds? localIds) => LocalIdOf(element, localIds) is not null;

    private static JsonElement Data(JsonDocument body) =>
        body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("data", out var data)
            ? data
            : throw new InvalidRequestBodyException("Expected top-level 'data' element.");

    private static void ReadAttributes(JsonElement attributes, ResourceType type, WriteKind kind, WriteRequest write, string attributesPointer)
    {
        if (attributes.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestBodyException("Expected an object in 'attributes' element.", attributesPointer);
        }

        var needed = kind == WriteKind.Create ? AttributeCapabilities.Create : AttributeCapabilities.Change;
        foreach (var member in attributes.EnumerateObject())
        {
            var pointer = $"{attributesPointer}/{member.Name}";
            var attribute = type.FindAttribute(member.Name)
                ?? throw new InvalidRequestBodyException($"Attribute '{member.Name}' does not exist on resource type '{type.PublicName}'.", pointer);
            if (!attribute.Can(needed) || attribute.Setter is null)
            {
                throw new ReadOnlyMemberException(member.Name, type.PublicName, pointer);
            }

            write.Attributes[member.Name] = ReadValue(member.Value, attribute, pointer);
        }
    }

    private static object? ReadValue(JsonElement value, ResourceAttribute attribute, string pointer)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return attribute.IsNullable
                ? null
                : throw new InvalidRequestBodyException($"Attribute '{attribute.PublicName}' cannot be null.", pointer);
        }

        try
        {
            return attribute.Codec.Read(value);
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or OverflowException or JsonException or ArgumentException)
        {
            throw new InvalidRequestBodyException(
                $"Failed to convert attribute '{attribute.PublicName}' with value '{value.GetRawText()}' of type '{value.ValueKind}' to type '{attribute.Codec.TypeName}'. {exception.Message}",
                pointer);
        }
    }

    private void ReadLinkage(JsonElement linkage, ResourceRelationship relationship, string pointer, WriteRequest write, LocalIds? localIds)
    {
        if (relationship.IsToMany)
        {
            if (linkage.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidRequestBodyException($"Expected an array of resource identifiers for to-many relationship '{relationship.PublicName}'.", pointer);
            }

            write.ToMany[relationship.PublicName] = linkage.EnumerateArray()
                .Select((item, index) => ReadIdentifier(item, relationship, $"{pointer}/{index}", localIds)).Distinct().ToList();
            return;
        }

        write.ToOne[relationship.PublicName] = linkage.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => ReadIdentifier(linkage, relationship, pointer, localIds),
            _ => throw new InvalidRequestBodyException($"Expected null or a resource identifier for to-one relationship '{relationship.PublicName}'.", pointer),
        };
    }

    private object ReadIdentifier(JsonElement identifier, ResourceRelationship relationship, string pointer, LocalIds? localIds)
    {
        if (identifier.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestBodyException("Expected a resource identifier object.", pointer);
        }

        var right = relationship.RightType;
        CheckType(identifier, right.PublicName, pointer);
        if (LocalIdOf(identifier, localIds) is { } lid)
        {
            return localIds!.Resolve(lid, right, $"{pointer}/lid");
        }

        var text = ReadId(identifier, pointer, required: true)!;
        return right.ParseId(text) ?? throw new ResourceNotFoundException(right.PublicName, text, $"{pointer}/id");
    }

    private void CheckType(JsonElement element, string expected, string pointer)
    {
        if (!element.TryGetProperty("type", out var type))
        {
            throw new InvalidRequestBodyException("The 'type' element is required.", pointer);
        }

        if (type.ValueKind != JsonValueKind.String)
        {
            throw new InvalidRequestBodyException("The 'type' element must be a string.", $"{pointer}/type");
        }

        var actual = type.GetString();
        if (actual != expected)
        {
            throw graph.FindByName(actual!) is null
                ? new UnknownResourceTypeException(actual, $"{pointer}/type")
                : new ResourceTypeMismatchException(expected, actual, $"{pointer}/type");
        }
    }

    private static string? ReadId(JsonElement element, string pointer, bool required)
    {
        if (!element.TryGetProperty("id", out var id))
        {
            return required ? throw new InvalidRequestBodyException("The 'id' element is required.", pointer) : null;
        }

        if (id.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new InvalidRequestBodyException("The 'id' element is required.", $"{pointer}/id") : null;
        }

        return id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : throw new InvalidRequestBodyException("The 'id' element must be a string.", $"{pointer}/id");
    }
}
