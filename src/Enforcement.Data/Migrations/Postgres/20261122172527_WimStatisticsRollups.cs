using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WimStatisticsRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WimDailyRollups",
                columns: table => new
                {
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Lane = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Weighed = table.Column<int>(type: "integer", nullable: false),
                    OverLimit = table.Column<int>(type: "integer", nullable: false),
                    Warnings = table.Column<int>(type: "integer", nullable: false),
                    Fines = table.Column<int>(type: "integer", nullable: false),
                    FineFen = table.Column<long>(type: "bigint", nullable: false),
                    HundredTonKing = table.Column<int>(type: "integer", nullable: false),
                    Invalid = table.Column<int>(type: "integer", nullable: false),
                    InvalidDevice = table.Column<int>(type: "integer", nullable: false),
                    Clues = table.Column<int>(type: "integer", nullable: false),
                    Cases = table.Column<int>(type: "integer", nullable: false),
                    Notices = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimDailyRollups", x => new { x.StationId, x.Lane, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "WimHourlyRollups",
                columns: table => new
                {
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Hour = table.Column<int>(type: "integer", nullable: false),
                    DayOfWeek = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Weighed = table.Column<int>(type: "integer", nullable: false),
                    OverLimit = table.Column<int>(type: "integer", nullable: false),
                    HundredTonKing = table.Column<int>(type: "integer", nullable: false),
                    Invalid = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimHourlyRollups", x => new { x.StationId, x.Day, x.Hour });
                });

            migrationBuilder.CreateTable(
                name: "WimInvalidRollups",
                columns: table => new
                {
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Lane = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Records = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimInvalidRollups", x => new { x.StationId, x.Lane, x.Day, x.Reason });
                });

            migrationBuilder.CreateTable(
                name: "WimRollupWatermarks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimRollupWatermarks", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WimDailyRollups_Day_StationId",
                table: "WimDailyRollups",
                columns: new[] { "Day", "StationId" });

            migrationBuilder.CreateIndex(
                name: "IX_WimHourlyRollups_Day_Hour",
                table: "WimHourlyRollups",
                columns: new[] { "Day", "Hour" });

            migrationBuilder.CreateIndex(
                name: "IX_WimInvalidRollups_Day_StationId",
                table: "WimInvalidRollups",
                columns: new[] { "Day", "StationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WimDailyRollups");

            migrationBuilder.DropTable(
                name: "WimHourlyRollups");

            migrationBuilder.DropTable(
                name: "WimInvalidRollups");

            migrationBuilder.DropTable(
                name: "WimRollupWatermarks");
        }
    }
}
