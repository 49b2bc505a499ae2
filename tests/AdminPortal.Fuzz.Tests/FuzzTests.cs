using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace AdminPortal.Fuzz.Tests;

/// <summary>
/// Requests derived from the host's own OpenAPI document, every operation in turn, broken in every way a client can break
/// them; the host answers each with a 4xx or a success, never a 5xx, and stays healthy.
/// </summary>
public sealed class FuzzTests(FuzzHost host, ITestOutputHelper output) : IClassFixture<FuzzHost>
{
    [Fact]
    public async Task No_request_derived_from_the_OpenAPI_document_gets_a_server_error_and_the_host_stays_healthy()
    {
        var settings = FuzzSettings.FromEnvironment();
        var document = await host.OpenApiAsync();
        var ids = await host.KnownIdsAsync(document);
        var vocabulary = QueryFuzzer.VocabularyOf(document);
        document.Operations.Count.ShouldBeGreaterThan(50);
        ids.Count.ShouldBeGreaterThan(20);

        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        using var client = host.Client();

        async Task WorkAsync()
        {
            for (var number = Interlocked.Increment(ref next); number < settings.Requests; number = Interlocked.Increment(ref next))
            {
                var request = Plan(settings.Seed, number, document, ids, vocabulary).Next(number);
                try
                {
                    using var message = request.ToMessage(host.Address);
                    using var response = await client.SendAsync(message);
                    var body = await response.Content.ReadAsStringAsync();
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, count) => count + 1);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Enqueue($"{(int)response.StatusCode} for {request.Describe()}\n    answer: {Excerpt(body)}");
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    statuses.AddOrUpdate(0, 1, (_, count) => count + 1);
                    failures.Enqueue($"no answer ({exception.GetType().Name}: {exception.Message}) for {request.Describe()}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, settings.Parallelism).Select(_ => Task.Run(WorkAsync)));

        output.WriteLine($"seed {settings.Seed}: {settings.Requests} requests over {document.Operations.Count} operations in {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine("statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "none" : s.Key)} × {s.Value}")));
        foreach (var failure in failures.Take(40))
        {
            output.WriteLine(failure);
        }

        statuses.Values.Sum().ShouldBe(settings.Requests);
        failures.ShouldBeEmpty($"{failures.Count} requests got a server error or no answer (seed {settings.Seed}); first: {failures.FirstOrDefault()}");
        await ShouldBeHealthyAsync();
    }

    private async Task ShouldBeHealthyAsync()
    {
        using var anonymous = host.Client();
        (await anonymous.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = host.Client(host.Admin);
        var read = await admin.GetAsync("/api/agents?page[size]=5");
        read.StatusCode.ShouldBe(HttpStatusCode.OK, await read.Content.ReadAsStringAsync());
        var openApi = await anonymous.GetAsync("/api/openapi.json");
        openApi.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Each request draws from its own generator seeded by (seed, number): the same seed sends the same requests in any order.</summary>
    private RequestFactory Plan(int seed, int number, OpenApiDocument document, KnownIds ids, IReadOnlyList<string> vocabulary)
    {
        var random = new Random(unchecked((seed * 1_000_003) + number));
        return new RequestFactory(random, document.Operations, host.Actors, ids, new QueryFuzzer(random, vocabulary), new BodyFuzzer(random, new SchemaSampler(document, random, ids)));
    }

    private static string Excerpt(string body) => body.Length > 600 ? body[..600] + "…" : body;
}
