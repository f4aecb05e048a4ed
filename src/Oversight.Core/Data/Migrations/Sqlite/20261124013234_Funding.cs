using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Funding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApplicantOrganisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CharityNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CompanyNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OrgId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicantOrganisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApplicantRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicantRegistrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundingRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FinancialYear = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Pot = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Opens = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Closes = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EligibleTypes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrantTemplates",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantTemplates", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "OutboxEmails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEmails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SaferStreetsAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FundingYear = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Starts = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ends = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaferStreetsAllocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SaferStreetsProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Focus = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Intervention = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FundingYear = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaferStreetsProjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VictimServiceProviders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimServiceProviders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApplicantMembers",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicantOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicantMembers", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_ApplicantMembers_ApplicantOrganisations_ApplicantOrganisationId",
                        column: x => x.ApplicantOrganisationId,
                        principalTable: "ApplicantOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApplicantMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StrandCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProjectTitle = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Wards = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Partners = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    PeopleExpected = table.Column<int>(type: "INTEGER", nullable: false),
                    PriorityCodes = table.Column<string>(type: "TEXT", nullable: false),
                    ThemeCodes = table.Column<string>(type: "TEXT", nullable: false),
                    FocusCodes = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModeratedScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    ModerationNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AwardedAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingApplications_ApplicantOrganisations_ApplicantOrganisationId",
                        column: x => x.ApplicantOrganisationId,
                        principalTable: "ApplicantOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FundingApplications_FundingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "FundingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoundCriterion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundCriterion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundCriterion_FundingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "FundingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundOption",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundOption", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundOption_FundingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "FundingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundStrand",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Ceiling = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Collaborative = table.Column<bool>(type: "INTEGER", nullable: false),
                    RestrictedAreas = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundStrand", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundStrand_FundingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "FundingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VictimServiceContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FinancialYear = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Starts = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ends = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FundingSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Line = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ServiceTypes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimServiceContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimServiceContracts_VictimServiceProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "VictimServiceProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationDocuments_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessorAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AssessorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HasConflict = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConflictDetails = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    ScoredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessorAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessorAssignments_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLines_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AwardLetter = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Agreement = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    EvaluationEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClawbackAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    ClawbackReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Grants_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlannedOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedOutcomes_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VictimServiceReturns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Female = table.Column<int>(type: "INTEGER", nullable: false),
                    Male = table.Column<int>(type: "INTEGER", nullable: false),
                    SexNotKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    Children = table.Column<int>(type: "INTEGER", nullable: false),
                    Adults = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeNotKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    CopedAndRecovered = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimServiceReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimServiceReturns_VictimServiceContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "VictimServiceContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentMarks_AssessorAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "AssessorAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseStudies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Story = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStudies_Grants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "Grants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringReturns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Spend = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    PeopleReached = table.Column<int>(type: "INTEGER", nullable: true),
                    Characteristics = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OutcomesAchieved = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringReturns_Grants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "Grants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentTranches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Milestone = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    MilestoneSignedOffAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MilestoneSignedOffBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReleasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentTranches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentTranches_Grants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "Grants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicantMembers_ApplicantOrganisationId",
                table: "ApplicantMembers",
                column: "ApplicantOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicantRegistrations_TokenHash",
                table: "ApplicantRegistrations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationDocuments_ApplicationId",
                table: "ApplicationDocuments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentMarks_AssignmentId",
                table: "AssessmentMarks",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessorAssignments_ApplicationId_AssessorUserId",
                table: "AssessorAssignments",
                columns: new[] { "ApplicationId", "AssessorUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_ApplicationId",
                table: "BudgetLines",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudies_GrantId",
                table: "CaseStudies",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_ApplicantOrganisationId",
                table: "FundingApplications",
                column: "ApplicantOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_Reference",
                table: "FundingApplications",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_RoundId_Status",
                table: "FundingApplications",
                columns: new[] { "RoundId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FundingRounds_Number",
                table: "FundingRounds",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Grants_ApplicationId",
                table: "Grants",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringReturns_DueOn",
                table: "MonitoringReturns",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringReturns_GrantId",
                table: "MonitoringReturns",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_To",
                table: "OutboxEmails",
                column: "To");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentTranches_GrantId",
                table: "PaymentTranches",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedOutcomes_ApplicationId",
                table: "PlannedOutcomes",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundCriterion_RoundId",
                table: "RoundCriterion",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundOption_RoundId",
                table: "RoundOption",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundStrand_RoundId",
                table: "RoundStrand",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_VictimServiceContracts_FinancialYear",
                table: "VictimServiceContracts",
                column: "FinancialYear");

            migrationBuilder.CreateIndex(
                name: "IX_VictimServiceContracts_ProviderId",
                table: "VictimServiceContracts",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_VictimServiceReturns_ContractId_Period",
                table: "VictimServiceReturns",
                columns: new[] { "ContractId", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicantMembers");

            migrationBuilder.DropTable(
                name: "ApplicantRegistrations");

            migrationBuilder.DropTable(
                name: "ApplicationDocuments");

            migrationBuilder.DropTable(
                name: "AssessmentMarks");

            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "CaseStudies");

            migrationBuilder.DropTable(
                name: "GrantTemplates");

            migrationBuilder.DropTable(
                name: "MonitoringReturns");

            migrationBuilder.DropTable(
                name: "OutboxEmails");

            migrationBuilder.DropTable(
                name: "PaymentTranches");

            migrationBuilder.DropTable(
                name: "PlannedOutcomes");

            migrationBuilder.DropTable(
                name: "RoundCriterion");

            migrationBuilder.DropTable(
                name: "RoundOption");

            migrationBuilder.DropTable(
                name: "RoundStrand");

            migrationBuilder.DropTable(
                name: "SaferStreetsAllocations");

            migrationBuilder.DropTable(
                name: "SaferStreetsProjects");

            migrationBuilder.DropTable(
                name: "VictimServiceReturns");

            migrationBuilder.DropTable(
                name: "AssessorAssignments");

            migrationBuilder.DropTable(
                name: "Grants");

            migrationBuilder.DropTable(
                name: "VictimServiceContracts");

            migrationBuilder.DropTable(
                name: "FundingApplications");

            migrationBuilder.DropTable(
                name: "VictimServiceProviders");

            migrationBuilder.DropTable(
                name: "ApplicantOrganisations");

            migrationBuilder.DropTable(
                name: "FundingRounds");
        }
    }
}
