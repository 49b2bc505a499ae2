using System.Text.Json;

namespace JsonApi.Serialization;

/// <summary>The member names of JSON:API documents, encoded once.</summary>
internal static class JsonApiNames
{
    public static readonly JsonEncodedText JsonApi = JsonEncodedText.Encode("jsonapi");
    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    public static readonly JsonEncodedText Included = JsonEncodedText.Encode("included");
    public static readonly JsonEncodedText Meta = JsonEncodedText.Encode("meta");
    public static readonly JsonEncodedText Links = JsonEncodedText.Encode("links");
    public static readonly JsonEncodedText Self = JsonEncodedText.Encode("self");
    public static readonly JsonEncodedText Related = JsonEncodedText.Encode("related");
    public static readonly JsonEncodedText Next = JsonEncodedText.Encode("next");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Attributes = JsonEncodedText.Encode("attributes");
    public static readonly JsonEncodedText Relationships = JsonEncodedText.Encode("relationships");
}
