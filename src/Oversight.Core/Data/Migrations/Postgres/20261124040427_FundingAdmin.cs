using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FundingAdmin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VictimServiceReturns_ContractId_Period",
                table: "VictimServiceReturns");

            migrationBuilder.AddColumn<int>(
                name: "CrimeNotKnown",
                table: "VictimServiceReturns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DomesticAbuse",
                table: "VictimServiceReturns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OtherCrime",
                table: "VictimServiceReturns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SexualViolence",
                table: "VictimServiceReturns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "VictimServiceReturns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "VictimServiceReturns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SupersededAt",
                table: "VictimServiceReturns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersedesId",
                table: "VictimServiceReturns",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_VictimServiceReturns_ContractId_Period",
                table: "VictimServiceReturns",
                columns: new[] { "ContractId", "Period" },
                unique: true,
                filter: "\"SupersededAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VictimServiceReturns_ContractId_Period",
                table: "VictimServiceReturns");

            migrationBuilder.DropColumn(
                name: "CrimeNotKnown",
                table: "VictimServiceReturns");

            migrationBuilder.DropColumn(
                name: "DomesticAbuse",
                table: "VictimServiceReturns");

            migrationBuilder.DropColumn(
                name: "OtherCrime",
                table: "VictimServiceReturns");

            migrationBuilder.DropColumn(
                name: "SexualViolence",
                table: "VictimServiceReturns");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "VictimServiceReturns");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "VictimServiceReturns");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "VictimServiceReturns");

            migrationBuilder.DropColumn(
                name: "SupersedesId",
                table: "VictimServiceReturns");

            migrationBuilder.CreateIndex(
                name: "IX_VictimServiceReturns_ContractId_Period",
                table: "VictimServiceReturns",
                columns: new[] { "ContractId", "Period" },
                unique: true);
        }
    }
}
