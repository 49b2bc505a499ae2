using System.Text.Json;
using JsonApi.Definitions;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Endpoints;

/// <summary><c>POST {prefix}/operations</c> (Atomic Operations extension): add, update and remove of resources and
/// relationships, all in one transaction; any failure rolls everything back. <c>lid</c>s declared by an <c>add</c>
/// can be used by later operations (refs, relationship data, update data). Each operation's result is read as it runs, so a
/// later operation may remove what an earlier one wrote. At most <c>MaxAtomicOperations</c> operations per request.</summary>
internal static class AtomicOperationsHandler
{

    public static async Task HandleAsync(HttpContext http, string prefix)
    {
        if (!ContentNegotiation.HasAtomicExtension(http.Request.ContentType))
        {
            throw new UnsupportedMediaTypeException(http.Request.ContentType, $"application/vnd.api+json; ext=\"{ContentNegotiation.AtomicExtension}\"");
        }

        if (http.Request.Query.Count > 0)
        {
            throw new UnknownQueryParameterException(http.Request.Query.Keys.First());
        }

        var request = JsonApiRequest.For(http, prefix);
        using var body = await RequestBodyReader.ParseAsync(http.Request, request.Aborted);
        if (body.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("atomic:operations", out var operations))
        {
            throw new MalformedRequestBodyException("Expected a top-level 'atomic:operations' array.");
        }

        if (operations.ValueKind != JsonValueKind.Array)
        {
            throw new MalformedRequestBodyException("Expected an array in 'atomic:operations'.", "/atomic:operations");
        }

        var count = operations.GetArrayLength();
        if (count > request.Services.Options.MaxAtomicOperations)
        {
            throw new TooManyOperationsException(count, request.Services.Options.MaxAtomicOperations);
        }

        http.Features.Set(new AtomicOperationsFeature(count));
        if (http.RequestServices.GetService<IAtomicOperationsGate>() is { } gate)
        {
            await gate.AdmitAsync(http, count, request.Aborted);
        }

        // Everything above ran before the transaction opens, so it stays as short as the operations themselves.
        var results = new List<ResourceObject?>(count);
        var localIds = new LocalIds();
        await using var transaction = await request.Db.Database.BeginTransactionAsync(request.Aborted);
        var index = 0;
        foreach (var operation in operations.EnumerateArray())
        {
            try
            {
                var written = await RunAsync(request, operation, $"/atomic:operations/{index}", localIds);
                request.Db.ChangeTracker.Clear();
                results.Add(written is ({ } type, { } id)
                    ? (await request.Reader.ReadOneAsync(type, id, new QuerySpec(), request.Aborted)).Data[0]
                    : null);
            }
            catch (Exception exception) when (exception is not (AtomicOperationException or OperationCanceledException))
            {
                throw new AtomicOperationException(index, exception);
            }

            index++;
        }

        await transaction.CommitAsync(request.Aborted);
        if (results.All(result => result is null))
        {
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        var bytes = AtomicResultsWriter.WriteAtomicResults(results);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = $"{JsonApiMediaType.Value}; ext=\"{ContentNegotiation.AtomicExtension}\"";
        await http.Response.Body.WriteAsync(bytes, request.Aborted);
    }

    private static async Task<(ResourceType, object)?> RunAsync(JsonApiRequest request, JsonElement operation, string pointer, LocalIds localIds)
    {
        if (operation.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedRequestBodyException("Expected an operation object.", pointer);
        }

        var op = operation.TryGetProperty("op", out var opElement) && opElement.ValueKind == JsonValueKind.String ? opElement.GetString() : null;
        if (op is not ("add" or "update" or "remove"))
        {
            throw UnknownOp(operation, pointer);
        }

        if (operation.TryGetProperty("href", out _))
        {
            throw new MalformedRequestBodyException("Operations with 'href' are not supported; use 'ref'.", $"{pointer}/href");
        }

        var bodies = request.Services.Bodies;
        var hasRef = operation.TryGetProperty("ref", out var reference);
        var hasData = operation.TryGetProperty("data", out var data);
        if (hasRef && reference.ValueKind == JsonValueKind.Object && reference.TryGetProperty("relationship", out var relationshipName))
        {
            if (relationshipName.ValueKind != JsonValueKind.String)
            {
                throw new InvalidRequestBodyException("The 'relationship' element must be a string.", $"{pointer}/ref/relationship");
            }

            var (ownerType, ownerId) = bodies.ReadReference(reference, $"{pointer}/ref", localIds);
            var relationship = ownerType.FindRelationship(relationshipName.GetString() ?? string.Empty)
                ?? throw new InvalidRequestBodyException($"Relationship '{relationshipName}' does not exist on resource type '{ownerType.PublicName}'.", $"{pointer}/ref/relationship");
            var kind = op switch
            {
                "add" => WriteKind.AddToRelationship,
                "update" => WriteKind.SetRelationship,
                _ => WriteKind.RemoveFromRelationship,
            };
            if (relationship.IsReadOnly || (!relationship.IsToMany && kind != WriteKind.SetRelationship))
            {
                throw new ReadOnlyMemberException(relationship.PublicName, ownerType.PublicName, $"{pointer}/ref/relationship");
            }

            Require(ownerType, kind switch
            {
                WriteKind.AddToRelationship => ResourceEndpoints.PostRelationship,
                WriteKind.SetRelationship => ResourceEndpoints.PatchRelationship,
                _ => ResourceEndpoints.DeleteRelationship,
            });

            var write = bodies.ReadRelationship(hasData ? data : default, ownerType, ownerId, relationship, kind, $"{pointer}/data", localIds);
            await request.Writer.ChangeRelationshipAsync(write, relationship, request.Aborted);
            return null;
        }

        switch (op)
        {
            case "add":
                {
                    var type = TypeOf(request, hasData ? data : default, $"{pointer}/data", ResourceEndpoints.Post);
                    var id = await request.Writer.CreateAsync(bodies.ReadResource(data, type, WriteKind.Create, null, $"{pointer}/data", localIds), request.Aborted);
                    if (RequestBodyReader.LocalIdOf(data, localIds) is { } lid)
                    {
                        localIds.Declare(lid, type, id, $"{pointer}/data/lid");
                    }

                    return (type, id);
                }

            case "update":
                {
                    var type = TypeOf(request, hasData ? data : default, $"{pointer}/data", ResourceEndpoints.Patch);
                    var idText = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
                    var id = RequestBodyReader.LocalIdOf(data, localIds) is { } lid
                        ? localIds.Resolve(lid, type, $"{pointer}/data/lid")
                        : type.ParseId(idText) ?? throw new InvalidRequestBodyException("The 'id' or 'lid' element is required.", $"{pointer}/data");
                    if (hasRef)
                    {
                        // ref and data must name the same resource; the update is never applied to a guess.
                        var (refType, refId) = bodies.ReadReference(reference, $"{pointer}/ref", localIds);
                        if (refType != type)
                        {
                            throw new ResourceTypeMismatchException(refType.PublicName, type.PublicName, $"{pointer}/data/type");
                        }

                        if (!Equals(refId, id))
                        {
                            throw new ResourceIdMismatchException(type.FormatId(refId), type.FormatId(id), $"{pointer}/data");
                        }
                    }

                    await request.Writer.UpdateAsync(bodies.ReadResource(data, type, WriteKind.Update, id, $"{pointer}/data", localIds), request.Aborted);
                    return (type, id);
                }

            case "remove" when hasRef:
                {
                    var (type, id) = bodies.ReadReference(reference, $"{pointer}/ref", localIds);
                    Require(type, ResourceEndpoints.Delete);
                    await request.Writer.DeleteAsync(type, id, request.Aborted);
                    return null;
                }

            default:
                throw new MalformedRequestBodyException("A 'remove' operation needs a 'ref' to the resource or relationship.", pointer);
        }
    }

    private static ResourceType TypeOf(JsonApiRequest request, JsonElement data, string pointer, ResourceEndpoints endpoint)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestBodyException("Expected an object in 'data' element.", data.ValueKind == JsonValueKind.Undefined ? pointer[..pointer.LastIndexOf('/')] : pointer);
        }

        if (!data.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new InvalidRequestBodyException("The 'type' element is required and must be a string.", data.TryGetProperty("type", out _) ? $"{pointer}/type" : pointer);
        }

        var resourceType = request.Services.Graph.FindByName(type.GetString()!) ?? throw new UnknownResourceTypeException(type.GetString(), $"{pointer}/type");
        Require(resourceType, endpoint);
        return resourceType;
    }

    private static void Require(ResourceType type, ResourceEndpoints endpoint)
    {
        if (!type.Has(endpoint))
        {
            throw new ForbiddenOperationException($"Operation is not available for resource type '{type.PublicName}'.");
        }
    }

    private static MalformedRequestBodyException UnknownOp(JsonElement operation, string pointer) =>
        new("The 'op' element must be 'add', 'update' or 'remove'.", operation.TryGetProperty("op", out _) ? $"{pointer}/op" : pointer);
}
