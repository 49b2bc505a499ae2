using JsonApi.Configuration;
using JsonApi.Endpoints;
using JsonApi.Graph;

namespace JsonApi.OpenApi;

/// <summary>The JSON:API part of the OpenAPI document: every endpoint of every resource type, with its parameters, request and
/// response documents and the error responses it can give; the Atomic Operations endpoint when any type can be written.</summary>
internal sealed class JsonApiOpenApiContributor(JsonApiServices services) : IOpenApiContributor
{
    private readonly ResourceGraph _graph = services.Graph;
    private readonly JsonApiOptions _options = services.Options;

    public void Contribute(OpenApiDocumentBuilder document)
    {
        OpenApiSchemas.AddTo(document, _graph, _options);
        OpenApiParameters.AddTo(document, _graph, _options);
        OpenApiErrors.AddTo(document);
        foreach (var type in _graph.Types)
        {
            document.AddTag(type.PublicName, $"JSON:API resources of type {type.PublicName} at {services.Prefix}/{type.Route}.");
            AddResourcePaths(document, type);
            foreach (var relationship in type.Relationships)
            {
                AddRelationshipPaths(document, type, relationship);
            }
        }

        if (_graph.Types.Any(type => type.Has(ResourceEndpoints.Post) || type.Has(ResourceEndpoints.Patch) || type.Has(ResourceEndpoints.Delete)))
        {
            document.AddTag("Atomic Operations", "Several writes in one transaction (the JSON:API Atomic Operations extension).");
            document.AddOperation($"{services.Prefix}/operations", "post", OpenApiOperations.Create("atomicOperations", "Atomic Operations",
                "Add, update and remove resources and relationships in one transaction; later operations may refer to resources "
                + $"added earlier by their `lid`. At most {_options.MaxAtomicOperations} operations. Content-Type and Accept: "
                + "`application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"`.",
                [],
                OpenApiOperations.Success("200", "The result of each operation, in order.", "AtomicResultsDocument", OpenApiOperations.AtomicMediaType),
                OpenApiErrors.Atomic,
                "AtomicOperationsRequest",
                OpenApiOperations.AtomicMediaType,
                noContent: "No operation returned data."));
        }
    }

    private void AddResourcePaths(OpenApiDocumentBuilder document, ResourceType type)
    {
        var name = type.PublicName;
        var collection = $"{services.Prefix}/{type.Route}";
        var single = $"{collection}/{{id}}";
        if (type.Has(ResourceEndpoints.GetCollection))
        {
            document.AddOperation(collection, "get", OpenApiOperations.Create($"list{name}", name, $"List {name} resources",
                OpenApiParameters.ForCollection(_graph, type), OpenApiOperations.Success("200", "A page of resources.", $"{name}CollectionDocument"), OpenApiErrors.Read));
        }

        if (type.Has(ResourceEndpoints.Post))
        {
            document.AddOperation(collection, "post", OpenApiOperations.Create($"create{name}", name, $"Create a {name}",
                OpenApiParameters.ForSingle(_graph, conditional: false), OpenApiOperations.Success("201", "Created.", $"{name}Document"),
                OpenApiErrors.Create, $"{name}CreateRequest"));
        }

        if (type.Has(ResourceEndpoints.GetSingle))
        {
            document.AddOperation(single, "get", OpenApiOperations.Create($"get{name}", name, $"Get one {name}",
                OpenApiParameters.ForSingle(_graph, conditional: true), OpenApiOperations.Success("200", "The resource.", $"{name}Document"), OpenApiErrors.ReadOne));
        }

        if (type.Has(ResourceEndpoints.Patch))
        {
            var parameters = OpenApiParameters.ForSingle(_graph, conditional: false);
            parameters.Add(OpenApiParameters.Ref("if_match"));
            document.AddOperation(single, "patch", OpenApiOperations.Create($"update{name}", name, $"Update a {name}: only the members sent change",
                parameters, OpenApiOperations.Success("200", "The resource as it is now.", $"{name}Document"), OpenApiErrors.Update, $"{name}UpdateRequest"));
        }

        if (type.Has(ResourceEndpoints.Delete))
        {
            document.AddOperation(single, "delete", OpenApiOperations.Create($"delete{name}", name, $"Delete a {name}",
                OpenApiParameters.Refs("if_match"), OpenApiOperations.NoContent("Deleted."), OpenApiErrors.Delete));
        }

        SetIdParameter(document, single);
    }

    private void AddRelationshipPaths(OpenApiDocumentBuilder document, ResourceType type, ResourceRelationship relationship)
    {
        var (name, right) = (type.PublicName, relationship.RightType.PublicName);
        var about = $"the {relationship.PublicName} of a {name}";
        var id = $"{name}_{relationship.PublicName}";
        var related = $"{services.Prefix}/{type.Route}/{{id}}/{relationship.PublicName}";
        var path = $"{services.Prefix}/{type.Route}/{{id}}/relationships/{relationship.PublicName}";
        var linkage = relationship.IsToMany ? "ToManyLinkageDocument" : "ToOneLinkageDocument";
        if (type.Has(ResourceEndpoints.GetSecondary))
        {
            document.AddOperation(related, "get", relationship.IsToMany
                ? OpenApiOperations.Create($"get{id}", name, $"Get {about}", OpenApiParameters.ForCollection(_graph, relationship.RightType),
                    OpenApiOperations.Success("200", "A page of the related resources.", $"{right}CollectionDocument"), OpenApiErrors.ReadOne)
                : OpenApiOperations.Create($"get{id}", name, $"Get {about}", OpenApiParameters.ForSingle(_graph, conditional: true),
                    OpenApiOperations.Success("200", "The related resource, or null when there is none.", ResourceSchemas.AddNullableDocument(document, relationship.RightType)), OpenApiErrors.ReadOne));
            SetIdParameter(document, related);
        }

        if (type.Has(ResourceEndpoints.GetRelationship))
        {
            var parameters = relationship.IsToMany ? OpenApiParameters.Refs("page_number", "page_size", "if_none_match") : OpenApiParameters.Refs("if_none_match");
            document.AddOperation(path, "get", OpenApiOperations.Create($"get{id}_relationship", name, $"Get the identifiers of {about}",
                parameters, OpenApiOperations.Success("200", "The resource linkage.", linkage), OpenApiErrors.ReadOne));
        }

        var writable = !relationship.IsReadOnly;
        if (writable && type.Has(ResourceEndpoints.PatchRelationship))
        {
            document.AddOperation(path, "patch", OpenApiOperations.Create($"replace{id}_relationship", name, $"Replace {about}",
                OpenApiParameters.Refs("if_match"), OpenApiOperations.NoContent("Replaced."), OpenApiErrors.ChangeRelationship, linkage));
        }

        if (writable && relationship.IsToMany && type.Has(ResourceEndpoints.PostRelationship))
        {
            document.AddOperation(path, "post", OpenApiOperations.Create($"add{id}_relationship", name, $"Add to {about}",
                OpenApiParameters.Refs("if_match"), OpenApiOperations.NoContent("Added (already present members stay)."), OpenApiErrors.ChangeRelationship, linkage));
        }

        if (writable && relationship.IsToMany && type.Has(ResourceEndpoints.DeleteRelationship))
        {
            document.AddOperation(path, "delete", OpenApiOperations.Create($"remove{id}_relationship", name, $"Remove from {about}",
                OpenApiParameters.Refs("if_match"), OpenApiOperations.NoContent("Removed (absent members are ignored)."), OpenApiErrors.ChangeRelationship, linkage));
        }

        SetIdParameter(document, path);
    }

    private static void SetIdParameter(OpenApiDocumentBuilder document, string path)
    {
        if (document.Operations.Any(operation => operation.Path == path))
        {
            document.SetPathParameters(path, [OpenApiParameters.Ref("id")]);
        }
    }
}
