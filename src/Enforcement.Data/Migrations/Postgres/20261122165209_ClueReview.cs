using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Enforcement.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClueReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClueReviews",
                columns: table => new
                {
                    ViolationId = table.Column<long>(type: "bigint", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    FirstReviewerUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    FirstReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FirstFindingValid = table.Column<bool>(type: "boolean", nullable: true),
                    SecondReviewerUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SecondReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InvalidReasonCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CaseId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClueReviews", x => x.ViolationId);
                    table.ForeignKey(
                        name: "FK_ClueReviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClueReviews_OverloadViolations_ViolationId",
                        column: x => x.ViolationId,
                        principalTable: "OverloadViolations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClueHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ViolationId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActorUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClueHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClueHistory_ClueReviews_ViolationId",
                        column: x => x.ViolationId,
                        principalTable: "ClueReviews",
                        principalColumn: "ViolationId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClueNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ViolationId = table.Column<long>(type: "bigint", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    TokenSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedByUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StatementDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StatementKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatementText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StatementContact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StatementAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StatementClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClueNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClueNotices_ClueReviews_ViolationId",
                        column: x => x.ViolationId,
                        principalTable: "ClueReviews",
                        principalColumn: "ViolationId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClueHistory_ViolationId",
                table: "ClueHistory",
                column: "ViolationId");

            migrationBuilder.CreateIndex(
                name: "IX_ClueNotices_TokenSha256",
                table: "ClueNotices",
                column: "TokenSha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClueNotices_ViolationId",
                table: "ClueNotices",
                column: "ViolationId");

            migrationBuilder.CreateIndex(
                name: "IX_ClueReviews_CaseId",
                table: "ClueReviews",
                column: "CaseId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClueHistory");

            migrationBuilder.DropTable(
                name: "ClueNotices");

            migrationBuilder.DropTable(
                name: "ClueReviews");
        }
    }
}
