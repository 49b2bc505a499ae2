using System.Globalization;

namespace AdminPortal.Fuzz.Tests;

/// <summary>
/// How much a run sends: <c>ADMINPORTAL_FUZZ_SEED</c> (the same seed sends the same requests; CI keeps the default) and
/// <c>ADMINPORTAL_FUZZ_REQUESTS</c> (10,000 unless set).
/// </summary>
public sealed record FuzzSettings(int Seed, int Requests, int Parallelism)
{
    public const string SeedVariable = "ADMINPORTAL_FUZZ_SEED";
    public const string RequestsVariable = "ADMINPORTAL_FUZZ_REQUESTS";
    public const int DefaultSeed = 20261201;
    public const int DefaultRequests = 10_000;

    public static FuzzSettings FromEnvironment() => new(
        Read(SeedVariable, DefaultSeed),
        Math.Max(DefaultRequests, Read(RequestsVariable, DefaultRequests)),
        Parallelism: 6);

    private static int Read(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
