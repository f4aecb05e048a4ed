using Oversight.Core.Funding.Applicants;
using Oversight.Core.Funding.Rounds;

namespace Oversight.Core.Funding.Applications;

public enum ApplicationStatus
{
    Draft,
    Submitted,
    Withdrawn,
    Approved,
    ApprovedReduced,
    Rejected,
}

/// An organisation's bid to a round: saved as a draft until submitted, then assessed and decided.
public sealed class FundingApplication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RoundId { get; set; }

    public FundingRound? Round { get; set; }

    public Guid ApplicantOrganisationId { get; set; }

    public ApplicantOrganisation? ApplicantOrganisation { get; set; }

    /// The office's reference, e.g. SCF7-0042; also the tail of the 360Giving grant id.
    public required string Reference { get; set; }

    public ApplicationStatus Status { get; set; }

    public string StrandCode { get; set; } = "";

    public string ProjectTitle { get; set; } = "";

    public string Summary { get; set; } = "";

    public string District { get; set; } = "";

    public string Wards { get; set; } = "";

    /// For strands restricted to named areas (Clear, Hold, Build), the area the project works in.
    public string? Area { get; set; }

    public string? Partners { get; set; }

    public decimal Amount { get; set; }

    public int PeopleExpected { get; set; }

    public List<string> PriorityCodes { get; set; } = [];

    public List<string> ThemeCodes { get; set; } = [];

    public List<string> FocusCodes { get; set; } = [];

    public List<BudgetLine> BudgetLines { get; set; } = [];

    public List<PlannedOutcome> Outcomes { get; set; } = [];

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public decimal? ModeratedScore { get; set; }

    public string? ModerationNote { get; set; }

    public decimal? AwardedAmount { get; set; }

    /// The assessment panel's written recommendation to the decider; a decision waits for it.
    public string? PanelRecommendation { get; set; }

    public string? DecisionReasons { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    public bool IsAwarded => Status is ApplicationStatus.Approved or ApplicationStatus.ApprovedReduced;

    public int PartnerCount => (Partners ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
}

public sealed class BudgetLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public int Order { get; set; }

    public required string Item { get; set; }

    public decimal Amount { get; set; }
}

/// An outcome the project promises, with how it will be measured; judged at the end of the grant.
public sealed class PlannedOutcome
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public int Order { get; set; }

    public required string Description { get; set; }

    public required string Indicator { get; set; }
}

/// A file sent with an application (constitution, accounts, safeguarding policy…).
public sealed class ApplicationDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public required string Kind { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    // The file itself would swamp the trail; its name, type and size are recorded.
    [Audit.AuditRedacted]
    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
