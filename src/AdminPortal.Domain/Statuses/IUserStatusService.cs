using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Statuses;

public sealed record UserStatusDetails(string Name, string Color, int? WfmId, StatusCategory Category);

/// <summary>Custom statuses of the organisation; built-ins can be neither renamed nor deleted. Writes need an admin.</summary>
public interface IUserStatusService
{
    Task<UserStatus> CreateAsync(Actor actor, UserStatusDetails details, CancellationToken cancellationToken = default);

    Task<UserStatus> UpdateAsync(Actor actor, Guid statusId, UserStatusDetails details, CancellationToken cancellationToken = default);

    Task DeleteAsync(Actor actor, Guid statusId, CancellationToken cancellationToken = default);
}
