using Oversight.Domain.Justice;

namespace Oversight.Core.Justice;

/// A referral as the office records it; the age decides the cohort, the band and the hours, and is not stored.
public sealed record ReferralDetails(
    int Age, Sex Sex, string? OffenceType, string? District, Disposal Disposal, bool UnpaidWork, bool AsbAwarenessCourse,
    DateTimeOffset DisposedAt, DateTimeOffset? StartedAt, int HoursCompleted, bool VictimConsulted, bool RestorativeJusticeOffered,
    ReferralOutcome? Outcome);
