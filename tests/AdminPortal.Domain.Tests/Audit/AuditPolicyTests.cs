using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Audit;

/// <summary>Every column of an audited type is a decision: recorded, recorded as a secret, or kept by the system.</summary>
public sealed class AuditPolicyTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Every_member_of_an_audited_type_is_recorded_secret_or_system_kept()
    {
        await using var scope = database.CreateSystemScope();
        var model = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>().Model;

        var unclassified = AuditPolicy.Types
            .SelectMany(type => model.FindEntityType(type.ClrType)!.GetProperties()
                .Where(p => !p.IsPrimaryKey() && p.Name != "OrganisationId" && p.GetComputedColumnSql() is null)
                .Where(p => !type.Records(p.Name) && !type.IsSecret(p.Name) && !type.SystemManaged.Contains(p.Name))
                .Select(p => $"{type.ResourceType}.{p.Name}"))
            .ToList();

        unclassified.ShouldBeEmpty();
    }

    [Fact]
    public void No_member_is_in_two_lists()
    {
        foreach (var type in AuditPolicy.Types)
        {
            type.Recorded.Intersect(type.Secrets).Concat(type.Recorded.Intersect(type.SystemManaged)).Concat(type.Secrets.Intersect(type.SystemManaged))
                .ShouldBeEmpty(type.ResourceType);
        }
    }

    [Theory]
    [InlineData("FirstName", "first_name")]
    [InlineData("Role", "roles")]
    [InlineData("ParentId", "parent")]
    [InlineData("QueueGroupId", "queue_group")]
    [InlineData("PasswordHash", "password")]
    [InlineData("ApiRateLimitPerSecond", "api_rate_limit_per_second")]
    public void Members_are_named_as_on_the_wire(string property, string wireName) => AuditPolicy.WireName(property).ShouldBe(wireName);
}
