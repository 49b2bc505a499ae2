using AdminPortal.Web.Tests.Api.Concurrency;
using AdminPortal.Web.Tests.Api.Infrastructure;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Api.Uniqueness;

public sealed class SqliteUniqueKeyTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public Task Duplicate_email_in_another_case_is_refused_on_the_email() => UniqueKeyScenarios.Duplicate_email_in_another_case_is_refused_on_the_email(host);

    [Fact]
    public Task Duplicate_extension_and_agent_number_are_refused_on_their_members() => UniqueKeyScenarios.Duplicate_extension_and_agent_number_are_refused_on_their_members(host);

    [Fact]
    public Task Duplicate_team_name_among_siblings_is_refused_on_the_name() => UniqueKeyScenarios.Duplicate_team_name_among_siblings_is_refused_on_the_name(host);

    [Fact]
    public Task Duplicate_menu_name_among_siblings_is_refused_on_the_name() => UniqueKeyScenarios.Duplicate_menu_name_among_siblings_is_refused_on_the_name(host);

    [Fact]
    public Task Duplicate_status_name_and_wfm_id_are_refused_on_their_members() => UniqueKeyScenarios.Duplicate_status_name_and_wfm_id_are_refused_on_their_members(host);
}

public sealed class PostgresUniqueKeyTests(PostgresApiHost host) : IClassFixture<PostgresApiHost>
{
    [PostgresFact]
    public Task Duplicate_email_in_another_case_is_refused_on_the_email() => UniqueKeyScenarios.Duplicate_email_in_another_case_is_refused_on_the_email(host);

    [PostgresFact]
    public Task Duplicate_extension_and_agent_number_are_refused_on_their_members() => UniqueKeyScenarios.Duplicate_extension_and_agent_number_are_refused_on_their_members(host);

    [PostgresFact]
    public Task Duplicate_team_name_among_siblings_is_refused_on_the_name() => UniqueKeyScenarios.Duplicate_team_name_among_siblings_is_refused_on_the_name(host);

    [PostgresFact]
    public Task Duplicate_menu_name_among_siblings_is_refused_on_the_name() => UniqueKeyScenarios.Duplicate_menu_name_among_siblings_is_refused_on_the_name(host);

    [PostgresFact]
    public Task Duplicate_status_name_and_wfm_id_are_refused_on_their_members() => UniqueKeyScenarios.Duplicate_status_name_and_wfm_id_are_refused_on_their_members(host);
}
