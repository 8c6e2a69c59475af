using Enforcement.Data.Postgres;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Data.Migrations.Postgres
{
    /// <summary>
    /// Each weighing device's cursor, the latest capture instant stored for it (PostgreSQL only, outside the model like
    /// the partitions): the store looks up only records at or before it for re-delivery. Filled from the stored records.
    /// </summary>
    [DbContext(typeof(PostgresEnforcementDbContext))]
    [Migration("20261122191500_WimDeviceCursors")]
    public partial class WimDeviceCursors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "WimDeviceCursors" (
                    "DeviceId" integer PRIMARY KEY,
                    "LastCapturedAtUtc" timestamp with time zone NOT NULL);
                INSERT INTO "WimDeviceCursors" ("DeviceId", "LastCapturedAtUtc")
                    SELECT "DeviceId", max("CapturedAtUtc") FROM "WimRecords" GROUP BY "DeviceId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "WimDeviceCursors";""");
        }
    }
}
