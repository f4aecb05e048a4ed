using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Engagement;
using Oversight.Domain.Engagement;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Consultations;

/// Paper forms and event tally sheets typed in: a count for each answer of one closed question.
[Authorize(Policy = Policies.Engagement)]
public sealed class TalliesModel(Oversight.Core.Engagement.Consultations consultations) : FormPageModel
{
    [BindProperty]
    public ConsultationChannel Channel { get; set; } = ConsultationChannel.InPersonEvent;

    [BindProperty]
    public string? District { get; set; }

    /// Count typed for each option of the chosen question, by option key.
    [BindProperty]
    public Dictionary<string, string?> Counts { get; set; } = [];

    public Consultation Consultation { get; private set; } = null!;

    public int? Added { get; private set; }

    public IEnumerable<ConsultationQuestion> ClosedQuestions => Consultation.Questions.Where(q => q.Kind.IsClosed()).OrderBy(q => q.Position);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await OpenAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var tallies = new List<Tally>();
        foreach (var question in ClosedQuestions)
        {
            foreach (var option in question.Options)
            {
                var text = Counts.GetValueOrDefault(question.Key + ":" + option.Key)?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
                {
                    ModelState.AddModelError(FieldOf(question, option), $"The count for “{option.Label}” must be a whole number, like 12");
                    continue;
                }

                tallies.Add(new(question.Key, option.Key, count));
            }
        }

        var first = ClosedQuestions.FirstOrDefault();
        if (first is null)
        {
            return Page();
        }

        if (ModelState.ErrorCount == 0 && tallies.Sum(t => t.Count) == 0)
        {
            ModelState.AddModelError(FieldOf(first, first.Options[0]), "Enter how many people gave at least one answer");
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var (_, errors) = await consultations.EnterTalliesAsync(slug, Channel, string.IsNullOrEmpty(District) ? null : District, tallies, cancellationToken);
        ModelState.AddErrors(errors, field => field == "District" ? nameof(District) : FieldOf(first, first.Options[0]));

        if (errors.Count == 0)
        {
            Added = tallies.Sum(t => t.Count);
            Counts.Clear();
        }

        return Page();
    }

    public static string FieldOf(ConsultationQuestion question, AnswerOption option) => $"Counts-{question?.Key}-{option?.Key}";

    private async Task<bool> OpenAsync(string slug, CancellationToken cancellationToken)
    {
        Consultation = (await consultations.FindAsync(slug, cancellationToken))!;
        return Consultation is not null;
    }
}
