using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionsAndNationalCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CreatedById",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedById",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelRecommendation",
                table: "FundingApplications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Posts",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "CreatedById",
                table: "AnnualReports",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedById",
                table: "AnnualReports",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DecisionNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DecisionMakerPost = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionMaker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    OptionsConsidered = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ConflictsDeclared = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    BackgroundPapers = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ExemptText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ExemptCategory = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FinanceAdvice = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FinanceAdviceBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FinanceAdviceAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MonitoringAdvice = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    MonitoringAdviceBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MonitoringAdviceAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ForwardPlanEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecisionMakerPost = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExpectedBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ExemptCategory = table.Column<int>(type: "INTEGER", nullable: true),
                    NoticeSeriesId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForwardPlanEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MissingValueReasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissingValueReasons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissingValueReasons_QuarterlyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "QuarterlyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NationalCounts",
                columns: table => new
                {
                    Force = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalCounts", x => new { x.Force, x.Kind, x.Month, x.Category });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionNotices_SeriesId_Version",
                table: "DecisionNotices",
                columns: new[] { "SeriesId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionNotices_SourceType_SourceId",
                table: "DecisionNotices",
                columns: new[] { "SourceType", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionNotices_Status_DecidedOn",
                table: "DecisionNotices",
                columns: new[] { "Status", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ForwardPlanEntries_ExpectedBy",
                table: "ForwardPlanEntries",
                column: "ExpectedBy");

            migrationBuilder.CreateIndex(
                name: "IX_MissingValueReasons_ReportId_MeasureId",
                table: "MissingValueReasons",
                columns: new[] { "ReportId", "MeasureId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionNotices");

            migrationBuilder.DropTable(
                name: "ForwardPlanEntries");

            migrationBuilder.DropTable(
                name: "MissingValueReasons");

            migrationBuilder.DropTable(
                name: "NationalCounts");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "QuarterlyReports");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "QuarterlyReports");

            migrationBuilder.DropColumn(
                name: "PanelRecommendation",
                table: "FundingApplications");

            migrationBuilder.DropColumn(
                name: "Posts",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "AnnualReports");
        }
    }
}
