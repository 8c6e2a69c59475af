using System;
using Enforcement.Data.Wim;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Enforcement.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    PlateNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PlateColour = table.Column<int>(type: "integer", nullable: false),
                    RouteCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FirstCapturedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastCapturedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HitCount = table.Column<int>(type: "integer", nullable: false),
                    GoverningDeviceId = table.Column<int>(type: "integer", nullable: false),
                    GoverningRecordId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GoverningCapturedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GoverningDeviceCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EffectiveOverKg = table.Column<int>(type: "integer", nullable: false),
                    GrossKg = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    FineFen = table.Column<long>(type: "bigint", nullable: false),
                    HundredTonKing = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverloadViolations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WimBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sender = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: false),
                    DeliveryId = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: false),
                    DeviceId = table.Column<int>(type: "integer", nullable: true),
                    AgencyId = table.Column<int>(type: "integer", nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Stored = table.Column<int>(type: "integer", nullable: false),
                    Duplicate = table.Column<int>(type: "integer", nullable: false),
                    Quarantined = table.Column<int>(type: "integer", nullable: false),
                    Hits = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WimQuarantine",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    DeviceId = table.Column<int>(type: "integer", nullable: true),
                    AgencyId = table.Column<int>(type: "integer", nullable: true),
                    DeviceCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RowNumber = table.Column<int>(type: "integer", nullable: false),
                    RawText = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WimQuarantine", x => x.Id);
                });

            // Partitioned by month on the capture instant, primary key (Seq, CapturedAtUtc), BRIN indexes: by hand (WimPartitions).
            migrationBuilder.Sql(WimPartitions.CreateTableSql);

            migrationBuilder.CreateTable(
                name: "OverloadViolationHits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ViolationId = table.Column<long>(type: "bigint", nullable: false),
                    DeviceId = table.Column<int>(type: "integer", nullable: false),
                    DeviceCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CapturedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EffectiveOverKg = table.Column<int>(type: "integer", nullable: false),
                    GrossKg = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    FineFen = table.Column<long>(type: "bigint", nullable: false),
                    TraceJson = table.Column<string>(type: "text", nullable: false)
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
                name: "IX_OverloadViolations_PlateNumber_PlateColour_RouteCode_FirstC~",
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

            migrationBuilder.Sql(WimPartitions.DropTableSql);

            migrationBuilder.DropTable(
                name: "OverloadViolations");
        }
    }
}
