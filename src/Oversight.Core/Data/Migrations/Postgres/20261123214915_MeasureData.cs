using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasureData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AggregateImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Observations = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AggregateImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataSharingAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Purpose = table.Column<string>(type: "text", nullable: false),
                    Starts = table.Column<DateOnly>(type: "date", nullable: false),
                    Ends = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSharingAgreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataUploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasureId = table.Column<string>(type: "text", nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    OrganisationId = table.Column<string>(type: "text", nullable: false),
                    UploadedBy = table.Column<string>(type: "text", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataUploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Observations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Numerator = table.Column<double>(type: "double precision", nullable: true),
                    Denominator = table.Column<double>(type: "double precision", nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ProvenanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Observations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PoliceDataFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Force = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    RowsImported = table.Column<int>(type: "integer", nullable: false),
                    RowsRejected = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliceDataFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementDataset",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    DatasetId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementDataset", x => new { x.AgreementId, x.DatasetId });
                    table.ForeignKey(
                        name: "FK_AgreementDataset_DataSharingAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "DataSharingAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementPartner",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementPartner", x => new { x.AgreementId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_AgreementPartner_DataSharingAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "DataSharingAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementPartner_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrimeOutcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<string>(type: "text", nullable: false),
                    CrimeId = table.Column<string>(type: "text", nullable: true),
                    ReportedBy = table.Column<string>(type: "text", nullable: true),
                    FallsWithin = table.Column<string>(type: "text", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Location = table.Column<string>(type: "text", nullable: true),
                    LsoaCode = table.Column<string>(type: "text", nullable: true),
                    LsoaName = table.Column<string>(type: "text", nullable: true),
                    OutcomeType = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrimeOutcomes_PoliceDataFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "PoliceDataFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StopSearches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<string>(type: "text", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PartOfPolicingOperation = table.Column<bool>(type: "boolean", nullable: true),
                    PolicingOperation = table.Column<string>(type: "text", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Gender = table.Column<string>(type: "text", nullable: true),
                    AgeRange = table.Column<string>(type: "text", nullable: true),
                    SelfDefinedEthnicity = table.Column<string>(type: "text", nullable: true),
                    OfficerDefinedEthnicity = table.Column<string>(type: "text", nullable: true),
                    Legislation = table.Column<string>(type: "text", nullable: true),
                    ObjectOfSearch = table.Column<string>(type: "text", nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: true),
                    OutcomeLinkedToObjectOfSearch = table.Column<bool>(type: "boolean", nullable: true),
                    RemovalOfMoreThanOuterClothing = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StopSearches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StopSearches_PoliceDataFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "PoliceDataFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StreetCrimes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<string>(type: "text", nullable: false),
                    CrimeId = table.Column<string>(type: "text", nullable: true),
                    ReportedBy = table.Column<string>(type: "text", nullable: true),
                    FallsWithin = table.Column<string>(type: "text", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Location = table.Column<string>(type: "text", nullable: true),
                    LsoaCode = table.Column<string>(type: "text", nullable: true),
                    LsoaName = table.Column<string>(type: "text", nullable: true),
                    CrimeType = table.Column<string>(type: "text", nullable: false),
                    LastOutcomeCategory = table.Column<string>(type: "text", nullable: true),
                    Context = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreetCrimes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StreetCrimes_PoliceDataFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "PoliceDataFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AggregateImports_Sha256",
                table: "AggregateImports",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementPartner_OrganisationId",
                table: "AgreementPartner",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeOutcomes_FileId_Line",
                table: "CrimeOutcomes",
                columns: new[] { "FileId", "Line" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeOutcomes_Month_OutcomeType",
                table: "CrimeOutcomes",
                columns: new[] { "Month", "OutcomeType" });

            migrationBuilder.CreateIndex(
                name: "IX_DataUploads_MeasureId_UploadedAt",
                table: "DataUploads",
                columns: new[] { "MeasureId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Observations_MeasureId_Area_PeriodStart_IsCurrent",
                table: "Observations",
                columns: new[] { "MeasureId", "Area", "PeriodStart", "IsCurrent" });

            migrationBuilder.CreateIndex(
                name: "IX_Observations_ProvenanceId",
                table: "Observations",
                column: "ProvenanceId");

            migrationBuilder.CreateIndex(
                name: "IX_PoliceDataFiles_Force_Kind_Month",
                table: "PoliceDataFiles",
                columns: new[] { "Force", "Kind", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StopSearches_FileId_Line",
                table: "StopSearches",
                columns: new[] { "FileId", "Line" });

            migrationBuilder.CreateIndex(
                name: "IX_StopSearches_Month",
                table: "StopSearches",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_StreetCrimes_FileId_Line",
                table: "StreetCrimes",
                columns: new[] { "FileId", "Line" });

            migrationBuilder.CreateIndex(
                name: "IX_StreetCrimes_Month_CrimeType",
                table: "StreetCrimes",
                columns: new[] { "Month", "CrimeType" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AggregateImports");

            migrationBuilder.DropTable(
                name: "AgreementDataset");

            migrationBuilder.DropTable(
                name: "AgreementPartner");

            migrationBuilder.DropTable(
                name: "CrimeOutcomes");

            migrationBuilder.DropTable(
                name: "DataUploads");

            migrationBuilder.DropTable(
                name: "Observations");

            migrationBuilder.DropTable(
                name: "StopSearches");

            migrationBuilder.DropTable(
                name: "StreetCrimes");

            migrationBuilder.DropTable(
                name: "DataSharingAgreements");

            migrationBuilder.DropTable(
                name: "PoliceDataFiles");
        }
    }
}
