namespace AdminPortal.Domain.Entities;

/// <summary>
/// How many widgets of one agent one host holds open, refreshed by that host every presence sweep (PostgreSQL, several
/// hosts). A row not refreshed for a while belongs to a host that died: it counts as closed.
/// </summary>
public sealed class WidgetCircuit
{
    public Guid HostId { get; set; }

    public Guid AgentId { get; set; }

    public Guid OrganisationId { get; set; }

    public int OpenWidgets { get; set; }

    /// <summary>When the host last confirmed the row, on the database's clock.</summary>
    public DateTime SeenAt { get; set; }
}
