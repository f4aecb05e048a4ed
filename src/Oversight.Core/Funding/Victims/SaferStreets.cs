using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Funding.Victims;

/// A claim to the Home Office against a Safer Streets round's allocation for one funding year.
public sealed class SaferStreetsClaim
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Round { get; set; }

    public required string FundingYear { get; set; }

    /// The quarter of the funding year claimed for, 1 to 4.
    public int Quarter { get; set; }

    public decimal Amount { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public DateOnly? PaidOn { get; set; }
}

public sealed record SaferStreetsProjectInput(string? Round, string? Focus, string? District, string? Intervention, string? FundingYear, string? Budget, string? Spend);

/// Safer Streets projects the office funds and its claims to the Home Office.
public sealed class SaferStreets(OversightDbContext db, TimeProvider clock)
{
    public static IReadOnlyList<string> Deliverers { get; } = [.. Districts.All.Where(d => d != Districts.WestYorkshire), "West Yorkshire Police"];

    public DateOnly Today => UkTime.Today(clock);

    public Task<List<SaferStreetsClaim>> ClaimsAsync(string round, CancellationToken cancellationToken) =>
        db.SaferStreetsClaims.AsNoTracking().Where(c => c.Round == round).OrderBy(c => c.FundingYear).ThenBy(c => c.Quarter).ToListAsync(cancellationToken);

    public Task<SaferStreetsProject?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.SaferStreetsProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<Saved> SaveProjectAsync(Guid? id, SaferStreetsProjectInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var round = input.Round?.Trim();
        if (string.IsNullOrWhiteSpace(round) || !await db.SaferStreetsAllocations.AnyAsync(a => a.Round == round, cancellationToken))
        {
            errors.Add(new("Round", "Select a Safer Streets round the Home Office has allocated"));
        }

        foreach (var (field, text, message, length) in new[]
        {
            ("Focus", input.Focus, "Enter the project's focus, like Anti-Social Behaviour (ASB)", 100),
            ("Intervention", input.Intervention, "Enter the intervention, like Night Marshalls", 200),
        })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new(field, message));
            }
            else if (text.Trim().Length > length)
            {
                errors.Add(new(field, $"Must be {length} characters or fewer"));
            }
        }

        if (input.District is null || !Deliverers.Contains(input.District))
        {
            errors.Add(new("District", "Select the district, or West Yorkshire Police"));
        }

        var year = FinancialYear.Parse(input.FundingYear);
        if (year is null || !await db.SaferStreetsAllocations.AnyAsync(a => a.Round == round && a.FundingYear == input.FundingYear, cancellationToken))
        {
            errors.Add(new("FundingYear", "Enter a funding year of the round, like 2024-25"));
        }

        if (!Rounds.RoundRules.TryMoney(input.Budget, out var budget) || budget < 0)
        {
            errors.Add(new("Budget", "Enter the project's budget, like 25000 or 0"));
        }

        if (!Rounds.RoundRules.TryMoney(input.Spend, out var spend) || spend < 0)
        {
            errors.Add(new("Spend", "Enter the project's spend so far, like 12000 or 0"));
        }
        else if (spend > budget && errors.All(e => e.Field != "Budget"))
        {
            errors.Add(new("Spend", "Spend cannot be more than the budget"));
        }

        var project = id is null
            ? new SaferStreetsProject { Round = "", Focus = "", District = "", Intervention = "", FundingYear = "" }
            : await db.SaferStreetsProjects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return Saved.Missing;
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        project.Round = round!;
        project.Focus = input.Focus!.Trim();
        project.District = input.District!;
        project.Intervention = input.Intervention!.Trim();
        project.FundingYear = input.FundingYear!;
        (project.Budget, project.Spend) = (budget, spend);
        if (id is null)
        {
            db.SaferStreetsProjects.Add(project);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(project.Id);
    }

    /// Records a claim; the year's claims may not exceed what the Home Office allocated for it.
    public async Task<Saved> ClaimAsync(string round, string? fundingYear, string? quarter, string? amount, DateOnly? submittedOn, DateOnly? paidOn, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var allocation = await db.SaferStreetsAllocations.AsNoTracking().SingleOrDefaultAsync(a => a.Round == round && a.FundingYear == fundingYear, cancellationToken);
        if (allocation is null)
        {
            errors.Add(new("FundingYear", "Select a funding year of the round"));
        }

        if (!int.TryParse(quarter, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var q) || q is < 1 or > 4)
        {
            errors.Add(new("Quarter", "Select the quarter claimed for"));
        }
        else if (allocation is not null && await db.SaferStreetsClaims.AnyAsync(c => c.Round == round && c.FundingYear == fundingYear && c.Quarter == q, cancellationToken))
        {
            errors.Add(new("Quarter", $"There is already a claim for quarter {q} of {fundingYear}"));
        }

        if (!Rounds.RoundRules.TryMoney(amount, out var money) || money <= 0)
        {
            errors.Add(new("Amount", "Enter the amount claimed, like 88750 or 88750.50"));
        }
        else if (allocation is not null)
        {
            var claimed = (await db.SaferStreetsClaims.Where(c => c.Round == round && c.FundingYear == fundingYear).Select(c => c.Amount).ToListAsync(cancellationToken)).Sum();
            if (claimed + money > allocation.Amount)
            {
                errors.Add(new("Amount", $"Claims for {fundingYear} would be more than the {Partnerships.CommunitySafetyFund.Money(allocation.Amount)} allocated"));
            }
        }

        if (submittedOn is null)
        {
            errors.Add(new("SubmittedOn", "Enter the date the claim was submitted"));
        }
        else if (submittedOn > Today)
        {
            errors.Add(new("SubmittedOn", "The date the claim was submitted must be today or in the past"));
        }

        if (paidOn is { } paid && (paid > Today || paid < submittedOn))
        {
            errors.Add(new("PaidOn", "The date the Home Office paid must be between the date submitted and today"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var claim = new SaferStreetsClaim { Round = round, FundingYear = fundingYear!, Quarter = q, Amount = money, SubmittedOn = submittedOn!.Value, PaidOn = paidOn };
        db.SaferStreetsClaims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(claim.Id);
    }
}

public sealed class SaferStreetsClaimConfiguration : IEntityTypeConfiguration<SaferStreetsClaim>
{
    public void Configure(EntityTypeBuilder<SaferStreetsClaim> builder)
    {
        builder.Property(c => c.Round).HasMaxLength(50);
        builder.Property(c => c.FundingYear).HasMaxLength(7);
        builder.Property(c => c.Amount).HasPrecision(14, 2);
        builder.HasIndex(c => new { c.Round, c.FundingYear, c.Quarter }).IsUnique();
    }
}
