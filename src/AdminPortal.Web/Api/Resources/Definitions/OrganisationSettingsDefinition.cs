using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>
/// The caller's organisation: everyone reads it; an admin sets <c>api_rate_limit_per_second</c> and the queue defaults
/// (<c>wrap_up_seconds</c>, <c>service_level_seconds</c>, <c>service_level_target_percent</c>).
/// </summary>
public sealed class OrganisationSettingsDefinition(ApiCaller caller, OrganisationSettings settings) : ProductDefinition<Organisation>(caller)
{
    public override async Task UpdateAsync(ResourceWrite<Organisation> write, CancellationToken cancellationToken)
    {
        if (write.Targets(o => o.ApiRateLimitPerSecond))
        {
            await settings.SetApiRateLimitAsync(Actor, write.Resource.Id, write.Resource.ApiRateLimitPerSecond, cancellationToken);
        }

        if (write.Targets(o => o.WrapUpSeconds) || write.Targets(o => o.ServiceLevelSeconds) || write.Targets(o => o.ServiceLevelTargetPercent))
        {
            var organisation = write.Resource;
            await settings.SetQueueDefaultsAsync(
                Actor,
                organisation.Id,
                write.Targets(o => o.WrapUpSeconds) ? organisation.WrapUpSeconds : null,
                write.Targets(o => o.ServiceLevelSeconds) ? organisation.ServiceLevelSeconds : null,
                write.Targets(o => o.ServiceLevelTargetPercent) ? organisation.ServiceLevelTargetPercent : null,
                cancellationToken);
        }
    }
}
