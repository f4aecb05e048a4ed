using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding;
using Oversight.Core.Funding.Applicants;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Rounds;
using Oversight.Domain;
using Oversight.Domain.Funding;

namespace Oversight.Core.Demo;

/// Rounds 1 to 7 of the Safer Communities Fund (2021 to 2025), built so the records add up to the figures in the
/// Mayor's annual report 2024/25, plus an open round to try applying to. Organisations and projects are invented,
/// except the five case studies the report names.
public static partial class DemoFunding
{
    public const string WomenAndGirls = "safety-of-women-and-girls";
    public const string Equity = "equity-diversity-and-inclusion";
    public const string EarlyIntervention = "early-intervention-and-prevention";
    public const string ReducingVulnerability = "reducing-vulnerability";
    public const string ChildrenAndYoungPeople = "children-and-young-people";
    public const string MenAndBoys = "men-and-boys";
    public const string BusinessCrime = "business-crime";

    public static readonly string[] ClearHoldBuild = ["Bradford BD3", "Kirklees Ashbrow", "Leeds Harehills", "Calderdale Park Ward"];

    // Number, financial year, opens, closes, decided, pot, projects, total awarded, themes with exact counts.
    private static readonly RoundPlan[] Plans =
    [
        new(1, "2021-22", new(2021, 6, 1), new(2021, 7, 12), new(2021, 9, 20), 400_000m, 60, 389_745.30m, []),
        new(2, "2021-22", new(2021, 11, 1), new(2021, 12, 10), new(2022, 2, 21), 400_000m, 55, 352_310.75m, []),
        new(3, "2022-23", new(2022, 6, 6), new(2022, 7, 15), new(2022, 9, 26), 450_000m, 60, 421_644.10m, []),
        new(4, "2022-23", new(2022, 11, 7), new(2022, 12, 16), new(2023, 2, 27), 400_000m, 52, 346_892.60m, []),
        new(5, "2023-24", new(2023, 6, 5), new(2023, 7, 14), new(2023, 9, 25), 1_000_000m, 62, 921_312.45m, []),
        new(6, "2024-25", new(2024, 2, 5), new(2024, 3, 15), new(2024, 5, 20), 600_000m, 60, 584_173.50m,
            [(EarlyIntervention, 52), (WomenAndGirls, 30), (Equity, 25)]),
        new(7, "2024-25", new(2024, 7, 1), new(2024, 8, 16), new(2024, 11, 18), 1_000_000m, 66, 999_012.55m,
            [(WomenAndGirls, 35), (Equity, 26), (MenAndBoys, 8), (ChildrenAndYoungPeople, 36), (ReducingVulnerability, 30)]),
    ];

    /// The people the 2024/25 projects (rounds 6 and 7) expect to reach, as the annual report gives it.
    public const int PeopleIn2024To25 = 116_735;

    // Seven business-crime projects across the rounds, £183,211.40 in all (round, amount, collaborative).
    private static readonly (int Round, decimal Amount, bool Collaborative)[] BusinessCrimeProjects =
    [
        (3, 15_875.00m, false), (5, 14_990.00m, false), (5, 18_446.00m, false),
        (7, 19_850.00m, false), (7, 18_420.40m, false), (7, 20_000.00m, false), (7, 75_630.00m, true),
    ];

    private static readonly decimal[] OtherCollaborative = [64_880.00m, 72_415.00m, 58_940.00m];

    // The annual report's case studies (organisation, project, district, Clear Hold Build area, amount, themes).
    private static readonly (string Organisation, string Project, string District, string? Area, decimal Amount, string[] Themes)[] CaseStudies =
    [
        ("Roma Youth Collective", "Connecting Roma", "Bradford", "Bradford BD3", 19_994.00m, [Equity, ChildrenAndYoungPeople]),
        ("Invictus Wellbeing Foundation CIO", "Thrive Approach", Districts.WestYorkshire, null, 9_660.00m, [ChildrenAndYoungPeople, ReducingVulnerability]),
        ("New Direction Services CIC", "Empower Her Kickboxing and Protection", "Kirklees", "Kirklees Ashbrow", 20_000.00m, [WomenAndGirls]),
        ("The Youth Association", "StreetSafe Leeds", "Leeds", "Leeds Harehills", 17_185.46m, [ChildrenAndYoungPeople]),
        ("Our Roots Inner City Lives", "Our Roots - The Voice Of Black Youth", "Wakefield", null, 18_955.00m, [Equity, ChildrenAndYoungPeople]),
    ];

    private static readonly string[] Places =
    [
        "Manningham", "Keighley", "Shipley", "Holmewood", "Todmorden", "Brighouse", "Sowerby Bridge", "Elland", "Dewsbury", "Batley",
        "Holme Valley", "Heckmondwike", "Chapeltown", "Seacroft", "Armley", "Beeston", "Kirkstall", "Castleford", "Pontefract", "Ossett",
        "Normanton", "Hemsworth", "Airedale", "Calder Valley",
    ];

    private static readonly string[] Kinds =
    [
        "Youth Trust", "Community Association", "Boxing Club", "Women's Centre", "Mosque Trust", "Refugee Network", "Men's Shed",
        "Sports Foundation", "Neighbourhood Watch", "Arts Collective", "Family Hub", "Recovery Project",
    ];

    private static readonly string[] Activities =
    [
        "Safe Spaces", "Street Outreach", "Knife Crime Workshops", "Mentoring for Young People", "Healthy Relationships", "Night Patrol",
        "Scam Awareness for Older People", "Holiday Activities", "Road Safety Sessions", "Recovery Café", "Digital Safety", "Bystander Training",
        "Exploitation Awareness", "Survivor Peer Support", "Community Gardening", "Positive Futures",
    ];

    public static async Task LoadAsync(OversightDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.FundingRounds.AnyAsync(cancellationToken))
        {
            return;
        }

        var random = new Random(2021);
        var organisations = Organisations(random);
        db.ApplicantOrganisations.AddRange(organisations);
        var studyOrganisations = CaseStudies.Select(c => Organisation(c.Organisation, c.District)).ToList();
        db.ApplicantOrganisations.AddRange(studyOrganisations);
        foreach (var plan in Plans)
        {
            var round = Round(plan);
            db.FundingRounds.Add(round);
            db.FundingApplications.AddRange(Projects(plan, round, organisations, studyOrganisations, random));
        }

        var today = UkTime.Today(clock);
        var open = Round(new RoundPlan(8, FinancialYear.Of(today), today.AddDays(-7), today.AddDays(42), today.AddDays(90), 1_000_000m, 0, 0, []));
        open.Name = "Round 8";
        db.FundingRounds.Add(open);
        LoadVictimServices(db, new Random(2024));
        LoadSaferStreets(db);
        await db.SaveChangesAsync(cancellationToken);
        await DemoFundingStories.AddAsync(db, cancellationToken);
        await DemoFundingEvidence.AddAsync(db, cancellationToken);
    }

    private static List<ApplicantOrganisation> Organisations(Random random)
    {
        var names = Places.SelectMany(p => Kinds.Select(k => $"{p} {k}")).OrderBy(_ => random.Next()).Take(160).ToList();
        return names.Select(n => Organisation(n, District(n, random))).ToList();
    }

    private static ApplicantOrganisation Organisation(string name, string district) => new()
    {
        Name = name,
        Type = name.Contains("CIC", StringComparison.Ordinal) ? OrganisationType.SocialEnterprise
            : name.Contains("Mosque", StringComparison.Ordinal) ? OrganisationType.Faith : OrganisationType.Community,
        District = district,
        OrgId = GrantIdentifiers.OrgId(new FundingOptions().ThreeSixtyGivingPrefix, null, null, name),
    };

    private static string District(string organisation, Random random)
    {
        string[] bradford = ["Manningham", "Keighley", "Shipley", "Holmewood", "Airedale"];
        string[] calderdale = ["Todmorden", "Brighouse", "Sowerby Bridge", "Elland", "Calder Valley"];
        string[] kirklees = ["Dewsbury", "Batley", "Holme Valley", "Heckmondwike"];
        string[] leeds = ["Chapeltown", "Seacroft", "Armley", "Beeston", "Kirkstall"];
        var place = organisation.Split(' ')[0];
        return bradford.Any(organisation.StartsWith) ? "Bradford"
            : calderdale.Any(organisation.StartsWith) ? "Calderdale"
            : kirklees.Any(organisation.StartsWith) ? "Kirklees"
            : leeds.Any(organisation.StartsWith) ? "Leeds"
            : place.Length > 0 && random.Next(10) == 0 ? Districts.WestYorkshire : "Wakefield";
    }

    private static FundingRound Round(RoundPlan plan)
    {
        var newPlan = plan.Number >= 7;
        var round = new FundingRound
        {
            Number = plan.Number,
            Name = $"Grant Round {plan.Number}",
            FinancialYear = plan.FinancialYear,
            Pot = plan.Pot,
            Opens = plan.Opens,
            Closes = plan.Closes,
            EligibleTypes = [.. new[] { OrganisationType.Voluntary, OrganisationType.Community, OrganisationType.Faith, OrganisationType.SocialEnterprise, OrganisationType.Statutory }.Select(t => t.ToString())],
            Strands =
            [
                new() { Order = 0, Code = "standard", Name = "standard grant", Ceiling = 20_000m },
                new() { Order = 2, Code = "clear-hold-build", Name = "Clear, Hold, Build grant", Ceiling = 20_000m, RestrictedAreas = [.. ClearHoldBuild] },
            ],
            Criteria =
            [
                new() { Order = 0, Code = "need", Name = "Evidence of need", Weight = 25, MaxScore = 5 },
                new() { Order = 1, Code = "plan", Name = "Alignment with the Police and Crime Plan", Weight = 25, MaxScore = 5 },
                new() { Order = 2, Code = "delivery", Name = "Delivery and outcomes", Weight = 30, MaxScore = 5 },
                new() { Order = 3, Code = "value", Name = "Value for money", Weight = 20, MaxScore = 5 },
            ],
        };
        if (newPlan)
        {
            round.Strands.Add(new() { Order = 1, Code = "collaborative", Name = "collaborative grant", Ceiling = 80_000m, Collaborative = true });
        }

        var priorities = newPlan
            ? new[] { ("keeping-people-safe", "Keeping People Safe"), ("safer-places-and-thriving-communities", "Safer Places and Thriving Communities"), ("responsive-and-supportive-justice-system", "Responsive and Supportive Justice System") }
            : [("supporting-victims", "Supporting Victims and Witnesses and Improving Criminal Justice Outcomes"), ("keeping-people-safe-and-building-resilience", "Keeping People Safe and Building Resilience"), ("safer-places-and-thriving-communities", "Safer Places and Thriving Communities"), ("multiple-and-complex-needs", "Responding to Multiple and Complex Needs")];
        var themes = newPlan
            ? new[] { (WomenAndGirls, "The Safety of Women and Girls"), (Equity, "Equity, Diversity and Inclusion"), (ReducingVulnerability, "Reducing Vulnerability"), (ChildrenAndYoungPeople, "Children and Young People"), (MenAndBoys, "Men and Boys") }
            : [(WomenAndGirls, "The Safety of Women and Girls"), (Equity, "Equality, Diversity and Inclusion"), (EarlyIntervention, "Early Intervention and Prevention")];
        (string, string)[] focuses = [(BusinessCrime, "Crimes affecting businesses"), ("anti-social-behaviour", "Anti-social behaviour"), ("serious-violence", "Serious Violence"), ("road-safety", "Road safety"), ("exploitation", "Child sexual and criminal exploitation")];
        round.Options.AddRange(priorities.Select((p, i) => new RoundOption { Kind = RoundOptionKind.Priority, Order = i, Code = p.Item1, Name = p.Item2 }));
        round.Options.AddRange(themes.Select((p, i) => new RoundOption { Kind = RoundOptionKind.Theme, Order = i, Code = p.Item1, Name = p.Item2 }));
        round.Options.AddRange(focuses.Select((p, i) => new RoundOption { Kind = RoundOptionKind.Focus, Order = i, Code = p.Item1, Name = p.Item2 }));
        return round;
    }

    private static List<FundingApplication> Projects(
        RoundPlan plan, FundingRound round, List<ApplicantOrganisation> organisations, List<ApplicantOrganisation> studyOrganisations, Random random)
    {
        var projects = new List<FundingApplication>();
        var caseStudies = plan.Number == 7 ? CaseStudies : [];
        foreach (var study in caseStudies)
        {
            projects.Add(Project(round, projects.Count, study.Project, study.District, study.Area, study.Amount, false, studyOrganisations[projects.Count], random));
            projects[^1].ThemeCodes = [.. study.Themes];
        }

        foreach (var business in BusinessCrimeProjects.Where(b => b.Round == plan.Number))
        {
            projects.Add(Project(round, projects.Count, "Safer Shops and Businesses", Pick(random), null, business.Amount, business.Collaborative, organisations[random.Next(organisations.Count)], random));
            projects[^1].FocusCodes = [BusinessCrime];
        }

        foreach (var amount in plan.Number == 7 ? OtherCollaborative : [])
        {
            projects.Add(Project(round, projects.Count, "Partnership " + Activities[random.Next(Activities.Length)], Pick(random), null, amount, true, organisations[random.Next(organisations.Count)], random));
        }

        var free = plan.Projects - projects.Count;
        var rest = plan.Total - projects.Sum(p => p.Amount);
        var weights = Enumerable.Range(0, free).Select(_ => 0.7 + (random.NextDouble() * 0.55)).ToList();
        var allotted = 0m;
        for (var i = 0; i < free; i++)
        {
            var amount = i == free - 1 ? rest - allotted : Math.Round(rest * (decimal)(weights[i] / weights.Sum()), 0);
            allotted += amount;
            var organisation = organisations[random.Next(organisations.Count)];
            projects.Add(Project(round, projects.Count, Activities[random.Next(Activities.Length)], organisation.District, null, amount, false, organisation, random));
        }

        AssignThemes(plan, round, projects, random);
        if (plan.FinancialYear == "2024-25")
        {
            People(projects, plan.Number == 6 ? 47_210 : PeopleIn2024To25 - 47_210, random);
        }
        else
        {
            projects.ForEach(p => p.PeopleExpected = random.Next(30, 1_500));
        }

        return projects;
    }

    private static FundingApplication Project(FundingRound round, int index, string title, string district, string? area, decimal amount, bool collaborative, ApplicantOrganisation organisation, Random random) => new()
    {
        RoundId = round.Id,
        ApplicantOrganisationId = organisation.Id,
        Reference = string.Create(CultureInfo.InvariantCulture, $"SCF{round.Number}-{index + 1:0000}"),
        Status = ApplicationStatus.Approved,
        StrandCode = collaborative ? "collaborative" : area is null ? "standard" : "clear-hold-build",
        ProjectTitle = title,
        Summary = $"{title} in {district}, delivered with local partners.",
        District = district,
        Area = area,
        Partners = collaborative ? "West Yorkshire Police, local schools" : null,
        Amount = amount,
        AwardedAmount = amount,
        PriorityCodes = [round.Options.Where(o => o.Kind == RoundOptionKind.Priority).ElementAt(random.Next(round.Options.Count(o => o.Kind == RoundOptionKind.Priority))).Code],
        SubmittedAt = new DateTimeOffset(round.Closes.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        DecidedOn = Plans.Single(p => p.Number == round.Number).Decided,
        DecidedBy = DecidedBy(amount),
        DecisionReasons = "Meets the fund's priorities and scored above the threshold at panel.",
    };

    // Who took the award under West Yorkshire's shipped scheme (config/delegation/west-yorkshire.json, illustrative
    // thresholds), so each demo decision names the post the scheme gives it.
    private static string DecidedBy(decimal amount) =>
        amount <= 10_000m ? "Grants manager" : amount <= 50_000m ? "Deputy Mayor for Policing and Crime" : "Mayor";

    // Each theme gets exactly its count: the case studies keep theirs, the rest are drawn at random.
    private static void AssignThemes(RoundPlan plan, FundingRound round, List<FundingApplication> projects, Random random)
    {
        var themes = round.Options.Where(o => o.Kind == RoundOptionKind.Theme).Select(o => o.Code).ToList();
        foreach (var theme in themes)
        {
            var target = plan.ThemeCounts.Where(t => t.Theme == theme).Select(t => (int?)t.Count).SingleOrDefault()
                ?? (int)(projects.Count * (0.25 + (random.NextDouble() * 0.3)));
            var have = projects.Count(p => p.ThemeCodes.Contains(theme));
            foreach (var project in projects.Where(p => !p.ThemeCodes.Contains(theme) && !CaseStudies.Any(c => c.Project == p.ProjectTitle))
                .OrderBy(_ => random.Next()).Take(Math.Max(0, target - have)).ToList())
            {
                project.ThemeCodes.Add(theme);
            }
        }
    }

    private static void People(List<FundingApplication> projects, int total, Random random)
    {
        var weights = projects.Select(_ => 0.3 + random.NextDouble()).ToList();
        for (var i = 0; i < projects.Count; i++)
        {
            projects[i].PeopleExpected = (int)Math.Round(total * weights[i] / weights.Sum());
        }

        projects.MaxBy(p => p.PeopleExpected)!.PeopleExpected += total - projects.Sum(p => p.PeopleExpected);
    }

    private static string Pick(Random random) => Districts.All[random.Next(Districts.All.Count)];

    private sealed record RoundPlan(int Number, string FinancialYear, DateOnly Opens, DateOnly Closes, DateOnly Decided, decimal Pot, int Projects, decimal Total, (string Theme, int Count)[] ThemeCounts);
}
