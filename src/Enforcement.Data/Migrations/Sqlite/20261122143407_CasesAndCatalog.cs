using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CasesAndCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Procedure = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    PartyKind = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ViolationOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ViolationEndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FiveYearLimitation = table.Column<bool>(type: "INTEGER", nullable: false),
                    DiscoveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandlerIds = table.Column<string>(type: "TEXT", nullable: false),
                    RecusedIds = table.Column<string>(type: "TEXT", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalReviewRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalReviewerId = table.Column<int>(type: "INTEGER", nullable: true),
                    LegalReviewPassedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CollectiveDiscussionRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    CollectiveDiscussionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposedKinds = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedFineFen = table.Column<long>(type: "INTEGER", nullable: true),
                    RecommendedMinFen = table.Column<long>(type: "INTEGER", nullable: true),
                    RecommendedMaxFen = table.Column<long>(type: "INTEGER", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingRight = table.Column<bool>(type: "INTEGER", nullable: false),
                    HearingRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatementReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DefenceWaived = table.Column<bool>(type: "INTEGER", nullable: false),
                    HearingWaived = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecisionExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedKinds = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedFineFen = table.Column<long>(type: "INTEGER", nullable: true),
                    DeviationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServiceMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    ElectronicServiceConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EnforcementConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchiveOverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvisionViolated = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PenaltyProvision = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Penalty = table.Column<string>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorOfficerId = table.Column<int>(type: "INTEGER", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseHistory_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseHistory_CaseId",
                table: "CaseHistory",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_Number",
                table: "Cases",
                columns: new[] { "AgencyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_Status",
                table: "Cases",
                columns: new[] { "AgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegisteredOn",
                table: "Cases",
                column: "RegisteredOn");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementItems_Code_Version",
                table: "EnforcementItems",
                columns: new[] { "Code", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseHistory");

            migrationBuilder.DropTable(
                name: "EnforcementItems");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
