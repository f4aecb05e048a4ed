using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Bodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ListUnsubscribe",
                table: "OutboxEmails",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AgendaSentAt",
                table: "Meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "MinutesSentAt",
                table: "Meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Bodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ParentKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CountsAs = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Chair = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Secretariat = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Frequency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    NoticeClearDays = table.Column<int>(type: "integer", nullable: false),
                    TermsOfReferenceFileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    TermsOfReferenceContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TermsOfReference = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bodies", x => x.Id);
                    table.UniqueConstraint("AK_Bodies_Key", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "BodyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IsOrganisation = table.Column<bool>(type: "boolean", nullable: false),
                    Organisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Role = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishName = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BodyMembers_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BodySubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodySubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BodySubscriptions_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_TypeId",
                table: "Meetings",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_Name",
                table: "Bodies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BodyMembers_BodyId",
                table: "BodyMembers",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_BodySubscriptions_BodyId_Email",
                table: "BodySubscriptions",
                columns: new[] { "BodyId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BodySubscriptions_Token",
                table: "BodySubscriptions",
                column: "Token",
                unique: true);

            // Hand-written: the six meeting types become bodies before meetings refer to them (see BodiesData).
            BodiesData.InsertMeetingTypes(migrationBuilder);

            migrationBuilder.AddForeignKey(
                name: "FK_Meetings_Bodies_TypeId",
                table: "Meetings",
                column: "TypeId",
                principalTable: "Bodies",
                principalColumn: "Key",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Meetings_Bodies_TypeId",
                table: "Meetings");

            migrationBuilder.DropTable(
                name: "BodyMembers");

            migrationBuilder.DropTable(
                name: "BodySubscriptions");

            migrationBuilder.DropTable(
                name: "Bodies");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_TypeId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ListUnsubscribe",
                table: "OutboxEmails");

            migrationBuilder.DropColumn(
                name: "AgendaSentAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesSentAt",
                table: "Meetings");
        }
    }
}
