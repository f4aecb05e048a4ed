using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Sqlite
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

            migrationBuilder.AlterColumn<byte[]>(
                name: "CrimeId",
                table: "StreetCrimes",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "StreetCrimes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .OldAnnotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<int>(
                name: "FallsWithinTerm",
                table: "StreetCrimes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastOutcomeCategoryTerm",
                table: "StreetCrimes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LocationTerm",
                table: "StreetCrimes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LsoaCodeTerm",
                table: "StreetCrimes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LsoaNameTerm",
                table: "StreetCrimes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportedByTerm",
                table: "StreetCrimes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "StopSearches",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .OldAnnotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "PoliceDataFiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<byte[]>(
                name: "CrimeId",
                table: "CrimeOutcomes",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "CrimeOutcomes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .OldAnnotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<int>(
                name: "FallsWithinTerm",
                table: "CrimeOutcomes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LocationTerm",
                table: "CrimeOutcomes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LsoaCodeTerm",
                table: "CrimeOutcomes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LsoaNameTerm",
                table: "CrimeOutcomes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportedByTerm",
                table: "CrimeOutcomes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PoliceDataTerms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
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
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "StreetCrimes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<string>(
                name: "CrimeType",
                table: "StreetCrimes",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FallsWithin",
                table: "StreetCrimes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FileId",
                table: "StreetCrimes",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "LastOutcomeCategory",
                table: "StreetCrimes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "StreetCrimes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaCode",
                table: "StreetCrimes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaName",
                table: "StreetCrimes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Month",
                table: "StreetCrimes",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReportedBy",
                table: "StreetCrimes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "StopSearches",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<Guid>(
                name: "FileId",
                table: "StopSearches",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Line",
                table: "StopSearches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Month",
                table: "StopSearches",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "CrimeId",
                table: "CrimeOutcomes",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "CrimeOutcomes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<string>(
                name: "FallsWithin",
                table: "CrimeOutcomes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FileId",
                table: "CrimeOutcomes",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "CrimeOutcomes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaCode",
                table: "CrimeOutcomes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaName",
                table: "CrimeOutcomes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Month",
                table: "CrimeOutcomes",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OutcomeType",
                table: "CrimeOutcomes",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReportedBy",
                table: "CrimeOutcomes",
                type: "TEXT",
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
