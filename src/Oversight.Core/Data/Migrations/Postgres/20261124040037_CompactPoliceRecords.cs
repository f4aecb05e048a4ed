using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompactPoliceRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows in the old layout cannot be rewritten in SQL (terms, key ranges): they are removed here and come
            // back by importing the files again. The files' provenance and the measure values stay.
            migrationBuilder.Sql("DELETE FROM \"StreetCrimes\"; DELETE FROM \"CrimeOutcomes\"; DELETE FROM \"StopSearches\";");

            migrationBuilder.DropForeignKey(
                name: "FK_CrimeOutcomes_PoliceDataFiles_FileId",
                table: "CrimeOutcomes");

            migrationBuilder.DropForeignKey(
                name: "FK_StopSearches_PoliceDataFiles_FileId",
                table: "StopSearches");

            migrationBuilder.DropForeignKey(
                name: "FK_StreetCrimes_PoliceDataFiles_FileId",
                table: "StreetCrimes");

            migrationBuilder.DropIndex(
                name: "IX_StreetCrimes_FileId_Line",
                table: "StreetCrimes");

            migrationBuilder.DropIndex(
                name: "IX_StreetCrimes_Month_CrimeType",
                table: "StreetCrimes");

            migrationBuilder.DropIndex(
                name: "IX_StopSearches_FileId_Line",
                table: "StopSearches");

            migrationBuilder.DropIndex(
                name: "IX_StopSearches_Month",
                table: "StopSearches");

            migrationBuilder.DropIndex(
                name: "IX_CrimeOutcomes_FileId_Line",
                table: "CrimeOutcomes");

            migrationBuilder.DropIndex(
                name: "IX_CrimeOutcomes_Month_OutcomeType",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "CrimeType",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "FallsWithin",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "FileId",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "LastOutcomeCategory",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "LsoaCode",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "LsoaName",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "ReportedBy",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "FileId",
                table: "StopSearches");

            migrationBuilder.DropColumn(
                name: "Line",
                table: "StopSearches");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "StopSearches");

            migrationBuilder.DropColumn(
                name: "FallsWithin",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "FileId",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "LsoaCode",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "LsoaName",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "OutcomeType",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "ReportedBy",
                table: "CrimeOutcomes");

            migrationBuilder.RenameColumn(
                name: "Line",
                table: "StreetCrimes",
                newName: "CrimeTypeTerm");

            migrationBuilder.RenameColumn(
                name: "Line",
                table: "CrimeOutcomes",
                newName: "OutcomeTypeTerm");

            // text has no automatic cast to bytea; the table is empty (see above).
            migrationBuilder.DropColumn(name: "CrimeId", table: "StreetCrimes");
            migrationBuilder.AddColumn<byte[]>(name: "CrimeId", table: "StreetCrimes", type: "bytea", nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "StreetCrimes",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<int>(
                name: "FallsWithinTerm",
                table: "StreetCrimes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastOutcomeCategoryTerm",
                table: "StreetCrimes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LocationTerm",
                table: "StreetCrimes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LsoaCodeTerm",
                table: "StreetCrimes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LsoaNameTerm",
                table: "StreetCrimes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportedByTerm",
                table: "StreetCrimes",
                type: "integer",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "StopSearches",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "PoliceDataFiles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // text has no automatic cast to bytea; the table is empty (see above).
            migrationBuilder.DropColumn(name: "CrimeId", table: "CrimeOutcomes");
            migrationBuilder.AddColumn<byte[]>(name: "CrimeId", table: "CrimeOutcomes", type: "bytea", nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "CrimeOutcomes",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<int>(
                name: "FallsWithinTerm",
                table: "CrimeOutcomes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LocationTerm",
                table: "CrimeOutcomes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LsoaCodeTerm",
                table: "CrimeOutcomes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LsoaNameTerm",
                table: "CrimeOutcomes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportedByTerm",
                table: "CrimeOutcomes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PoliceDataTerms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliceDataTerms", x => x.Id);
                });
            migrationBuilder.Sql("UPDATE \"PoliceDataFiles\" SET \"Number\" = (SELECT COUNT(*) FROM \"PoliceDataFiles\" AS e WHERE e.\"Id\" <= \"PoliceDataFiles\".\"Id\");");


            migrationBuilder.CreateIndex(
                name: "IX_PoliceDataFiles_Number",
                table: "PoliceDataFiles",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PoliceDataTerms_Text",
                table: "PoliceDataTerms",
                column: "Text",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PoliceDataTerms");

            migrationBuilder.DropIndex(
                name: "IX_PoliceDataFiles_Number",
                table: "PoliceDataFiles");

            migrationBuilder.DropColumn(
                name: "FallsWithinTerm",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "LastOutcomeCategoryTerm",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "LocationTerm",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "LsoaCodeTerm",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "LsoaNameTerm",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "ReportedByTerm",
                table: "StreetCrimes");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "PoliceDataFiles");

            migrationBuilder.DropColumn(
                name: "FallsWithinTerm",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "LocationTerm",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "LsoaCodeTerm",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "LsoaNameTerm",
                table: "CrimeOutcomes");

            migrationBuilder.DropColumn(
                name: "ReportedByTerm",
                table: "CrimeOutcomes");

            migrationBuilder.RenameColumn(
                name: "CrimeTypeTerm",
                table: "StreetCrimes",
                newName: "Line");

            migrationBuilder.RenameColumn(
                name: "OutcomeTypeTerm",
                table: "CrimeOutcomes",
                newName: "Line");

            migrationBuilder.AlterColumn<string>(
                name: "CrimeId",
                table: "StreetCrimes",
                type: "text",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "StreetCrimes",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<string>(
                name: "CrimeType",
                table: "StreetCrimes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FallsWithin",
                table: "StreetCrimes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FileId",
                table: "StreetCrimes",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "LastOutcomeCategory",
                table: "StreetCrimes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "StreetCrimes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaCode",
                table: "StreetCrimes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaName",
                table: "StreetCrimes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Month",
                table: "StreetCrimes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReportedBy",
                table: "StreetCrimes",
                type: "text",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "StopSearches",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<Guid>(
                name: "FileId",
                table: "StopSearches",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Line",
                table: "StopSearches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Month",
                table: "StopSearches",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "CrimeId",
                table: "CrimeOutcomes",
                type: "text",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "CrimeOutcomes",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<string>(
                name: "FallsWithin",
                table: "CrimeOutcomes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FileId",
                table: "CrimeOutcomes",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "CrimeOutcomes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaCode",
                table: "CrimeOutcomes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaName",
                table: "CrimeOutcomes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Month",
                table: "CrimeOutcomes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OutcomeType",
                table: "CrimeOutcomes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReportedBy",
                table: "CrimeOutcomes",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StreetCrimes_FileId_Line",
                table: "StreetCrimes",
                columns: new[] { "FileId", "Line" });

            migrationBuilder.CreateIndex(
                name: "IX_StreetCrimes_Month_CrimeType",
                table: "StreetCrimes",
                columns: new[] { "Month", "CrimeType" });

            migrationBuilder.CreateIndex(
                name: "IX_StopSearches_FileId_Line",
                table: "StopSearches",
                columns: new[] { "FileId", "Line" });

            migrationBuilder.CreateIndex(
                name: "IX_StopSearches_Month",
                table: "StopSearches",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeOutcomes_FileId_Line",
                table: "CrimeOutcomes",
                columns: new[] { "FileId", "Line" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeOutcomes_Month_OutcomeType",
                table: "CrimeOutcomes",
                columns: new[] { "Month", "OutcomeType" });

            migrationBuilder.AddForeignKey(
                name: "FK_CrimeOutcomes_PoliceDataFiles_FileId",
                table: "CrimeOutcomes",
                column: "FileId",
                principalTable: "PoliceDataFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_StopSearches_PoliceDataFiles_FileId",
                table: "StopSearches",
                column: "FileId",
                principalTable: "PoliceDataFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_StreetCrimes_PoliceDataFiles_FileId",
                table: "StreetCrimes",
                column: "FileId",
                principalTable: "PoliceDataFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
