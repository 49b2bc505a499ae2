using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    subdomain = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    api_rate_limit_per_second = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "menus",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    hidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    menu_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    output_msg = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_menus", x => x.id);
                    table.ForeignKey(
                        name: "fk_menus_menus_parent_id",
                        column: x => x.parent_id,
                        principalTable: "menus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_menus_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    deleted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                    table.ForeignKey(
                        name: "fk_teams_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_teams_teams_parent_id",
                        column: x => x.parent_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_statuses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    color = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    wfm_id = table.Column<int>(type: "INTEGER", nullable: true),
                    system = table.Column<bool>(type: "INTEGER", nullable: false),
                    built_in_id = table.Column<int>(type: "INTEGER", nullable: true),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    deleted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_statuses", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_statuses_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    menu_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lang = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    queue_level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    channel_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_team_assignments_menus_menu_id",
                        column: x => x.menu_id,
                        principalTable: "menus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_team_assignments_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    middle_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    agent_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    extension_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    avatar_url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status_updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    session_origin = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last_login_time = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    call_count = table.Column<int>(type: "INTEGER", nullable: false),
                    chat_count = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agents", x => x.id);
                    table.ForeignKey(
                        name: "fk_agents_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agents_user_statuses_status_id",
                        column: x => x.status_id,
                        principalTable: "user_statuses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agent_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    menu_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agent_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lang = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    queue_level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    channel_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    skill_level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agent_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_agent_assignments_agents_agent_id",
                        column: x => x.agent_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agent_assignments_menus_menu_id",
                        column: x => x.menu_id,
                        principalTable: "menus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agent_team",
                columns: table => new
                {
                    agents_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    teams_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agent_team", x => new { x.agents_id, x.teams_id });
                    table.ForeignKey(
                        name: "fk_agent_team_agents_agents_id",
                        column: x => x.agents_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agent_team_teams_teams_id",
                        column: x => x.teams_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "calls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    call_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    fail_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    lang = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    end_user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    support_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    rating = table.Column<int>(type: "INTEGER", nullable: true),
                    service_level_event = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    queued_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    assigned_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    connected_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ended_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    call_duration = table.Column<int>(type: "INTEGER", nullable: false),
                    hold_duration = table.Column<int>(type: "INTEGER", nullable: false),
                    wait_duration = table.Column<int>(type: "INTEGER", nullable: false),
                    selected_menu_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    agent_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calls", x => x.id);
                    table.ForeignKey(
                        name: "fk_calls_agents_agent_id",
                        column: x => x.agent_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_calls_menus_selected_menu_id",
                        column: x => x.selected_menu_id,
                        principalTable: "menus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "chats",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    chat_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    fail_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    lang = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    end_user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    rating = table.Column<int>(type: "INTEGER", nullable: true),
                    service_level_event = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    queued_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    assigned_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ends_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    first_msg_sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_msg_sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    chat_duration = table.Column<int>(type: "INTEGER", nullable: false),
                    wait_duration = table.Column<int>(type: "INTEGER", nullable: false),
                    message_count = table.Column<int>(type: "INTEGER", nullable: false),
                    average_response_time = table.Column<double>(type: "REAL", nullable: false),
                    longest_response_time = table.Column<double>(type: "REAL", nullable: false),
                    selected_menu_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    agent_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chats", x => x.id);
                    table.ForeignKey(
                        name: "fk_chats_agents_agent_id",
                        column: x => x.agent_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_chats_menus_selected_menu_id",
                        column: x => x.selected_menu_id,
                        principalTable: "menus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "operator_statuses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sip_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    user_status_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    changed_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_operator_statuses", x => x.id);
                    table.ForeignKey(
                        name: "fk_operator_statuses_agents_changed_by_user_id",
                        column: x => x.changed_by_user_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_operator_statuses_agents_sip_user_id",
                        column: x => x.sip_user_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_operator_statuses_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_operator_statuses_user_statuses_user_status_id",
                        column: x => x.user_status_id,
                        principalTable: "user_statuses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agent_activity_logs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agent_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    activity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ended_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    duration = table.Column<double>(type: "REAL", nullable: true),
                    whodunnit_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    call_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    chat_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agent_activity_logs", x => x.id);
                    table.ForeignKey(
                        name: "fk_agent_activity_logs_agents_agent_id",
                        column: x => x.agent_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agent_activity_logs_agents_whodunnit_id",
                        column: x => x.whodunnit_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_agent_activity_logs_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_agent_activity_logs_chats_chat_id",
                        column: x => x.chat_id,
                        principalTable: "chats",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_agent_activity_logs_user_statuses_status_id",
                        column: x => x.status_id,
                        principalTable: "user_statuses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_agent_id_started_at",
                table: "agent_activity_logs",
                columns: new[] { "agent_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_call_id",
                table: "agent_activity_logs",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_chat_id",
                table: "agent_activity_logs",
                column: "chat_id");

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_organisation_id_started_at",
                table: "agent_activity_logs",
                columns: new[] { "organisation_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_status_id",
                table: "agent_activity_logs",
                column: "status_id");

            migrationBuilder.CreateIndex(
                name: "ix_agent_activity_logs_whodunnit_id",
                table: "agent_activity_logs",
                column: "whodunnit_id");

            migrationBuilder.CreateIndex(
                name: "ix_agent_assignments_agent_id",
                table: "agent_assignments",
                column: "agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_agent_assignments_menu_id_agent_id_lang_channel_type",
                table: "agent_assignments",
                columns: new[] { "menu_id", "agent_id", "lang", "channel_type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agent_team_teams_id",
                table: "agent_team",
                column: "teams_id");

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_email",
                table: "agents",
                columns: new[] { "organisation_id", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_last_name_first_name",
                table: "agents",
                columns: new[] { "organisation_id", "last_name", "first_name" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_organisation_id_status_id",
                table: "agents",
                columns: new[] { "organisation_id", "status_id" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_status_id",
                table: "agents",
                column: "status_id");

            migrationBuilder.CreateIndex(
                name: "ix_calls_agent_id",
                table: "calls",
                column: "agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_calls_organisation_id_created_at",
                table: "calls",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_calls_selected_menu_id",
                table: "calls",
                column: "selected_menu_id");

            migrationBuilder.CreateIndex(
                name: "ix_chats_agent_id",
                table: "chats",
                column: "agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_chats_organisation_id_created_at",
                table: "chats",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_chats_selected_menu_id",
                table: "chats",
                column: "selected_menu_id");

            migrationBuilder.CreateIndex(
                name: "ix_menus_organisation_id_parent_id_position",
                table: "menus",
                columns: new[] { "organisation_id", "parent_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_menus_parent_id",
                table: "menus",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_changed_by_user_id",
                table: "operator_statuses",
                column: "changed_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_organisation_id",
                table: "operator_statuses",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_sip_user_id_created_at",
                table: "operator_statuses",
                columns: new[] { "sip_user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_operator_statuses_user_status_id",
                table: "operator_statuses",
                column: "user_status_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_subdomain",
                table: "organisations",
                column: "subdomain",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_team_assignments_menu_id_team_id_lang_channel_type",
                table: "team_assignments",
                columns: new[] { "menu_id", "team_id", "lang", "channel_type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_team_assignments_team_id",
                table: "team_assignments",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_organisation_id_parent_id_position",
                table: "teams",
                columns: new[] { "organisation_id", "parent_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_teams_parent_id",
                table: "teams",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_statuses_organisation_id_built_in_id",
                table: "user_statuses",
                columns: new[] { "organisation_id", "built_in_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_statuses_organisation_id_position",
                table: "user_statuses",
                columns: new[] { "organisation_id", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agent_activity_logs");

            migrationBuilder.DropTable(
                name: "agent_assignments");

            migrationBuilder.DropTable(
                name: "agent_team");

            migrationBuilder.DropTable(
                name: "operator_statuses");

            migrationBuilder.DropTable(
                name: "team_assignments");

            migrationBuilder.DropTable(
                name: "calls");

            migrationBuilder.DropTable(
                name: "chats");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "agents");

            migrationBuilder.DropTable(
                name: "menus");

            migrationBuilder.DropTable(
                name: "user_statuses");

            migrationBuilder.DropTable(
                name: "organisations");
        }
    }
}
