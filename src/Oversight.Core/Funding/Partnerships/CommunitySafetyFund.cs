using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Funding.Partnerships;

/// What the Mayor's Community Safety Fund gives one Community Safety Partnership in a financial year, and the
/// partnership's plan for it.
public sealed class CsfAllocation
{
    public const int TextLength = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The partnership, named by its district.
    public required string Partnership { get; set; }

    /// The partnership's body (<see cref="Accountability.Bodies.CommunitySafetyPartnerships"/>).
    public Guid? PartnershipBodyId { get; set; }

    /// Like "2024-25".
    public required string FinancialYear { get; set; }

    public decimal Amount { get; set; }

    public string? Plan { get; set; }

    public DateOnly? PlanAgreedOn { get; set; }

    public List<CsfReturn> Returns { get; set; } = [];

    public decimal Spent => Returns.Sum(r => r.Spend);
}

/// A partnership's quarterly return: what it spent, what it delivered and a case study.
public sealed class CsfReturn
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AllocationId { get; set; }

    /// 1 to 4, April to June being 1.
    public int Quarter { get; set; }

    public decimal Spend { get; set; }

    public required string Outputs { get; set; }

    public string? CaseStudy { get; set; }

    public DateOnly ReceivedOn { get; set; }
}

public sealed record CsfDistrict(string Partnership, Guid? AllocationId, decimal Allocated, decimal Spent, int Returns);

/// Allocations, plans and quarterly returns of the Community Safety Fund.
public sealed class CommunitySafetyFund(OversightDbContext db, TimeProvider clock)
{
    public static IReadOnlyList<string> Partnerships { get; } = [.. Districts.All.Where(d => d != Districts.WestYorkshire)];

    public DateOnly Today => UkTime.Today(clock);

    public static string Money(decimal amount) => amount.ToString("C0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    /// Each partnership's allocation and spend for a year, by district, with those not yet allocated shown as nothing.
    public async Task<IReadOnlyList<CsfDistrict>> YearAsync(string year, CancellationToken cancellationToken)
    {
        var allocations = await db.CsfAllocations.AsNoTracking().Include(a => a.Returns).Where(a => a.FinancialYear == year).ToListAsync(cancellationToken);
        return Partnerships.Select(p => allocations.SingleOrDefault(a => a.Partnership == p) is { } a
            ? new CsfDistrict(p, a.Id, a.Amount, a.Spent, a.Returns.Count)
            : new CsfDistrict(p, null, 0m, 0m, 0)).ToList();
    }

    public Task<CsfAllocation?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.CsfAllocations.AsNoTracking().Include(a => a.Returns.OrderBy(r => r.Quarter)).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<Saved> AllocateAsync(string? partnership, string? year, string? amount, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (partnership is null || !Partnerships.Contains(partnership))
        {
            errors.Add(new("Partnership", "Select the Community Safety Partnership"));
        }

        var parsed = Domain.FinancialYear.Parse(year);
        if (parsed is null)
        {
            errors.Add(new("Year", "Enter the financial year, like 2024-25"));
        }

        if (!Rounds.RoundRules.TryMoney(amount, out var money) || money <= 0)
        {
            errors.Add(new("Amount", "Enter the amount allocated, like 450000 or 450000.50"));
        }

        var name = parsed is { } p ? Domain.FinancialYear.Name(p.Start.Year) : null;
        if (errors.Count == 0 && await db.CsfAllocations.AnyAsync(a => a.Partnership == partnership && a.FinancialYear == name, cancellationToken))
        {
            errors.Add(new("Partnership", $"{partnership} already has an allocation for {name}; change that one"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var allocation = new CsfAllocation
        {
            Partnership = partnership!,
            PartnershipBodyId = await Accountability.Bodies.CommunitySafetyPartnerships.BodyIdAsync(db, partnership!, cancellationToken),
            FinancialYear = name!,
            Amount = money,
        };
        db.CsfAllocations.Add(allocation);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(allocation.Id);
    }

    public async Task<Saved> SavePlanAsync(Guid id, string? amount, string? plan, DateOnly? agreedOn, CancellationToken cancellationToken)
    {
        var allocation = await db.CsfAllocations.Include(a => a.Returns).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (allocation is null)
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        if (!Rounds.RoundRules.TryMoney(amount, out var money) || money <= 0)
        {
            errors.Add(new("Amount", "Enter the amount allocated, like 450000 or 450000.50"));
        }
        else if (money < allocation.Spent)
        {
            errors.Add(new("Amount", $"The allocation cannot be less than the {Money(allocation.Spent)} already spent"));
        }

        if (plan is { Length: > CsfAllocation.TextLength })
        {
            errors.Add(new("Plan", $"The plan must be {CsfAllocation.TextLength} characters or fewer"));
        }

        if (agreedOn > Today)
        {
            errors.Add(new("PlanAgreedOn", "The date the plan was agreed must be today or in the past"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        allocation.Amount = money;
        allocation.Plan = string.IsNullOrWhiteSpace(plan) ? null : plan.Trim();
        allocation.PlanAgreedOn = agreedOn;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// Records a quarter's return; a second return for the same quarter replaces the first.
    public async Task<Saved> SubmitReturnAsync(Guid id, string? quarter, string? spend, string? outputs, string? caseStudy, DateOnly? receivedOn, CancellationToken cancellationToken)
    {
        var allocation = await db.CsfAllocations.Include(a => a.Returns).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (allocation is null)
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        if (!int.TryParse(quarter, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var q) || q is < 1 or > 4)
        {
            errors.Add(new("Quarter", "Select the quarter the return is for"));
        }

        if (!Rounds.RoundRules.TryMoney(spend, out var money) || money < 0)
        {
            errors.Add(new("Spend", "Enter the spend in the quarter, like 95000 or 0"));
        }
        else if (allocation.Returns.Where(r => r.Quarter != q).Sum(r => r.Spend) + money > allocation.Amount)
        {
            errors.Add(new("Spend", $"Spend this year would be more than the {Money(allocation.Amount)} allocated"));
        }

        if (string.IsNullOrWhiteSpace(outputs))
        {
            errors.Add(new("Outputs", "Enter what the partnership delivered in the quarter"));
        }

        foreach (var (field, text) in new[] { ("Outputs", outputs), ("CaseStudy", caseStudy) })
        {
            if (text is { Length: > CsfAllocation.TextLength })
            {
                errors.Add(new(field, $"Text must be {CsfAllocation.TextLength} characters or fewer"));
            }
        }

        if (receivedOn is null)
        {
            errors.Add(new("ReceivedOn", "Enter the date the return was received"));
        }
        else if (receivedOn > Today)
        {
            errors.Add(new("ReceivedOn", "The date the return was received must be today or in the past"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var entry = allocation.Returns.SingleOrDefault(r => r.Quarter == q);
        if (entry is null)
        {
            entry = new CsfReturn { AllocationId = id, Quarter = q, Outputs = "" };
            db.CsfReturns.Add(entry);
        }

        entry.Spend = money;
        entry.Outputs = outputs!.Trim();
        entry.CaseStudy = string.IsNullOrWhiteSpace(caseStudy) ? null : caseStudy.Trim();
        entry.ReceivedOn = receivedOn!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(entry.Id);
    }
}

public sealed class CsfAllocationConfiguration : IEntityTypeConfiguration<CsfAllocation>
{
    public void Configure(EntityTypeBuilder<CsfAllocation> builder)
    {
        builder.Property(a => a.Partnership).HasMaxLength(100);
        builder.Property(a => a.FinancialYear).HasMaxLength(7);
        builder.Property(a => a.Amount).HasPrecision(14, 2);
        builder.Property(a => a.Plan).HasMaxLength(CsfAllocation.TextLength);
        builder.HasIndex(a => new { a.FinancialYear, a.Partnership }).IsUnique();
        builder.HasMany(a => a.Returns).WithOne().HasForeignKey(r => r.AllocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accountability.Bodies.Body>().WithMany().HasForeignKey(a => a.PartnershipBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CsfReturnConfiguration : IEntityTypeConfiguration<CsfReturn>
{
    public void Configure(EntityTypeBuilder<CsfReturn> builder)
    {
        builder.Property(r => r.Spend).HasPrecision(14, 2);
        builder.Property(r => r.Outputs).HasMaxLength(CsfAllocation.TextLength);
        builder.Property(r => r.CaseStudy).HasMaxLength(CsfAllocation.TextLength);
        builder.HasIndex(r => new { r.AllocationId, r.Quarter }).IsUnique();
    }
}
