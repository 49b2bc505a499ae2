using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>The caller's organisation: everyone reads it; an admin sets <c>api_rate_limit_per_second</c> (the only writable member).</summary>
public sealed class OrganisationSettingsDefinition(ApiCaller caller, OrganisationSettings settings) : ProductDefinition<Organisation>(caller)
{
    public override async Task UpdateAsync(ResourceWrite<Organisation> write, CancellationToken cancellationToken)
    {
        if (write.Targets(o => o.ApiRateLimitPerSecond))
        {
            await settings.SetApiRateLimitAsync(Actor, write.Resource.Id, write.Resource.ApiRateLimitPerSecond, cancellationToken);
        }
    }
}
