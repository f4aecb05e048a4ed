using System.Globalization;
using System.Text.RegularExpressions;
using Oversight.Core.Casework.Reviews;

namespace Oversight.Core.Casework.Letters;

/// Fills a template's placeholders from a review. An unknown placeholder is left as written so the officer sees it.
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

    public static readonly IReadOnlyList<string> Placeholders =
    [
        "applicant", "reference", "force_reference", "appropriate_authority", "received", "outcome_given", "due",
        "forwarded", "iopc_reasons", "decision", "rationale", "recommendations", "reviewer", "date",
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
        ["reviewer"] = review.ReviewerName ?? "",
        ["date"] = Date(dated),
    };

    private static string Recommendations(ComplaintReview review)
    {
        var made = review.Recommendations.Where(r => r.Kind == RecommendationKind.Recommendation).ToList();
        if (made.Count == 0)
        {
            return "We have made no recommendations to the force.";
        }

        return "We have recommended that " + review.AppropriateAuthority + ":\n" + string.Join("\n", made.Select(r => "- " + r.Text));
    }

    private static string Date(DateOnly day) => day.ToString("d MMMM yyyy", English);

    private static string Fill(string text, Dictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
