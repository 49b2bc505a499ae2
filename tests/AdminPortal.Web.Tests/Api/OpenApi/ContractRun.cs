using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace AdminPortal.Web.Tests.Api.OpenApi;

/// <summary>Sends requests as operations of the contract and records, per operation, the statuses seen and every problem found.</summary>
public sealed class ContractRun(OpenApiContract contract, HttpClient client)
{
    public const string JsonApi = "application/vnd.api+json";
    public const string Atomic = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";

    private readonly Dictionary<string, List<int>> _statuses = [];

    public OpenApiContract Contract => contract;

    public HttpClient Client => client;

    public List<string> Problems { get; } = [];

    public bool WasExercised(ContractOperation operation) => _statuses.ContainsKey(operation.OperationId);

    /// <summary>Operations never answered, or never answered with a 2xx (their success schema was not checked).</summary>
    public IEnumerable<string> WithoutSuccess => contract.Operations
        .Where(operation => !_statuses.TryGetValue(operation.OperationId, out var seen) || !seen.Any(status => status is >= 200 and < 300))
        .Select(operation => $"{operation.Method.ToUpperInvariant()} {operation.Path} ({operation.OperationId}): "
            + (_statuses.TryGetValue(operation.OperationId, out var seen) ? $"only {string.Join(", ", seen)}" : "never exercised"));

    /// <summary>Sends a request to an operation (by operationId or <c>"METHOD /path"</c>; its path with <paramref name="values"/> for the
    /// path parameters) and checks the answer.</summary>
    public async Task<JsonNode?> SendAsync(string operationId, IReadOnlyDictionary<string, string>? values = null, string query = "",
        JsonNode? body = null, string? mediaType = null, HttpClient? caller = null, Action<HttpRequestMessage>? adjust = null)
    {
        var operation = contract.Operation(operationId);
        var path = operation.Path;
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            path = path.Replace($"{{{name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        using var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), path + query);
        if (body is not null)
        {
            var type = mediaType ?? (operation.Body["requestBody"]?["content"]?.AsObject().First().Key ?? "application/json");
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            if (type.StartsWith(JsonApi, StringComparison.Ordinal))
            {
                request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(type));
            }
        }

        adjust?.Invoke(request);
        using var response = await (caller ?? client).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        (_statuses.TryGetValue(operation.OperationId, out var seen) ? seen : _statuses[operation.OperationId] = []).Add(status);
        Problems.AddRange(contract.Check(operation, status, response.Content.Headers.ContentType, text));
        return text.Length > 0 && (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) ?? false)
            ? JsonNode.Parse(text) : null;
    }
}
