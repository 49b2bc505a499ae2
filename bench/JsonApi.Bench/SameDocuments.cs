using System.Text.Json.Nodes;

namespace JsonApi.Bench;

/// <summary>Checks that each hand-written endpoint answers the library's document (members in any order, included resources in any
/// order, the <c>self</c> link of the whole document aside), so the comparison is of equal work.</summary>
public static class SameDocuments
{
    public static async Task<bool> CheckAsync(HttpClient client, IEnumerable<(string Name, string Library, string Hand)> scenarios, TextWriter log)
    {
        var same = true;
        foreach (var (name, library, hand) in scenarios)
        {
            using var libraryResponse = await client.GetAsync(library);
            using var handResponse = await client.GetAsync(hand);
            if (!libraryResponse.IsSuccessStatusCode || !handResponse.IsSuccessStatusCode)
            {
                same = false;
                await log.WriteLineAsync($"{name}: library {(int)libraryResponse.StatusCode}, hand-written {(int)handResponse.StatusCode}.");
                continue;
            }

            var a = Normalise(JsonNode.Parse(await libraryResponse.Content.ReadAsStringAsync())!);
            var b = Normalise(JsonNode.Parse(await handResponse.Content.ReadAsStringAsync())!);
            if (FirstDifference(a, b, "") is { } where)
            {
                same = false;
                await log.WriteLineAsync($"{name}: the hand-written document differs from the library's at {where}");
            }
        }

        return same;
    }

    private static string? FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var key in x.Select(p => p.Key).Union(y.Select(p => p.Key)))
                {
                    if (!x.ContainsKey(key) || !y.ContainsKey(key))
                    {
                        return $"{path}/{key} (present in {(x.ContainsKey(key) ? "library" : "hand-written")} only)";
                    }

                    if (FirstDifference(x[key], y[key], $"{path}/{key}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count)
                {
                    return $"{path} ({x.Count} items in library, {y.Count} hand-written)";
                }

                for (var index = 0; index < x.Count; index++)
                {
                    if (FirstDifference(x[index], y[index], $"{path}/{index}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return JsonNode.DeepEquals(a, b) ? null : $"{path}: library {a?.ToJsonString()}, hand-written {b?.ToJsonString()}";
        }
    }

    private static JsonNode Normalise(JsonNode document)
    {
        document["links"]?.AsObject().Remove("self");
        if (document["included"] is JsonArray included)
        {
            var sorted = included.Select(r => r!.DeepClone()).OrderBy(r => $"{r["type"]}/{r["id"]}", StringComparer.Ordinal).ToList();
            document.AsObject()["included"] = new JsonArray([.. sorted]);
        }

        return Sorted(document);
    }

    private static JsonNode Sorted(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Sorted(item))]),
        _ => node.DeepClone(),
    };
}
