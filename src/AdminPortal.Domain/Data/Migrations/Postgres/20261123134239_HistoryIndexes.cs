using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HistoryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_operator_statuses_organisation_id",
                table: "operator_statuses");

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_organisation_id_created_at",
                table: "operator_statuses",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_organisation_id_activity_started_at",
                table: "agent_activity_logs",
                columns: new[] { "organisation_id", "activity", "started_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_operator_statuses_organisation_id_created_at",
                table: "operator_statuses");

            migrationBuilder.DropIndex(
                name: "ix_agent_activity_logs_organisation_id_activity_started_at",
                table: "agent_activity_logs");

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_organisation_id",
                table: "operator_statuses",
                column: "organisation_id");
        }
    }
}
