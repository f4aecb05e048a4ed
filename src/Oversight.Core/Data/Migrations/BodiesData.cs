using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Oversight.Core.Data.Migrations;

/// The hand-written data part of the Bodies migration, kept out of the generated files so it survives their
/// regeneration: the six meeting types that were a fixed list in code (MeetingType.All) become rows of Bodies with the
/// same keys, names, public flag and annual report heading, so every meeting keeps its body and every figure its count.
/// Call it from both providers' Bodies migration after the Bodies table is created and before the foreign key from
/// Meetings.TypeId is added.
public static class BodiesData
{
    private static readonly string[] Columns =
        ["Id", "Key", "Name", "Kind", "CountsAs", "Description", "Chair", "Secretariat", "Frequency", "IsPublic", "NoticeClearDays"];

    public static void InsertMeetingTypes(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        const string office = "Policing and Crime Team";
        const string deputy = "Deputy Mayor for Policing and Crime";
        object[,] rows =
        {
            {
                new Guid("0193f0a0-0000-7000-8000-000000000001"), "community-outcomes", "Community Outcomes Meeting", "GovernanceMeeting", "Community Outcomes Meetings",
                "Quarterly, themed and live-streamed: the Mayor and Deputy Mayor question the Chief Constable on reports the force submits on topics of public importance.",
                "Mayor of West Yorkshire", office, "Quarterly", true, 5,
            },
            {
                new Guid("0193f0a0-0000-7000-8000-000000000002"), "performance-scrutiny", "Performance Scrutiny Meeting", "GovernanceMeeting", "Performance Monitoring Meetings",
                "Quarterly: police performance against the Police and Crime Plan, feeding the Performance Monitoring Report.",
                deputy, office, "Quarterly", false, 5,
            },
            {
                new Guid("0193f0a0-0000-7000-8000-000000000003"), "short-governance", "Short Governance Meeting", "GovernanceMeeting", "Governance Meetings",
                "Regular discussions between the Mayor or Deputy Mayor and the Chief Constable on emerging issues.",
                deputy, office, "Eight times a year", false, 5,
            },
            {
                new Guid("0193f0a0-0000-7000-8000-000000000004"), "quarterly-governance", "Quarterly Governance Meeting", "GovernanceMeeting", "Governance Meetings",
                "Finances and resources, projects, professional standards and regional units.",
                deputy, office, "Quarterly", false, 5,
            },
            {
                new Guid("0193f0a0-0000-7000-8000-000000000005"), "audit-committee", "Joint Independent Audit Committee", "Committee", "Joint Independent Audit Committee",
                "Risk management and internal and external audit reports of the force and the Combined Authority.",
                "Independent chair", office, "Quarterly", false, 5,
            },
            {
                new Guid("0193f0a0-0000-7000-8000-000000000006"), "ethics-committee", "Joint Independent Ethics Committee", "Committee", "Joint Independent Ethics Committee",
                "Quarterly discussion of ethical questions in policing, with recommendations to the force.",
                "Independent chair", office, "Quarterly", false, 5,
            },
        };
        migrationBuilder.InsertData("Bodies", Columns, rows);

        // Any other key a meeting holds (none was possible through the service, but a database is what it is) becomes a
        // private body named after it, so the foreign key can be added and no meeting is lost.
        var id = migrationBuilder.IsNpgsql()
            ? "gen_random_uuid()"
            : "upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12))";
        var source = migrationBuilder.IsNpgsql()
            ? "(SELECT DISTINCT \"TypeId\" FROM \"Meetings\") AS t"
            : "(SELECT \"TypeId\", hex(randomblob(16)) AS h FROM \"Meetings\" GROUP BY \"TypeId\") AS t";
        migrationBuilder.Sql(
            $"""
            INSERT INTO "Bodies" ("Id", "Key", "Name", "Kind", "CountsAs", "Description", "Frequency", "IsPublic", "NoticeClearDays")
            SELECT {id}, t."TypeId", t."TypeId", 'GovernanceMeeting', t."TypeId", '', '', FALSE, 5
            FROM {source}
            WHERE t."TypeId" NOT IN (SELECT "Key" FROM "Bodies");
            """);
    }
}
