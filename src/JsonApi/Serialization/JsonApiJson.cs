using System.Text.Encodings.Web;
using System.Text.Json;

namespace JsonApi.Serialization;

/// <summary>How every JSON:API document is written: characters such as <c>'</c>, <c>&amp;</c>, <c>+</c> and non-ASCII letters
/// are written as they are (the media type is never embedded in HTML), only what JSON requires is escaped.</summary>
public static class JsonApiJson
{
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The same escaping for <see cref="System.Text.Json.Nodes.JsonNode.ToJsonString"/> (the OpenAPI document).</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
