namespace JsonApi.Tests.Model;

/// <summary>Tags belong to a tenant; the DbContext's global query filter hides other tenants' tags.</summary>
public sealed class Tag
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public int TenantId { get; set; }

    public List<Article> Articles { get; set; } = [];
}
