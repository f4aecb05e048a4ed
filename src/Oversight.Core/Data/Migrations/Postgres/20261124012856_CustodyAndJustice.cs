using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustodyAndJustice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChildRemandCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustodyNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChargedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BailRefusedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LocalAuthorityRequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LocalAuthorityResponse = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Accommodation = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    NoAccommodationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LeftCustodyAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CertificateProduced = table.Column<bool>(type: "boolean", nullable: false),
                    CourtAgreed = table.Column<bool>(type: "boolean", nullable: true),
                    Ethnicity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildRemandCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChildStripSearches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustodyNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SearchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AuthorisedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AppropriateAdultPresent = table.Column<bool>(type: "boolean", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Grounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ItemFound = table.Column<bool>(type: "boolean", nullable: false),
                    SafeguardingReferral = table.Column<bool>(type: "boolean", nullable: false),
                    ParentNotified = table.Column<bool>(type: "boolean", nullable: false),
                    Ethnicity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildStripSearches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommunityConferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AgreedReparation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityConferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustodySuites",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VisitsPerMonthTarget = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustodySuites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustodyVisitors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InterviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VettingClearedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferencesReceived = table.Column<bool>(type: "boolean", nullable: false),
                    TrainingCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProbationEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermStarts = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEnds = table.Column<DateOnly>(type: "date", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustodyVisitors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustodyVisitors_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "JusticeReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Cohort = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OffenceType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    District = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Disposal = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    UnpaidWork = table.Column<bool>(type: "boolean", nullable: false),
                    AsbAwarenessCourse = table.Column<bool>(type: "boolean", nullable: false),
                    DeliveredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HoursRequired = table.Column<int>(type: "integer", nullable: true),
                    HoursCompleted = table.Column<int>(type: "integer", nullable: false),
                    DisposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VictimConsulted = table.Column<bool>(type: "boolean", nullable: false),
                    RestorativeJusticeOffered = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JusticeReferrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScrutinyPanels",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Remit = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    BlindToEthnicity = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScrutinyPanels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustodyVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SuiteId = table.Column<string>(type: "character varying(100)", nullable: false),
                    FirstVisitorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecondVisitorId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ArrivedAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    DepartedAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    AccessDelayMinutes = table.Column<int>(type: "integer", nullable: true),
                    AccessDelayReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AuthorisingInspector = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DetaineesInCustody = table.Column<int>(type: "integer", nullable: true),
                    RightsNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    HealthNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ConditionsNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DignityNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustodyVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustodyVisits_CustodySuites_SuiteId",
                        column: x => x.SuiteId,
                        principalTable: "CustodySuites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CustodyVisits_CustodyVisitors_FirstVisitorId",
                        column: x => x.FirstVisitorId,
                        principalTable: "CustodyVisitors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CustodyVisits_CustodyVisitors_SecondVisitorId",
                        column: x => x.SecondVisitorId,
                        principalTable: "CustodyVisitors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RotaEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SuiteId = table.Column<string>(type: "character varying(100)", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    FirstVisitorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecondVisitorId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotaEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotaEntries_CustodySuites_SuiteId",
                        column: x => x.SuiteId,
                        principalTable: "CustodySuites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RotaEntries_CustodyVisitors_FirstVisitorId",
                        column: x => x.FirstVisitorId,
                        principalTable: "CustodyVisitors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RotaEntries_CustodyVisitors_SecondVisitorId",
                        column: x => x.SecondVisitorId,
                        principalTable: "CustodyVisitors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitorExpenses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitorId = table.Column<Guid>(type: "uuid", nullable: false),
                    IncurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitorExpenses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitorExpenses_CustodyVisitors_VisitorId",
                        column: x => x.VisitorId,
                        principalTable: "CustodyVisitors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelId = table.Column<string>(type: "character varying(100)", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    MinutesPublished = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMeetings_ScrutinyPanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "ScrutinyPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelId = table.Column<string>(type: "character varying(100)", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeclarationOfInterest = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMembers_ScrutinyPanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "ScrutinyPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelId = table.Column<string>(type: "character varying(100)", nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ForceResponse = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelRecommendations_ScrutinyPanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "ScrutinyPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitChecks",
                columns: table => new
                {
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Point = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Answer = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitChecks", x => new { x.VisitId, x.Point });
                    table.ForeignKey(
                        name: "FK_VisitChecks_CustodyVisits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "CustodyVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitDetainees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    CustodyNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Child = table.Column<bool>(type: "boolean", nullable: false),
                    Vulnerable = table.Column<bool>(type: "boolean", nullable: false),
                    Woman = table.Column<bool>(type: "boolean", nullable: false),
                    HoursHeld = table.Column<int>(type: "integer", nullable: true),
                    Contact = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitDetainees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitDetainees_CustodyVisits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "CustodyVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitIssues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RaisedWith = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImmediateAction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    PoliceResponse = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Escalated = table.Column<bool>(type: "boolean", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitIssues_CustodyVisits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "CustodyVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Topic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Assessment = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Observations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Ethnicity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelCases_PanelMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChildRemandCases_ChargedAt",
                table: "ChildRemandCases",
                column: "ChargedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ChildStripSearches_SearchedAt",
                table: "ChildStripSearches",
                column: "SearchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyVisitors_UserId",
                table: "CustodyVisitors",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustodyVisits_FirstVisitorId",
                table: "CustodyVisits",
                column: "FirstVisitorId");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyVisits_SecondVisitorId",
                table: "CustodyVisits",
                column: "SecondVisitorId");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyVisits_SuiteId",
                table: "CustodyVisits",
                column: "SuiteId");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyVisits_VisitDate",
                table: "CustodyVisits",
                column: "VisitDate");

            migrationBuilder.CreateIndex(
                name: "IX_JusticeReferrals_DisposedAt",
                table: "JusticeReferrals",
                column: "DisposedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PanelCases_MeetingId",
                table: "PanelCases",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelMeetings_PanelId",
                table: "PanelMeetings",
                column: "PanelId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelMembers_PanelId",
                table: "PanelMembers",
                column: "PanelId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelRecommendations_PanelId",
                table: "PanelRecommendations",
                column: "PanelId");

            migrationBuilder.CreateIndex(
                name: "IX_RotaEntries_Day",
                table: "RotaEntries",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_RotaEntries_FirstVisitorId",
                table: "RotaEntries",
                column: "FirstVisitorId");

            migrationBuilder.CreateIndex(
                name: "IX_RotaEntries_SecondVisitorId",
                table: "RotaEntries",
                column: "SecondVisitorId");

            migrationBuilder.CreateIndex(
                name: "IX_RotaEntries_SuiteId",
                table: "RotaEntries",
                column: "SuiteId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitDetainees_VisitId",
                table: "VisitDetainees",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitIssues_Status_DueBy",
                table: "VisitIssues",
                columns: new[] { "Status", "DueBy" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitIssues_VisitId",
                table: "VisitIssues",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitorExpenses_VisitorId",
                table: "VisitorExpenses",
                column: "VisitorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChildRemandCases");

            migrationBuilder.DropTable(
                name: "ChildStripSearches");

            migrationBuilder.DropTable(
                name: "CommunityConferences");

            migrationBuilder.DropTable(
                name: "JusticeReferrals");

            migrationBuilder.DropTable(
                name: "PanelCases");

            migrationBuilder.DropTable(
                name: "PanelMembers");

            migrationBuilder.DropTable(
                name: "PanelRecommendations");

            migrationBuilder.DropTable(
                name: "RotaEntries");

            migrationBuilder.DropTable(
                name: "VisitChecks");

            migrationBuilder.DropTable(
                name: "VisitDetainees");

            migrationBuilder.DropTable(
                name: "VisitIssues");

            migrationBuilder.DropTable(
                name: "VisitorExpenses");

            migrationBuilder.DropTable(
                name: "PanelMeetings");

            migrationBuilder.DropTable(
                name: "CustodyVisits");

            migrationBuilder.DropTable(
                name: "ScrutinyPanels");

            migrationBuilder.DropTable(
                name: "CustodySuites");

            migrationBuilder.DropTable(
                name: "CustodyVisitors");
        }
    }
}
