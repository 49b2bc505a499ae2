using System.Text.Json;

namespace JsonApi.Bench;

/// <summary>Member names of the hand-written documents, encoded once.</summary>
public static class JsonNames
{
    public static readonly JsonEncodedText JsonApiMember = JsonEncodedText.Encode("jsonapi");
    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    public static readonly JsonEncodedText Included = JsonEncodedText.Encode("included");
    public static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Attributes = JsonEncodedText.Encode("attributes");
    public static readonly JsonEncodedText Relationships = JsonEncodedText.Encode("relationships");
    public static readonly JsonEncodedText Links = JsonEncodedText.Encode("links");
    public static readonly JsonEncodedText Self = JsonEncodedText.Encode("self");
    public static readonly JsonEncodedText Related = JsonEncodedText.Encode("related");
    public static readonly JsonEncodedText First = JsonEncodedText.Encode("first");
    public static readonly JsonEncodedText Prev = JsonEncodedText.Encode("prev");
    public static readonly JsonEncodedText Next = JsonEncodedText.Encode("next");
    public static readonly JsonEncodedText Last = JsonEncodedText.Encode("last");
    public static readonly JsonEncodedText Meta = JsonEncodedText.Encode("meta");
    public static readonly JsonEncodedText Total = JsonEncodedText.Encode("total");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    public static readonly JsonEncodedText Views = JsonEncodedText.Encode("views");
    public static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Author = JsonEncodedText.Encode("author");
    public static readonly JsonEncodedText Blog = JsonEncodedText.Encode("blog");
    public static readonly JsonEncodedText ArticlesName = JsonEncodedText.Encode("articles");
}
