using System.Globalization;
using System.Text.RegularExpressions;
using Oversight.Core.Casework.Asb;
using Oversight.Core.Casework.Reviews;
using Oversight.Domain.Casework;

namespace Oversight.Core.Casework.Letters;

/// Fills a template's placeholders from a case. An unknown placeholder is left as written so the officer sees it;
/// a placeholder with nothing to say for this case leaves no empty paragraph behind.
public static partial class LetterWriter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static (string Subject, string Body) Write(LetterTemplate template, ComplaintReview review, DateOnly dated)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(review);
        var values = Values(review, dated);
        return (Fill(template.Subject, values), Fill(template.Body, values));
    }

    public static (string Subject, string Body) Write(LetterTemplate template, AsbAppeal appeal, DateOnly dated)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(appeal);
        var values = Values(appeal, dated);
        return (Fill(template.Subject, values), Fill(template.Body, values));
    }

    /// The placeholders a kind of letter can use, for the template page.
    public static IReadOnlyList<string> Placeholders(LetterKind kind) => kind == LetterKind.AsbDecision ? AsbPlaceholders : ReviewPlaceholders;

    private static readonly string[] ReviewPlaceholders =
    [
        "applicant", "reference", "force_reference", "appropriate_authority", "received", "outcome_given", "due",
        "forwarded", "iopc_reasons", "decision", "rationale", "recommendations", "next_steps", "not_accepted_reasons",
        "last_day", "reviewer", "date",
    ];

    private static readonly string[] AsbPlaceholders =
    [
        "applicant", "reference", "partnership", "received", "outcome_given", "panel", "decision", "rationale",
        "recommendations", "next_steps", "decided_by", "date",
    ];

    private static Dictionary<string, string> Values(ComplaintReview review, DateOnly dated) => new(StringComparer.Ordinal)
    {
        ["applicant"] = review.Applicant?.Name ?? "",
        ["reference"] = review.Reference,
        ["force_reference"] = review.ForceReference,
        ["appropriate_authority"] = review.AppropriateAuthority,
        ["received"] = Date(review.ReceivedOn),
        ["outcome_given"] = Date(review.OutcomeGivenOn),
        ["due"] = Date(review.DueOn),
        ["forwarded"] = review.ForwardedToIopcOn is { } forwarded ? Date(forwarded) : "",
        ["iopc_reasons"] = string.Join("; and ", review.ReviewBody.Reasons),
        ["decision"] = review.Decision switch
        {
            ReviewDecision.Upheld => "your review is upheld: the outcome of your complaint was not reasonable and proportionate",
            ReviewDecision.NotUpheld => "your review is not upheld: the outcome of your complaint was reasonable and proportionate",
            _ => "",
        },
        ["rationale"] = review.Rationale ?? "",
        ["recommendations"] = Recommendations(review),
        ["next_steps"] = NextSteps(review),
        ["not_accepted_reasons"] = string.Join("; and ", NotAcceptedReasons(review)),
        ["last_day"] = Date(review.LastDayToApply),
        ["reviewer"] = review.ReviewerName ?? "",
        ["date"] = Date(dated),
    };

    private const string NoFurtherReview =
        "There is no further right of review under the police complaints system. If you think our decision is wrong in law, you can apply to the High Court for judicial review.";

    private static string Recommendations(ComplaintReview review)
    {
        var made = review.Recommendations.Where(r => r.Kind == RecommendationKind.Recommendation).ToList();
        return made.Count == 0 ? "" : "We have recommended that " + review.AppropriateAuthority + ":\n" + string.Join("\n", made.Select(r => "- " + r.Text));
    }

    /// What happens after the decision, which differs with the outcome: the force must answer recommendations; an
    /// upheld review without them says why none were needed; only a review not upheld is told the matter ends here.
    private static string NextSteps(ComplaintReview review)
    {
        var authority = review.AppropriateAuthority;
        return review.Decision switch
        {
            ReviewDecision.Upheld when review.Recommendations.Any(r => r.Kind == RecommendationKind.Recommendation) =>
                Recommendations(review) + "\n\n" +
                $"{authority} must tell us in writing, within 28 days, whether it accepts our recommendations and what it will do. We will tell you how it responds.\n\n" +
                NoFurtherReview,
            ReviewDecision.Upheld =>
                $"Although we have found that the outcome was not reasonable and proportionate, we have not made recommendations to {authority}, for the reasons given above. We have told {authority} of our decision so that it can learn from your complaint.\n\n" +
                NoFurtherReview,
            ReviewDecision.NotUpheld => "This decision is final. " + NoFurtherReview,
            _ => "",
        };
    }

    /// Why an application cannot be reviewed: each failed validity check, and lateness.
    private static IEnumerable<string> NotAcceptedReasons(ComplaintReview review)
    {
        if (review.RecordedUnderSchedule3 == false)
        {
            yield return "your complaint was not recorded and handled under Schedule 3 to the Police Reform Act 2002, and only such complaints carry a right of review";
        }

        if (review.EligibleComplainant == false)
        {
            yield return "the application was not made by the complainant, or by someone acting for them with their written consent";
        }

        if (review.NotDirectedOrIndependent == false)
        {
            yield return "your complaint was investigated by the IOPC or under its direction, and such an investigation cannot be reviewed by the Mayor's office";
        }

        if (review.Timeliness == Timeliness.OutOfTime)
        {
            yield return $"your application was received on {Date(review.ReceivedOn)}, after the last day to apply, {Date(review.LastDayToApply)}: an application must be made within 28 days, counting from the day after you were told the outcome of your complaint ({Date(review.OutcomeGivenOn)}), and we found no good reason to accept it late";
        }
    }

    private static Dictionary<string, string> Values(AsbAppeal appeal, DateOnly dated) => new(StringComparer.Ordinal)
    {
        ["applicant"] = appeal.Applicant?.Name ?? "",
        ["reference"] = appeal.Reference,
        ["partnership"] = appeal.Partnership,
        ["received"] = Date(appeal.ReceivedOn),
        ["outcome_given"] = Date(appeal.OutcomeGivenOn),
        ["panel"] = appeal.PanelOn is { } panel
            ? $"A panel{(appeal.PanelMembers is null ? "" : " (" + appeal.PanelMembers + ")")} considered your appeal on {Date(panel)}, with the information {appeal.Partnership} gave us."
            : "",
        ["decision"] = appeal.Decision switch
        {
            AsbAppealDecision.OriginalStands => "the case review was handled properly, and its outcome stands",
            AsbAppealDecision.Recommendations => $"we have made recommendations to {appeal.Partnership} about how it handled your case review",
            _ => "",
        },
        ["rationale"] = appeal.Rationale ?? "",
        ["recommendations"] = AsbRecommendations(appeal),
        ["next_steps"] = appeal.Decision switch
        {
            AsbAppealDecision.Recommendations when appeal.Recommendations.Count > 0 =>
                AsbRecommendations(appeal) + "\n\n" +
                $"{appeal.Partnership} must consider our recommendations and tell us how it will respond by the dates shown. We will write to you when it has responded.",
            AsbAppealDecision.Recommendations => $"We will write to you with our recommendations to {appeal.Partnership} and its response.",
            AsbAppealDecision.OriginalStands =>
                "This completes our review: we will take no further action on the case review. If you remain unhappy with how a council dealt with you, you can complain to the Local Government and Social Care Ombudsman.",
            _ => "",
        },
        ["decided_by"] = appeal.DecidedBy ?? "",
        ["date"] = Date(dated),
    };

    private static string AsbRecommendations(AsbAppeal appeal) => appeal.Recommendations.Count == 0
        ? ""
        : "We have recommended that " + appeal.Partnership + ":\n" +
            string.Join("\n", appeal.Recommendations.OrderBy(r => r.DueOn).Select(r => $"- {r.Text} (response due by {Date(r.DueOn)})"));

    /// A date as people write it, like "8 December 2026".
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", English);

    private static string Fill(string text, Dictionary<string, string> values) =>
        EmptyParagraphs().Replace(Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value), "\n\n").Trim();

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\n[ \t]*(?:\n[ \t]*){2,}")]
    private static partial Regex EmptyParagraphs();
}
