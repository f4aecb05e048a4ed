using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oversight.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AggregateImportArea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AggregateImports_Sha256",
                table: "AggregateImports");

            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "AggregateImports",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_AggregateImports_Sha256_Area",
                table: "AggregateImports",
                columns: new[] { "Sha256", "Area" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AggregateImports_Sha256_Area",
                table: "AggregateImports");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "AggregateImports");

            migrationBuilder.CreateIndex(
                name: "IX_AggregateImports_Sha256",
                table: "AggregateImports",
                column: "Sha256");
        }
    }
}
