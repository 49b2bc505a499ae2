using System.Text.Json.Nodes;

namespace AdminPortal.Fuzz.Tests;

/// <summary>
/// Builds a body that follows a JSON Schema of the document (the starting point the mutations then break): required
/// members always, optional ones at random, ids and types drawn from what the host really holds.
/// </summary>
public sealed class SchemaSampler(OpenApiDocument document, Random random, KnownIds ids)
{
    public JsonNode? Sample(JsonNode? schema, string? memberName = null, int depth = 0)
    {
        schema = document.Resolve(schema);
        if (schema is not JsonObject s || depth > 12)
        {
            return memberName is null ? new JsonObject() : Scalar(memberName);
        }

        if (s["const"] is { } constant)
        {
            return constant.DeepClone();
        }

        if (s["enum"] is JsonArray choices && choices.Count > 0)
        {
            return choices[random.Next(choices.Count)]?.DeepClone();
        }

        if ((s["oneOf"] ?? s["anyOf"]) is JsonArray alternatives && alternatives.Count > 0)
        {
            return Sample(alternatives[random.Next(alternatives.Count)], memberName, depth + 1);
        }

        return TypeOf(s) switch
        {
            "object" => SampleObject(s, depth),
            "array" => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => Sample(s["items"], Singular(memberName), depth + 1))]),
            "integer" => JsonValue.Create(random.Next(-2, 12)),
            "number" => JsonValue.Create(random.NextDouble() * 100),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "null" => null,
            _ => Scalar(memberName),
        };
    }

    private JsonObject SampleObject(JsonObject schema, int depth)
    {
        var result = new JsonObject();
        var required = (schema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                if (required.Contains(name) || random.Next(3) > 0)
                {
                    result[name] = Sample(property, name, depth + 1);
                }
            }
        }

        return result;
    }

    private string TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray types when types.Count > 0 => types[random.Next(types.Count)]!.GetValue<string>(),
        JsonValue type => type.GetValue<string>(),
        _ => schema["properties"] is not null ? "object" : "string",
    };

    private JsonNode Scalar(string? memberName) => memberName switch
    {
        "id" or "sip_user_id" or "changed_by_user_id" => ids.Any(random),
        "type" => ids.AnyType(random),
        "email" => $"fuzz{random.Next(1_000_000)}@example.com",
        "password" => "not-the-password",
        "status" => random.Next(2) == 0 ? "Available" : ids.AnyStatusName(random),
        "agent_ids" or "agent_id" => ids.Any(random),
        "team_ids" or "team_id" => ids.Any(random),
        "extension_number" or "agent_number" => random.Next(100, 300).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => $"fuzz {random.Next(1_000_000)}",
    };

    private static string? Singular(string? memberName) => memberName?.TrimEnd('s');
}
