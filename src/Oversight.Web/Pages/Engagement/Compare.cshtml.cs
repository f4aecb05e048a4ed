using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Analysis;
using Oversight.Domain.Engagement;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement;

/// The same question's share in two consultations, such as this year's survey against last year's.
[Authorize(Policy = Policies.Engagement)]
public sealed class CompareModel(Oversight.Core.Engagement.Consultations consultations, EngagementAnalysis analysis) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? First { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Second { get; set; }

    /// "question-key:option-key" of an answer both consultations asked.
    [BindProperty(SupportsGet = true)]
    public string? Answer { get; set; }

    public IReadOnlyList<Consultation> All { get; private set; } = [];

    public IReadOnlyList<(string Value, string Label)> Answers { get; private set; } = [];

    public IReadOnlyList<ShareComparison> Shares { get; private set; } = [];

    public ProportionDifference? Difference { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        All = await consultations.ListAsync(cancellationToken);
        var first = All.FirstOrDefault(c => c.Slug == First);
        var second = All.FirstOrDefault(c => c.Slug == Second);
        if (first is null || second is null)
        {
            return;
        }

        Answers = [.. first.Questions.Where(q => q.Kind.IsClosed() && second.Questions.Any(s => s.Key == q.Key && s.Kind == q.Kind))
            .SelectMany(q => (q.Kind == QuestionKind.Likert ? [new AnswerOption(EngagementAnalysis.VeryOrQuiteSafe, "Very or quite safe")] : q.Options)
                .Select(o => ($"{q.Key}:{o.Key}", $"{q.Text}: {o.Label}")))];
        if (Answer is { } answer && Answers.Any(a => a.Value == answer))
        {
            var parts = answer.Split(':');
            (Shares, Difference) = await analysis.CompareConsultationsAsync(first.Slug, second.Slug, parts[0], parts[1], cancellationToken);
        }
    }
}
