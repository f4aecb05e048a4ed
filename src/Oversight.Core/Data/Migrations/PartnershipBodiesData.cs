using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Oversight.Core.Data.Migrations;

/// The hand-written data part of the migration that links ASB case reviews, appeals and Community Safety Fund
/// allocations to their partnership's body, kept out of the generated files so it survives their regeneration: every
/// partnership those records name gets a body named "{partnership} Community Safety Partnership" (as
/// Accountability/Bodies/CommunitySafetyPartnerships makes them), and each record is linked to it by that name. Call it
/// from both providers' migration after the PartnershipBodyId columns are added.
public static class PartnershipBodiesData
{
    private const string Suffix = " Community Safety Partnership";

    public static void LinkPartnerships(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var named = """
            SELECT "Partnership" AS p FROM "AsbCaseReviews" UNION SELECT "Partnership" FROM "AsbAppeals" UNION SELECT "Partnership" FROM "CsfAllocations"
            """;
        var (id, source) = migrationBuilder.IsNpgsql()
            ? ("gen_random_uuid()", $"(SELECT DISTINCT p FROM ({named}) AS u) AS t")
            : ("upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12))",
                $"(SELECT p, hex(randomblob(16)) AS h FROM ({named}) AS u GROUP BY p) AS t");
        migrationBuilder.Sql(
            $"""
            INSERT INTO "Bodies" ("Id", "Key", "Name", "Kind", "CountsAs", "Description", "Frequency", "IsPublic", "NoticeClearDays")
            SELECT {id}, lower(replace(t.p, ' ', '-')) || '-community-safety-partnership', t.p || '{Suffix}', 'Partnership', t.p || '{Suffix}', '', 'Quarterly', FALSE, 5
            FROM {source}
            WHERE t.p || '{Suffix}' NOT IN (SELECT "Name" FROM "Bodies")
              AND lower(replace(t.p, ' ', '-')) || '-community-safety-partnership' NOT IN (SELECT "Key" FROM "Bodies");
            """);
        foreach (var table in new[] { "AsbCaseReviews", "AsbAppeals", "CsfAllocations" })
        {
            migrationBuilder.Sql(
                $"""
                UPDATE "{table}" SET "PartnershipBodyId" = (SELECT b."Id" FROM "Bodies" AS b WHERE b."Name" = "{table}"."Partnership" || '{Suffix}');
                """);
        }
    }
}
