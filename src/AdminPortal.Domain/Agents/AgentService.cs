using System.Text.RegularExpressions;
using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Agents;

/// <summary>
/// Agents of the organisation: admins create and edit them; an agent may set its own password.
/// Email: a valid address, unique in the organisation (case-insensitive). extension_number: 3 to 64 digits.
/// </summary>
public sealed partial class AgentService(AdminPortalDbContext db, ICredentialService credentials, TimeProvider clock) : IAgentService
{
    public const int PasswordMinLength = 8;

    public async Task<Agent> CreateAsync(Actor actor, AgentDetails details, string? password, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "add agents");
        var valid = Validate(details, password, passwordRequired: false);
        return await db.InTransactionAsync(async () =>
        {
            await EnsureEmailFreeAsync(valid.Email, null, cancellationToken);
            var offline = await db.UserStatuses
                .Where(s => !s.Deleted && s.Category == StatusCategory.Offline)
                .OrderBy(s => s.BuiltInId != BuiltInStatuses.Offline.BuiltInId)
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new RuleViolationException(StatusMessages.DoesNotExist(BuiltInStatuses.Offline.Name));
            var now = clock.UtcNow();
            var agent = new Agent
            {
                OrganisationId = actor.OrganisationId,
                Email = valid.Email,
                FirstName = valid.FirstName,
                LastName = valid.LastName,
                StatusId = offline.Id,
                StatusUpdatedAt = now,
                CreatedAt = now,
                SessionOrigin = SessionOrigin.None,
                PasswordHash = password is null ? null : credentials.Hash(password),
            };
            Apply(agent, valid);
            db.Agents.Add(agent);
            await db.SaveChangesAsync(cancellationToken);
            return agent;
        }, cancellationToken);
    }

    public async Task<Agent> UpdateAsync(Actor actor, Guid agentId, AgentDetails details, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "edit agents");
        var valid = Validate(details, null, passwordRequired: false);
        return await db.InTransactionAsync(async () =>
        {
            var agent = await FindAsync(agentId, cancellationToken);
            await EnsureEmailFreeAsync(valid.Email, agent.Id, cancellationToken);
            if (agent.Id == actor.AgentId && valid.Role != AgentRole.Admin)
            {
                throw new RuleViolationException("You can't take the admin role away from yourself.");
            }

            if (agent.Role != valid.Role)
            {
                agent.RotateSecurityStamp();
            }

            Apply(agent, valid);
            agent.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return agent;
        }, cancellationToken);
    }

    public async Task SetPasswordAsync(Actor actor, Guid agentId, string password, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(actor);
        if (!actor.IsAdmin && actor.AgentId != agentId)
        {
            throw new PermissionDeniedException("Only an admin can set another agent's password.");
        }

        ValidatePassword(password, required: true);
        await db.InTransactionAsync(async () =>
        {
            var agent = await FindAsync(agentId, cancellationToken);
            agent.PasswordHash = credentials.Hash(password);
            agent.RotateSecurityStamp();
            agent.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    private static void Apply(Agent agent, AgentDetails details)
    {
        agent.Email = details.Email;
        agent.FirstName = details.FirstName;
        agent.MiddleName = details.MiddleName;
        agent.LastName = details.LastName;
        agent.AgentNumber = details.AgentNumber;
        agent.ExtensionNumber = details.ExtensionNumber;
        agent.AvatarUrl = details.AvatarUrl;
        agent.Role = details.Role;
        agent.Location = details.Location;
    }

    private static AgentDetails Validate(AgentDetails details, string? password, bool passwordRequired)
    {
        var errors = new Dictionary<string, string>();
        var email = details.Email?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            errors["email"] = "Email is required.";
        }
        else if (email.Length > AgentLimits.Email || !EmailPattern().IsMatch(email))
        {
            errors["email"] = $"'{email}' is not a valid email address.";
        }

        var first = Required("first_name", "First name", details.FirstName, AgentLimits.Name);
        var last = Required("last_name", "Last name", details.LastName, AgentLimits.Name);
        var middle = Optional("middle_name", details.MiddleName, AgentLimits.Name);
        var number = Optional("agent_number", details.AgentNumber, AgentLimits.AgentNumber);
        var location = Optional("location", details.Location, AgentLimits.Location);
        var extension = Optional("extension_number", details.ExtensionNumber, AgentLimits.ExtensionNumber);
        if (extension is not null && !ExtensionPattern().IsMatch(extension))
        {
            errors["extension_number"] = "extension_number must be 3 to 64 digits.";
        }

        var avatar = Optional("avatar_url", details.AvatarUrl, AgentLimits.AvatarUrl);
        if (avatar is not null && (!Uri.TryCreate(avatar, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors["avatar_url"] = "avatar_url must be an http or https address.";
        }

        if (!Enum.IsDefined(details.Role))
        {
            errors["roles"] = "roles must be one of: admin, supervisor, agent.";
        }

        if (password is not null || passwordRequired)
        {
            try
            {
                ValidatePassword(password, required: passwordRequired);
            }
            catch (ValidationFailedException exception)
            {
                foreach (var (key, message) in exception.Errors)
                {
                    errors[key] = message;
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return details with
        {
            Email = email,
            FirstName = first!,
            LastName = last!,
            MiddleName = middle,
            AgentNumber = number,
            Location = location,
            ExtensionNumber = extension,
            AvatarUrl = avatar,
        };

        string? Required(string member, string label, string? value, int max)
        {
            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                errors[member] = $"{label} is required.";
            }
            else if (trimmed.Length > max)
            {
                errors[member] = $"{label} can be at most {max} characters long.";
            }

            return trimmed;
        }

        string? Optional(string member, string? value, int max)
        {
            var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (trimmed is { Length: var length } && length > max)
            {
                errors[member] = $"{member} can be at most {max} characters long.";
            }

            return trimmed;
        }
    }

    private static void ValidatePassword(string? password, bool required)
    {
        if (string.IsNullOrEmpty(password))
        {
            if (required)
            {
                throw ValidationFailedException.For("password", "Password is required.");
            }

            return;
        }

        if (password.Length < PasswordMinLength)
        {
            throw ValidationFailedException.For("password", $"Password must be at least {PasswordMinLength} characters long.");
        }
    }

    private async Task EnsureEmailFreeAsync(string email, Guid? except, CancellationToken cancellationToken)
    {
        var lowered = email.ToLowerInvariant();
        if (await db.Agents.AnyAsync(a => a.Id != except && a.Email.ToLower() == lowered, cancellationToken))
        {
            throw ValidationFailedException.For("email", UniqueKeys.EmailTaken(email));
        }
    }

    private async Task<Agent> FindAsync(Guid agentId, CancellationToken cancellationToken) =>
        await db.Agents.FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(Agent), agentId);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[0-9]{3,64}$")]
    private static partial Regex ExtensionPattern();
}
