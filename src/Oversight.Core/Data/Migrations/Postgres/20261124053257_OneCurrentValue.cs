using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneCurrentValue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before this, a police.uk import and a typed or uploaded value could both be current for the same
            // month. Keep the latest as current; the others stay on record as earlier versions.
            migrationBuilder.Sql("""
                UPDATE "Observations" SET "IsCurrent" = FALSE
                WHERE "IsCurrent" AND EXISTS (
                    SELECT 1 FROM "Observations" AS later
                    WHERE later."IsCurrent" AND later."MeasureId" = "Observations"."MeasureId" AND later."Area" = "Observations"."Area"
                      AND later."PeriodStart" = "Observations"."PeriodStart"
                      AND (later."RecordedAt" > "Observations"."RecordedAt" OR (later."RecordedAt" = "Observations"."RecordedAt" AND later."Id" > "Observations"."Id")))
                """);
            migrationBuilder.CreateIndex(
                name: "IX_Observations_OneCurrent",
                table: "Observations",
                columns: new[] { "MeasureId", "Area", "PeriodStart" },
                unique: true,
                filter: "\"IsCurrent\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_OneCurrent",
                table: "Observations");
        }
    }
}
