using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GrantsPassedOn : Migration
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
                name: "CsfReturns");

            migrationBuilder.DropTable(
                name: "SaferStreetsClaims");

            migrationBuilder.DropTable(
                name: "CsfAllocations");

            migrationBuilder.DropColumn(
                name: "Budget",
                table: "SaferStreetsProjects");

            migrationBuilder.DropColumn(
                name: "Spend",
                table: "SaferStreetsProjects");
        }
    }
}
