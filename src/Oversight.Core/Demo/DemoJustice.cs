using Oversight.Core.Justice;
using Oversight.Domain;
using Oversight.Domain.Justice;

namespace Oversight.Core.Demo;

/// Invented Immediate Justice referrals and community conferences.
internal static class DemoJustice
{
    public static List<JusticeReferral> Referrals(int firstYear, int adults, int adultWomen, int children, int girls, Random random, int days = 365)
    {
        var referrals = new List<JusticeReferral>();
        var start = new DateOnly(firstYear, 4, 1);
        for (var i = 0; i < adults + children; i++)
        {
            var child = i >= adults;
            var female = child ? i - adults < girls : i < adultWomen;
            var age = child ? 12 + random.Next(6) : 18 + random.Next(45);
            var roll = random.Next(10);
            var disposal = roll < 5 ? Disposal.CommunityResolution : roll < 8 ? Disposal.Outcome22 : Disposal.ConditionalCaution;
            var district = Justice.Referrals.Districts[random.Next(Justice.Referrals.Districts.Count)];
            var disposed = UkTime.ToInstant(start.AddDays(random.Next(days)), new TimeOnly(9 + random.Next(9), random.Next(60)));
            var started = random.Next(10) == 0 ? (DateTimeOffset?)null : disposed.AddHours(random.Next(10) < 7 ? 12 + random.Next(36) : 49 + random.Next(120));
            var unpaid = child || random.Next(5) != 0;
            var hours = unpaid ? ImmediateJustice.HoursRequired(disposal, age) : null;
            var outcomeRoll = random.Next(20);
            ReferralOutcome? outcome = started is null ? (random.Next(2) == 0 ? ReferralOutcome.Withdrawn : null)
                : outcomeRoll < 16 ? ReferralOutcome.Completed : outcomeRoll < 19 ? ReferralOutcome.NonCompliant : null;
            referrals.Add(new JusticeReferral
            {
                Cohort = child ? Cohort.Child : Cohort.Adult,
                OffenceType = Justice.Referrals.OffenceTypes[random.Next(Justice.Referrals.OffenceTypes.Count)],
                District = district,
                Sex = female ? Sex.Female : Sex.Male,
                AgeBand = Justice.Referrals.AgeBand(age),
                Disposal = disposal,
                UnpaidWork = unpaid,
                AsbAwarenessCourse = !child && (!unpaid || random.Next(4) == 0),
                DeliveredBy = child ? $"{district} Youth Justice Service" : "Probation Service",
                HoursRequired = hours,
                HoursCompleted = outcome == ReferralOutcome.Completed ? hours ?? 4 + random.Next(8) : 0,
                DisposedAt = disposed,
                StartedAt = started,
                VictimConsulted = random.Next(4) != 0,
                RestorativeJusticeOffered = random.Next(3) != 0,
                Outcome = outcome,
            });
        }

        return referrals;
    }

    public static List<CommunityConference> Conferences(Random random) =>
        [.. Enumerable.Range(0, 18).Select(i => new CommunityConference
        {
            District = Justice.Referrals.Districts[i % 5],
            HeldOn = new DateOnly(2024, 4, 15).AddDays(i * 19 + random.Next(10)),
            Participants = "Residents affected, the young people responsible, a restorative justice worker and the neighbourhood policing team",
            AgreedReparation = i % 2 == 0 ? "Clearing litter and graffiti from the park the group damaged" : "Repainting the bus shelter and a written apology to the residents",
        })];
}
