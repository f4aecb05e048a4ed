using Oversight.Core.Funding.Applications;
using Oversight.Domain.Funding;

namespace Oversight.Core.Funding.Grants;

/// An awarded application from the award letter on: payments, monitoring and evaluation.
public sealed class Grant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public FundingApplication? Application { get; set; }

    public decimal Amount { get; set; }

    public DateOnly AwardedOn { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public required string AwardLetter { get; set; }

    public required string Agreement { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }

    public Delivery? Delivery { get; set; }

    public string? EvaluationEvidence { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public decimal? ClawbackAmount { get; set; }

    public string? ClawbackReason { get; set; }

    /// Why the grant's amount was last varied; each variation, with its amounts, is in the audit trail.
    public string? VariationReason { get; set; }

    public List<PaymentTranche> Tranches { get; set; } = [];

    public List<MonitoringReturn> Returns { get; set; } = [];

    public List<CaseStudy> CaseStudies { get; set; } = [];
}

public sealed class PaymentTranche
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid GrantId { get; set; }

    public int Number { get; set; }

    public decimal Amount { get; set; }

    public DateOnly DueOn { get; set; }

    public string? Milestone { get; set; }

    public DateTimeOffset? MilestoneSignedOffAt { get; set; }

    public string? MilestoneSignedOffBy { get; set; }

    public DateOnly? ReleasedOn { get; set; }

    public Tranche ToTranche() => new(Number, Amount, Milestone, MilestoneSignedOffAt is not null, ReleasedOn is not null);
}

/// A progress report the grantee owes by a date. People and characteristics are aggregates only.
public sealed class MonitoringReturn
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid GrantId { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? Progress { get; set; }

    public decimal? Spend { get; set; }

    public int? PeopleReached { get; set; }

    public string? Characteristics { get; set; }

    public string? OutcomesAchieved { get; set; }
}

/// A story of a funded project for the annual report.
public sealed class CaseStudy
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid GrantId { get; set; }

    public required string Title { get; set; }

    public required string Story { get; set; }
}

/// The wording of award letters and grant agreements, edited by the office; {placeholders} are filled per grant.
public sealed class GrantTemplate
{
    public required string Kind { get; set; }

    public required string Body { get; set; }
}
