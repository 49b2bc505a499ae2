using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Statuses;

public static class UserStatusMessages
{
    public static string BuiltInChanged(string name) => $"Built-in status '{name}' can't be changed";

    public static string BuiltInDeleted(string name) => $"Built-in status '{name}' can't be deleted";

    public static string InUse(string name, int agents) =>
        $"Status '{name}' can't be deleted while {agents} agent{(agents == 1 ? " is" : "s are")} in it";

    public static string NameTaken(string name) => $"A status named '{name}' already exists";
}

/// <summary>
/// Custom statuses: names unique per organisation (case-insensitive, among non-deleted; a field message), WFM ids unique
/// (the database's unique keys, <see cref="Data.UniqueKeys"/>), a color required,
/// soft delete refused while agents are in the status. Built-ins are locked. Writes need an admin.
/// </summary>
public sealed class UserStatusService(AdminPortalDbContext db) : IUserStatusService
{
    private const int NameMaxLength = 100;
    private const int ColorMaxLength = 32;

    public async Task<UserStatus> CreateAsync(Actor actor, UserStatusDetails details, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage user statuses");
        var valid = Validate(details);
        return await db.InTransactionAsync(async () =>
        {
            await EnsureNameFreeAsync(valid.Name, null, cancellationToken);
            var position = await db.UserStatuses.Select(s => (int?)s.Position).MaxAsync(cancellationToken) ?? -1;
            var status = new UserStatus
            {
                OrganisationId = actor.OrganisationId,
                Name = valid.Name,
                Color = valid.Color,
                WfmId = valid.WfmId,
                Category = valid.Category,
                Position = position + 1,
            };
            db.UserStatuses.Add(status);
            await db.SaveChangesAsync(cancellationToken);
            return status;
        }, cancellationToken);
    }

    public async Task<UserStatus> UpdateAsync(Actor actor, Guid statusId, UserStatusDetails details, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage user statuses");
        return await db.InTransactionAsync(async () =>
        {
            var status = await FindAsync(statusId, cancellationToken);
            if (status.BuiltIn)
            {
                var unchanged = details.Name == status.Name && details.Color == status.Color && details.WfmId == status.WfmId && details.Category == status.Category;
                return unchanged ? status : throw new RuleViolationException(UserStatusMessages.BuiltInChanged(status.Name));
            }

            var valid = Validate(details);
            await EnsureNameFreeAsync(valid.Name, status.Id, cancellationToken);
            status.Name = valid.Name;
            status.Color = valid.Color;
            status.WfmId = valid.WfmId;
            status.Category = valid.Category;
            await db.SaveChangesAsync(cancellationToken);
            return status;
        }, cancellationToken);
    }

    public async Task DeleteAsync(Actor actor, Guid statusId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage user statuses");
        await db.InTransactionAsync(async () =>
        {
            var status = await FindAsync(statusId, cancellationToken);
            if (status.BuiltIn)
            {
                throw new RuleViolationException(UserStatusMessages.BuiltInDeleted(status.Name));
            }

            var agents = await db.Agents.CountAsync(a => a.StatusId == status.Id, cancellationToken);
            if (agents > 0)
            {
                throw new RuleViolationException(UserStatusMessages.InUse(status.Name, agents));
            }

            status.Deleted = true;
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    private static UserStatusDetails Validate(UserStatusDetails details)
    {
        var errors = new Dictionary<string, string>();
        var name = details.Name?.Trim() ?? string.Empty;
        var color = details.Color?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors["name"] = "Name is required.";
        }
        else if (name.Length > NameMaxLength)
        {
            errors["name"] = $"Name can be at most {NameMaxLength} characters long.";
        }

        if (color.Length == 0)
        {
            errors["color"] = "Color is required.";
        }
        else if (color.Length > ColorMaxLength)
        {
            errors["color"] = $"Color can be at most {ColorMaxLength} characters long.";
        }

        if (details.WfmId is < 0)
        {
            errors["wfm_id"] = "wfm_id can't be negative.";
        }

        if (!Enum.IsDefined(details.Category))
        {
            errors["category"] = "category must be one of: available, busy, away, offline.";
        }

        return errors.Count > 0 ? throw new ValidationFailedException(errors) : details with { Name = name, Color = color };
    }

    private async Task EnsureNameFreeAsync(string name, Guid? except, CancellationToken cancellationToken)
    {
        var lowered = name.ToLowerInvariant();
        if (await db.UserStatuses.AnyAsync(s => !s.Deleted && s.Id != except && s.Name.ToLower() == lowered, cancellationToken))
        {
            throw ValidationFailedException.For("name", UserStatusMessages.NameTaken(name));
        }
    }

    private async Task<UserStatus> FindAsync(Guid statusId, CancellationToken cancellationToken) =>
        await db.UserStatuses.FirstOrDefaultAsync(s => s.Id == statusId && !s.Deleted, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(UserStatus), statusId);
}
