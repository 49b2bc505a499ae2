using System.Linq.Expressions;
using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// How rows become directory records in SQL; one home for each shape (a team's <c>agents_count</c> counts its own
/// members: the active ones, or with <c>with_deleted</c> the deactivated ones too).
/// </summary>
public static class DirectoryProjections
{
    /// <summary>A team counting its active members (<see cref="ActiveAgents"/>: not deactivated).</summary>
    public static Expression<Func<Team, Keyed<TeamRecord>>> Team { get; } = t => new Keyed<TeamRecord>(
        t.Id, new TeamRecord(t.NumericId, t.Name, t.Parent == null ? null : t.Parent.NumericId, t.Position, t.Deleted, t.Agents.Count(a => a.DeactivatedAt == null)));

    /// <summary>A team counting every member, deactivated ones too.</summary>
    public static Expression<Func<Team, Keyed<TeamRecord>>> TeamWithDeactivated { get; } = t => new Keyed<TeamRecord>(
        t.Id, new TeamRecord(t.NumericId, t.Name, t.Parent == null ? null : t.Parent.NumericId, t.Position, t.Deleted, t.Agents.Count));

    public static Expression<Func<Team, Keyed<TeamRecord>>> TeamOf(bool withDeactivated) => withDeactivated ? TeamWithDeactivated : Team;

    public static Expression<Func<Menu, Keyed<MenuRecord>>> Menu { get; } = m => new Keyed<MenuRecord>(
        m.Id, new MenuRecord(m.NumericId, m.Name, m.Parent == null ? null : m.Parent.NumericId, m.Position, m.Deleted, m.Hidden, m.MenuType, m.OutputMsg));

    public static Expression<Func<UserStatus, StatusRecord>> Status { get; } = s => new StatusRecord(s.NumericId, s.Name, s.Color, s.WfmId);

    public static Expression<Func<Agent, PersonRow>> Person { get; } = a =>
        new PersonRow(a.Id, a.NumericId, a.FirstName, a.MiddleName, a.LastName, a.AgentNumber, a.AvatarUrl);
}

/// <summary>An agent's naming columns, read in SQL; <see cref="ToRecord"/> composes the full name (<see cref="AgentName"/>).</summary>
public sealed record PersonRow(Guid Key, long Id, string FirstName, string? MiddleName, string LastName, string? AgentNumber, string? AvatarUrl)
{
    public PersonRecord ToRecord() => new(Id, AgentName.Of(FirstName, MiddleName, LastName), FirstName, LastName, AgentNumber, AvatarUrl);
}

/// <summary>A record with the row's UUID, to join it to other rows in memory.</summary>
public sealed record Keyed<T>(Guid Key, T Record);
