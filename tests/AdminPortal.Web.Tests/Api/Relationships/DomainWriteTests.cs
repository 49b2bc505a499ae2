using System.Net;
using AdminPortal.Web.Tests.Api.Concurrency;
using AdminPortal.Web.Tests.Api.Infrastructure;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Api.Relationships;

public sealed class DomainWriteTests(ApiHost host) : IClassFixture<ApiHost>
{
    public static TheoryData<string, string, string, string, string, HttpStatusCode> Refusals() => DomainWrites.Refusals();

    [Theory]
    [MemberData(nameof(Refusals))]
    public Task Writes_carrying_relationships_obey_the_domain_rules(string write, string caller, string method, string path, string body, HttpStatusCode status)
    {
        _ = write;
        return DomainWrites.RefusedWriteChangesNothingAsync(host, caller, method, path, body, status);
    }

    [Fact]
    public Task Creates_apply_their_relationships() => DomainWrites.CreatesApplyTheirRelationshipsAsync(host);

    [Fact]
    public Task Atomic_batch_points_a_new_teams_parent_at_a_local_id() => DomainWrites.AtomicBatchPointsANewTeamsParentAtALocalIdAsync(host);

    [Fact]
    public Task Membership_endpoints_go_through_the_team_service() => DomainWrites.MembershipEndpointsGoThroughTheTeamServiceAsync(host);
}

public sealed class PostgresDomainWriteTests(PostgresApiHost host) : IClassFixture<PostgresApiHost>
{
    public static TheoryData<string, string, string, string, string, HttpStatusCode> Refusals() => DomainWrites.Refusals();

    [PostgresTheory]
    [MemberData(nameof(Refusals))]
    public Task Writes_carrying_relationships_obey_the_domain_rules(string write, string caller, string method, string path, string body, HttpStatusCode status)
    {
        _ = write;
        return DomainWrites.RefusedWriteChangesNothingAsync(host, caller, method, path, body, status);
    }

    [PostgresFact]
    public Task Creates_apply_their_relationships() => DomainWrites.CreatesApplyTheirRelationshipsAsync(host);

    [PostgresFact]
    public Task Atomic_batch_points_a_new_teams_parent_at_a_local_id() => DomainWrites.AtomicBatchPointsANewTeamsParentAtALocalIdAsync(host);
}
