using Bogus;

namespace TestBuildingBlocks.Data;

/// <summary>
/// Bogus fakers on a fixed seed: a test that builds many rows gets the same rows on every run, so a failure replays.
/// </summary>
public static class SeededFaker
{
    public const int Seed = 20260105;

    /// <summary>A faker of <typeparamref name="T"/> seeded with <see cref="Seed"/> (plus <paramref name="stream"/> for a second, independent sequence).</summary>
    public static Faker<T> For<T>(int stream = 0)
        where T : class => new Faker<T>().UseSeed(Seed + stream);
}
