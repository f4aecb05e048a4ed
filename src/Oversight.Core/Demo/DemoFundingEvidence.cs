using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Assessment;
using Oversight.Domain.Funding;

namespace Oversight.Core.Demo;

/// The evidence behind every decision in the demo's decided rounds: two independent assessors' marks on each
/// criterion, the moderation and the panel's recommendation. Invented; only the awards themselves follow the annual
/// report, and nothing here changes an amount.
public static class DemoFundingEvidence
{
    public static readonly string[] AssessorEmails = ["assessor1@demo.oversight.test", "assessor2@demo.oversight.test"];

    private static readonly string[] Comments =
    [
        "Need evidenced with local data", "Clear link to the plan's priorities", "Realistic delivery plan", "Costs in line with similar projects",
        "Partners named and committed", "Outcomes measurable", "Some costs need justifying", "Strong track record",
    ];

    public static async Task AddAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        // N.B. its own random source, so the amounts and themes drawn before stay exactly as they were.
        var random = new Random(2019);
        var accounts = await db.Users.Where(u => AssessorEmails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, cancellationToken);
        var assessors = AssessorEmails.Select((e, i) => accounts.TryGetValue(e, out var u) ? (u.Id, u.DisplayName) : (e, $"Demo assessor {i + 1}")).ToList();
        var rounds = await db.FundingRounds.Include(r => r.Criteria).Include(r => r.Strands).Include(r => r.Options).AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var round in rounds)
        {
            var criteria = round.ToConfiguration().Criteria;
            var bids = await db.FundingApplications
                .Where(a => a.RoundId == round.Id && a.DecidedOn != null && a.Status != ApplicationStatus.Withdrawn)
                .OrderBy(a => a.Reference).ToListAsync(cancellationToken);
            foreach (var bid in bids)
            {
                var scores = new List<decimal>();
                foreach (var (id, name) in assessors)
                {
                    var marks = criteria.Select(c => new CriterionScore(c.Code, Math.Clamp(c.MaxScore - random.Next(0, 3), 0, c.MaxScore))).ToList();
                    var score = WeightedScore.Calculate(criteria, marks);
                    scores.Add(score);
                    var declared = new DateTimeOffset(round.Closes.AddDays(3).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
                    var assignment = new AssessorAssignment
                    {
                        ApplicationId = bid.Id,
                        AssessorUserId = id,
                        AssessorName = name,
                        HasConflict = false,
                        DeclaredAt = declared,
                        Score = score,
                        ScoredAt = declared.AddDays(7),
                    };
                    assignment.Marks.AddRange(marks.Select(m => new AssessmentMark { AssignmentId = assignment.Id, CriterionCode = m.CriterionCode, Score = m.Score, Comment = Comments[random.Next(Comments.Length)] }));
                    db.AssessorAssignments.Add(assignment);
                }

                bid.ModeratedScore = Math.Round(scores.Average(), 2);
                bid.ModerationNote = Math.Abs(scores[0] - scores[1]) > 10
                    ? "Assessors more than ten points apart; agreed the average after discussion at moderation"
                    : "Assessors within ten points; average confirmed at moderation";
                bid.PanelRecommendation = bid.AwardedAmount is { } awarded && awarded < bid.Amount
                    ? $"Fund at a reduced {EligibilityCheck.Money(awarded)}"
                    : bid.IsAwarded ? "Fund in full" : "Do not fund";
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
