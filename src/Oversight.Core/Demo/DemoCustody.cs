using Microsoft.EntityFrameworkCore;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Domain.Custody;

namespace Oversight.Core.Demo;

/// Invented custody visiting, scrutiny and Immediate Justice records that reproduce the Mayor's 2024/25 annual report:
/// 22 visitors, 280 visits, 1,295 detainees (33% of those available spoken to), 106 child remand cases (24% accommodated),
/// 537 adults (22% female) and 882 children (19% female) referred to Immediate Justice. 2023/24 is lighter.
public static class DemoCustody
{
    public const string VolunteerEmail = "volunteer@demo.oversight.test";

    private static readonly string[] FirstNames =
        ["Amira", "Bernard", "Chloe", "Dev", "Eleanor", "Farid", "Grace", "Harvey", "Imogen", "Jonah", "Kiran", "Lorna",
         "Marek", "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Sunil", "Tamsin", "Umar", "Verity", "Wendell", "Yasmin", "Zara"];

    private static readonly string[] Surnames =
        ["Ashdown", "Brackley", "Cawthorne", "Denholme", "Elswick", "Fenwick", "Garforth", "Holmfirth", "Ilkley", "Jowett", "Keighley",
         "Lindley", "Marsden", "Northowram", "Ossett", "Pudsey", "Queensbury", "Rastrick", "Shelf", "Thornhill", "Upperthong", "Vickerman", "Wibsey", "Yeadon", "Zetland"];

    private static readonly (string Id, string Name, int Target)[] Suites =
    [
        ("elland-road", "Elland Road, Leeds", 6), ("trafalgar-house", "Trafalgar House, Bradford", 5), ("havertop", "Havertop, Wakefield", 4),
        ("halifax", "Halifax", 4), ("huddersfield", "Huddersfield", 4),
    ];

    public static async Task LoadAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var random = new Random(2025);
        var volunteerUser = await db.Users.Where(u => u.Email == VolunteerEmail).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        db.CustodySuites.AddRange(Suites.Select(s => new CustodySuite { Id = s.Id, Name = s.Name, VisitsPerMonthTarget = s.Target }));
        var visitors = Visitors(volunteerUser, random);
        db.CustodyVisitors.AddRange(visitors);
        var active = visitors.Where(v => v.CanVisit).ToList();
        db.CustodyVisits.AddRange(Visits(active, 2024, 280, 1295, 395, 297, 450, random));
        db.CustodyVisits.AddRange(Visits(active, 2023, 240, 1080, 330, 250, 380, random));
        db.CustodyVisits.Add(new CustodyVisit
        {
            SuiteId = "halifax",
            FirstVisitorId = active[0].Id,
            SecondVisitorId = active[1].Id,
            VisitDate = new DateOnly(2025, 3, 30),
            Status = VisitStatus.Draft,
            Version = 1,
            ArrivedAt = new TimeOnly(19, 40),
            DetaineesInCustody = 7,
        });
        db.ChildRemandCases.AddRange(DemoCustodyCases.Remand(2024, 106, 25, 55, 68, random));
        db.ChildRemandCases.AddRange(DemoCustodyCases.Remand(2023, 92, 20, 46, 55, random));
        db.ChildStripSearches.AddRange(DemoCustodyCases.StripSearches(random));
        db.ScrutinyPanels.AddRange(DemoCustodyCases.Panels(random));
        db.JusticeReferrals.AddRange(DemoJustice.Referrals(2024, 537, 118, 882, 168, random));
        db.JusticeReferrals.AddRange(DemoJustice.Referrals(2023, 310, 70, 505, 95, random));
        db.CommunityConferences.AddRange(DemoJustice.Conferences(random));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// Visits, issues, remand cases and Immediate Justice referrals from 1 April 2025 up to <paramref name="today"/> at the
    /// 2024/25 rate, so the year pages have figures; the volunteer has a visit to finish, the force has a few issues
    /// still to answer, and this month's rota is planned with a gap at one suite.
    public static async Task LoadToDateAsync(OversightDbContext db, Rota rota, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rota);
        var random = new Random(2026);
        var active = await db.CustodyVisitors.Where(v => v.Active).OrderBy(v => v.AppliedOn).ThenBy(v => v.Name).ToListAsync(cancellationToken);
        var volunteer = await db.CustodyVisitors.Where(v => v.UserId != null).Select(v => v.Id).SingleAsync(cancellationToken);
        for (var year = 2025; new DateOnly(year, 4, 1) < today; year++)
        {
            var days = Math.Min(365, today.DayNumber - new DateOnly(year, 4, 1).DayNumber);
            var share = (double)days / 365;
            int Of(int whole) => (int)(whole * share);
            var visits = Visits(active, year, Math.Max(1, Of(290)), Of(1320), Of(400), Of(305), Of(460), random, days);
            foreach (var issue in visits.SelectMany(v => v.Issues).Where(i => i.RespondedOn > today))
            {
                // Not yet answered by the force on the demo's day.
                issue.PoliceResponse = null;
                issue.RespondedOn = issue.ClosedOn = null;
                issue.Status = IssueStatus.Open;
            }

            db.CustodyVisits.AddRange(visits);
            db.ChildRemandCases.AddRange(DemoCustodyCases.Remand(year, Of(110), Of(27), Of(56), Of(70), random, days));
            db.JusticeReferrals.AddRange(DemoJustice.Referrals(year, Of(560), Of(125), Of(900), Of(175), random, days));
        }

        // The volunteer's own visit, started a few days ago and not yet reported.
        db.CustodyVisits.Add(new CustodyVisit
        {
            SuiteId = "elland-road",
            FirstVisitorId = volunteer,
            SecondVisitorId = active.First(v => v.Id != volunteer).Id,
            VisitDate = today.AddDays(-2),
            Status = VisitStatus.Draft,
            Version = 1,
            ArrivedAt = new TimeOnly(10, 15),
            DetaineesInCustody = 9,
        });
        await db.SaveChangesAsync(cancellationToken);
        var month = new DateOnly(today.Year, today.Month, 1);
        foreach (var start in new[] { month, month.AddMonths(1) })
        {
            var errors = await rota.PlanAsync(start, start.DayNumber, cancellationToken);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Demo rota: {string.Join("; ", errors.Select(e => e.Message))}");
            }
        }

        // A gap: one suite's visits later this month are not yet covered.
        var gap = await db.RotaEntries.Where(r => r.SuiteId == "havertop" && r.Day >= today && r.Day < month.AddMonths(1)).ToListAsync(cancellationToken);
        db.RotaEntries.RemoveRange(gap.Take(2));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static List<CustodyVisitor> Visitors(string? volunteerUser, Random random)
    {
        var visitors = new List<CustodyVisitor>();
        for (var i = 0; i < 25; i++)
        {
            var applied = new DateOnly(2019 + (i % 5), 1 + random.Next(12), 1 + random.Next(28));
            var appointed = i < 22;
            visitors.Add(new CustodyVisitor
            {
                Name = $"{FirstNames[i]} {Surnames[(i * 7) % Surnames.Length]}",
                UserId = i == 0 ? volunteerUser : null,
                AppliedOn = applied,
                Stage = appointed ? (i < 19 ? VisitorStage.Appointed : VisitorStage.Probation) : (i == 22 ? VisitorStage.Interviewed : i == 23 ? VisitorStage.Applied : VisitorStage.Left),
                InterviewedOn = i == 23 ? null : applied.AddDays(30),
                VettingClearedOn = appointed ? applied.AddDays(75) : null,
                ReferencesReceived = appointed,
                TrainingCompletedOn = appointed ? applied.AddDays(110) : null,
                ProbationEndsOn = appointed ? applied.AddDays(290) : null,
                TermStarts = appointed ? applied.AddDays(120) : null,
                TermEnds = appointed ? applied.AddDays(120).AddYears(3).AddDays(-1) : null,
                Active = appointed,
                Expenses = appointed
                    ? [new VisitorExpense { IncurredOn = new DateOnly(2025, 1 + random.Next(3), 1 + random.Next(28)), Description = "Mileage to a custody suite", Amount = Math.Round(4m + (decimal)random.NextDouble() * 20m, 2) }]
                    : [],
            });
        }

        return visitors;
    }

    /// A year's submitted visits with exactly the given numbers of detainees in each outcome.
    private static List<CustodyVisit> Visits(List<CustodyVisitor> visitors, int firstYear, int count, int detainees, int notAvailable, int accepted, int declined, Random random, int days = 365)
    {
        var contacts = Enumerable.Repeat(DetaineeContact.NotAvailable, notAvailable)
            .Concat(Enumerable.Repeat(DetaineeContact.Accepted, accepted))
            .Concat(Enumerable.Repeat(DetaineeContact.Declined, declined))
            .Concat(Enumerable.Repeat(DetaineeContact.Observed, detainees - notAvailable - accepted - declined))
            .OrderBy(_ => random.Next()).ToList();
        var start = new DateOnly(firstYear, 4, 1);
        var visits = new List<CustodyVisit>();
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            // The first visits pair everyone once, so every active visitor has visited in the year.
            var (a, b) = i < visitors.Count / 2 ? (2 * i, 2 * i + 1) : TwoOf(visitors.Count, random);
            var arrived = new TimeOnly(7 + random.Next(15), random.Next(4) * 15);
            var suite = Suites[random.Next(Suites.Length)];
            var visit = new CustodyVisit
            {
                SuiteId = suite.Id,
                FirstVisitorId = visitors[a].Id,
                SecondVisitorId = visitors[b].Id,
                VisitDate = start.AddDays(i * days / count + random.Next(Math.Max(1, days / count))),
                Status = VisitStatus.Submitted,
                Version = 2,
                ArrivedAt = arrived,
                DepartedAt = arrived.AddMinutes(45 + random.Next(60)),
                AccessDelayMinutes = random.Next(20) == 0 ? 10 + random.Next(20) : 0,
            };
            if (visit.AccessDelayMinutes > 0)
            {
                visit.AccessDelayReason = "Cell corridor locked down after a disturbance";
                visit.AuthorisingInspector = $"Inspector {4000 + random.Next(900)}";
            }

            visit.SubmittedAt = new DateTimeOffset(visit.VisitDate.ToDateTime(visit.DepartedAt!.Value), TimeSpan.Zero);
            var here = (detainees - next) / (count - i);
            for (var d = 0; d < here; d++, next++)
            {
                visit.Detainees.Add(new VisitDetainee
                {
                    VisitId = visit.Id,
                    Position = d,
                    CustodyNumber = $"{suite.Id[..2].ToUpperInvariant()}{firstYear % 100}{next:D5}",
                    Child = random.Next(12) == 0,
                    Vulnerable = random.Next(6) == 0,
                    Woman = random.Next(6) == 0,
                    HoursHeld = 1 + random.Next(30),
                    Contact = contacts[next],
                });
            }

            // A pair rarely reaches everyone held, so the suite's head count is a little higher than those they list.
            visit.DetaineesInCustody = here + (i % 4);
            foreach (var point in CodeCPoints.All)
            {
                visit.Checks.Add(new VisitCheck { VisitId = visit.Id, Point = point.Id, Answer = random.Next(10) == 0 ? CheckAnswer.No : CheckAnswer.Yes });
            }

            if (random.Next(5) == 0)
            {
                visit.Issues.Add(DemoCustodyCases.Issue(visit, random));
            }

            visits.Add(visit);
        }

        return visits;
    }

    private static (int, int) TwoOf(int count, Random random)
    {
        var a = random.Next(count);
        var b = random.Next(count - 1);
        return (a, b >= a ? b + 1 : b);
    }
}
