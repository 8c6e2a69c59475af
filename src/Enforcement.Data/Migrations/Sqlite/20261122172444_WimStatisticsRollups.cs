using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Data.Migrations.Sqlite
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
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lane = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Weighed = table.Column<int>(type: "INTEGER", nullable: false),
                    OverLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    Warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    Fines = table.Column<int>(type: "INTEGER", nullable: false),
                    FineFen = table.Column<long>(type: "INTEGER", nullable: false),
                    HundredTonKing = table.Column<int>(type: "INTEGER", nullable: false),
                    Invalid = table.Column<int>(type: "INTEGER", nullable: false),
                    InvalidDevice = table.Column<int>(type: "INTEGER", nullable: false),
                    Clues = table.Column<int>(type: "INTEGER", nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false),
                    Notices = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimDailyRollups", x => new { x.StationId, x.Lane, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "WimHourlyRollups",
                columns: table => new
                {
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hour = table.Column<int>(type: "INTEGER", nullable: false),
                    DayOfWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Weighed = table.Column<int>(type: "INTEGER", nullable: false),
                    OverLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    HundredTonKing = table.Column<int>(type: "INTEGER", nullable: false),
                    Invalid = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimHourlyRollups", x => new { x.StationId, x.Day, x.Hour });
                });

            migrationBuilder.CreateTable(
                name: "WimInvalidRollups",
                columns: table => new
                {
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lane = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Records = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimInvalidRollups", x => new { x.StationId, x.Lane, x.Day, x.Reason });
                });

            migrationBuilder.CreateTable(
                name: "WimRollupWatermarks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
