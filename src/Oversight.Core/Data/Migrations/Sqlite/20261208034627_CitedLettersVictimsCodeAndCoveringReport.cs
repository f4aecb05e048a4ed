using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Oversight.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CitedLettersVictimsCodeAndCoveringReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CoveringExceptions",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveringPurpose",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveringRecommendations",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveringSummary",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForceResponse",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ForceResponseAt",
                table: "QuarterlyReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForceResponseBy",
                table: "QuarterlyReports",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartnershipBodyId",
                table: "CsfAllocations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "ReviewId",
                table: "CaseLetters",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "AsbAppealId",
                table: "CaseLetters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecipientAddress",
                table: "CaseLetters",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecipientName",
                table: "CaseLetters",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "CaseLetters",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentBy",
                table: "CaseLetters",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SentOn",
                table: "CaseLetters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SentRecordedAt",
                table: "CaseLetters",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentRecordedBy",
                table: "CaseLetters",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedBy",
                table: "CaseLetters",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerRole",
                table: "CaseLetters",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartnershipBodyId",
                table: "AsbCaseReviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartnershipBodyId",
                table: "AsbAppeals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CitedStatistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RetrievedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitedStatistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VictimsCodeReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QuarterStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimsCodeReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimsCodeReviews_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VictimsCodeRights",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimsCodeRights", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "VictimsCodeMeasures",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Right = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    IsCount = table.Column<bool>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimsCodeMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimsCodeMeasures_VictimsCodeRights_Right",
                        column: x => x.Right,
                        principalTable: "VictimsCodeRights",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.UpdateData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "Acknowledgement",
                column: "Body",
                value: "Thank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.\n\nWe will look at whether the outcome of your complaint was reasonable and proportionate. We aim to tell you our decision by {{due}}.\n\nPlease quote {{reference}} if you contact us.");

            migrationBuilder.UpdateData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "Decision",
                column: "Body",
                value: "We have reviewed the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.\n\nOur decision: {{decision}}.\n\nOur reasons:\n{{rationale}}\n\n{{next_steps}}");

            migrationBuilder.UpdateData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "ForwardedToIopc",
                column: "Body",
                value: "Thank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}}.\n\nThe Mayor's office is not the relevant review body for this complaint, because {{iopc_reasons}}. The law requires us to send your application to the Independent Office for Police Conduct (IOPC), which reviews it instead. We sent it to the IOPC on {{forwarded}}, and your application counts as made to the IOPC on that day.\n\nThe IOPC will contact you about your review.");

            migrationBuilder.InsertData(
                table: "LetterTemplates",
                columns: new[] { "Kind", "Body", "Subject", "UpdatedAt", "UpdatedBy" },
                values: new object[,]
                {
                    { "AsbDecision", "Thank you for asking us, on {{received}}, to review how {{partnership}} handled your anti-social behaviour case review.\n\n{{panel}}\n\nOur decision: {{decision}}.\n\nOur reasons:\n{{rationale}}\n\n{{next_steps}}\n\nPlease quote {{reference}} if you contact us.", "The outcome of your appeal about an ASB case review: {{reference}}", null, null },
                    { "NotAccepted", "Thank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.\n\nWe cannot review the outcome of your complaint, because {{not_accepted_reasons}}.\n\nIf you think we have got this wrong, please write to us, quoting {{reference}}, and tell us why.", "We cannot review the outcome of your complaint: {{reference}}", null, null }
                });

            migrationBuilder.InsertData(
                table: "VictimsCodeRights",
                columns: new[] { "Number", "Summary", "Title" },
                values: new object[,]
                {
                    { 1, "Help to understand and be understood, including an interpreter where needed.", "To be able to understand and to be understood" },
                    { 2, "The crime recorded without unjustified delay once reported, and a written acknowledgement.", "To have the details of the crime recorded without unjustified delay" },
                    { 3, "Information about what to expect from the criminal justice system when reporting.", "To be provided with information when reporting the crime" },
                    { 4, "A needs assessment and referral to support services within two working days, and information about restorative justice.", "To be referred to services that support victims and have services and support tailored to your needs" },
                    { 5, "Information about how to claim compensation, including from the Criminal Injuries Compensation Scheme.", "To be provided with information about compensation" },
                    { 6, "Updates on arrest, charge, bail and decisions not to prosecute, within the Code's time limits.", "To be provided with information about the investigation and prosecution" },
                    { 7, "The offer of a Victim Personal Statement, and to have it read or played in court where the victim asks.", "To make a Victim Personal Statement" },
                    { 8, "Information and support as a witness, including special measures and a separate waiting area.", "To be given information about the trial, trial process and your role as a witness" },
                    { 9, "The outcome of the case and of any appeal, within the Code's time limits.", "To be given information about the outcome of the case and any appeals" },
                    { 10, "Expenses for attending court paid, and property taken as evidence returned as soon as possible.", "To be paid expenses and have property returned" },
                    { 11, "The Victim Contact Scheme, information about the offender's release, and help to stop unwanted contact.", "To be given information about the offender following a conviction" },
                    { 12, "To complain to the organisation that did not meet a right, and to the Parliamentary and Health Service Ombudsman.", "To make a complaint about your rights not being met" }
                });

            migrationBuilder.InsertData(
                table: "VictimsCodeMeasures",
                columns: new[] { "Id", "Agency", "Description", "IsCount", "Name", "Order", "Right" },
                values: new object[,]
                {
                    { "vc-courts-special-measures", "Courts", "Trials where the special measures the court granted were in place on the day.", false, "Special measures in place as granted", 15, 8 },
                    { "vc-courts-waiting-area", "Courts", "Prosecution witnesses offered a waiting area apart from the defendant's.", false, "Witnesses offered a separate waiting area", 14, 8 },
                    { "vc-cps-decision-letters", "Cps", "Victims' right to review letters sent within the Code's time limits.", false, "Victims told of a decision to stop or alter charges in time", 11, 6 },
                    { "vc-cps-expenses", "Cps", "Prosecution witnesses' expense claims paid within 10 working days.", false, "Witness expense claims paid within 10 working days", 13, 10 },
                    { "vc-cps-vps-read", "Cps", "Hearings where the victim asked for their statement to be read or played and it was.", false, "Victim Personal Statements read in court where the victim asked", 12, 7 },
                    { "vc-police-acknowledged", "Police", "Victims who reported a crime and were sent a written acknowledgement with the crime reference.", false, "Victims given a written acknowledgement of their report", 2, 3 },
                    { "vc-police-compensation", "Police", "Victims of violent crime given information about the Criminal Injuries Compensation Scheme.", false, "Victims of violent crime told about compensation", 6, 5 },
                    { "vc-police-complaints", "Police", "Victims who complained that a Code right was not met.", true, "Complaints about Code rights received", 10, 12 },
                    { "vc-police-interpreter", "Police", "Victims who asked for an interpreter when reporting or giving a statement and were given one.", false, "Victims needing an interpreter who were given one", 5, 1 },
                    { "vc-police-needs-assessed", "Police", "Victims given a needs assessment when they reported.", false, "Victims whose needs were assessed", 3, 4 },
                    { "vc-police-outcome-told", "Police", "Victims told the outcome of the case by witness care within the Code's time limits.", false, "Victims told the case outcome in time", 9, 9 },
                    { "vc-police-recorded-24h", "Police", "Crime reports recorded within the 24 hours the Home Office Counting Rules allow.", false, "Crimes recorded within 24 hours of the report", 1, 2 },
                    { "vc-police-referred", "Police", "Victims who agreed to a referral and were referred to a support service within 2 working days.", false, "Victims referred to support within 2 working days", 4, 4 },
                    { "vc-police-updates", "Police", "Victims told of an arrest, interview, charge or bail decision within 5 working days (1 for enhanced rights).", false, "Victims updated within the Code's time limits", 7, 6 },
                    { "vc-police-vps-offered", "Police", "Victims whose case was charged who were offered a Victim Personal Statement.", false, "Victims offered a Victim Personal Statement", 8, 7 },
                    { "vc-prisons-unwanted-contact", "Prisons", "Victims' requests to stop unwanted contact from a prisoner acted on within 5 working days.", false, "Requests to stop unwanted prisoner contact acted on in 5 working days", 17, 11 },
                    { "vc-probation-vcs-offered", "Probation", "Victims eligible for the Victim Contact Scheme offered it within 40 working days of sentence.", false, "Eligible victims offered the Victim Contact Scheme", 16, 11 },
                    { "vc-services-complaints", "CommissionedServices", "Victims who complained to a commissioned service that a Code right was not met.", true, "Complaints about Code rights received", 22, 12 },
                    { "vc-services-contacted", "CommissionedServices", "Victims referred to the office's commissioned services contacted within 2 working days.", false, "Referred victims contacted within 2 working days", 20, 4 },
                    { "vc-services-needs-assessed", "CommissionedServices", "Victims referred to the office's commissioned services given a needs assessment.", false, "Referred victims given a needs assessment", 21, 4 },
                    { "vc-youth-justice-contacted", "YouthJustice", "Victims of offences by children contacted by the youth justice service within 10 working days.", false, "Victims of youth offending contacted in 10 working days", 18, 4 },
                    { "vc-youth-justice-rj-offered", "YouthJustice", "Victims of offences by children offered restorative justice.", false, "Victims of youth offending offered restorative justice", 19, 4 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CsfAllocations_PartnershipBodyId",
                table: "CsfAllocations",
                column: "PartnershipBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLetters_AsbAppealId",
                table: "CaseLetters",
                column: "AsbAppealId");

            migrationBuilder.CreateIndex(
                name: "IX_AsbCaseReviews_PartnershipBodyId",
                table: "AsbCaseReviews",
                column: "PartnershipBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_AsbAppeals_PartnershipBodyId",
                table: "AsbAppeals",
                column: "PartnershipBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_CitedStatistics_Key",
                table: "CitedStatistics",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VictimsCodeMeasures_Right",
                table: "VictimsCodeMeasures",
                column: "Right");

            migrationBuilder.CreateIndex(
                name: "IX_VictimsCodeReviews_MeetingId",
                table: "VictimsCodeReviews",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_VictimsCodeReviews_Quarter",
                table: "VictimsCodeReviews",
                column: "Quarter",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AsbAppeals_Bodies_PartnershipBodyId",
                table: "AsbAppeals",
                column: "PartnershipBodyId",
                principalTable: "Bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AsbCaseReviews_Bodies_PartnershipBodyId",
                table: "AsbCaseReviews",
                column: "PartnershipBodyId",
                principalTable: "Bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseLetters_AsbAppeals_AsbAppealId",
                table: "CaseLetters",
                column: "AsbAppealId",
                principalTable: "AsbAppeals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CsfAllocations_Bodies_PartnershipBodyId",
                table: "CsfAllocations",
                column: "PartnershipBodyId",
                principalTable: "Bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Hand-written: each partnership existing records name gets its body, and the records link to it (see PartnershipBodiesData).
            PartnershipBodiesData.LinkPartnerships(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AsbAppeals_Bodies_PartnershipBodyId",
                table: "AsbAppeals");

            migrationBuilder.DropForeignKey(
                name: "FK_AsbCaseReviews_Bodies_PartnershipBodyId",
                table: "AsbCaseReviews");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseLetters_AsbAppeals_AsbAppealId",
                table: "CaseLetters");

            migrationBuilder.DropForeignKey(
                name: "FK_CsfAllocations_Bodies_PartnershipBodyId",
                table: "CsfAllocations");

            migrationBuilder.DropTable(
                name: "CitedStatistics");

            migrationBuilder.DropTable(
                name: "VictimsCodeMeasures");

            migrationBuilder.DropTable(
                name: "VictimsCodeReviews");

            migrationBuilder.DropTable(
                name: "VictimsCodeRights");

            migrationBuilder.DropIndex(
                name: "IX_CsfAllocations_PartnershipBodyId",
                table: "CsfAllocations");

            migrationBuilder.DropIndex(
                name: "IX_CaseLetters_AsbAppealId",
                table: "CaseLetters");

            migrationBuilder.DropIndex(
                name: "IX_AsbCaseReviews_PartnershipBodyId",
                table: "AsbCaseReviews");

            migrationBuilder.DropIndex(
                name: "IX_AsbAppeals_PartnershipBodyId",
                table: "AsbAppeals");

            migrationBuilder.DeleteData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "AsbDecision");

            migrationBuilder.DeleteData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "NotAccepted");

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

            migrationBuilder.DropColumn(
                name: "PartnershipBodyId",
                table: "CsfAllocations");

            migrationBuilder.DropColumn(
                name: "AsbAppealId",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "RecipientAddress",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "RecipientName",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "SentBy",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "SentOn",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "SentRecordedAt",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "SentRecordedBy",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "SignedBy",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "SignerRole",
                table: "CaseLetters");

            migrationBuilder.DropColumn(
                name: "PartnershipBodyId",
                table: "AsbCaseReviews");

            migrationBuilder.DropColumn(
                name: "PartnershipBodyId",
                table: "AsbAppeals");

            migrationBuilder.AlterColumn<Guid>(
                name: "ReviewId",
                table: "CaseLetters",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.UpdateData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "Acknowledgement",
                column: "Body",
                value: "Dear {{applicant}}\n\nThank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.\n\nWe will look at whether the outcome of your complaint was reasonable and proportionate. We aim to tell you our decision by {{due}}.\n\nPlease quote {{reference}} if you contact us.\n\nYours sincerely\nPolicing and Crime Casework Team");

            migrationBuilder.UpdateData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "Decision",
                column: "Body",
                value: "Dear {{applicant}}\n\nWe have reviewed the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.\n\nOur decision: {{decision}}.\n\nOur reasons:\n{{rationale}}\n\n{{recommendations}}\n\nThis decision is final. There is no further right of review; the only remaining route is to apply to the High Court for judicial review.\n\nYours sincerely\n{{reviewer}}\nPolicing and Crime Casework Team");

            migrationBuilder.UpdateData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "ForwardedToIopc",
                column: "Body",
                value: "Dear {{applicant}}\n\nThank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}}.\n\nThe Mayor's office is not the relevant review body for this complaint, because {{iopc_reasons}}. The law requires us to send your application to the Independent Office for Police Conduct (IOPC), which reviews it instead. We sent it to the IOPC on {{forwarded}}, and your application counts as made to the IOPC on that day.\n\nThe IOPC will contact you about your review.\n\nYours sincerely\nPolicing and Crime Casework Team");
        }
    }
}
