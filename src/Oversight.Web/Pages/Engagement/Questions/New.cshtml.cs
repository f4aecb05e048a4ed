using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Engagement;
using Oversight.Domain.Engagement;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Questions;

[Authorize(Policy = Policies.Engagement)]
public sealed class NewModel(Oversight.Core.Engagement.Consultations consultations) : FormPageModel
{
    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public QuestionKind Kind { get; set; }

    [BindProperty]
    public string? Options { get; set; }

    public Consultation Consultation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await OpenAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var options = (Options ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var (_, errors) = await consultations.AddQuestionAsync(slug, new NewQuestion(Key ?? "", Text ?? "", Kind, options), cancellationToken);
        ModelState.AddErrors(errors);

        return errors.Count == 0 ? Redirect($"/engagement/consultations/{slug}") : Page();
    }

    private async Task<bool> OpenAsync(string slug, CancellationToken cancellationToken)
    {
        Consultation = (await consultations.FindAsync(slug, cancellationToken))!;
        return Consultation is not null;
    }
}
