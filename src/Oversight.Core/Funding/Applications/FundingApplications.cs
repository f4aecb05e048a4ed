using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applicants;
using Oversight.Domain;
using Oversight.Domain.Funding;

namespace Oversight.Core.Funding.Applications;

/// The applicant's side of an application: start, save and return, submit, withdraw. Every method takes the
/// applicant's user id and only reaches applications of that user's organisation.
public sealed class FundingApplications(OversightDbContext db, ApplicantProfiles profiles, TimeProvider clock)
{
    public async Task<List<FundingApplication>> MineAsync(string userId, CancellationToken cancellationToken)
    {
        var organisation = await profiles.OrganisationIdAsync(userId, cancellationToken);
        return await db.FundingApplications.AsNoTracking().Include(a => a.Round)
            .Where(a => a.ApplicantOrganisationId == organisation)
            .OrderByDescending(a => a.Reference).ToListAsync(cancellationToken);
    }

    public async Task<FundingApplication?> FindAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var organisation = await profiles.OrganisationIdAsync(userId, cancellationToken);
        return await db.FundingApplications
            .Include(a => a.Round!).ThenInclude(r => r.Strands)
            .Include(a => a.Round!).ThenInclude(r => r.Options)
            .Include(a => a.Round!).ThenInclude(r => r.Criteria)
            .Include(a => a.ApplicantOrganisation)
            .Include(a => a.BudgetLines).Include(a => a.Outcomes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id && a.ApplicantOrganisationId == organisation, cancellationToken);
    }

    public async Task<Saved> StartAsync(string userId, Guid roundId, CancellationToken cancellationToken)
    {
        var organisation = await profiles.OrganisationIdAsync(userId, cancellationToken);
        if (organisation is null)
        {
            return Saved.Invalid("Organisation", "Tell us about your organisation before you start an application");
        }

        var round = await db.FundingRounds.SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return Saved.Invalid("Round", "There is no such round");
        }

        if (!round.IsOpen(Today))
        {
            return Saved.Invalid("Round", $"{round.Name} is not open for applications");
        }

        var count = await db.FundingApplications.CountAsync(a => a.RoundId == roundId, cancellationToken);
        var application = new FundingApplication
        {
            RoundId = roundId,
            ApplicantOrganisationId = organisation.Value,
            Reference = string.Create(CultureInfo.InvariantCulture, $"SCF{round.Number}-{count + 1:0000}-{Guid.NewGuid().ToString("N")[..4].ToUpperInvariant()}"),
            Status = ApplicationStatus.Draft,
        };
        db.FundingApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(application.Id);
    }

    /// Saves the draft as it stands (save and return); only text that cannot be read as a number is refused.
    public async Task<IReadOnlyList<FieldError>> SaveAsync(string userId, Guid id, ApplicationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var application = await FindAsync(userId, id, cancellationToken);
        if (application is null || application.Status != ApplicationStatus.Draft)
        {
            return [new("Status", "You can only change an application that has not been submitted")];
        }

        var errors = new List<FieldError>();
        var amount = ReadMoney(input.Amount, "Amount", "the amount you are asking for", errors);
        var people = ReadCount(input.PeopleExpected, errors);
        var budget = new List<BudgetLine>();
        for (var i = 0; i < input.Budget.Count; i++)
        {
            var line = input.Budget[i];
            if (string.IsNullOrWhiteSpace(line.Item) && string.IsNullOrWhiteSpace(line.Amount))
            {
                continue;
            }

            var cost = ReadMoney(line.Amount, $"Budget{i}", $"the cost of budget line {i + 1}", errors);
            if (string.IsNullOrWhiteSpace(line.Item))
            {
                errors.Add(new($"Budget{i}", $"Enter what budget line {i + 1} is for"));
            }

            budget.Add(new BudgetLine { ApplicationId = id, Order = i, Item = line.Item?.Trim() ?? "", Amount = cost });
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        application.StrandCode = input.StrandCode?.Trim() ?? "";
        application.ProjectTitle = input.ProjectTitle?.Trim() ?? "";
        application.Summary = input.Summary?.Trim() ?? "";
        application.District = input.District?.Trim() ?? "";
        application.Wards = input.Wards?.Trim() ?? "";
        application.Area = string.IsNullOrWhiteSpace(input.Area) ? null : input.Area.Trim();
        application.Partners = string.IsNullOrWhiteSpace(input.Partners) ? null : input.Partners.Trim();
        application.Amount = amount;
        application.PeopleExpected = people;
        application.PriorityCodes = input.Priorities.Where(p => application.Round!.Priorities.Any(o => o.Code == p)).ToList();
        application.ThemeCodes = input.Themes.Where(p => application.Round!.Themes.Any(o => o.Code == p)).ToList();
        application.FocusCodes = input.Focuses.Where(p => application.Round!.Focuses.Any(o => o.Code == p)).ToList();
        // N.B. new children are added through their DbSet: a set Guid key reached through a navigation reads as an update.
        db.BudgetLines.RemoveRange(application.BudgetLines);
        db.BudgetLines.AddRange(budget);
        db.PlannedOutcomes.RemoveRange(application.Outcomes);
        db.PlannedOutcomes.AddRange(input.Outcomes
            .Where(o => !string.IsNullOrWhiteSpace(o.Description))
            .Select((o, i) => new PlannedOutcome { ApplicationId = id, Order = i, Description = o.Description!.Trim(), Indicator = o.Indicator?.Trim() ?? "" }));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// Everything that stops the saved draft being submitted: missing answers and the round's eligibility rules.
    public IReadOnlyList<FieldError> Problems(FundingApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var errors = new List<FieldError>();
        void Need(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new(field, message));
            }
        }

        Need(application.ProjectTitle.Length > 0, "ProjectTitle", "Enter the name of your project");
        Need(application.Summary.Length > 0, "Summary", "Enter a summary of your project");
        Need(Districts.All.Contains(application.District), "District", "Select the district your project works in");
        Need(application.PeopleExpected > 0, "PeopleExpected", "Enter how many people the project will reach");
        Need(application.PriorityCodes.Count > 0, "Priorities", "Select at least one priority your project supports");
        Need(application.Outcomes.Count > 0, "Outcomes", "Enter at least one outcome and how you will measure it");
        Need(application.BudgetLines.Count > 0, "Budget", "Enter at least one budget line");
        Need(application.BudgetLines.Count == 0 || application.BudgetLines.Sum(b => b.Amount) == application.Amount,
            "Budget", $"The budget lines add up to {EligibilityCheck.Money(application.BudgetLines.Sum(b => b.Amount))}. Make them add up to the amount you are asking for");
        var eligibility = EligibilityCheck.Check(
            application.Round!.ToConfiguration(),
            new EligibilityRequest(application.StrandCode, application.Amount, application.ApplicantOrganisation!.Type, application.Area, application.PartnerCount),
            Today);
        errors.AddRange(eligibility);
        return errors;
    }

    public async Task<IReadOnlyList<FieldError>> SubmitAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var application = await FindAsync(userId, id, cancellationToken);
        if (application is null || application.Status != ApplicationStatus.Draft)
        {
            return [new("Status", "This application has already been submitted or withdrawn")];
        }

        var problems = Problems(application);
        if (problems.Count > 0)
        {
            return problems;
        }

        application.Status = ApplicationStatus.Submitted;
        application.SubmittedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<bool> WithdrawAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var application = await FindAsync(userId, id, cancellationToken);
        if (application is null || application.Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted))
        {
            return false;
        }

        application.Status = ApplicationStatus.Withdrawn;
        application.WithdrawnAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private DateOnly Today => UkTime.Today(clock);

    private static decimal ReadMoney(string? text, string field, string what, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (!decimal.TryParse(text.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || decimal.Round(value, 2) != value)
        {
            errors.Add(new(field, $"Enter {what} in pounds and pence, like 12500 or 12500.50"));
            return 0;
        }

        return value;
    }

    private static int ReadCount(string? text, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (!int.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new("PeopleExpected", "Enter the number of people as a whole number, like 120"));
        }

        return value;
    }
}
