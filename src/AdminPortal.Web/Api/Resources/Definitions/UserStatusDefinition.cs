using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using JsonApi.QueryStrings.Expressions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Statuses: everyone reads them; admins add custom ones; the service refuses renaming or deleting a built-in one.
/// Deleted custom statuses are hidden unless filtered on.</summary>
public sealed class UserStatusDefinition(ApiCaller caller, IUserStatusService statuses) : ProductDefinition<UserStatus>(caller)
{
    public override FilterExpression? OnApplyFilter(FilterExpression? existingFilter) => HideDeletedUnlessAsked(existingFilter, s => s.Deleted);

    public override async Task<object> CreateAsync(ResourceWrite<UserStatus> write, CancellationToken cancellationToken)
    {
        var status = write.Resource;
        var category = write.Targets(s => s.Category) ? status.Category : StatusCategory.Busy;
        var color = write.Targets(s => s.Color) ? status.Color : "grey";
        return (await statuses.CreateAsync(Actor, new UserStatusDetails(status.Name, color, status.WfmId, category), cancellationToken)).Id;
    }

    public override Task UpdateAsync(ResourceWrite<UserStatus> write, CancellationToken cancellationToken)
    {
        var status = write.Resource;
        return statuses.UpdateAsync(Actor, status.Id, new UserStatusDetails(status.Name, status.Color, status.WfmId, status.Category), cancellationToken);
    }

    public override Task DeleteAsync(object id, CancellationToken cancellationToken) => statuses.DeleteAsync(Actor, IdOf(id), cancellationToken);
}
