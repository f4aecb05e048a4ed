using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Accountability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordingUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: true),
                    MinutesPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MinutesPublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PreceptRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Requirement = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreceptRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeOutputs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeOutputs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OwnerOrganisationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PriorityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MeasureId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EvidenceText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvidenceUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingActions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    AskedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingQuestions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingReports_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaxBases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PreceptRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BandDEquivalents = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaxBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaxBases_PreceptRecords_PreceptRecordId",
                        column: x => x.PreceptRecordId,
                        principalTable: "PreceptRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutputValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutputId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvidenceUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    EvidenceContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvidenceContent = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutputValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutputValues_ProgrammeOutputs_OutputId",
                        column: x => x.OutputId,
                        principalTable: "ProgrammeOutputs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionUpdates_MeetingActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "MeetingActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThreatId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Assurance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprUpdates_MeetingActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "MeetingActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SprUpdates_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionUpdates_ActionId",
                table: "ActionUpdates",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Number",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingActions_MeetingId",
                table: "MeetingActions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingActions_Reference",
                table: "MeetingActions",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingActions_Status_DueDate",
                table: "MeetingActions",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingQuestions_MeetingId",
                table: "MeetingQuestions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingReports_MeetingId",
                table: "MeetingReports",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Date",
                table: "Meetings",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_OutputValues_OutputId_Period",
                table: "OutputValues",
                columns: new[] { "OutputId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_PreceptRecords_Year",
                table: "PreceptRecords",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeOutputs_Key",
                table: "ProgrammeOutputs",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprUpdates_ActionId",
                table: "SprUpdates",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_SprUpdates_MeetingId",
                table: "SprUpdates",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_SprUpdates_ThreatId_Date",
                table: "SprUpdates",
                columns: new[] { "ThreatId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_TaxBases_PreceptRecordId_District",
                table: "TaxBases",
                columns: new[] { "PreceptRecordId", "District" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionUpdates");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "MeetingQuestions");

            migrationBuilder.DropTable(
                name: "MeetingReports");

            migrationBuilder.DropTable(
                name: "OutputValues");

            migrationBuilder.DropTable(
                name: "SprUpdates");

            migrationBuilder.DropTable(
                name: "TaxBases");

            migrationBuilder.DropTable(
                name: "ProgrammeOutputs");

            migrationBuilder.DropTable(
                name: "MeetingActions");

            migrationBuilder.DropTable(
                name: "PreceptRecords");

            migrationBuilder.DropTable(
                name: "Meetings");
        }
    }
}
