using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applications;
using Oversight.Domain;
using Oversight.Domain.Funding;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Core.Funding.Rounds;

/// Grants staff set rounds up here. Once an application has been submitted to a round, its rules (strands, ceilings,
/// areas, eligible organisations, priorities, themes and criteria) are locked, so every applicant is judged by the
/// rules they applied under; only the name, pot and dates may still change.
public sealed class RoundAdministration(OversightDbContext db, PoliceAndCrimePlan plan, TimeProvider clock)
{
    public IReadOnlyList<OptionChoice> PlanPriorities => plan.Priorities.Select(p => new OptionChoice(p.Id, p.Title)).ToList();

    public IReadOnlyList<OptionChoice> PlanThemes => plan.CrossCuttingThemes.Select(t => new OptionChoice(t.Id, t.Title)).ToList();

    public async Task<List<RoundSummary>> SummariesAsync(CancellationToken cancellationToken)
    {
        var rounds = await db.FundingRounds.AsNoTracking().OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        var counts = await db.FundingApplications.AsNoTracking().Where(a => a.SubmittedAt != null)
            .GroupBy(a => a.RoundId)
            .Select(g => new { g.Key, Submitted = g.Count(), Undecided = g.Count(a => a.Status == ApplicationStatus.Submitted) })
            .ToListAsync(cancellationToken);
        var today = UkTime.Today(clock);
        return rounds.Select(r =>
        {
            var count = counts.SingleOrDefault(c => c.Key == r.Id);
            var (submitted, undecided) = (count?.Submitted ?? 0, count?.Undecided ?? 0);
            var status = today < r.Opens ? "Not open yet" : today <= r.Closes ? "Open" : undecided > 0 ? "Closed, being assessed" : submitted > 0 ? "Decided" : "Closed";
            return new RoundSummary(r, submitted, undecided, status);
        }).ToList();
    }

    public Task<int> SubmittedCountAsync(Guid id, CancellationToken cancellationToken) =>
        db.FundingApplications.CountAsync(a => a.RoundId == id && a.SubmittedAt != null, cancellationToken);

    public async Task<Saved> CreateAsync(RoundInput input, IReadOnlyList<FieldError> dateErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = new FundingRound { Name = "", FinancialYear = "" };
        var errors = Apply(round, input, dateErrors);
        if (input.Rules is null)
        {
            errors.Add(new("StrandName[0]", "Enter the round's strands and criteria"));
        }
        else
        {
            ApplyRules(round, input.Rules, null, errors);
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        round.Number = (await db.FundingRounds.MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
        db.FundingRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(round.Id);
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(Guid id, RoundInput input, IReadOnlyList<FieldError> dateErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = await db.FundingRounds.Include(r => r.Strands).Include(r => r.Options).Include(r => r.Criteria).AsSplitQuery()
            .SingleAsync(r => r.Id == id, cancellationToken);
        var submitted = await SubmittedCountAsync(id, cancellationToken);
        var errors = new List<FieldError>();
        if (submitted > 0 && (input.Rules is not null || !input.EligibleTypes.Order().SequenceEqual(round.EligibleTypes.Order())))
        {
            errors.Add(new("Rules", $"You cannot change the rules of {round.Name} because {submitted} {(submitted == 1 ? "application has" : "applications have")} been submitted to it. Set up a new round to use different rules"));
        }

        if (submitted > 0 && input.Opens != round.Opens)
        {
            errors.Add(new("Opens", $"You cannot change the date {round.Name} opened because applications have been submitted to it"));
        }

        errors.AddRange(Apply(round, input, dateErrors));
        if (input.Rules is not null && submitted == 0)
        {
            ApplyRules(round, input.Rules, round, errors);
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return errors;
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private static List<FieldError> Apply(FundingRound round, RoundInput input, IReadOnlyList<FieldError> dateErrors)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add(new("Name", "Enter the round's name, like Grant Round 8"));
        }

        if (ReportingPeriodParser.FinancialYear(input.FinancialYear) is null)
        {
            errors.Add(new("FinancialYear", "Enter the financial year the round's grants count in, like 2025-26"));
        }

        if (!RoundRules.TryMoney(input.Pot, out var pot) || pot <= 0)
        {
            errors.Add(new("Pot", "Enter the money the round has to give, like 500000 or 500000.50"));
        }

        errors.AddRange(dateErrors);
        if (dateErrors.Count == 0 && input.Closes < input.Opens)
        {
            errors.Add(new("Closes", "The date the round closes must be the same as or after the date it opens"));
        }

        var types = input.EligibleTypes.Where(t => Enum.TryParse<OrganisationType>(t, out var parsed) && Enum.IsDefined(parsed)).Distinct().ToList();
        if (types.Count == 0)
        {
            errors.Add(new("EligibleTypes", "Select the kinds of organisation that can apply"));
        }

        round.Name = input.Name?.Trim() ?? "";
        round.FinancialYear = ReportingPeriodParser.FinancialYear(input.FinancialYear)?.Text ?? "";
        round.Pot = pot;
        (round.Opens, round.Closes) = (input.Opens, input.Closes);
        if (!types.Order().SequenceEqual(round.EligibleTypes.Order()))
        {
            round.EligibleTypes = types;
        }

        return errors;
    }

    private void ApplyRules(FundingRound round, RoundRulesInput rules, FundingRound? existing, List<FieldError> errors)
    {
        var strands = RoundRules.Strands(rules.Strands, round.Pot > 0 ? round.Pot : null, errors);
        var criteria = RoundRules.Criteria(rules.Criteria, errors);
        var known = (existing?.Options ?? []).Select(o => new OptionChoice(o.Code, o.Name)).ToList();
        var priorities = Choose(rules.Priorities, PlanPriorities, known);
        var themes = Choose(rules.Themes, PlanThemes, known);
        if (priorities.Count == 0)
        {
            errors.Add(new("Priorities", "Select at least one plan priority applicants must align to"));
        }

        var focuses = RoundRules.Lines(rules.Focuses).Select(name => known.FirstOrDefault(k => k.Name == name) ?? new OptionChoice(RoundRules.Slug(name), name)).ToList();
        if (errors.Count > 0)
        {
            return;
        }

        // Replaced wholesale: nothing refers to these rows by id, only by code, and codes are kept.
        if (existing is not null)
        {
            db.RemoveRange(round.Strands);
            db.RemoveRange(round.Criteria);
            db.RemoveRange(round.Options);
        }

        List<RoundOption> options =
        [
            .. Options(RoundOptionKind.Priority, priorities),
            .. Options(RoundOptionKind.Theme, themes),
            .. Options(RoundOptionKind.Focus, focuses),
        ];
        strands.ForEach(s => s.RoundId = round.Id);
        criteria.ForEach(c => c.RoundId = round.Id);
        options.ForEach(o => o.RoundId = round.Id);
        (round.Strands, round.Criteria, round.Options) = (strands, criteria, options);
        if (existing is not null)
        {
            db.AddRange(strands);
            db.AddRange(criteria);
            db.AddRange(options);
        }
    }

    private static List<OptionChoice> Choose(IReadOnlyList<string> codes, IReadOnlyList<OptionChoice> fromPlan, IReadOnlyList<OptionChoice> known) =>
        codes.Distinct(StringComparer.Ordinal)
            .Select(code => fromPlan.FirstOrDefault(o => o.Code == code) ?? known.FirstOrDefault(o => o.Code == code))
            .OfType<OptionChoice>().ToList();

    private static IEnumerable<RoundOption> Options(RoundOptionKind kind, List<OptionChoice> choices) =>
        choices.Select((c, i) => new RoundOption { Kind = kind, Order = i, Code = c.Code, Name = c.Name });
}
