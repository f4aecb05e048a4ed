using Oversight.Core.Casework;
using Oversight.Core.Casework.Asb;
using Oversight.Core.Casework.Letters;
using Oversight.Core.Casework.Reviews;

namespace Oversight.TestCommon;

/// One case for every outcome a casework letter is written for, held in memory, and the sentence its letter must say:
/// the wording tests and the printed-letter tests read the same cases.
public static class LetterCases
{
    public static readonly DateOnly Dated = new(2026, 12, 8);

    /// Every outcome by name, with the kind of letter it gets and the sentence that letter must contain.
    public static readonly IReadOnlyList<(string Outcome, LetterKind Kind, string KeySentence)> All =
    [
        ("Acknowledged", LetterKind.Acknowledgement, "We aim to tell you our decision by 2 February 2027."),
        ("UpheldWithRecommendations", LetterKind.Decision, "We have recommended that West Yorkshire Police:"),
        ("UpheldWithoutRecommendations", LetterKind.Decision, "Although we have found that the outcome was not reasonable and proportionate, we have not made recommendations to West Yorkshire Police"),
        ("NotUpheld", LetterKind.Decision, "This decision is final."),
        ("ForwardedToIopc", LetterKind.ForwardedToIopc, "The law requires us to send your application to the Independent Office for Police Conduct (IOPC)"),
        ("Invalid", LetterKind.NotAccepted, "your complaint was not recorded and handled under Schedule 3 to the Police Reform Act 2002"),
        ("OutOfTime", LetterKind.NotAccepted, "after the last day to apply, 5 November 2026"),
        ("AsbOriginalStands", LetterKind.AsbDecision, "the case review was handled properly, and its outcome stands"),
        ("AsbRecommendations", LetterKind.AsbDecision, "We have recommended that Leeds Community Safety Partnership:"),
    ];

    public static LetterTemplate Template(LetterKind kind) => DefaultLetters.All.Single(t => t.Kind == kind);

    /// The letter written for the outcome from the default template, as the office would keep it on the file.
    public static CaseLetter Letter(string outcome)
    {
        var (_, kind, _) = All.Single(c => c.Outcome == outcome);
        if (kind == LetterKind.AsbDecision)
        {
            var appeal = Appeal(outcome);
            var (subject, body) = LetterWriter.Write(Template(kind), appeal, Dated);
            return Kept(kind, appeal.Reference, appeal.Applicant!, subject, body, appeal.DecidedBy, "Deciding officer");
        }

        var review = Review(outcome);
        var (reviewSubject, reviewBody) = LetterWriter.Write(Template(kind), review, Dated);
        return Kept(kind, review.Reference, review.Applicant!, reviewSubject, reviewBody, kind == LetterKind.Decision ? review.ReviewerName : "Sam Caseworker",
            kind == LetterKind.Decision ? "Reviewing officer" : "Casework officer");
    }

    public static ComplaintReview Review(string outcome)
    {
        var review = new ComplaintReview
        {
            Reference = "CR-2026-0042",
            ReceivedOn = new DateOnly(2026, 11, 20),
            Applicant = new CasePerson { Name = "Robin Example", Address = "1 Example Street\nHeadingley\nLeeds\nLS6 1AA" },
            ForceReference = "CO/1234/26",
            AppropriateAuthority = "West Yorkshire Police",
            OutcomeGivenOn = new DateOnly(2026, 11, 10),
            DueOn = new DateOnly(2027, 2, 2),
            RecordedUnderSchedule3 = true,
            EligibleComplainant = true,
            NotDirectedOrIndependent = true,
            Type = ReviewType.Investigation,
            ReviewerName = "Jordan Reviewer",
            Rationale = "The force did not tell you how the burglary was investigated, or why it was closed.",
        };
        switch (outcome)
        {
            case "UpheldWithRecommendations":
                review.Decision = ReviewDecision.Upheld;
                review.Recommendations =
                [
                    new() { Kind = RecommendationKind.Recommendation, Text = "explain to you in writing how the burglary was investigated" },
                    new() { Kind = RecommendationKind.Recommendation, Text = "remind the officers involved of the duty to keep victims informed" },
                    new() { Kind = RecommendationKind.Learning, Text = "not for the letter" },
                ];
                break;
            case "UpheldWithoutRecommendations":
                review.Decision = ReviewDecision.Upheld;
                review.Recommendations = [new() { Kind = RecommendationKind.Learning, Text = "not for the letter" }];
                break;
            case "NotUpheld":
                review.Decision = ReviewDecision.NotUpheld;
                break;
            case "ForwardedToIopc":
                review.AboutChiefOfficer = true;
                review.ForwardedToIopcOn = new DateOnly(2026, 11, 23);
                break;
            case "Invalid":
                review.RecordedUnderSchedule3 = false;
                break;
            case "OutOfTime":
                review.OutcomeGivenOn = new DateOnly(2026, 10, 8);
                break;
            default:
                break;
        }

        return review;
    }

    public static AsbAppeal Appeal(string outcome) => new()
    {
        Reference = "ASB-2026-7F3A2C01D4",
        ReceivedOn = new DateOnly(2026, 10, 1),
        Applicant = new CasePerson { Name = "Alex Neighbour", Email = "alex@example.test" },
        Partnership = "Leeds Community Safety Partnership",
        OutcomeGivenOn = new DateOnly(2026, 9, 15),
        AppealDays = 28,
        PanelOn = new DateOnly(2026, 11, 12),
        PanelMembers = "two officers of the office and an independent member",
        DecidedOn = new DateOnly(2026, 12, 1),
        DecidedBy = "Jordan Reviewer",
        Decision = outcome == "AsbOriginalStands" ? AsbAppealDecision.OriginalStands : AsbAppealDecision.Recommendations,
        Rationale = "The partnership met, heard from the police and the housing provider, and set an action plan, but did not tell you why noise monitoring was not offered.",
        Recommendations = outcome == "AsbOriginalStands"
            ? []
            : [new() { Text = "explain to the applicant in writing why noise monitoring was not offered", DueOn = new DateOnly(2027, 1, 12) }],
    };

    private static CaseLetter Kept(LetterKind kind, string reference, CasePerson person, string subject, string body, string? signedBy, string role) => new()
    {
        Kind = kind,
        Dated = Dated,
        GeneratedBy = "sam@example.test",
        Reference = reference,
        RecipientName = person.Name,
        RecipientAddress = person.Address ?? person.Email,
        SignedBy = signedBy,
        SignerRole = role,
        Subject = subject,
        Body = body,
    };
}
