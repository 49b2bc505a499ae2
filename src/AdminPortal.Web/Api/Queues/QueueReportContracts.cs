namespace AdminPortal.Web.Api.Queues;

/// <summary>A queue report on the JSON:API's media type: a collection of read-only resources.</summary>
public sealed record QueueReportDocument<TAttributes>(IReadOnlyList<QueueReportResource<TAttributes>> Data);

/// <summary>One resource of a queue report; <c>relationships</c> links it to its menu or queue group.</summary>
public sealed record QueueReportResource<TAttributes>(string Type, string Id, TAttributes Attributes, IReadOnlyDictionary<string, QueueReportLink> Relationships);

public sealed record QueueReportLink(QueueReportIdentifier Data);

public sealed record QueueReportIdentifier(string Type, string Id);

/// <summary>A queue now (QueueStatus): durations in whole seconds, agents by what they do now (offline agents are not counted).</summary>
public sealed record QueueStatusAttributes(
    long MenuNumericId,
    string MenuName,
    string MenuPath,
    string Lang,
    string Channel,
    int InQueueCount,
    DateTime? OldestInQueue,
    int OldestDurationInQueue,
    int TotalQueueDuration,
    int AverageQueueDuration,
    int AgentsAvailable,
    int AgentsOnCall,
    int AgentsBusy,
    int AgentsAway,
    int ServiceLevelSeconds,
    int ServiceLevelTargetPercent);

/// <summary>A queue's service level over the last <c>minutes</c> (QueueServiceLevel); <c>sla</c> is null when no wait ended.</summary>
public sealed record QueueServiceLevelAttributes(
    long MenuNumericId,
    string MenuPath,
    string Lang,
    string Channel,
    int Minutes,
    int Answered,
    int Abandoned,
    int AnsweredWithinServiceLevel,
    double? Sla,
    int ServiceLevelSeconds,
    int ServiceLevelTargetPercent);

/// <summary>A queue group's service level over the last <c>minutes</c> (GroupServiceLevel); <c>sla</c> is null when no wait ended.</summary>
public sealed record GroupServiceLevelAttributes(
    long QueueGroupNumericId,
    string QueueGroupName,
    int Minutes,
    int Answered,
    int Abandoned,
    int AnsweredWithinServiceLevel,
    double? Sla,
    int ServiceLevelSeconds,
    int ServiceLevelTargetPercent);
