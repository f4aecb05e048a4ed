using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Decisions;
using Oversight.Core.Funding.Applications;
using Oversight.Domain;
using Oversight.Domain.Decisions;

namespace Oversight.Core.Funding.Assessment;

/// Whether a bid may be decided yet, and by this person: the scheme of delegation's preconditions for a grant
/// decision (round closed, independent scores on every eligible bid, moderation, the panel's recommendation, a
/// decider who neither scored the bid nor declared a conflict, and the threshold for the amount).
public sealed class DecisionEvidence(OversightDbContext db, SchemeOfDelegation scheme, Deciders deciders, ConflictsOfInterest conflicts, TimeProvider clock)
{
    public SchemeOfDelegation Scheme => scheme;

    /// Every reason the decision cannot be taken now, in the order a decider would fix them; empty when it can.
    public async Task<IReadOnlyList<string>> RefusalsAsync(FundingApplication application, string deciderId, DecisionType type, decimal amount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var rule = scheme.Rule(type);
        var refusals = new List<string>();
        var round = application.Round ?? await db.FundingRounds.AsNoTracking().SingleAsync(r => r.Id == application.RoundId, cancellationToken);
        if (rule.Requires(Precondition.NoConflict) && await conflicts.BarAsync(application.Id, deciderId, cancellationToken) is { } bar)
        {
            refusals.Add(bar == ConflictsOfInterest.Conflicted
                ? "You declared a conflict of interest with this application, so you cannot record its decision"
                : "Declare any conflict of interest before you record the decision on this application");
        }

        if (rule.Requires(Precondition.RoundClosed) && UkTime.Today(clock) <= round.Closes)
        {
            refusals.Add($"{round.Name} is open until {round.Closes.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}; bids are decided after it closes");
        }

        if (rule.Requires(Precondition.IndependentScores))
        {
            var short_ = await ShortOfScoresAsync(application.RoundId, cancellationToken);
            if (short_.Count > 0)
            {
                refusals.Add($"{short_.Count} {(short_.Count == 1 ? "bid" : "bids")} in {round.Name} {(short_.Count == 1 ? "has" : "have")} fewer than {scheme.RequiredScores} independent scores ({string.Join(", ", short_.Take(5))}{(short_.Count > 5 ? "…" : "")})");
            }
        }

        if (rule.Requires(Precondition.ModerationRecorded) && string.IsNullOrWhiteSpace(application.ModerationNote))
        {
            refusals.Add("Record the moderation of the scores before the decision");
        }

        if (rule.Requires(Precondition.PanelRecommendation) && string.IsNullOrWhiteSpace(application.PanelRecommendation))
        {
            refusals.Add("Write the panel's recommendation before the decision");
        }

        if (rule.Requires(Precondition.DeciderNotAssessor)
            && await db.AssessorAssignments.AnyAsync(a => a.ApplicationId == application.Id && a.AssessorUserId == deciderId && a.Score != null, cancellationToken))
        {
            refusals.Add("You scored this application, so someone else must decide it");
        }

        if (await deciders.RefusalAsync(type, amount, deciderId, cancellationToken) is { } threshold)
        {
            refusals.Add(threshold);
        }

        return refusals;
    }

    /// References of the round's eligible bids with fewer independent scores (from assessors without a conflict) than the scheme asks.
    public async Task<List<string>> ShortOfScoresAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var needed = scheme.RequiredScores;
        return await db.FundingApplications.AsNoTracking()
            .Where(a => a.RoundId == roundId && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
            .Where(a => db.AssessorAssignments.Count(s => s.ApplicationId == a.Id && s.Score != null && s.HasConflict == false) < needed)
            .OrderBy(a => a.Reference).Select(a => a.Reference).ToListAsync(cancellationToken);
    }
}
