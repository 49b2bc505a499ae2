using System.Text.Json;
using JsonApi.Configuration;
using JsonApi.Definitions;
using JsonApi.Errors;
using JsonApi.Graph;
using Microsoft.AspNetCore.Http;

namespace JsonApi.Serialization;

/// <summary>Reads JSON:API request bodies into <see cref="ResourceWrite"/>s, converting values to the attributes' CLR types.</summary>
internal sealed class RequestBodyReader(ResourceGraph graph, JsonApiOptions options)
{
    public static async Task<JsonDocument> ParseAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new InvalidRequestBodyException($"The request body is not valid JSON: {exception.Message}");
        }
    }

    /// <summary>Reads <c>{"data": {"type", "id", "attributes", "relationships"}}</c> of POST and PATCH.</summary>
    public ResourceWrite ReadResource(JsonDocument body, ResourceType type, WriteKind kind, object? urlId)
    {
        var data = Data(body);
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestBodyException("Expected an object in 'data' element.", "/data");
        }

        CheckType(data, type.PublicName, "/data");
        var write = new ResourceWrite(type, kind, urlId);
        var idText = ReadId(data, "/data", required: kind == WriteKind.Update);
        if (kind == WriteKind.Create && idText is not null)
        {
            if (!options.AllowClientGeneratedIds)
            {
                throw new ClientGeneratedIdNotAllowedException();
            }

            write.Id = type.ParseId(idText) ?? throw new InvalidRequestBodyException($"Id '{idText}' is not a valid id of '{type.PublicName}'.", "/data/id");
        }
        else if (kind == WriteKind.Update && type.FormatId(urlId!) != idText)
        {
            throw new ResourceIdMismatchException(type.FormatId(urlId!), idText);
        }

        if (data.TryGetProperty("attributes", out var attributes))
        {
            ReadAttributes(attributes, type, kind, write);
        }

        if (data.TryGetProperty("relationships", out var relationships))
        {
            if (relationships.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRequestBodyException("Expected an object in 'relationships' element.", "/data/relationships");
            }

            foreach (var member in relationships.EnumerateObject())
            {
                var pointer = $"/data/relationships/{member.Name}";
                var relationship = type.FindRelationship(member.Name)
                    ?? throw new InvalidRequestBodyException($"Relationship '{member.Name}' does not exist on resource type '{type.PublicName}'.", pointer);
                if (relationship.IsReadOnly)
                {
                    throw new ReadOnlyMemberException(member.Name, type.PublicName, pointer);
                }

                if (member.Value.ValueKind != JsonValueKind.Object || !member.Value.TryGetProperty("data", out var linkage))
                {
                    throw new InvalidRequestBodyException("Expected 'data' element in relationship object.", pointer);
                }

                ReadLinkage(linkage, relationship, $"{pointer}/data", write);
            }
        }

        return write;
    }

    /// <summary>Reads <c>{"data": null | {...} | [...]}</c> of a relationship endpoint.</summary>
    public ResourceWrite ReadRelationship(JsonDocument body, ResourceType type, object id, ResourceRelationship relationship, WriteKind kind)
    {
        var write = new ResourceWrite(type, kind, id);
        ReadLinkage(Data(body), relationship, "/data", write);
        return write;
    }

    private static JsonElement Data(JsonDocument body) =>
        body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("data", out var data)
            ? data
            : throw new InvalidRequestBodyException("Expected top-level 'data' element.", "/data");

    private void ReadAttributes(JsonElement attributes, ResourceType type, WriteKind kind, ResourceWrite write)
    {
        if (attributes.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestBodyException("Expected an object in 'attributes' element.", "/data/attributes");
        }

        var needed = kind == WriteKind.Create ? AttributeCapabilities.Create : AttributeCapabilities.Change;
        foreach (var member in attributes.EnumerateObject())
        {
            var pointer = $"/data/attributes/{member.Name}";
            var attribute = type.FindAttribute(member.Name)
                ?? throw new InvalidRequestBodyException($"Attribute '{member.Name}' does not exist on resource type '{type.PublicName}'.", pointer);
            if (!attribute.Can(needed) || attribute.Setter is null)
            {
                throw new ReadOnlyMemberException(member.Name, type.PublicName, pointer);
            }

            write.AttributeValues[member.Name] = ReadValue(member.Value, attribute, pointer);
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

    private void ReadLinkage(JsonElement linkage, ResourceRelationship relationship, string pointer, ResourceWrite write)
    {
        if (relationship.IsToMany)
        {
            if (linkage.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidRequestBodyException($"Expected an array of resource identifiers for to-many relationship '{relationship.PublicName}'.", pointer);
            }

            write.ToManyIds[relationship.PublicName] = linkage.EnumerateArray()
                .Select((item, index) => ReadIdentifier(item, relationship, $"{pointer}/{index}")).Distinct().ToList();
            return;
        }

        write.ToOneIds[relationship.PublicName] = linkage.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => ReadIdentifier(linkage, relationship, pointer),
            _ => throw new InvalidRequestBodyException($"Expected null or a resource identifier for to-one relationship '{relationship.PublicName}'.", pointer),
        };
    }

    private object ReadIdentifier(JsonElement identifier, ResourceRelationship relationship, string pointer)
    {
        if (identifier.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestBodyException("Expected a resource identifier object.", pointer);
        }

        var right = relationship.RightType;
        CheckType(identifier, right.PublicName, pointer);
        var text = ReadId(identifier, pointer, required: true)!;
        return right.ParseId(text) ?? throw new ResourceNotFoundException(right.PublicName, text, $"{pointer}/id");
    }

    private void CheckType(JsonElement element, string expected, string pointer)
    {
        if (!element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new InvalidRequestBodyException("The 'type' element is required.", $"{pointer}/type");
        }

        var actual = type.GetString();
        if (actual != expected)
        {
            throw graph.FindByName(actual!) is null
                ? new InvalidRequestBodyException($"Resource type '{actual}' does not exist.", $"{pointer}/type")
                : new ResourceTypeMismatchException(expected, actual, $"{pointer}/type");
        }
    }

    private static string? ReadId(JsonElement element, string pointer, bool required)
    {
        if (!element.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new InvalidRequestBodyException("The 'id' element is required.", $"{pointer}/id") : null;
        }

        return id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : throw new InvalidRequestBodyException("The 'id' element must be a string.", $"{pointer}/id");
    }
}
