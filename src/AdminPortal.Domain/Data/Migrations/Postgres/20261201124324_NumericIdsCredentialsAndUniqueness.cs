using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Postgres
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "teams",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "menus",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "queue_group_id",
                table: "menus",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "service_level_seconds",
                table: "menus",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "chats",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "calls",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "agents",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "numeric_id",
                table: "agent_activity_logs",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "user_statuses",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                computedColumnSql: "lower(\"name\")",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "teams",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                computedColumnSql: "lower(\"name\")",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "name_key",
                table: "menus",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                computedColumnSql: "lower(\"name\")",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "email_key",
                table: "agents",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true,
                computedColumnSql: "lower(\"email\")",
                stored: true);

            migrationBuilder.CreateTable(
                name: "api_credentials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    secret_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    agent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true)
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
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    last_value = table.Column<long>(type: "bigint", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    numeric_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    service_level_seconds = table.Column<int>(type: "integer", nullable: false),
                    service_level_target_percent = table.Column<int>(type: "integer", nullable: false),
                    name_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, computedColumnSql: "lower(\"name\")", stored: true)
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

            migrationBuilder.AddForeignKey(
                name: "fk_menus_queue_groups_queue_group_id",
                table: "menus",
                column: "queue_group_id",
                principalTable: "queue_groups",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
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
