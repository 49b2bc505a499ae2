using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;

namespace AdminPortal.Domain.Assignments;

/// <summary>
/// The values an assignment may take, for the portal, the JSON:API and seed 001 alike: lang, queue_level and
/// channel_type from <see cref="QueueValues"/> (case-insensitive, stored lower case), skill_level
/// <see cref="QueueValues.MinSkillLevel"/>..<see cref="QueueValues.MaxSkillLevel"/>.
/// </summary>
public static class AssignmentRules
{
    public static readonly string SkillLevelMessage =
        $"skill_level must be between {QueueValues.MinSkillLevel} and {QueueValues.MaxSkillLevel}.";

    public static bool IsSkillLevel(int value) => value is >= QueueValues.MinSkillLevel and <= QueueValues.MaxSkillLevel;

    public static AgentAssignmentDetails Validate(AgentAssignmentDetails details)
    {
        var errors = QueueValueErrors(details.Lang, details.QueueLevel, details.ChannelType);
        if (!IsSkillLevel(details.SkillLevel))
        {
            errors["skill_level"] = SkillLevelMessage;
        }

        return errors.Count > 0
            ? throw new ValidationFailedException(errors)
            : details with { Lang = Normalise(details.Lang), QueueLevel = Normalise(details.QueueLevel), ChannelType = Normalise(details.ChannelType) };
    }

    public static TeamAssignmentDetails Validate(TeamAssignmentDetails details)
    {
        var errors = QueueValueErrors(details.Lang, details.QueueLevel, details.ChannelType);
        return errors.Count > 0
            ? throw new ValidationFailedException(errors)
            : details with { Lang = Normalise(details.Lang), QueueLevel = Normalise(details.QueueLevel), ChannelType = Normalise(details.ChannelType) };
    }

    private static Dictionary<string, string> QueueValueErrors(string? lang, string? queueLevel, string? channelType)
    {
        var errors = new Dictionary<string, string>();
        Check("lang", lang, QueueValues.Languages);
        Check("queue_level", queueLevel, QueueValues.QueueLevels);
        Check("channel_type", channelType, QueueValues.ChannelTypes);
        return errors;

        void Check(string member, string? value, string[] allowed)
        {
            if (!allowed.Contains(Normalise(value)))
            {
                errors[member] = $"{member} must be one of: {string.Join(", ", allowed)}.";
            }
        }
    }

    private static string Normalise(string? value) => value?.Trim().ToLowerInvariant() ?? string.Empty;
}
