using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Oversight.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Casework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CasePeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePeople", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LetterTemplates",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterTemplates", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "Surgeries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Slots = table.Column<int>(type: "INTEGER", nullable: false),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surgeries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RepresentativeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RepresentativeConsentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ForceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ComplaintMadeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppropriateAuthority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OutcomeGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ComplaintSummary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DaysForwarding = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtendedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AboutChiefOfficer = table.Column<bool>(type: "INTEGER", nullable: false),
                    AboutSeniorOfficer = table.Column<bool>(type: "INTEGER", nullable: false),
                    CouldJustifyProceedings = table.Column<bool>(type: "INTEGER", nullable: false),
                    CouldInfringeArticle2Or3 = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferredToIopc = table.Column<bool>(type: "INTEGER", nullable: false),
                    ForwardedToIopcOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApplicantNotifiedOfForwardingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedUnderSchedule3 = table.Column<bool>(type: "INTEGER", nullable: true),
                    EligibleComplainant = table.Column<bool>(type: "INTEGER", nullable: true),
                    NotDirectedOrIndependent = table.Column<bool>(type: "INTEGER", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    InterestedPersonsNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InformationRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InformationReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AnonymisedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintReviews_CasePeople_ApplicantId",
                        column: x => x.ApplicantId,
                        principalTable: "CasePeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AssignedToId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ForceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SurgeryBookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnonymisedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enquiries_CasePeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CasePeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurgeryBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurgeryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookedByPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AnonymisedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurgeryBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurgeryBookings_CasePeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CasePeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurgeryBookings_Surgeries_SurgeryId",
                        column: x => x.SurgeryId,
                        principalTable: "Surgeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Dated = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseLetters_ComplaintReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "ComplaintReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRecommendations_ComplaintReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "ComplaintReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnquiryEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AttachmentName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    AttachmentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AttachmentContent = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnquiryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnquiryEntries_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "LetterTemplates",
                columns: new[] { "Kind", "Body", "Subject", "UpdatedAt", "UpdatedBy" },
                values: new object[,]
                {
                    { "Acknowledgement", "Dear {{applicant}}\n\nThank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.\n\nWe will look at whether the outcome of your complaint was reasonable and proportionate. We aim to tell you our decision by {{due}}.\n\nPlease quote {{reference}} if you contact us.\n\nYours sincerely\nPolicing and Crime Casework Team", "Your application for a review: {{reference}}", null, null },
                    { "Decision", "Dear {{applicant}}\n\nWe have reviewed the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.\n\nOur decision: {{decision}}.\n\nOur reasons:\n{{rationale}}\n\n{{recommendations}}\n\nThis decision is final. There is no further right of review; the only remaining route is to apply to the High Court for judicial review.\n\nYours sincerely\n{{reviewer}}\nPolicing and Crime Casework Team", "The outcome of your review: {{reference}}", null, null },
                    { "ForwardedToIopc", "Dear {{applicant}}\n\nThank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}}.\n\nThe Mayor's office is not the relevant review body for this complaint, because {{iopc_reasons}}. The law requires us to send your application to the Independent Office for Police Conduct (IOPC), which reviews it instead. We sent it to the IOPC on {{forwarded}}, and your application counts as made to the IOPC on that day.\n\nThe IOPC will contact you about your review.\n\nYours sincerely\nPolicing and Crime Casework Team", "Your application for a review has been sent to the IOPC: {{reference}}", null, null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseLetters_ReviewId",
                table: "CaseLetters",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_CasePeople_Email",
                table: "CasePeople",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintReviews_ApplicantId",
                table: "ComplaintReviews",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintReviews_ReceivedOn",
                table: "ComplaintReviews",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintReviews_Reference",
                table: "ComplaintReviews",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_PersonId",
                table: "Enquiries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_ReceivedOn",
                table: "Enquiries",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_Reference",
                table: "Enquiries",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_Status_DueOn",
                table: "Enquiries",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EnquiryEntries_EnquiryId",
                table: "EnquiryEntries",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRecommendations_ReviewId",
                table: "ReviewRecommendations",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_SurgeryBookings_PersonId",
                table: "SurgeryBookings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SurgeryBookings_SurgeryId_Slot",
                table: "SurgeryBookings",
                columns: new[] { "SurgeryId", "Slot" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseLetters");

            migrationBuilder.DropTable(
                name: "EnquiryEntries");

            migrationBuilder.DropTable(
                name: "LetterTemplates");

            migrationBuilder.DropTable(
                name: "ReviewRecommendations");

            migrationBuilder.DropTable(
                name: "SurgeryBookings");

            migrationBuilder.DropTable(
                name: "Enquiries");

            migrationBuilder.DropTable(
                name: "ComplaintReviews");

            migrationBuilder.DropTable(
                name: "Surgeries");

            migrationBuilder.DropTable(
                name: "CasePeople");
        }
    }
}
