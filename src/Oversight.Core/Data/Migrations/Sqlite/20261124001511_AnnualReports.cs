using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnnualReportSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReportSections_AnnualReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "AnnualReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_Year_Version",
                table: "AnnualReports",
                columns: new[] { "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportSections_ReportId_SectionKey",
                table: "AnnualReportSections",
                columns: new[] { "ReportId", "SectionKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReportSections");

            migrationBuilder.DropTable(
                name: "AnnualReports");
        }
    }
}
