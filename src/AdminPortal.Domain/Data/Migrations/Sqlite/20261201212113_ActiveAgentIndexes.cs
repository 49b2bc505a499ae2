using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActiveAgentIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_agents_active_by_id",
                table: "agents",
                columns: new[] { "organisation_id", "id" },
                filter: "deactivated_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_agents_active_by_name",
                table: "agents",
                columns: new[] { "organisation_id", "name", "id" },
                filter: "deactivated_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_agents_active_by_status",
                table: "agents",
                columns: new[] { "organisation_id", "status_id", "status_updated_at", "id" },
                filter: "deactivated_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_agents_active_by_id",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_active_by_name",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_active_by_status",
                table: "agents");
        }
    }
}
