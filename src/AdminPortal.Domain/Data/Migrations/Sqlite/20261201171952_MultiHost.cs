using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdminPortal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MultiHost : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rate_windows",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    window_start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rate_windows", x => new { x.organisation_id, x.window_start });
                });

            migrationBuilder.CreateTable(
                name: "shared_secrets",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shared_secrets", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "widget_circuits",
                columns: table => new
                {
                    host_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agent_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    open_widgets = table.Column<int>(type: "INTEGER", nullable: false),
                    seen_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_widget_circuits", x => new { x.host_id, x.agent_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_rate_windows_window_start",
                table: "rate_windows",
                column: "window_start");

            migrationBuilder.CreateIndex(
                name: "ix_widget_circuits_agent_id",
                table: "widget_circuits",
                column: "agent_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "rate_windows");

            migrationBuilder.DropTable(
                name: "shared_secrets");

            migrationBuilder.DropTable(
                name: "widget_circuits");
        }
    }
}
