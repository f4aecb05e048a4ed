namespace Oversight.Core.Justice;

/// What happens after a referral is recorded: when the work started, the hours done and how it ended.
public sealed record ReferralProgress(DateTimeOffset? StartedAt, int HoursCompleted, ReferralOutcome? Outcome);
