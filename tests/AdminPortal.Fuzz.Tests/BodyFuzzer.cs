using System.Text;
using System.Text.Json.Nodes;

namespace AdminPortal.Fuzz.Tests;

/// <summary>
/// Request bodies: a document that follows the operation's schema, then broken on purpose (members dropped or of the wrong
/// type, huge or deeply nested values, truncated or non-JSON text, invalid UTF-8, another encoding's bytes).
/// </summary>
public sealed class BodyFuzzer(Random random, SchemaSampler sampler)
{
    public byte[] Build(OpenApiOperation operation)
    {
        var document = sampler.Sample(operation.BodySchema) ?? new JsonObject();
        return random.Next(16) switch
        {
            0 => [],
            14 or 15 => Encoding.UTF8.GetBytes(document.ToJsonString()),
            1 => Encoding.UTF8.GetBytes(Pick(["null", "[]", "{}", "\"text\"", "42", "true", "{\"data\":", "{\"data\":null}", "{\"data\":[]}", "not json", "{'data':1}", "{\"data\":{}}{}", "{\"data\":{\"type\":\"Team\",\"attributes\":{\"name\":\"\\ud800\"}}}", "{\"status\":\"\\udfff\"}"])),
            2 => InvalidUtf8(document.ToJsonString()),
            3 => Encoding.Unicode.GetBytes(document.ToJsonString()),
            4 => Encoding.UTF8.GetBytes(Nested(random.Next(2) == 0 ? 70 : random.Next(500, 20_000))),
            5 => Encoding.UTF8.GetBytes(Truncate(document.ToJsonString())),
            6 => Encoding.UTF8.GetBytes(Huge(document).ToJsonString()),
            7 => Encoding.UTF8.GetBytes(DuplicateKeys(document.ToJsonString())),
            _ => Encoding.UTF8.GetBytes(Mutate(document, 0).ToJsonString()),
        };
    }

    private JsonNode Mutate(JsonNode node, int depth)
    {
        if (node is JsonObject o && o.Count > 0 && depth < 6)
        {
            var names = o.Select(p => p.Key).ToList();
            var name = names[random.Next(names.Count)];
            switch (random.Next(6))
            {
                case 0: o.Remove(name); break;
                case 1: o[name] = WrongValue(); break;
                case 2: o["unexpected_" + random.Next(5)] = WrongValue(); break;
                case 3 when o[name] is { } child: o[name] = Mutate(child.DeepClone(), depth + 1); break;
                default:
                    if (o[name] is { } inner)
                    {
                        Mutate(inner, depth + 1);
                    }

                    break;
            }
        }
        else if (node is JsonArray a && a.Count > 0 && random.Next(2) == 0)
        {
            a[random.Next(a.Count)] = WrongValue();
        }

        return random.Next(4) == 0 && depth == 0 ? Mutate(node, 0) : node;
    }

    private JsonNode? WrongValue() => random.Next(16) switch
    {
        0 => null,
        1 => JsonValue.Create(""),
        2 => JsonValue.Create(-1),
        3 => JsonValue.Create(long.MaxValue),
        4 => JsonValue.Create(1e300),
        5 => JsonValue.Create(true),
        6 => new JsonArray(JsonValue.Create(1), JsonValue.Create("x"), null),
        7 => new JsonObject { ["type"] = "Agent", ["id"] = Guid.NewGuid().ToString() },
        8 => JsonValue.Create(new string('x', random.Next(300, 70_000))),
        9 => JsonValue.Create("\u0000\u0001\u202e\ufffe"),
        10 => JsonValue.Create(BadValues.Ids[random.Next(BadValues.Ids.Length)]),
        11 => new JsonObject { ["data"] = new JsonObject { ["type"] = "Nope", ["id"] = "x" } },
        12 => new JsonObject { ["data"] = new JsonArray(new JsonObject { ["type"] = "Team", ["lid"] = "missing" }) },
        13 => JsonValue.Create("2026-02-30T25:61:00Z"),
        14 => JsonValue.Create(0.5),
        _ => JsonValue.Create(" "),
    };

    private JsonNode Huge(JsonNode document)
    {
        var items = new JsonArray([.. Enumerable.Range(0, random.Next(1_000, 20_000)).Select(i => (JsonNode)new JsonObject { ["type"] = "Agent", ["id"] = $"{i}" })]);
        return random.Next(3) switch
        {
            0 => new JsonObject { ["data"] = items },
            1 => new JsonObject { ["atomic:operations"] = new JsonArray([.. Enumerable.Range(0, random.Next(101, 3000)).Select(_ => (JsonNode)new JsonObject { ["op"] = "add", ["data"] = document.DeepClone() })]) },
            _ => new JsonObject { ["status"] = "Available", ["agent_ids"] = items.DeepClone(), ["team_ids"] = new JsonArray(), ["items"] = items },
        };
    }

    private string Nested(int depth) => random.Next(3) switch
    {
        0 => new string('[', depth) + new string(']', depth),
        1 => string.Concat(Enumerable.Repeat("{\"data\":", depth)) + "1" + new string('}', depth),
        _ => "{\"data\":{\"type\":\"Team\",\"attributes\":{\"name\":" + new string('[', depth) + new string(']', depth) + "}}}",
    };

    private byte[] InvalidUtf8(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        byte[][] sequences = [[0xC3, 0x28], [0xFF], [0xFE, 0xFF], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C, 0x28], [0xC0, 0xAF], [0x80]];
        var quote = json.IndexOf(":\"", StringComparison.Ordinal);
        var at = quote >= 0 && random.Next(2) == 0 ? quote + 2 : random.Next(bytes.Count + 1);
        bytes.InsertRange(Math.Min(at, bytes.Count), sequences[random.Next(sequences.Length)]);
        return [.. bytes];
    }

    private string Truncate(string json) => json.Length < 2 ? json + "{" : json[..random.Next(1, json.Length)];

    private static string DuplicateKeys(string json) => json.StartsWith('{') ? "{\"data\":null," + json[1..] : json;

    private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
