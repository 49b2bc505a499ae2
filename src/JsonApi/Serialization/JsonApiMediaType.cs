namespace JsonApi.Serialization;

/// <summary>The JSON:API media type.</summary>
public static class JsonApiMediaType
{
    public const string Value = "application/vnd.api+json";
}
