using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Common;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Data;

/// <summary>
/// The one model behind the portal, the widget and the API. Every organisation-owned row is
/// filtered to <see cref="CurrentOrganisationId"/>; with no tenant set, no such row is visible.
/// System work (seeding, presence sweeps) opts out with <c>IgnoreQueryFilters()</c>. Every save made for someone
/// (<see cref="AuditContext.Origin"/>) records its audited changes as <see cref="AuditEvent"/>s in the same transaction.
/// </summary>
public abstract class AdminPortalDbContext(DbContextOptions options, ITenantContext tenant, AuditContext? audit = null) : DbContext(options)
{
    public const string TenantFilter = "Tenant";

    public Guid? CurrentOrganisationId => tenant.OrganisationId;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Menu> Menus => Set<Menu>();
    public DbSet<AgentAssignment> AgentAssignments => Set<AgentAssignment>();
    public DbSet<TeamAssignment> TeamAssignments => Set<TeamAssignment>();
    public DbSet<UserStatus> UserStatuses => Set<UserStatus>();
    public DbSet<OperatorStatus> OperatorStatuses => Set<OperatorStatus>();
    public DbSet<AgentActivityLog> AgentActivityLogs => Set<AgentActivityLog>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<Chat> Chats => Set<Chat>();
    public DbSet<ContactEvent> ContactEvents => Set<ContactEvent>();
    public DbSet<QueueWait> QueueWaits => Set<QueueWait>();
    public DbSet<QueueGroup> QueueGroups => Set<QueueGroup>();
    public DbSet<ApiCredential> ApiCredentials => Set<ApiCredential>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<NumericIdCounter> NumericIdCounters => Set<NumericIdCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AdminPortalDbContext).Assembly);
        modelBuilder.Entity<Organisation>().HasQueryFilter(TenantFilter, o => o.Id == CurrentOrganisationId);
        modelBuilder.ApplyTenantFilter<Agent>(this);
        modelBuilder.ApplyTenantFilter<Team>(this);
        modelBuilder.ApplyTenantFilter<Menu>(this);
        modelBuilder.ApplyTenantFilter<AgentAssignment>(this);
        modelBuilder.ApplyTenantFilter<TeamAssignment>(this);
        modelBuilder.ApplyTenantFilter<UserStatus>(this);
        modelBuilder.ApplyTenantFilter<OperatorStatus>(this);
        modelBuilder.ApplyTenantFilter<AgentActivityLog>(this);
        modelBuilder.ApplyTenantFilter<Call>(this);
        modelBuilder.ApplyTenantFilter<Chat>(this);
        modelBuilder.ApplyTenantFilter<ContactEvent>(this);
        modelBuilder.ApplyTenantFilter<QueueWait>(this);
        modelBuilder.ApplyTenantFilter<QueueGroup>(this);
        modelBuilder.ApplyTenantFilter<ApiCredential>(this);
        modelBuilder.ApplyTenantFilter<AuditEvent>(this);
        modelBuilder.UseSnakeCaseNames();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<MenuType>().HaveConversion<SnakeCaseEnumConverter<MenuType>>().HaveMaxLength(32);
        configurationBuilder.Properties<StatusCategory>().HaveConversion<SnakeCaseEnumConverter<StatusCategory>>().HaveMaxLength(32);
        configurationBuilder.Properties<StatusSource>().HaveConversion<SnakeCaseEnumConverter<StatusSource>>().HaveMaxLength(32);
        configurationBuilder.Properties<AgentRole>().HaveConversion<SnakeCaseEnumConverter<AgentRole>>().HaveMaxLength(32);
        configurationBuilder.Properties<SessionOrigin>().HaveConversion<SnakeCaseEnumConverter<SessionOrigin>>().HaveMaxLength(32);
        configurationBuilder.Properties<ContactKind>().HaveConversion<SnakeCaseEnumConverter<ContactKind>>().HaveMaxLength(16);
        configurationBuilder.Properties<ApiCredentialKind>().HaveConversion<SnakeCaseEnumConverter<ApiCredentialKind>>().HaveMaxLength(32);
    }

    /// <summary>
    /// Numbers added rows (<see cref="NumericIds"/>) and records the audit events of the changes (<see cref="AuditTrail"/>)
    /// before saving, moves the member counts of teams whose memberships change (<see cref="TeamMemberCounts"/>) in the same
    /// transaction, and answers a unique-index violation with the field's message (<see cref="UniqueKeys"/>) rather than a
    /// provider error. A failed save forgets its audit events: they are recorded again with the retry, if any.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var numbered = await NumericIds.NumberAddedAsync(this, cancellationToken);
        var audited = audit?.Origin is { } origin ? AuditTrail.Collect(this, origin, audit.Now, CurrentOrganisationId) : [];
        AuditEvents.AddRange(audited);
        var memberships = TeamMemberCounts.Changes(this);
        try
        {
            if (memberships.Count == 0)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            return await this.InTransactionAsync(async () =>
            {
                var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                await TeamMemberCounts.ApplyAsync(this, memberships, cancellationToken);
                return saved;
            }, cancellationToken);
        }
        catch (Exception exception)
        {
            foreach (var row in audited)
            {
                Entry(row).State = EntityState.Detached;
            }

            // the reservation may roll back with the transaction: a retry draws fresh ids
            foreach (var row in numbered)
            {
                row.NumericId = 0;
            }

            if (exception is DbUpdateException update && UniqueKeys.Translate(this, update) is { } refusal)
            {
                throw refusal;
            }

            throw;
        }
    }

    /// <summary>The product saves asynchronously only; the synchronous path runs the same steps (no synchronization context here).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
}
