namespace JsonApi.Tests.Model;

/// <summary>The tenant of the current request (header X-Tenant, default 1).</summary>
public sealed class TestTenant
{
    public int Id { get; set; } = 1;
}
