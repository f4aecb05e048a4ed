using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.Domain;

namespace Oversight.Core.Demo;

/// Invented issues, child remand and strip search cases, and scrutiny panels for the demo.
internal static class DemoCustodyCases
{
    private static readonly (string Ethnicity, int Weight)[] Ethnicities =
        [("White British", 55), ("Black or Black British", 17), ("Asian or Asian British", 16), ("Mixed", 9), ("Other ethnic group", 3)];

    private static readonly string[] Members = ["Comfort Adeyemi", "Gareth Lumb", "Shazia Rehman", "Philippa Torr", "Desmond Kay"];

    private static readonly (IssueCategory Category, string Text)[] Issues =
    [
        (IssueCategory.Facilities, "Toilet flush in cell 7 not working"),
        (IssueCategory.FoodAndDrink, "Microwave out of order; no hot meals since the morning"),
        (IssueCategory.FoodAndDrink, "Food stock past its date in the kitchen"),
        (IssueCategory.CellConditions, "Cell 3 not cleaned between detainees"),
        (IssueCategory.Dignity, "A female detainee asked to speak to a female officer and none was on shift"),
        (IssueCategory.Rights, "Detainee not told when the solicitor would arrive"),
        (IssueCategory.Health, "Detainee waited three hours for the healthcare practitioner"),
        (IssueCategory.Staffing, "Only one detention officer on the wing"),
    ];

    public static VisitIssue Issue(CustodyVisit visit, Random random)
    {
        var (category, text) = Issues[random.Next(Issues.Length)];
        var referred = visit.VisitDate;
        var answered = random.Next(10) < 8;
        return new VisitIssue
        {
            VisitId = visit.Id,
            Category = category,
            Description = text,
            RaisedWith = random.Next(2) == 0 ? "Custody sergeant" : "Custody inspector",
            ImmediateAction = "Raised at once with the custody sergeant",
            ReferredOn = referred,
            DueBy = referred.AddDays(VisitIssue.DaysToRespond),
            PoliceResponse = answered ? "Fixed; staff reminded of the standard" : null,
            RespondedOn = answered ? referred.AddDays(3 + random.Next(20)) : null,
            Status = answered ? IssueStatus.Closed : IssueStatus.Open,
            ClosedOn = answered ? referred.AddDays(25) : null,
            Escalated = random.Next(12) == 0,
        };
    }

    /// A year of remand cases: <paramref name="accommodated"/> moved to foster or secure care, <paramref name="late"/> of the rest charged after 23:00.
    public static List<ChildRemandCase> Remand(int firstYear, int count, int accommodated, int late, int courtAgreed, Random random, int days = 360)
    {
        var cases = new List<ChildRemandCase>();
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(firstYear, 4, 1).AddDays(i * days / count);
            var housed = i < accommodated;
            var chargedLate = !housed && i - accommodated < late;
            var time = chargedLate ? new TimeOnly(23, 5 + random.Next(50)) : new TimeOnly(13 + random.Next(9), random.Next(60));
            var charged = UkTime.ToInstant(day, time);
            cases.Add(new ChildRemandCase
            {
                CustodyNumber = $"CR{firstYear % 100}{i + 1:D4}",
                ChargedAt = charged,
                BailRefusedReason = random.Next(2) == 0 ? "Risk of further serious offences" : "Failed to appear before; no fixed address",
                LocalAuthorityRequestedAt = charged.AddMinutes(20 + random.Next(60)),
                LocalAuthorityResponse = housed ? "Placement found" : chargedLate ? "No placement could be arranged overnight" : "No secure bed available",
                Accommodation = housed ? (i % 3 == 0 ? RemandAccommodation.Secure : RemandAccommodation.Foster) : RemandAccommodation.None,
                NoAccommodationReason = housed ? null : chargedLate ? "Charged too late for a transfer before court" : "No secure accommodation available; risk of serious harm",
                LeftCustodyAt = charged.AddHours(housed ? 3 + random.Next(4) : 9 + random.Next(6)),
                CertificateProduced = !housed,
                CourtAgreed = (i * 37 % count) < courtAgreed,
                Ethnicity = Pick(random),
            });
        }

        return cases;
    }

    public static List<ChildStripSearch> StripSearches(Random random) =>
        [.. Enumerable.Range(0, 14).Select(i => new ChildStripSearch
        {
            CustodyNumber = $"SS24{i + 1:D4}",
            SearchedAt = UkTime.ToInstant(new DateOnly(2024, 4, 10).AddDays(i * 25), new TimeOnly(10 + random.Next(12), 0)),
            AuthorisedBy = $"Inspector {4100 + random.Next(800)}",
            AppropriateAdultPresent = random.Next(8) != 0,
            Location = random.Next(3) == 0 ? "Medical room, Elland Road" : "Search room, Trafalgar House",
            Grounds = "Reasonable grounds to believe drugs were concealed",
            ItemFound = random.Next(3) == 0,
            SafeguardingReferral = random.Next(6) != 0,
            ParentNotified = random.Next(7) != 0,
            Ethnicity = Pick(random),
        })];

    public static List<ScrutinyPanel> Panels(Random random)
    {
        var detention = Panel("custody-detention", "Custody Detention Scrutiny Panel", "Use of force, mental health, children and strip searches in custody, reviewed blind to ethnicity", true,
            ["Use of force", "Mental health", "Children", "Strip searches"], random);
        detention.Recommendations.Add(new PanelRecommendation { PanelId = detention.Id, MadeOn = new DateOnly(2024, 10, 15), Text = "Record why handcuffs stay on after arrival in the custody suite", ForceResponse = "Custody record updated with a mandatory field", RespondedOn = new DateOnly(2024, 12, 2) });
        detention.Recommendations.Add(new PanelRecommendation { PanelId = detention.Id, MadeOn = new DateOnly(2025, 2, 11), Text = "Offer a mental health practitioner at booking in for every child" });
        var outOfCourt = Panel("out-of-court", "Out of Court Resolutions Scrutiny Panel", "A quarterly dip sample of out-of-court resolutions, assessed against policy", false,
            ["Community Resolution", "Conditional Caution", "Outcome 22"], random);
        outOfCourt.Recommendations.Add(new PanelRecommendation { PanelId = outOfCourt.Id, MadeOn = new DateOnly(2024, 7, 9), Text = "Record the victim's view before every Community Resolution", ForceResponse = "Guidance reissued to neighbourhood teams", RespondedOn = new DateOnly(2024, 9, 1) });
        var child = Panel("child-custody", "Child Custody Scrutiny Panel", "Every child remand in custody and every child strip search, and the timeliness of appropriate adults", true,
            ["Child remand", "Child strip search", "Appropriate adult"], random);
        return [detention, outOfCourt, child];
    }

    private static ScrutinyPanel Panel(string id, string name, string remit, bool blind, string[] topics, Random random)
    {
        var panel = new ScrutinyPanel { Id = id, Name = name, Remit = remit, BlindToEthnicity = blind };
        foreach (var (member, i) in Members.Select((m, i) => (m, i)))
        {
            panel.Members.Add(new PanelMember { PanelId = id, Name = member, DeclarationOfInterest = i == 1 ? "Serves as a magistrate in Kirklees" : null });
        }

        foreach (var held in new[] { new DateOnly(2024, 6, 18), new DateOnly(2024, 9, 17), new DateOnly(2024, 12, 10), new DateOnly(2025, 3, 11) })
        {
            var meeting = new PanelMeeting
            {
                PanelId = id,
                HeldOn = held,
                MinutesPublished = held < new DateOnly(2025, 3, 1),
                Minutes = "The panel reviewed the sampled cases and agreed its assessments and observations.",
            };
            for (var c = 0; c < 10; c++)
            {
                var roll = random.Next(20);
                meeting.Cases.Add(new PanelCase
                {
                    MeetingId = meeting.Id,
                    Reference = $"{id[..3].ToUpperInvariant()}-{held:yyMM}-{c + 1:D2}",
                    Topic = topics[random.Next(topics.Length)],
                    Summary = "Sampled from the custody record and body-worn video; details as recorded by the force.",
                    Assessment = roll < 12 ? CaseAssessment.Appropriate : roll < 17 ? CaseAssessment.AppropriateWithObservations : roll < 19 ? CaseAssessment.Inappropriate : CaseAssessment.UnableToAgree,
                    Observations = roll >= 12 ? "Decision recorded late and without the reasons the policy asks for" : null,
                    Ethnicity = Pick(random),
                });
            }

            panel.Meetings.Add(meeting);
        }

        return panel;
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var (ethnicity, weight) in Ethnicities)
        {
            if ((roll -= weight) < 0)
            {
                return ethnicity;
            }
        }

        return Ethnicities[^1].Ethnicity;
    }
}
