using System.Text;

namespace AdminPortal.Fuzz.Tests;

/// <summary>One request of a run, kept as plain values so a failure can be reported and replayed.</summary>
public sealed record FuzzRequest(int Number, string Operation, string Actor, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body, string? ContentType)
{
    public HttpRequestMessage ToMessage(Uri origin)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(origin, PathAndQuery));
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body.Length > 0 || ContentType is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    public string Describe()
    {
        var body = Body.Length > 300 ? $"{Body.Length} bytes, starting {Text(Body.AsSpan(0, 300))}" : Text(Body);
        var path = PathAndQuery.Length > 400 ? PathAndQuery[..400] + $"… ({PathAndQuery.Length} chars)" : PathAndQuery;
        return $"#{Number} {Operation} as {Actor}: {Method} {path} Content-Type: {ContentType ?? "(none)"} body: {body}";
    }

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes).Replace("\n", " ", StringComparison.Ordinal);
}

/// <summary>Who sends a request: nobody, a broken credential, or one of the organisation's agent, supervisor and admin.</summary>
public sealed record FuzzActor(string Name, string? Authorization);
