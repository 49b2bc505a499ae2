namespace JsonApi.OpenApi;

/// <summary>What a schema exported from a CLR type describes.</summary>
public enum OpenApiSchemaUse
{
    /// <summary>A body the server writes: every member is required unless it is left out when null or default; numbers are numbers.</summary>
    Response,

    /// <summary>A body the server reads: only constructor parameters without a default are required, as the serializer reads it.</summary>
    Request,
}
