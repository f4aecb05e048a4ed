using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AsbCaseReviewsAndGrantsPassedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Budget",
                table: "SaferStreetsProjects",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Spend",
                table: "SaferStreetsProjects",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "AsbCaseReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PartnershipReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ComplaintsInPeriod = table.Column<int>(type: "integer", nullable: false),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    Accepted = table.Column<bool>(type: "boolean", nullable: false),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ActionPlan = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AsbCaseReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CsfAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FinancialYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Plan = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PlanAgreedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsfAllocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SaferStreetsClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FundingYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaferStreetsClaims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AsbAppeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApplicantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    District = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CaseReviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    OutcomeGivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    AppealDays = table.Column<int>(type: "integer", nullable: false),
                    Eligible = table.Column<bool>(type: "boolean", nullable: true),
                    ExtendedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    InformationRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InformationReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PanelOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PanelMembers = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Rationale = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnonymisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AsbAppeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AsbAppeals_AsbCaseReviews_CaseReviewId",
                        column: x => x.CaseReviewId,
                        principalTable: "AsbCaseReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AsbAppeals_CasePeople_ApplicantId",
                        column: x => x.ApplicantId,
                        principalTable: "CasePeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CsfReturns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AllocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Spend = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Outputs = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CaseStudy = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsfReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CsfReturns_CsfAllocations_AllocationId",
                        column: x => x.AllocationId,
                        principalTable: "CsfAllocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AsbRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppealId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Accepted = table.Column<bool>(type: "boolean", nullable: true),
                    Response = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AsbRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AsbRecommendations_AsbAppeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "AsbAppeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AsbAppeals_ApplicantId",
                table: "AsbAppeals",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_AsbAppeals_CaseReviewId",
                table: "AsbAppeals",
                column: "CaseReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_AsbAppeals_ReceivedOn",
                table: "AsbAppeals",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_AsbAppeals_Reference",
                table: "AsbAppeals",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AsbCaseReviews_AppliedOn",
                table: "AsbCaseReviews",
                column: "AppliedOn");

            migrationBuilder.CreateIndex(
                name: "IX_AsbCaseReviews_Partnership_PartnershipReference",
                table: "AsbCaseReviews",
                columns: new[] { "Partnership", "PartnershipReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AsbRecommendations_AppealId",
                table: "AsbRecommendations",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_CsfAllocations_FinancialYear_Partnership",
                table: "CsfAllocations",
                columns: new[] { "FinancialYear", "Partnership" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CsfReturns_AllocationId_Quarter",
                table: "CsfReturns",
                columns: new[] { "AllocationId", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SaferStreetsClaims_Round_FundingYear_Quarter",
                table: "SaferStreetsClaims",
                columns: new[] { "Round", "FundingYear", "Quarter" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AsbRecommendations");

            migrationBuilder.DropTable(
                name: "CsfReturns");

            migrationBuilder.DropTable(
                name: "SaferStreetsClaims");

            migrationBuilder.DropTable(
                name: "AsbAppeals");

            migrationBuilder.DropTable(
                name: "CsfAllocations");

            migrationBuilder.DropTable(
                name: "AsbCaseReviews");

            migrationBuilder.DropColumn(
                name: "Budget",
                table: "SaferStreetsProjects");

            migrationBuilder.DropColumn(
                name: "Spend",
                table: "SaferStreetsProjects");
        }
    }
}
