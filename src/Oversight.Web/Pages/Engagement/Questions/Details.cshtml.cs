using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Engagement.Analysis;
using Oversight.Domain.Engagement;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Questions;

[Authorize(Policy = Policies.Engagement)]
public sealed class DetailsModel(EngagementAnalysis analysis) : PageModel
{
    public QuestionResult Result { get; private set; } = null!;

    public string Slug { get; private set; } = "";

    public string ConsultationTitle { get; private set; } = "";

    public IReadOnlyList<(string Label, Breakdown Breakdown)> Breakdowns { get; private set; } = [];

    public IReadOnlyList<ShareComparison> Channels { get; private set; } = [];

    public ProportionDifference? ChannelDifference { get; private set; }

    /// The answer compared across channels: "very or quite safe" on a Likert question, otherwise the first option.
    public string ComparedOption { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, string key, CancellationToken cancellationToken)
    {
        var consultation = await analysis.AnalyseAsync(slug, null, cancellationToken);
        var result = consultation?.Questions.SingleOrDefault(q => q.Question.Key == key);
        if (result is null)
        {
            return NotFound();
        }

        Result = result;
        Slug = slug;
        ConsultationTitle = consultation!.Consultation.Title;
        var breakdowns = new List<(string, Breakdown)>();
        foreach (var (field, label) in RespondentFields.Breakdowns)
        {
            breakdowns.Add((label, (await analysis.BreakdownAsync(slug, key, field, cancellationToken))!));
        }

        Breakdowns = breakdowns;
        ComparedOption = result.Likert is not null ? EngagementAnalysis.VeryOrQuiteSafe : result.Question.Options[0].Key;
        (Channels, ChannelDifference) = await analysis.CompareChannelsAsync(slug, key, ComparedOption, cancellationToken);
        return Page();
    }

    public string ComparedLabel => ComparedOption == EngagementAnalysis.VeryOrQuiteSafe
        ? "Very or quite safe"
        : Result.Question.Options.Single(o => o.Key == ComparedOption).Label;
}
