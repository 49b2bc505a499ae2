using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LiveQueues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "service_level_seconds",
                table: "organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<int>(
                name: "service_level_target_percent",
                table: "organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 80);

            migrationBuilder.AddColumn<int>(
                name: "wrap_up_seconds",
                table: "organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "wrap_up_seconds",
                table: "menus",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "awaiting_reply_since",
                table: "chats",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "end_user_identifier",
                table: "chats",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "end_user_out_contact_id",
                table: "chats",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_id",
                table: "chats",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "menu_path",
                table: "chats",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "response_count",
                table: "chats",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "response_time_total",
                table: "chats",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<DateTime>(
                name: "updated_at",
                table: "chats",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "adapter_fail_code",
                table: "calls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "disconnected_by",
                table: "calls",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "disconnected_by_unknown");

            migrationBuilder.AddColumn<string>(
                name: "end_user_identifier",
                table: "calls",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "end_user_out_contact_id",
                table: "calls",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_id",
                table: "calls",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fail_details",
                table: "calls",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "hold_started_at",
                table: "calls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "menu_path",
                table: "calls",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "updated_at",
                table: "calls",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // rows written before: their last change is when they ended, else when they were created (before the agents
            // table is rebuilt for its new foreign key)
            migrationBuilder.Sql("UPDATE calls SET updated_at = COALESCE(ended_at, created_at);");
            migrationBuilder.Sql("UPDATE chats SET updated_at = COALESCE(ends_at, created_at);");

            migrationBuilder.AddColumn<Guid>(
                name: "next_status_id",
                table: "agents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "contact_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    numeric_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    call_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    chat_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    event_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    agent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    menu_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    to_agent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    lang = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status_effect = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_events_agents_agent_id",
                        column: x => x.agent_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_contact_events_agents_to_agent_id",
                        column: x => x.to_agent_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_contact_events_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_events_chats_chat_id",
                        column: x => x.chat_id,
                        principalTable: "chats",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_events_menus_menu_id",
                        column: x => x.menu_id,
                        principalTable: "menus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "queue_waits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    numeric_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    call_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    chat_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    menu_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lang = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    transfer = table.Column<bool>(type: "INTEGER", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ended_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    agent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    service_level_seconds = table.Column<int>(type: "INTEGER", nullable: true),
                    within_service_level = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_queue_waits", x => x.id);
                    table.ForeignKey(
                        name: "fk_queue_waits_agents_agent_id",
                        column: x => x.agent_id,
                        principalTable: "agents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_queue_waits_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_queue_waits_chats_chat_id",
                        column: x => x.chat_id,
                        principalTable: "chats",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_queue_waits_menus_menu_id",
                        column: x => x.menu_id,
                        principalTable: "menus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_chats_organisation_id_external_id",
                table: "chats",
                columns: new[] { "organisation_id", "external_id" },
                unique: true,
                filter: "\"external_id\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_chats_organisation_id_updated_at",
                table: "chats",
                columns: new[] { "organisation_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_calls_organisation_id_external_id",
                table: "calls",
                columns: new[] { "organisation_id", "external_id" },
                unique: true,
                filter: "\"external_id\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_calls_organisation_id_updated_at",
                table: "calls",
                columns: new[] { "organisation_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_agents_next_status_id",
                table: "agents",
                column: "next_status_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_agent_id",
                table: "contact_events",
                column: "agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_call_id_event_id",
                table: "contact_events",
                columns: new[] { "call_id", "event_id" },
                unique: true,
                filter: "\"call_id\" IS NOT NULL AND \"event_id\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_chat_id_event_id",
                table: "contact_events",
                columns: new[] { "chat_id", "event_id" },
                unique: true,
                filter: "\"chat_id\" IS NOT NULL AND \"event_id\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_menu_id",
                table: "contact_events",
                column: "menu_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_organisation_id_numeric_id",
                table: "contact_events",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_organisation_id_recorded_at",
                table: "contact_events",
                columns: new[] { "organisation_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_to_agent_id",
                table: "contact_events",
                column: "to_agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_queue_waits_agent_id",
                table: "queue_waits",
                column: "agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_queue_waits_call_id",
                table: "queue_waits",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_queue_waits_chat_id",
                table: "queue_waits",
                column: "chat_id");

            migrationBuilder.CreateIndex(
                name: "ix_queue_waits_menu_id",
                table: "queue_waits",
                column: "menu_id");

            migrationBuilder.CreateIndex(
                name: "ix_queue_waits_organisation_id_ended_at",
                table: "queue_waits",
                columns: new[] { "organisation_id", "ended_at" });

            migrationBuilder.CreateIndex(
                name: "ix_queue_waits_organisation_id_numeric_id",
                table: "queue_waits",
                columns: new[] { "organisation_id", "numeric_id" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_agents_user_statuses_next_status_id",
                table: "agents",
                column: "next_status_id",
                principalTable: "user_statuses",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_agents_user_statuses_next_status_id",
                table: "agents");

            migrationBuilder.DropTable(
                name: "contact_events");

            migrationBuilder.DropTable(
                name: "queue_waits");

            migrationBuilder.DropIndex(
                name: "ix_chats_organisation_id_external_id",
                table: "chats");

            migrationBuilder.DropIndex(
                name: "ix_chats_organisation_id_updated_at",
                table: "chats");

            migrationBuilder.DropIndex(
                name: "ix_calls_organisation_id_external_id",
                table: "calls");

            migrationBuilder.DropIndex(
                name: "ix_calls_organisation_id_updated_at",
                table: "calls");

            migrationBuilder.DropIndex(
                name: "ix_agents_next_status_id",
                table: "agents");

            migrationBuilder.DropColumn(
                name: "service_level_seconds",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "service_level_target_percent",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "wrap_up_seconds",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "wrap_up_seconds",
                table: "menus");

            migrationBuilder.DropColumn(
                name: "awaiting_reply_since",
                table: "chats");

            migrationBuilder.DropColumn(
                name: "end_user_identifier",
                table: "chats");

            migrationBuilder.DropColumn(
                name: "end_user_out_contact_id",
                table: "chats");

            migrationBuilder.DropColumn(
                name: "external_id",
                table: "chats");

            migrationBuilder.DropColumn(
                name: "menu_path",
                table: "chats");

            migrationBuilder.DropColumn(
                name: "response_count",
                table: "chats");

            migrationBuilder.DropColumn(
                name: "response_time_total",
                table: "chats");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "chats");

            migrationBuilder.DropColumn(
                name: "adapter_fail_code",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "disconnected_by",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "end_user_identifier",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "end_user_out_contact_id",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "external_id",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "fail_details",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "hold_started_at",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "menu_path",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "next_status_id",
                table: "agents");
        }
    }
}
