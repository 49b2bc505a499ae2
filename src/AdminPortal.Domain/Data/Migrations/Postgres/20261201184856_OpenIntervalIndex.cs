using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpenIntervalIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_open_by_agent",
                table: "agent_activity_logs",
                column: "agent_id",
                filter: "ended_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_agent_activity_logs_open_by_agent",
                table: "agent_activity_logs");
        }
    }
}
