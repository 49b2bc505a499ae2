using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActivityLogsByKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_organisation_id_activity_started_at",
                table: "agent_activity_logs",
                columns: new[] { "organisation_id", "activity", "started_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_agent_activity_logs_organisation_id_activity_started_at",
                table: "agent_activity_logs");
        }
    }
}
