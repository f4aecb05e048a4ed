using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Decisions;
using Oversight.Domain;
using Oversight.Domain.Decisions;

namespace Oversight.Core.Demo;

/// Published decision notices drafted from the demo's own records (grant awards, the precept proposal, a contract),
/// each advised on, signed by the post the scheme names and published, one corrected; and three key decisions on the
/// forward plan. The advice and reasons are invented.
public static class DemoDecisions
{
    public static async Task LoadAsync(OversightDbContext db, DecisionRegister register, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(register);
        if (await db.DecisionNotices.AnyAsync(cancellationToken))
        {
            return;
        }

        var scheme = register.Scheme;
        var people = new Dictionary<string, Decider>(StringComparer.Ordinal);
        foreach (var user in await db.Users.Where(u => u.Posts.Count > 0).ToListAsync(cancellationToken))
        {
            foreach (var post in user.Posts)
            {
                people[post] = new Decider(user.Id, user.DisplayName, [Roles.Leadership], user.Posts);
            }
        }

        // The largest round 7 awards go to the Mayor, a case study to the Deputy Mayor, under the scheme's thresholds.
        var awards = await db.FundingApplications.Where(a => a.Round!.Number == 7 && a.AwardedAmount != null)
            .OrderByDescending(a => a.AwardedAmount).ThenBy(a => a.Reference).Select(a => a.Id).Take(2).ToListAsync(cancellationToken);
        awards.AddRange(await db.FundingApplications.Where(a => a.Round!.Number == 7 && a.ProjectTitle == "Connecting Roma").Select(a => a.Id).ToListAsync(cancellationToken));
        var drafted = new List<Guid>();
        foreach (var id in awards)
        {
            drafted.Add(Check(await register.DraftFromApplicationAsync(id, "Gale Grants", cancellationToken)));
        }

        if (await db.PreceptRecords.OrderByDescending(p => p.Year).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } precept)
        {
            drafted.Add(Check(await register.DraftFromPreceptAsync(precept, "Frankie Finance", cancellationToken)));
        }

        if (await db.VictimServiceContracts.OrderByDescending(c => c.Value).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } contract)
        {
            var id = Check(await register.DraftFromContractAsync(contract, "Gale Grants", cancellationToken));
            var notice = await db.DecisionNotices.SingleAsync(n => n.Id == id, cancellationToken);
            Fail(await register.EditAsync(id, new NoticeEdit(notice.Summary, notice.OptionsConsidered, notice.BackgroundPapers,
                "The tender prices of the unsuccessful bidders and the provider's pricing schedule.", 3), cancellationToken));
            drafted.Add(id);
        }

        foreach (var id in drafted)
        {
            await PublishAsync(register, db, people, scheme, id, cancellationToken);
        }

        // A correction: the first notice's background papers named the wrong document.
        var corrected = Check(await register.CorrectAsync(drafted[0], "The background papers named the round 6 guidance instead of the round 7 guidance.", "Gale Grants", cancellationToken));
        var next = await db.DecisionNotices.SingleAsync(n => n.Id == corrected, cancellationToken);
        Fail(await register.EditAsync(next.Id, new NoticeEdit(next.Summary, next.OptionsConsidered, next.BackgroundPapers + " Round 7 guidance for applicants.", null, null), cancellationToken));
        await PublishAsync(register, db, people, scheme, next.Id, cancellationToken);

        var month = UkTime.Today(clock) is var today ? new DateOnly(today.Year, today.Month, 1) : default;
        db.ForwardPlanEntries.AddRange(
            new ForwardPlanEntry
            {
                Title = $"Police precept proposal {FinancialYear.Of(month.AddMonths(4))}",
                Type = DecisionType.PreceptProposal,
                DecisionMakerPost = "mayor",
                ExpectedBy = month.AddMonths(2),
                Summary = "The precept the Mayor proposes to the Police and Crime Panel, after the precept engagement survey.",
                Contact = "Chief Finance Officer",
            },
            new ForwardPlanEntry
            {
                Title = "Recommissioning of victims' services",
                Type = DecisionType.ContractAward,
                DecisionMakerPost = "deputy-mayor",
                ExpectedBy = month.AddMonths(3),
                Summary = "Contracts for the victims' services the Ministry of Justice grant funds, after the procurement.",
                Contact = "Head of Commissioning",
                ExemptCategory = 3,
            },
            new ForwardPlanEntry
            {
                Title = "Safer Communities Fund Round 8 awards",
                Type = DecisionType.GrantAward,
                DecisionMakerPost = "deputy-mayor",
                ExpectedBy = month.AddMonths(4),
                Summary = "Grants to community groups from Round 8, after two independent scores, moderation and the panel's recommendation.",
                Contact = "Grants manager",
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task PublishAsync(DecisionRegister register, OversightDbContext db, Dictionary<string, Decider> people, SchemeOfDelegation scheme, Guid id, CancellationToken cancellationToken)
    {
        var notice = await db.DecisionNotices.AsNoTracking().SingleAsync(n => n.Id == id, cancellationToken);
        if (people.TryGetValue(scheme.FinanceOfficerPost, out var finance))
        {
            Fail(await register.AdviseAsync(id, AdviceKind.Finance, "The award is within the approved budget and the fund's remaining allocation.", finance, cancellationToken));
        }

        if (people.TryGetValue(scheme.MonitoringOfficerPost, out var monitoring))
        {
            Fail(await register.AdviseAsync(id, AdviceKind.MonitoringOfficer, "The decision is within the Mayor's powers and the scheme of delegation.", monitoring, cancellationToken));
        }

        var post = scheme.Required(notice.Type, notice.Amount ?? 0).Post ?? "mayor";
        Fail(await register.SignAsync(id, people[post], cancellationToken));
        Fail(await register.PublishAsync(id, cancellationToken));
    }

    private static Guid Check(Saved drafted)
    {
        Fail(drafted);
        return drafted.Id!.Value;
    }

    private static void Fail(Saved saved) => Fail(saved.Errors);

    private static void Fail(IReadOnlyList<FieldError> errors)
    {
        if (errors is [var error, ..])
        {
            throw new InvalidOperationException($"Demo decision notice: {error.Field}: {error.Message}");
        }
    }
}
