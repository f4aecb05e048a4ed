using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
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
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveringPurpose",
                table: "QuarterlyReports",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveringRecommendations",
                table: "QuarterlyReports",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveringSummary",
                table: "QuarterlyReports",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForceResponse",
                table: "QuarterlyReports",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ForceResponseAt",
                table: "QuarterlyReports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForceResponseBy",
                table: "QuarterlyReports",
                type: "character varying(256)",
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
