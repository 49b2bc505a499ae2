using System.Text;

namespace AdminPortal.Fuzz.Tests;

/// <summary>
/// Draws request after request from the document's operations: every operation in turn (so each gets its share), with path
/// ids that exist or are broken, a fuzzed query, a fuzzed body under a right or wrong content type, as any actor (the admin,
/// who may do the most, half of the time; the first actor is the anonymous one).
/// </summary>
public sealed class RequestFactory(Random random, IReadOnlyList<OpenApiOperation> operations, IReadOnlyList<FuzzActor> actors, KnownIds ids, QueryFuzzer queries, BodyFuzzer bodies)
{
    /// <summary>Kestrel's limit on the request line (8 KiB).</summary>
    private const int MaxRequestLine = 8 * 1024;

    public FuzzRequest Next(int number)
    {
        var operation = operations[number % operations.Count];
        var actor = random.Next(10) switch
        {
            0 => new FuzzActor("a broken credential", BadValues.Authorizations[random.Next(BadValues.Authorizations.Length)]),
            1 => actors[0],
            < 4 => actors[1 + random.Next(actors.Count - 1)],
            _ => actors[^1],
        };
        var headers = new Dictionary<string, string>();
        if (actor.Authorization is not null)
        {
            headers["Authorization"] = actor.Authorization;
        }

        if (random.Next(6) == 0)
        {
            headers["Accept"] = BadValues.Accepts[random.Next(BadValues.Accepts.Length)];
        }

        foreach (var header in operation.In("header").Where(_ => random.Next(3) == 0))
        {
            headers[header.Name] = Pick(["*", "\"x\"", "W/\"x\"", "", "\"unterminated", "*, \"a\"", new string('"', 50)]);
        }

        var write = operation.Method != "GET";
        var path = PathOf(operation, write);
        var query = queries.Build(operation);
        var hasBody = operation.BodyMediaType is not null || random.Next(8) == 0;
        var body = hasBody ? bodies.Build(operation) : [];
        if (path.Length + query.Length > MaxRequestLine && body.Length > 64 * 1024)
        {
            // Kestrel answers 414 to the request line and closes the connection before reading the body; a client still
            // sending a large body then sees a broken pipe instead of the answer
            body = body[..(64 * 1024)];
        }

        var contentType = !hasBody ? null
            : random.Next(5) == 0 ? BadValues.ContentTypes[random.Next(BadValues.ContentTypes.Length)]
            : operation.BodyMediaType ?? "application/json";
        return new FuzzRequest(number, operation.Name, actor.Name, operation.Method, path + query, headers, body, contentType);
    }

    private string PathOf(OpenApiOperation operation, bool write)
    {
        var path = new StringBuilder(operation.PathTemplate);
        foreach (var parameter in operation.In("path"))
        {
            var value = random.Next(3) switch
            {
                0 => Pick(BadValues.Ids),
                _ when parameter.Name == "agent_number" => random.Next(4) == 0 ? ids.ForPath(random, write, operation.PathTemplate) : ids.AnyAgentNumber(random),
                _ => ids.ForPath(random, write, operation.PathTemplate),
            };
            var encoded = value.Contains('%', StringComparison.Ordinal) ? value : Uri.EscapeDataString(value);
            path.Replace("{" + parameter.Name + "}", encoded.Length == 0 ? "%20" : encoded);
        }

        return path.ToString();
    }

    private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
