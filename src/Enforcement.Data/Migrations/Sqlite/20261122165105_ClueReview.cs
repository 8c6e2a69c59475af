using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Data.Migrations.Sqlite
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
                    ViolationId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstReviewerUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FirstReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstFindingValid = table.Column<bool>(type: "INTEGER", nullable: true),
                    SecondReviewerUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SecondReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InvalidReasonCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ViolationId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ViolationId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StatementDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StatementKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatementText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StatementContact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StatementAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StatementClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
