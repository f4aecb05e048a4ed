using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Data;
using Oversight.Core.Funding.Partnerships;
using Oversight.Core.Funding.Victims;

namespace Oversight.Core.Demo;

/// The money the office passes on: 2024/25 Community Safety Fund allocations to the five partnerships with their
/// plans and four quarterly returns, and Safer Streets 5 project budgets, spend and Home Office claims that add up
/// to the round's allocations (£465,000 and £355,000, as the annual report gives them). The fund's split is invented
/// in proportion to population, at the scale of about £2.35m a year.
public static class DemoGrantsPassedOn
{
    public const string Year = "2024-25";

    public static readonly IReadOnlyDictionary<string, decimal> Allocations = new Dictionary<string, decimal>
    {
        ["Bradford"] = 540_500m,
        ["Calderdale"] = 235_000m,
        ["Kirklees"] = 423_000m,
        ["Leeds"] = 799_000m,
        ["Wakefield"] = 352_500m,
    };

    private static readonly DateOnly[] QuarterEnd = [new(2024, 6, 30), new(2024, 9, 30), new(2024, 12, 31), new(2025, 3, 31)];

    private static readonly Dictionary<string, string> Highlights = new()
    {
        ["Bradford"] = "Coordinated partner activity before and on Bonfire Night; fewer ASB reports and attacks on emergency services on 5 November.",
        ["Calderdale"] = "National Hate Crime Awareness Week: sessions reaching over 800 young people in schools and colleges, 15 community events.",
        ["Kirklees"] = "Town centre ASB problem-solving with the neighbourhood policing team; youth diversion sessions on Friday nights.",
        ["Leeds"] = "Community safety hubs in three wards; restorative work with families of young people involved in ASB.",
        ["Wakefield"] = "Night-time economy safety scheme in the city centre; domestic abuse awareness in GP surgeries.",
    };

    public static async Task LoadAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var (partnership, amount) in Allocations)
        {
            var allocation = new CsfAllocation
            {
                Partnership = partnership,
                PartnershipBodyId = await CommunitySafetyPartnerships.BodyIdAsync(db, partnership, cancellationToken),
                FinancialYear = Year,
                Amount = amount,
                Plan = $"{partnership} Community Safety Partnership plan {Year}: local priorities under the Police and Crime Plan (ASB, VAWG, serious violence, hate crime).",
                PlanAgreedOn = new DateOnly(2024, 5, 14),
            };
            // Spend rises through the year and the partnership spends all but a small remainder.
            decimal[] shares = [0.18m, 0.24m, 0.26m, 0.30m];
            for (var q = 1; q <= 4; q++)
            {
                allocation.Returns.Add(new CsfReturn
                {
                    Quarter = q,
                    Spend = Math.Round(amount * shares[q - 1], 0),
                    Outputs = q == 3 || (q == 2 && partnership == "Calderdale") ? Highlights[partnership] : $"Quarter {q} delivery against the {partnership} plan.",
                    CaseStudy = q == 3 ? Highlights[partnership] : null,
                    ReceivedOn = QuarterEnd[q - 1].AddDays(20),
                });
            }

            db.CsfAllocations.Add(allocation);
        }

        var projects = await db.SaferStreetsProjects.Where(p => p.Round == DemoFunding.SaferStreets5 && p.FundingYear == Year).OrderBy(p => p.District).ThenBy(p => p.Intervention).ToListAsync(cancellationToken);
        var each = Math.Round(355_000m / projects.Count, 0);
        for (var i = 0; i < projects.Count; i++)
        {
            projects[i].Budget = i == projects.Count - 1 ? 355_000m - (each * (projects.Count - 1)) : each;
            projects[i].Spend = projects[i].Budget;
        }

        db.SaferStreetsClaims.AddRange(
            new SaferStreetsClaim { Round = DemoFunding.SaferStreets5, FundingYear = "2023-24", Quarter = 3, Amount = 200_000m, SubmittedOn = new(2024, 1, 15), PaidOn = new(2024, 2, 9) },
            new SaferStreetsClaim { Round = DemoFunding.SaferStreets5, FundingYear = "2023-24", Quarter = 4, Amount = 265_000m, SubmittedOn = new(2024, 4, 19), PaidOn = new(2024, 5, 17) });
        for (var q = 1; q <= 4; q++)
        {
            db.SaferStreetsClaims.Add(new SaferStreetsClaim
            {
                Round = DemoFunding.SaferStreets5,
                FundingYear = Year,
                Quarter = q,
                Amount = 88_750m,
                SubmittedOn = QuarterEnd[q - 1].AddDays(15),
                PaidOn = QuarterEnd[q - 1].AddDays(42),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
