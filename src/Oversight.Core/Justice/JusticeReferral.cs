using Oversight.Domain.Justice;

namespace Oversight.Core.Justice;

public enum Cohort
{
    Adult,
    Child,
}

public enum Sex
{
    Female,
    Male,
}

public enum ReferralOutcome
{
    Completed,
    NonCompliant,
    Withdrawn,
}

/// One person referred to Immediate Justice after an anti-social behaviour disposal. No names: the office needs
/// only what the Home Office returns and its own statistics ask for.
public sealed class JusticeReferral
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Cohort Cohort { get; set; }

    public required string OffenceType { get; set; }

    public required string District { get; set; }

    public Sex Sex { get; set; }

    public required string AgeBand { get; set; }

    public Disposal Disposal { get; set; }

    /// Adults: supervised unpaid work through Probation; children: reparative activity through the Youth Justice Service.
    public bool UnpaidWork { get; set; }

    public bool AsbAwarenessCourse { get; set; }

    public required string DeliveredBy { get; set; }

    /// 7 or 14 hours for adults (ImmediateJustice.HoursRequired); none fixed for children.
    public int? HoursRequired { get; set; }

    public int HoursCompleted { get; set; }

    public DateTimeOffset DisposedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public bool VictimConsulted { get; set; }

    public bool RestorativeJusticeOffered { get; set; }

    public ReferralOutcome? Outcome { get; set; }

    public bool StartedWithinAmbition => StartedAt is { } started && ImmediateJustice.StartedWithinAmbition(DisposedAt, started);
}

/// A community conference: the people harmed, the person responsible and others agree how the harm is repaired.
public sealed class CommunityConference
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string District { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Participants { get; set; }

    public required string AgreedReparation { get; set; }
}
