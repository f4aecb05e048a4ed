namespace Oversight.Core.Custody.Scrutiny;

/// A scrutiny panel: out-of-court resolutions, child custody, custody detention. One model serves them all.
public sealed class ScrutinyPanel
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Remit { get; set; }

    /// Panels that judge custody decisions do so without seeing the detainee's ethnicity (APCC guidance 2023).
    public bool BlindToEthnicity { get; set; }

    public List<PanelMember> Members { get; set; } = [];

    public List<PanelMeeting> Meetings { get; set; } = [];

    public List<PanelRecommendation> Recommendations { get; set; } = [];
}

public sealed class PanelMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string PanelId { get; set; }

    public required string Name { get; set; }

    public string? DeclarationOfInterest { get; set; }
}

public sealed class PanelMeeting
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string PanelId { get; set; }

    public DateOnly HeldOn { get; set; }

    public string? Minutes { get; set; }

    public bool MinutesPublished { get; set; }

    public List<PanelCase> Cases { get; set; } = [];
}

/// The four judgements a panel may reach on a case (used nationally for out-of-court resolutions).
public enum CaseAssessment
{
    Appropriate,
    AppropriateWithObservations,
    Inappropriate,
    UnableToAgree,
}

/// A case sampled for a meeting, identified by a police reference only.
public sealed class PanelCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public PanelMeeting? Meeting { get; set; }

    public required string Reference { get; set; }

    public required string Topic { get; set; }

    public required string Summary { get; set; }

    public CaseAssessment? Assessment { get; set; }

    public string? Observations { get; set; }

    /// Held for the aggregate disproportionality analysis only; never shown with the case.
    public required string Ethnicity { get; set; }
}

public sealed class PanelRecommendation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string PanelId { get; set; }

    public DateOnly MadeOn { get; set; }

    public required string Text { get; set; }

    public string? ForceResponse { get; set; }

    public DateOnly? RespondedOn { get; set; }
}

/// A child strip search (exposing intimate parts) examined by the child custody scrutiny panel.
public sealed class ChildStripSearch
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string CustodyNumber { get; set; }

    public DateTimeOffset SearchedAt { get; set; }

    public required string AuthorisedBy { get; set; }

    public bool AppropriateAdultPresent { get; set; }

    public required string Location { get; set; }

    public required string Grounds { get; set; }

    public bool ItemFound { get; set; }

    public bool SafeguardingReferral { get; set; }

    public bool ParentNotified { get; set; }

    public required string Ethnicity { get; set; }
}
