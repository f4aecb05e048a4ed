using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseLettersSentAndAsb : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "ReviewId",
                table: "CaseLetters",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "AsbAppealId",
                table: "CaseLetters",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecipientAddress",
                table: "CaseLetters",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecipientName",
                table: "CaseLetters",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "CaseLetters",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentBy",
                table: "CaseLetters",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SentOn",
                table: "CaseLetters",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SentRecordedAt",
                table: "CaseLetters",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentRecordedBy",
                table: "CaseLetters",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedBy",
                table: "CaseLetters",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerRole",
                table: "CaseLetters",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_CaseLetters_AsbAppealId",
                table: "CaseLetters",
                column: "AsbAppealId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseLetters_AsbAppeals_AsbAppealId",
                table: "CaseLetters",
                column: "AsbAppealId",
                principalTable: "AsbAppeals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseLetters_AsbAppeals_AsbAppealId",
                table: "CaseLetters");

            migrationBuilder.DropIndex(
                name: "IX_CaseLetters_AsbAppealId",
                table: "CaseLetters");

            migrationBuilder.DeleteData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "AsbDecision");

            migrationBuilder.DeleteData(
                table: "LetterTemplates",
                keyColumn: "Kind",
                keyValue: "NotAccepted");

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

            migrationBuilder.AlterColumn<Guid>(
                name: "ReviewId",
                table: "CaseLetters",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
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
