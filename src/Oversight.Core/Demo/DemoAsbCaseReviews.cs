using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Asb;
using Oversight.Core.Data;
using Oversight.Domain.Calendar;

namespace Oversight.Core.Demo;

/// Invented 2024/25 ASB case reviews for the five partnerships, at the scale the districts publish (tens a year in
/// Leeds, a handful in Calderdale, about half meeting the threshold), and a few appeals to the office as if the
/// appeal role were in force: most decided, one with recommendations the partnership has answered, one out of time.
public static class DemoAsbCaseReviews
{
    // Partnership → case reviews applied for in 2024/25.
    public static readonly IReadOnlyDictionary<string, int> CaseReviews = new Dictionary<string, int>
    {
        ["Bradford"] = 24,
        ["Calderdale"] = 7,
        ["Kirklees"] = 15,
        ["Leeds"] = 38,
        ["Wakefield"] = 12,
    };

    public const int Appeals = 9;

    private static readonly string[] Outcomes =
    [
        "Multi-agency meeting held; closure notice sought on the premises.",
        "Mediation offered and accepted; neighbourhood policing team to patrol weekly.",
        "Housing provider to start tenancy enforcement; CCTV reviewed.",
        "Agencies' response found reasonable; victim referred to the ASB victim service.",
    ];

    private static readonly string[] Actions =
    [
        "Single point of contact named; fortnightly updates to the victim for three months.",
        "Environmental health noise monitoring for four weeks, then review.",
        "Community Protection Warning to be served; review at eight weeks.",
    ];

    public static async Task LoadAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var random = new Random(2024_0404);
        var held = new List<AsbCaseReview>();
        foreach (var (partnership, count) in CaseReviews)
        {
            for (var i = 0; i < count; i++)
            {
                var applied = new DateOnly(2024, 4, 1).AddDays(random.Next(350));
                var complaints = random.Next(1, 9);
                var accepted = complaints >= 3 || random.Next(5) == 0;
                var review = new AsbCaseReview
                {
                    Partnership = partnership,
                    PartnershipBodyId = await CommunitySafetyPartnerships.BodyIdAsync(db, partnership, cancellationToken),
                    PartnershipReference = $"{partnership[..3].ToUpperInvariant()}-CT-{i + 1:000}",
                    AppliedOn = applied,
                    ComplaintsInPeriod = complaints,
                    Threshold = 3,
                    Accepted = accepted,
                    OutcomeOn = WorkingDays.Add(applied, 10 + random.Next(15)),
                    Outcome = accepted ? Outcomes[random.Next(Outcomes.Length)] : "Threshold not met; victim told of other support.",
                    ActionPlan = accepted ? Actions[random.Next(Actions.Length)] : null,
                };
                db.AsbCaseReviews.Add(review);
                if (accepted)
                {
                    held.Add(review);
                }
            }
        }

        // Nine appeals about reviews held before December, so every appeal is received within 2024/25, spread over the
        // districts in proportion to the reviews held.
        var early = held.Where(r => r.AppliedOn < new DateOnly(2024, 12, 1)).ToList();
        for (var i = 0; i < Appeals; i++)
        {
            var review = early[random.Next(early.Count)];
            var told = review.OutcomeOn!.Value;
            var received = told.AddDays(i == 8 ? 40 : 5 + random.Next(20));
            var appeal = new AsbAppeal
            {
                Reference = CaseReference.New("ASB", received),
                ReceivedOn = received,
                Channel = i % 3 == 0 ? ContactChannel.Email : ContactChannel.WebForm,
                Applicant = new CasePerson { Name = $"Demo applicant {i + 1}", Email = $"asb-applicant-{i + 1}@example.test" },
                Partnership = review.Partnership,
                PartnershipBodyId = review.PartnershipBodyId,
                District = review.Partnership,
                CaseReview = review,
                OutcomeGivenOn = told,
                Reasons = "The review did not consider all the incidents I reported.",
                AppealDays = 28,
                DueOn = WorkingDays.Add(received, 40),
                Eligible = true,
                InformationRequestedOn = WorkingDays.Add(received, 2),
                InformationReceivedOn = WorkingDays.Add(received, 12),
            };
            if (i < 7 && received < new DateOnly(2025, 2, 1))
            {
                appeal.PanelOn = WorkingDays.Add(received, 20);
                appeal.PanelMembers = "Casework manager; Deputy Mayor's adviser; independent member";
                appeal.DecidedOn = WorkingDays.Add(received, 25 + random.Next(10));
                appeal.DecidedBy = "Casey Casework";
                appeal.Decision = i % 3 == 1 ? AsbAppealDecision.Recommendations : AsbAppealDecision.OriginalStands;
                appeal.Rationale = appeal.Decision == AsbAppealDecision.Recommendations
                    ? "The case review did not hear from the housing provider."
                    : "The case review considered every incident and its action plan was proportionate.";
                if (appeal.Decision == AsbAppealDecision.Recommendations)
                {
                    appeal.Recommendations.Add(new AsbRecommendation
                    {
                        Text = "Reconvene the case review with the housing provider present.",
                        DueOn = WorkingDays.Add(appeal.DecidedOn.Value, 20),
                        RespondedOn = WorkingDays.Add(appeal.DecidedOn.Value, 15),
                        Accepted = true,
                        Response = "Reconvened; the housing provider has started tenancy enforcement.",
                    });
                }
            }

            db.AsbAppeals.Add(appeal);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
