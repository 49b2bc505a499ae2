using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Demo;

/// <summary>Its own database: the demo fills only an empty one.</summary>
public sealed class SqliteDemoTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private readonly DemoScenarios _scenarios = new(database);

    [Fact]
    public Task Demo_carries_the_numeric_ids_of_the_seed_examples() => _scenarios.Demo_carries_the_numeric_ids_of_the_seed_examples();

    [Fact]
    public Task Demo_starts_Darth_Vader_on_Lunch_and_gives_Storm_Troopers_three_digit_extensions() =>
        _scenarios.Demo_starts_Darth_Vader_on_Lunch_and_gives_Storm_Troopers_three_digit_extensions();

    [Fact]
    public Task The_scale_seed_writes_generated_names_that_are_unique_among_siblings() => _scenarios.The_scale_seed_writes_generated_names_that_are_unique_among_siblings();
}

public sealed class PostgresDemoTests(PostgresTestCluster database) : IClassFixture<PostgresTestCluster>
{
    private readonly DemoScenarios _scenarios = new(database);

    [PostgresFact]
    public Task Demo_carries_the_numeric_ids_of_the_seed_examples() => _scenarios.Demo_carries_the_numeric_ids_of_the_seed_examples();

    [PostgresFact]
    public Task Demo_starts_Darth_Vader_on_Lunch_and_gives_Storm_Troopers_three_digit_extensions() =>
        _scenarios.Demo_starts_Darth_Vader_on_Lunch_and_gives_Storm_Troopers_three_digit_extensions();

    [PostgresFact]
    public Task The_scale_seed_writes_generated_names_that_are_unique_among_siblings() => _scenarios.The_scale_seed_writes_generated_names_that_are_unique_among_siblings();
}
