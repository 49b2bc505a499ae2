namespace AdminPortal.Domain.Tenancy;

/// <summary>The organisation the current request (or circuit, or job) acts for.</summary>
public interface ITenantContext
{
    Guid? OrganisationId { get; }
}

/// <summary>A settable tenant for one scope: the API and the portal set it from the signed-in user.</summary>
public sealed class TenantContext : ITenantContext
{
    public Guid? OrganisationId { get; private set; }

    public void Use(Guid organisationId) => OrganisationId = organisationId;

    public void Clear() => OrganisationId = null;
}
