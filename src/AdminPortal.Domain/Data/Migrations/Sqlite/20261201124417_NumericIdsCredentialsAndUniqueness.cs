using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NumericIdsCredentialsAndUniqueness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_email",
                table: "agents");

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "user_statuses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "menus",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "service_level_seconds",
                table: "menus",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "chats",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "calls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "agents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "agent_activity_logs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "user_statuses",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                computedColumnSql: "lower(\"name\")",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "teams",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                computedColumnSql: "lower(\"name\")",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "menus",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                computedColumnSql: "lower(\"name\")",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "email_key",
                table: "agents",
                type: "TEXT",
                maxLength: 254,
                nullable: true,
                computedColumnSql: "lower(\"email\")",
                stored: false);

            migrationBuilder.CreateTable(
                name: "api_credentials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    secret_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_used_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    agent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_by_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_credentials", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_credentials_agents_agent_id",
                        column: x => x.agent_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_api_credentials_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "numeric_id_counters",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last_value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_numeric_id_counters", x => new { x.organisation_id, x.kind });
                    table.ForeignKey(
                        name: "fk_numeric_id_counters_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "queue_groups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    numeric_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    service_level_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    service_level_target_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    name_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true, computedColumnSql: "lower(\"name\")", stored: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_queue_groups", x => x.id);
                    table.ForeignKey(
                        name: "fk_queue_groups_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // the column with its foreign key in one ALTER TABLE: SQLite adds it in place, without rebuilding menus
            migrationBuilder.Sql(
                "ALTER TABLE \"menus\" ADD \"queue_group_id\" TEXT NULL CONSTRAINT \"fk_menus_queue_groups_queue_group_id\" " +
                "REFERENCES \"queue_groups\" (\"id\") ON DELETE SET NULL;");

            foreach (var sql in ExistingRowsSql.MakeUnique.Concat(ExistingRowsSql.Number))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.CreateIndex(
                name: "ix_user_statuses_organisation_id_name_key",
                table: "user_statuses",
                columns: new[] { "organisation_id", "name_key" },
                unique: true,
                filter: "NOT \"deleted\"");

            migrationBuilder.CreateIndex(
                name: "ix_user_statuses_organisation_id_numeric_id",
                table: "user_statuses",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_statuses_organisation_id_wfm_id",
                table: "user_statuses",
                columns: new[] { "organisation_id", "wfm_id" },
                unique: true,
                filter: "\"wfm_id\" IS NOT NULL AND NOT \"deleted\"");

            migrationBuilder.CreateIndex(
                name: "ix_teams_organisation_id_name_key",
                table: "teams",
                columns: new[] { "organisation_id", "name_key" },
                unique: true,
                filter: "\"parent_id\" IS NULL AND NOT \"deleted\"");

            migrationBuilder.CreateIndex(
                name: "ix_teams_organisation_id_numeric_id",
                table: "teams",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_teams_organisation_id_parent_id_name_key",
                table: "teams",
                columns: new[] { "organisation_id", "parent_id", "name_key" },
                unique: true,
                filter: "\"parent_id\" IS NOT NULL AND NOT \"deleted\"");

            migrationBuilder.CreateIndex(
                name: "ix_menus_organisation_id_name_key",
                table: "menus",
                columns: new[] { "organisation_id", "name_key" },
                unique: true,
                filter: "\"parent_id\" IS NULL AND NOT \"deleted\"");

            migrationBuilder.CreateIndex(
                name: "ix_menus_organisation_id_numeric_id",
                table: "menus",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_menus_organisation_id_parent_id_name_key",
                table: "menus",
                columns: new[] { "organisation_id", "parent_id", "name_key" },
                unique: true,
                filter: "\"parent_id\" IS NOT NULL AND NOT \"deleted\"");

            migrationBuilder.CreateIndex(
                name: "ix_menus_queue_group_id",
                table: "menus",
                column: "queue_group_id");

            migrationBuilder.CreateIndex(
                name: "ix_chats_organisation_id_numeric_id",
                table: "chats",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_calls_organisation_id_numeric_id",
                table: "calls",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_agent_number",
                table: "agents",
                columns: new[] { "organisation_id", "agent_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_email",
                table: "agents",
                columns: new[] { "organisation_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_email_key",
                table: "agents",
                columns: new[] { "organisation_id", "email_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_extension_number",
                table: "agents",
                columns: new[] { "organisation_id", "extension_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_numeric_id",
                table: "agents",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_organisation_id_numeric_id",
                table: "agent_activity_logs",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_credentials_agent_id",
                table: "api_credentials",
                column: "agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_credentials_key",
                table: "api_credentials",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_credentials_organisation_id_kind",
                table: "api_credentials",
                columns: new[] { "organisation_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_queue_groups_organisation_id_name_key",
                table: "queue_groups",
                columns: new[] { "organisation_id", "name_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_queue_groups_organisation_id_numeric_id",
                table: "queue_groups",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_menus_queue_groups_queue_group_id",
                table: "menus");

            migrationBuilder.DropTable(
                name: "api_credentials");

            migrationBuilder.DropTable(
                name: "numeric_id_counters");

            migrationBuilder.DropTable(
                name: "queue_groups");

            migrationBuilder.DropIndex(
                name: "ix_user_statuses_organisation_id_name_key",
                table: "user_statuses");

            migrationBuilder.DropIndex(
                name: "ix_user_statuses_organisation_id_numeric_id",
                table: "user_statuses");

            migrationBuilder.DropIndex(
                name: "ix_user_statuses_organisation_id_wfm_id",
                table: "user_statuses");

            migrationBuilder.DropIndex(
                name: "ix_teams_organisation_id_name_key",
                table: "teams");

            migrationBuilder.DropIndex(
                name: "ix_teams_organisation_id_numeric_id",
                table: "teams");

            migrationBuilder.DropIndex(
                name: "ix_teams_organisation_id_parent_id_name_key",
                table: "teams");

            migrationBuilder.DropIndex(
                name: "ix_menus_organisation_id_name_key",
                table: "menus");

            migrationBuilder.DropIndex(
                name: "ix_menus_organisation_id_numeric_id",
                table: "menus");

            migrationBuilder.DropIndex(
                name: "ix_menus_organisation_id_parent_id_name_key",
                table: "menus");

            migrationBuilder.DropIndex(
                name: "ix_menus_queue_group_id",
                table: "menus");

            migrationBuilder.DropIndex(
                name: "ix_chats_organisation_id_numeric_id",
                table: "chats");

            migrationBuilder.DropIndex(
                name: "ix_calls_organisation_id_numeric_id",
                table: "calls");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_agent_number",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_email",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_email_key",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_extension_number",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agents_organisation_id_numeric_id",
                table: "agents");

            migrationBuilder.DropIndex(
                name: "ix_agent_activity_logs_organisation_id_numeric_id",
                table: "agent_activity_logs");

            migrationBuilder.DropColumn(
                name: "name_key",
                table: "user_statuses");

            migrationBuilder.DropColumn(
                name: "name_key",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "name_key",
                table: "menus");

            migrationBuilder.DropColumn(
                name: "email_key",
                table: "agents");

            migrationBuilder.DropColumn(
                name: "numeric_id",
                table: "user_statuses");

            migrationBuilder.DropColumn(
                name: "numeric_id",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "numeric_id",
                table: "menus");

            migrationBuilder.DropColumn(
                name: "queue_group_id",
                table: "menus");

            migrationBuilder.DropColumn(
                name: "service_level_seconds",
                table: "menus");

            migrationBuilder.DropColumn(
                name: "numeric_id",
                table: "chats");

            migrationBuilder.DropColumn(
                name: "numeric_id",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "numeric_id",
                table: "agents");

            migrationBuilder.DropColumn(
                name: "numeric_id",
                table: "agent_activity_logs");

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_email",
                table: "agents",
                columns: new[] { "organisation_id", "email" },
                unique: true);
        }
    }
}
