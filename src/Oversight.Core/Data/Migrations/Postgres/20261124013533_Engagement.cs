using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Engagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Channels = table.Column<string>(type: "text", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Mapping = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodebookThemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodebookThemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodebookThemes_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Options = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationQuestions_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Respondents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    District = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    AgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Sex = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Ethnicity = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Victim = table.Column<bool>(type: "boolean", nullable: true),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: true),
                    Line = table.Column<int>(type: "integer", nullable: true),
                    Answers = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Respondents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Respondents_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResponseImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Respondents = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseImports_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnswerCodings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RespondentId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Coder = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IsCheck = table.Column<bool>(type: "boolean", nullable: false),
                    CodedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Themes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerCodings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnswerCodings_Respondents_RespondentId",
                        column: x => x.RespondentId,
                        principalTable: "Respondents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApprovedQuotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RespondentId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovedQuotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovedQuotes_Respondents_RespondentId",
                        column: x => x.RespondentId,
                        principalTable: "Respondents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnswerCodings_RespondentId_QuestionKey_IsCheck",
                table: "AnswerCodings",
                columns: new[] { "RespondentId", "QuestionKey", "IsCheck" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApprovedQuotes_RespondentId_QuestionKey",
                table: "ApprovedQuotes",
                columns: new[] { "RespondentId", "QuestionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodebookThemes_ConsultationId_Key",
                table: "CodebookThemes",
                columns: new[] { "ConsultationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationQuestions_ConsultationId_Key",
                table: "ConsultationQuestions",
                columns: new[] { "ConsultationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_Slug",
                table: "Consultations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Respondents_ConsultationId",
                table: "Respondents",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_Respondents_ImportId",
                table: "Respondents",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseImports_ConsultationId_Sha256",
                table: "ResponseImports",
                columns: new[] { "ConsultationId", "Sha256" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnswerCodings");

            migrationBuilder.DropTable(
                name: "ApprovedQuotes");

            migrationBuilder.DropTable(
                name: "CodebookThemes");

            migrationBuilder.DropTable(
                name: "ConsultationQuestions");

            migrationBuilder.DropTable(
                name: "ResponseImports");

            migrationBuilder.DropTable(
                name: "Respondents");

            migrationBuilder.DropTable(
                name: "Consultations");
        }
    }
}
