namespace AdminPortal.Web.Hosting;

/// <summary>
/// <c>health [url]</c>: asks a running host's <c>/health</c> (default <see cref="DefaultUrl"/>) and exits 0 when it answers
/// Healthy, 1 otherwise. The container's HEALTHCHECK runs it, since the runtime image has no curl.
/// </summary>
public static class HealthProbe
{
    public const string DefaultUrl = "http://127.0.0.1:8080/health";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "health")
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args.Length > 1 ? args[1] : DefaultUrl, Console.Out);
        return true;
    }

    public static async Task<int> RunAsync(string url, TextWriter output)
    {
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            await output.WriteLineAsync($"{(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode && body == "Healthy" ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or UriFormatException or InvalidOperationException)
        {
            await output.WriteLineAsync($"Unhealthy: {exception.Message}");
            return 1;
        }
    }
}
