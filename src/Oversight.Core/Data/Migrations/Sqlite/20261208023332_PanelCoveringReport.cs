using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PanelCoveringReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CoveringExceptions",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveringPurpose",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveringRecommendations",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveringSummary",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForceResponse",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ForceResponseAt",
                table: "QuarterlyReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForceResponseBy",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CoveringExceptions",
                table: "QuarterlyReports");

            migrationBuilder.DropColumn(
                name: "CoveringPurpose",
                table: "QuarterlyReports");

            migrationBuilder.DropColumn(
                name: "CoveringRecommendations",
                table: "QuarterlyReports");

            migrationBuilder.DropColumn(
                name: "CoveringSummary",
                table: "QuarterlyReports");

            migrationBuilder.DropColumn(
                name: "ForceResponse",
                table: "QuarterlyReports");

            migrationBuilder.DropColumn(
                name: "ForceResponseAt",
                table: "QuarterlyReports");

            migrationBuilder.DropColumn(
                name: "ForceResponseBy",
                table: "QuarterlyReports");
        }
    }
}
