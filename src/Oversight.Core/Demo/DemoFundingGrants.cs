using Oversight.Core.Funding.Grants;
using Oversight.Domain.Funding;

namespace Oversight.Core.Demo;

/// Payments, monitoring returns, evaluations and a clawback for the case-study grants, so the grant pages and the
/// overdue list show a year of real grant management: most grants complete, one underspent, one whose interim
/// return never came, so its second tranche is blocked until that milestone is signed off.
public static partial class DemoFundingStories
{
    public const string InterimMilestone = "Interim monitoring return accepted";
    public const string FinalMilestone = "End-of-grant evaluation received";

    private const string GrantsOfficer = "Priya Lindqvist, grants officer";

    private enum Progress
    {
        Complete,
        Underspent,
        InterimOverdue,
    }

    private static void AfterAward(Grant grant, int peopleExpected, Progress progress, bool fully)
    {
        var start = grant.StartsOn;
        var parts = TrancheRelease.Split(grant.Amount, [50, 40, 10]);
        grant.AcceptedAt = At(grant.AwardedOn.AddDays(5));
        grant.AcceptedBy = "Chair of trustees";
        var interim = new MonitoringReturn { GrantId = grant.Id, DueOn = start.AddMonths(6) };
        var final = new MonitoringReturn { GrantId = grant.Id, DueOn = grant.EndsOn.AddDays(31) };
        var underspend = progress == Progress.Underspent ? 1_185.46m : 0m;
        Submit(final, final.DueOn.AddDays(-9), grant.Amount - underspend, peopleExpected, "Project complete; the final sessions and a celebration event ran in September.");
        grant.Tranches =
        [
            new() { GrantId = grant.Id, Number = 1, Amount = parts[0], DueOn = start, ReleasedOn = start },
            new() { GrantId = grant.Id, Number = 2, Amount = parts[1], DueOn = start.AddMonths(6), Milestone = InterimMilestone },
            new() { GrantId = grant.Id, Number = 3, Amount = parts[2], DueOn = start.AddMonths(12), Milestone = FinalMilestone },
        ];
        grant.Returns = [interim, final];
        if (progress == Progress.InterimOverdue)
        {
            return;
        }

        Submit(interim, interim.DueOn.AddDays(-4), parts[0] * 0.9m, peopleExpected / 2, "Sessions running weekly; referrals from schools and the neighbourhood policing team are steady.");
        SignOffAndPay(grant.Tranches[1], interim.DueOn.AddDays(6));
        SignOffAndPay(grant.Tranches[2], final.SubmittedAt is { } sent ? DateOnly.FromDateTime(sent.UtcDateTime).AddDays(7) : final.DueOn);
        grant.Delivery = progress == Progress.Underspent || !fully ? Delivery.Partly : Delivery.Fully;
        grant.EvaluationEvidence = grant.Delivery == Delivery.Fully
            ? "Every planned outcome met: attendance registers, before-and-after surveys and partner feedback."
            : "Most outcomes met; the schools strand started late. Attendance registers and surveys.";
        grant.EvaluatedOn = final.DueOn.AddDays(14);
        if (underspend > 0)
        {
            grant.ClawbackAmount = underspend;
            grant.ClawbackReason = "Unspent at the end of the grant: two sessions cancelled when the venue closed.";
        }
    }

    private static void Submit(MonitoringReturn due, DateOnly on, decimal spend, int people, string progress)
    {
        due.SubmittedAt = At(on);
        due.Spend = spend;
        due.PeopleReached = people;
        due.Progress = progress;
        due.Characteristics = $"Of {people} people: about half female, a third from Black and minority ethnic communities, one in ten disabled.";
        due.OutcomesAchieved = "On track against the planned outcomes.";
    }

    private static void SignOffAndPay(PaymentTranche tranche, DateOnly on)
    {
        tranche.MilestoneSignedOffAt = At(on);
        tranche.MilestoneSignedOffBy = GrantsOfficer;
        tranche.ReleasedOn = on.AddDays(3);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
