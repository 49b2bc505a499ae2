using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
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
    public override async Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        if (write.HasAttribute("api_rate_limit_per_second"))
        {
            var perSecond = write.GetAttribute<object>("api_rate_limit_per_second") is int value
                ? value
                : throw ValidationFailedException.For("api_rate_limit_per_second", "api_rate_limit_per_second must be a whole number of requests per second.");
            await settings.SetApiRateLimitAsync(Actor, IdOf(write.Id), perSecond, cancellationToken);
        }

        string[] queueMembers = ["wrap_up_seconds", "service_level_seconds", "service_level_target_percent"];
        if (queueMembers.Any(write.HasAttribute))
        {
            int? Whole(string member) => !write.HasAttribute(member) ? null : write.GetAttribute<object>(member) is int value
                ? value
                : throw ValidationFailedException.For(member, $"{member} must be a whole number.");
            await settings.SetQueueDefaultsAsync(
                Actor, IdOf(write.Id), Whole("wrap_up_seconds"), Whole("service_level_seconds"), Whole("service_level_target_percent"), cancellationToken);
        }

        return true;
    }
}
