using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_operator_statuses_organisation_id_created_at",
                table: "operator_statuses");

            migrationBuilder.DropIndex(
                name: "ix_operator_statuses_sip_user_id_created_at",
                table: "operator_statuses");

            migrationBuilder.DropIndex(
                name: "ix_chats_organisation_id_created_at",
                table: "chats");

            migrationBuilder.DropIndex(
                name: "ix_calls_organisation_id_created_at",
                table: "calls");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_email",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_status_id",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agent_activity_logs_agent_id_started_at",
                table: "agent_activity_logs");

            migrationBuilder.DropIndex(
                name: "ix_agent_activity_logs_organisation_id_started_at",
                table: "agent_activity_logs");

            migrationBuilder.AddColumn<int>(
                name: "agents_count",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "name",
                table: "agents",
                type: "TEXT",
                maxLength: 302,
                nullable: false,
                defaultValue: "");

            foreach (var sql in ScaleIndexesSql.FillStoredValues)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.CreateIndex(
                name: "ix_teams_organisation_id_id",
                table: "teams",
                columns: new[] { "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_team_assignments_organisation_id_id",
                table: "team_assignments",
                columns: new[] { "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_organisation_id_created_at_id",
                table: "operator_statuses",
                columns: new[] { "organisation_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_sip_user_id_created_at_id",
                table: "operator_statuses",
                columns: new[] { "sip_user_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_menus_organisation_id_id",
                table: "menus",
                columns: new[] { "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_chats_organisation_id_created_at_id",
                table: "chats",
                columns: new[] { "organisation_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_calls_organisation_id_created_at_id",
                table: "calls",
                columns: new[] { "organisation_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_email_id",
                table: "agents",
                columns: new[] { "organisation_id", "email", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_id",
                table: "agents",
                columns: new[] { "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_location_id",
                table: "agents",
                columns: new[] { "organisation_id", "location", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_name_id",
                table: "agents",
                columns: new[] { "organisation_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_status_id_status_updated_at_id",
                table: "agents",
                columns: new[] { "organisation_id", "status_id", "status_updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_status_updated_at_id",
                table: "agents",
                columns: new[] { "organisation_id", "status_updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agent_assignments_organisation_id_id",
                table: "agent_assignments",
                columns: new[] { "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_agent_id_started_at_id",
                table: "agent_activity_logs",
                columns: new[] { "agent_id", "started_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_organisation_id_started_at_id",
                table: "agent_activity_logs",
                columns: new[] { "organisation_id", "started_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_teams_organisation_id_id",
                table: "teams");

            migrationBuilder.DropIndex(
                name: "ix_team_assignments_organisation_id_id",
                table: "team_assignments");

            migrationBuilder.DropIndex(
                name: "ix_operator_statuses_organisation_id_created_at_id",
                table: "operator_statuses");

            migrationBuilder.DropIndex(
                name: "ix_operator_statuses_sip_user_id_created_at_id",
                table: "operator_statuses");

            migrationBuilder.DropIndex(
                name: "ix_menus_organisation_id_id",
                table: "menus");

            migrationBuilder.DropIndex(
                name: "ix_chats_organisation_id_created_at_id",
                table: "chats");

            migrationBuilder.DropIndex(
                name: "ix_calls_organisation_id_created_at_id",
                table: "calls");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_email_id",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_id",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_location_id",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_name_id",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_status_id_status_updated_at_id",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_status_updated_at_id",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agent_assignments_organisation_id_id",
                table: "agent_assignments");

            migrationBuilder.DropIndex(
                name: "ix_agent_activity_logs_agent_id_started_at_id",
                table: "agent_activity_logs");

            migrationBuilder.DropIndex(
                name: "ix_agent_activity_logs_organisation_id_started_at_id",
                table: "agent_activity_logs");

            migrationBuilder.DropColumn(
                name: "agents_count",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "name",
                table: "agents");

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_organisation_id_created_at",
                table: "operator_statuses",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_sip_user_id_created_at",
                table: "operator_statuses",
                columns: new[] { "sip_user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_chats_organisation_id_created_at",
                table: "chats",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_calls_organisation_id_created_at",
                table: "calls",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_email",
                table: "agents",
                columns: new[] { "organisation_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_status_id",
                table: "agents",
                columns: new[] { "organisation_id", "status_id" });

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_agent_id_started_at",
                table: "agent_activity_logs",
                columns: new[] { "agent_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_organisation_id_started_at",
                table: "agent_activity_logs",
                columns: new[] { "organisation_id", "started_at" });
        }
    }
}
