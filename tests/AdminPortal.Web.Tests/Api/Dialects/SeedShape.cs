using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdminPortal.Web.Tests.Api.Dialects;

/// <summary>
/// Compares a response with a seed's example: every member of the example is present with the example's JSON type
/// (a number that is whole in the example is whole in the response; a member the example shows as null may hold
/// anything; a text may be null, as the seeds' own examples show for the same member). Array items are compared with
/// every item of the example's array. Members the seed's examples disagree on (<c>agent_number</c>: a number in one
/// example, text in the others and in the model) are named in <paramref name="lenient"/> and only need to be present.
/// </summary>
public static class SeedShape
{
    public static void ShouldMatch(JsonNode? actual, string example, params string[] lenient) =>
        Match(actual, JsonNode.Parse(example), "$", lenient.ToHashSet(StringComparer.Ordinal));

    /// <summary>One item of an example array, for single reads of the same object.</summary>
    public static string Item(string exampleArray, int index = 0) => JsonNode.Parse(exampleArray)!.AsArray()[index]!.ToJsonString();

    private static void Match(JsonNode? actual, JsonNode? example, string path, HashSet<string> lenient)
    {
        switch (example)
        {
            case null:
                return;
            case JsonObject exampleObject:
                var actualObject = actual.ShouldBeOfType<JsonObject>($"{path} should be an object");
                foreach (var (name, value) in exampleObject)
                {
                    actualObject.ContainsKey(name).ShouldBeTrue($"{path} lacks '{name}' (it has {string.Join(", ", actualObject.Select(m => m.Key))})");
                    if (!lenient.Contains(name))
                    {
                        Match(actualObject[name], value, $"{path}.{name}", lenient);
                    }
                }

                return;
            case JsonArray exampleArray:
                var actualArray = actual.ShouldBeOfType<JsonArray>($"{path} should be an array");
                var merged = Merge(exampleArray);
                for (var i = 0; i < actualArray.Count && exampleArray.Count > 0; i++)
                {
                    Match(actualArray[i], merged, $"{path}[{i}]", lenient);
                }

                return;
            case JsonValue value:
                var kind = value.GetValueKind();
                if (kind == JsonValueKind.String && actual is null)
                {
                    return;
                }

                actual.ShouldNotBeNull($"{path} should be {kind}");
                var actualKind = actual.GetValueKind();
                if (kind is JsonValueKind.True or JsonValueKind.False)
                {
                    actualKind.ShouldBeOneOf([JsonValueKind.True, JsonValueKind.False], $"{path} should be a boolean");
                    return;
                }

                actualKind.ShouldBe(kind, $"{path} should be {kind}, not {actual.ToJsonString()}");
                if (kind == JsonValueKind.Number && IsWhole(value))
                {
                    IsWhole(actual.AsValue()).ShouldBeTrue($"{path} should be a whole number, not {actual.ToJsonString()}");
                }

                return;
        }
    }

    /// <summary>
    /// The items of an example array as one example: an object has every member any item has; a member null in one
    /// item is null (anything) in the merge; nested arrays merge their items too.
    /// </summary>
    private static JsonNode? Merge(JsonArray items)
    {
        var nodes = items.ToList();
        if (nodes.Count == 0 || nodes.Any(n => n is null))
        {
            return null;
        }

        if (nodes.All(n => n is JsonObject))
        {
            var merged = new JsonObject();
            foreach (var name in nodes.SelectMany(n => n!.AsObject().Select(m => m.Key)).Distinct())
            {
                var values = nodes.Where(n => n!.AsObject().ContainsKey(name)).Select(n => n![name]).ToList();
                merged[name] = values.Any(v => v is null) ? null
                    : values.All(v => v is JsonArray) ? MergeArrays(values.Select(v => v!.AsArray()))
                    : values.All(v => v is JsonObject) ? Merge(new JsonArray([.. values.Select(v => v!.DeepClone())]))
                    : values[0]!.DeepClone();
            }

            return merged;
        }

        return nodes[0]!.DeepClone();
    }

    /// <summary>Arrays of the same member in several items: one array holding the merge of all their items (empty when all are).</summary>
    private static JsonArray MergeArrays(IEnumerable<JsonArray> arrays)
    {
        var items = arrays.SelectMany(a => a).Select(i => i?.DeepClone()).ToList();
        return items.Count == 0 ? [] : [Merge(new JsonArray([.. items]))];
    }

    private static bool IsWhole(JsonValue value) => !value.ToJsonString().Contains('.', StringComparison.Ordinal) && !value.ToJsonString().Contains('e', StringComparison.OrdinalIgnoreCase);
}
