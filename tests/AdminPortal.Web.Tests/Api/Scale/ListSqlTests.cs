namespace AdminPortal.Web.Tests.Api.Scale;

/// <summary>The SQL of the busiest lists is pinned (issue 14): a list costs the same statements whatever its page size, and
/// computed members are read from stored columns, never counted over the organisation.</summary>
public sealed class ListSqlTests(SqlLoggingApiHost host) : IClassFixture<SqlLoggingApiHost>
{
    private const string AgentsWithStatusAndTeams = "/api/agents?include=status,teams";
    private const string Sparse = "&fields[Agent]=name,email,status,teams";

    /// <summary>The total, the page with its statuses (joined), and one statement for the first teams of every agent on the page
    /// (the caller's credentials and rate limit are read apart, cached per caller).</summary>
    private const int AgentsListStatements = 3;

    [Theory]
    [InlineData(1, "")]
    [InlineData(10, "")]
    [InlineData(60, "")]
    [InlineData(1, Sparse)]
    [InlineData(60, Sparse)]
    public async Task Agents_list_with_status_and_teams_runs_the_same_statements_whatever_the_page_size(int pageSize, string fields)
    {
        var statements = ListStatements(await host.StatementsOfAsync($"{AgentsWithStatusAndTeams}&page[size]={pageSize}{fields}"));

        statements.Count.ShouldBe(AgentsListStatements, Listing(statements));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    public async Task Included_status_is_joined_and_included_teams_cost_one_statement_for_the_whole_page(int pageSize)
    {
        var plain = ListStatements(await host.StatementsOfAsync($"/api/agents?page[size]={pageSize}"));
        var withStatus = ListStatements(await host.StatementsOfAsync($"/api/agents?page[size]={pageSize}&include=status"));
        var withBoth = ListStatements(await host.StatementsOfAsync($"/api/agents?page[size]={pageSize}&include=status,teams"));

        withStatus.Count.ShouldBe(plain.Count, Listing(withStatus));
        withBoth.Count.ShouldBe(plain.Count + 1, Listing(withBoth));
    }

    [Theory]
    [InlineData(AgentsWithStatusAndTeams + "&page[size]=60")]
    [InlineData(AgentsWithStatusAndTeams + "&page[size]=60&sort=name&filter=equals(status.name,'Available')")]
    [InlineData("/api/teams")]
    [InlineData("/api/teams?sort=-agents_count")]
    public async Task Lists_count_only_their_total_and_read_member_counts_from_the_stored_column(string url)
    {
        var statements = await host.StatementsOfAsync(url);

        var counting = statements.Where(s => s.Contains("COUNT(", StringComparison.OrdinalIgnoreCase)).ToList();
        counting.Count.ShouldBe(1, $"only the list's total is counted:\n{Listing(statements)}");
        counting[0].ShouldNotContain("agent_team", Case.Insensitive, "the total counts the list's rows, not memberships");
        var teams = statements.Where(s => s.Contains("\"agents_count\"", StringComparison.Ordinal)).ToList();
        teams.ShouldNotBeEmpty("the teams' member count is in the response");
        teams.ShouldAllBe(s => !s.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/teams?include=agents")]
    [InlineData(AgentsWithStatusAndTeams + "&page[size]=60")]
    public async Task Included_members_of_a_many_to_many_relationship_are_read_from_the_page_s_rows_of_the_join_table(string url)
    {
        var statements = ListStatements(await host.StatementsOfAsync(url));

        // The members of the page's parents are those the join table lists for these parents (an IN over its rows, found by
        // its index); an EXISTS over each member's parents was tested on every membership row read, three times as long
        // (bench/Scale: the teams with their agents from 45–58 to 27–30 ms).
        var numbered = statements.Where(s => s.Contains("ROW_NUMBER()", StringComparison.Ordinal)).ToList();
        numbered.Count.ShouldBe(1, Listing(statements));
        numbered[0].ShouldContain("\"agent_team\"", Case.Sensitive, Listing(statements));
        numbered[0].ShouldNotContain("EXISTS", Case.Insensitive, Listing(statements));
    }

    [Theory]
    [InlineData("/api/agents?page[number]=3")]
    [InlineData("/api/agents?page[number]=3&sort=name")]
    public async Task Deactivated_agents_are_left_out_by_the_condition_the_active_agents_indexes_carry(string url)
    {
        var statements = ListStatements(await host.StatementsOfAsync(url));

        // "deactivated_at IS NULL" is the condition of the partial indexes that count and page the active agents; compared
        // with a bound flag instead, every agent's row would be read.
        statements.ShouldAllBe(s => s.Contains("\"deactivated_at\" IS NULL", StringComparison.Ordinal), Listing(statements));
        statements.ShouldAllBe(s => !s.Contains("IS NOT NULL) = @", StringComparison.Ordinal), Listing(statements));
    }

    [Fact]
    public async Task Deep_pages_on_sqlite_skip_along_the_index_with_a_plain_offset()
    {
        // Reading the page's ids first is for PostgreSQL, whose OFFSET reads every skipped row; SQLite's skips along the
        // covering index and measured no faster with it (bench/Scale).
        var statements = ListStatements(await host.StatementsOfAsync("/api/agents?page[size]=1&page[number]=1001&sort=name"));

        var paging = statements.Where(s => s.Contains("OFFSET", StringComparison.Ordinal)).ToList();
        paging.Count.ShouldBe(1, Listing(statements));
        paging[0].ShouldNotContain(" IN (", Case.Sensitive, Listing(statements));
    }

    /// <summary>The statements of the list itself, without the checks of the caller (credentials, rate limit).</summary>
    private static List<string> ListStatements(IEnumerable<string> statements) =>
        statements.Where(s => !s.Contains("\"security_stamp\"", StringComparison.Ordinal) && !s.Contains("\"api_rate_limit_per_second\"", StringComparison.Ordinal)).ToList();

    private static string Listing(IEnumerable<string> statements) => string.Join("\n----\n", statements);
}
