namespace AdminPortal.Domain.Organisations;

/// <summary>What a new organisation starts with; <c>Api:DefaultRateLimitPerSecond</c> in configuration.</summary>
public sealed class OrganisationDefaults
{
    public const string RateLimitKey = "Api:DefaultRateLimitPerSecond";

    public int ApiRateLimitPerSecond { get; set; } = Entities.Organisation.DefaultApiRateLimitPerSecond;
}
