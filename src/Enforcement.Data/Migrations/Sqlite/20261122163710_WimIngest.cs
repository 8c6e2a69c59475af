using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WimIngest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OverloadViolations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlateNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PlateColour = table.Column<int>(type: "INTEGER", nullable: false),
                    RouteCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstCapturedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastCapturedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HitCount = table.Column<int>(type: "INTEGER", nullable: false),
                    GoverningDeviceId = table.Column<int>(type: "INTEGER", nullable: false),
                    GoverningRecordId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GoverningCapturedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GoverningDeviceCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveOverKg = table.Column<int>(type: "INTEGER", nullable: false),
                    GrossKg = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    FineFen = table.Column<long>(type: "INTEGER", nullable: false),
                    HundredTonKing = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverloadViolations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WimBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 96, nullable: false),
                    DeliveryId = table.Column<string>(type: "TEXT", maxLength: 96, nullable: false),
                    DeviceId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Stored = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicate = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarantined = table.Column<int>(type: "INTEGER", nullable: false),
                    Hits = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WimQuarantine",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeviceId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeviceCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    RawText = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimQuarantine", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WimRecords",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<int>(type: "INTEGER", nullable: false),
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CapturedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    Lane = table.Column<int>(type: "INTEGER", nullable: false),
                    PlateNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PlateColour = table.Column<int>(type: "INTEGER", nullable: true),
                    PlateConfidenceBp = table.Column<int>(type: "INTEGER", nullable: true),
                    AxleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfigurationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    GrossKg = table.Column<int>(type: "INTEGER", nullable: false),
                    AxleKg = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SpeedKmhTenths = table.Column<int>(type: "INTEGER", nullable: true),
                    LengthMm = table.Column<int>(type: "INTEGER", nullable: true),
                    WidthMm = table.Column<int>(type: "INTEGER", nullable: true),
                    HeightMm = table.Column<int>(type: "INTEGER", nullable: true),
                    Images = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Anomalies = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    DeviceValid = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvalidReasons = table.Column<int>(type: "INTEGER", nullable: false),
                    LimitKg = table.Column<int>(type: "INTEGER", nullable: true),
                    MeasuredOverKg = table.Column<int>(type: "INTEGER", nullable: false),
                    ToleranceKg = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOverKg = table.Column<int>(type: "INTEGER", nullable: false),
                    OverLimitRateBp = table.Column<int>(type: "INTEGER", nullable: false),
                    FineFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Dimension = table.Column<int>(type: "INTEGER", nullable: false),
                    HundredTonKing = table.Column<bool>(type: "INTEGER", nullable: false),
                    RuleVersion = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimRecords", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "OverloadViolationHits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ViolationId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeviceId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeviceCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CapturedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EffectiveOverKg = table.Column<int>(type: "INTEGER", nullable: false),
                    GrossKg = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    FineFen = table.Column<long>(type: "INTEGER", nullable: false),
                    TraceJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverloadViolationHits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OverloadViolationHits_OverloadViolations_ViolationId",
                        column: x => x.ViolationId,
                        principalTable: "OverloadViolations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OverloadViolationHits_DeviceId_RecordId_CapturedAtUtc",
                table: "OverloadViolationHits",
                columns: new[] { "DeviceId", "RecordId", "CapturedAtUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OverloadViolationHits_ViolationId",
                table: "OverloadViolationHits",
                column: "ViolationId");

            migrationBuilder.CreateIndex(
                name: "IX_OverloadViolations_AgencyId_Status",
                table: "OverloadViolations",
                columns: new[] { "AgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_OverloadViolations_PlateNumber_PlateColour_RouteCode_FirstCapturedAtUtc",
                table: "OverloadViolations",
                columns: new[] { "PlateNumber", "PlateColour", "RouteCode", "FirstCapturedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WimBatches_ReceivedAtUtc",
                table: "WimBatches",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_WimBatches_Sender_DeliveryId",
                table: "WimBatches",
                columns: new[] { "Sender", "DeliveryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WimQuarantine_BatchId",
                table: "WimQuarantine",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_WimQuarantine_DeviceId_ReceivedAtUtc",
                table: "WimQuarantine",
                columns: new[] { "DeviceId", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WimRecords_CapturedAtUtc",
                table: "WimRecords",
                column: "CapturedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_WimRecords_DeviceId_RecordId_CapturedAtUtc",
                table: "WimRecords",
                columns: new[] { "DeviceId", "RecordId", "CapturedAtUtc" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OverloadViolationHits");

            migrationBuilder.DropTable(
                name: "WimBatches");

            migrationBuilder.DropTable(
                name: "WimQuarantine");

            migrationBuilder.DropTable(
                name: "WimRecords");

            migrationBuilder.DropTable(
                name: "OverloadViolations");
        }
    }
}
