using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Coding;
using Oversight.Domain.Engagement;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Coding;

[Authorize(Policy = Policies.Engagement)]
public sealed class SummaryModel(Oversight.Core.Engagement.Consultations consultations, FreeTextCoding coding) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;

    public ThemeSummary Summary { get; private set; } = null!;

    public IReadOnlyList<string> Quotes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string key, CancellationToken cancellationToken)
    {
        var consultation = await consultations.FindAsync(slug, cancellationToken);
        if (consultation?.Questions.SingleOrDefault(q => q.Key == key && q.Kind == QuestionKind.FreeText) is null)
        {
            return NotFound();
        }

        Consultation = consultation;
        Summary = await coding.SummariseAsync(consultation, key, cancellationToken);
        Quotes = await coding.QuotesAsync(consultation.Id, key, cancellationToken);
        return Page();
    }

    /// Landis and Koch's (1977) words for κ, the usual shorthand.
    public static string Strength(double kappa) => kappa switch
    {
        < 0 => "poor",
        < 0.2 => "slight",
        < 0.4 => "fair",
        < 0.6 => "moderate",
        < 0.8 => "substantial",
        _ => "almost perfect",
    };
}
