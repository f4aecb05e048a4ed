using Oversight.Core.Data;
using Oversight.Core.Funding.Victims;

namespace Oversight.Core.Demo;

/// 2024/25 victims' services commissioned with the Ministry of Justice grant, and Safer Streets 5, matching the
/// annual report: 31 organisations (90% voluntary sector), 74 kinds of service, £4,654,358, over 73,500 victims.
public static partial class DemoFunding
{
    public const string MinistryOfJusticeGrant = Funding.Victims.VictimServicesStatistics.MinistryOfJusticeGrant;
    public const string SaferStreets5 = "Safer Streets 5";

    // Each ring-fenced line's total and the number of contracts paid from it; they add up to £4,654,358.
    private static readonly (GrantLine Line, decimal Total, int Contracts)[] Lines =
    [
        (GrantLine.DomesticAbuse, 1_512_400m, 14), (GrantLine.SexualViolence, 1_318_750m, 11),
        (GrantLine.AllCrime, 1_326_900m, 9), (GrantLine.Other, 496_308m, 6),
    ];

    private static readonly string[] ServiceKinds =
    [
        "Independent domestic violence advocacy", "Independent sexual violence advocacy", "Counselling", "Therapy", "Helpline",
        "Outreach", "Refuge support", "Peer support groups", "Restorative justice", "Hate crime advocacy", "Modern slavery support",
        "Stalking advocacy", "Court and trial support", "Pre-trial therapy", "Practical and emotional support",
    ];

    private static readonly string[] Audiences = ["adults", "children and young people", "men and boys", "LGBTQ+ victims", "older victims"];

    private static readonly string[] VcseStems =
    [
        "Aire Valley", "Calder", "Pennine", "Five Towns", "Spen Valley", "Wharfe", "Colne Valley", "Holme", "Dearne", "Ryburn",
        "Worth Valley", "Hebble", "Meanwood", "Rothwell",
    ];

    private static void LoadVictimServices(OversightDbContext db, Random random)
    {
        var providers = VcseStems.SelectMany(s => new[] { $"{s} Women's Aid", $"{s} Survivors' Network" }).Take(28)
            .Select(n => new VictimServiceProvider { Name = n, Sector = ProviderSector.Vcse })
            .Concat([
                new VictimServiceProvider { Name = "Kirklees Council", Sector = ProviderSector.LocalAuthority },
                new VictimServiceProvider { Name = "Leeds City Council", Sector = ProviderSector.LocalAuthority },
                new VictimServiceProvider { Name = "West Yorkshire sexual assault referral centre (NHS)", Sector = ProviderSector.NhsTrust },
            ]).ToList();
        db.VictimServiceProviders.AddRange(providers);
        var types = ServiceKinds.SelectMany(k => Audiences.Select(a => $"{k} for {a}")).Take(74).ToList();
        var contracts = new List<VictimServiceContract>();
        foreach (var (line, total, count) in Lines)
        {
            var values = Share(total, count, random);
            contracts.AddRange(values.Select(value => new VictimServiceContract
            {
                ProviderId = providers[contracts.Count % providers.Count].Id,
                FinancialYear = "2024-25",
                Value = value,
                Starts = new DateOnly(2024, 4, 1),
                Ends = new DateOnly(2025, 3, 31),
                FundingSource = MinistryOfJusticeGrant,
                Line = line,
            }));
        }

        for (var i = 0; i < contracts.Count; i++)
        {
            contracts[i].ServiceTypes = [types[(i * 2) % types.Count], types[((i * 2) + 1) % types.Count]];
        }

        db.VictimServiceContracts.AddRange(contracts);
        db.VictimServiceReturns.AddRange(Returns(contracts, random));
    }

    private static List<VictimServiceReturn> Returns(List<VictimServiceContract> contracts, Random random)
    {
        var returns = contracts.SelectMany(c => Enumerable.Range(1, 4).Select(q => new VictimServiceReturn { ContractId = c.Id, Period = $"2024-25 Q{q}" })).ToList();
        var weights = returns.Select(_ => 0.5 + random.NextDouble()).ToList();
        var female = Spread(47_120, weights);
        var male = Spread(23_260, weights);
        var unknown = Spread(3_300, weights);
        var children = Spread(6_040, weights);
        var ageUnknown = Spread(1_490, weights);
        var coped = Spread(58_900, weights);
        for (var i = 0; i < returns.Count; i++)
        {
            var r = returns[i];
            (r.Female, r.Male, r.SexNotKnown, r.Children, r.AgeNotKnown, r.CopedAndRecovered) = (female[i], male[i], unknown[i], children[i], ageUnknown[i], coped[i]);
            r.Adults = r.Victims - r.Children - r.AgeNotKnown;
            var line = contracts.Single(c => c.Id == r.ContractId).Line;
            (r.DomesticAbuse, r.SexualViolence, r.OtherCrime) = line switch
            {
                GrantLine.DomesticAbuse => (r.Victims, 0, 0),
                GrantLine.SexualViolence => (0, r.Victims, 0),
                _ => (0, 0, r.Victims),
            };
            var quarter = r.Period[^1] - '0';
            r.SubmittedAt = new DateTimeOffset(new DateOnly(2024, 4, 1).AddMonths(3 * quarter).AddDays(13).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            r.SubmittedBy = "Provider's contract manager";
        }

        return returns;
    }

    private static void LoadSaferStreets(OversightDbContext db)
    {
        db.SaferStreetsAllocations.AddRange(
            new SaferStreetsAllocation { Round = SaferStreets5, FundingYear = "2023-24", Starts = new(2023, 10, 1), Ends = new(2024, 3, 31), Amount = 465_000m },
            new SaferStreetsAllocation { Round = SaferStreets5, FundingYear = "2024-25", Starts = new(2024, 4, 1), Ends = new(2025, 3, 31), Amount = 355_000m });
        (string Focus, string District, string Intervention)[] projects =
        [
            ("Anti-Social Behaviour (ASB)", "Bradford", "Days of Action"),
            ("Anti-Social Behaviour (ASB)", "Kirklees", "Bumpy/Kickstart"),
            ("Anti-Social Behaviour (ASB)", "Kirklees", "Days of Action"),
            ("Anti-Social Behaviour (ASB)", "Leeds", "Proactive ASB"),
            ("Anti-Social Behaviour (ASB)", "Leeds", "Getaway Girls"),
            ("Anti-Social Behaviour (ASB)", "West Yorkshire Police", "Police Bike Overtime"),
            ("Anti-Social Behaviour (ASB)", "West Yorkshire Police", "Police Patrols"),
            ("Anti-Social Behaviour (ASB)", "West Yorkshire Police", "Op Soundwood"),
            ("Neighbourhoods", "Kirklees", "Deployable CCTV"),
            ("Neighbourhoods", "West Yorkshire Police", "Crime Prevention and Target Hardening"),
            ("Violence Against Women and Girls (VAWG)", "Bradford", "CTV Nighttime support"),
            ("Violence Against Women and Girls (VAWG)", "Kirklees", "Project Zero"),
            ("Violence Against Women and Girls (VAWG)", "Kirklees", "Rural Street Marshalls"),
            ("Violence Against Women and Girls (VAWG)", "Kirklees", "Male Behaviour Change Training"),
            ("Violence Against Women and Girls (VAWG)", "Wakefield", "Pontefract Night Marshalls"),
            ("Violence Against Women and Girls (VAWG)", "West Yorkshire Police", "VAWG Policing Patrols"),
            ("Violence Against Women and Girls (VAWG)", "West Yorkshire Police", "Op Millpond"),
            ("Violence Against Women and Girls (VAWG)", "West Yorkshire Police", "Girls Engagement Programme"),
        ];
        db.SaferStreetsProjects.AddRange(projects.Select(p => new SaferStreetsProject { Round = SaferStreets5, Focus = p.Focus, District = p.District, Intervention = p.Intervention, FundingYear = "2024-25" }));
    }

    // Whole pounds for all but the last share, which takes the rest, so the shares add up exactly.
    private static List<decimal> Share(decimal total, int count, Random random)
    {
        var weights = Enumerable.Range(0, count).Select(_ => 0.6 + random.NextDouble()).ToList();
        var shares = weights.Take(count - 1).Select(w => Math.Round(total * (decimal)(w / weights.Sum()), 0)).ToList();
        shares.Add(total - shares.Sum());
        return shares;
    }

    // Largest-remainder rounding, so the parts add up to the total exactly.
    private static int[] Spread(int total, IReadOnlyList<double> weights)
    {
        var exact = weights.Select(w => total * w / weights.Sum()).ToArray();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).Take(total - parts.Sum()))
        {
            parts[i]++;
        }

        return parts;
    }
}
