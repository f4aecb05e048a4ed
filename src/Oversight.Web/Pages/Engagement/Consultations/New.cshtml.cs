using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Engagement;
using Oversight.Domain.Engagement;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Consultations;

[Authorize(Policy = Policies.Engagement)]
public sealed class NewModel(Oversight.Core.Engagement.Consultations consultations) : FormPageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public ConsultationPurpose Purpose { get; set; }

    [BindProperty]
    public List<ConsultationChannel> Channels { get; set; } = [];

    [BindProperty]
    public DateParts OpensOn { get; set; } = new();

    [BindProperty]
    public DateParts ClosesOn { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var opensOk = OpensOn.TryRead("the date the consultation opens", out var opens, out var opensError);
        var closesOk = ClosesOn.TryRead("the date the consultation closes", out var closes, out var closesError);
        if (!opensOk || !closesOk)
        {
            if (!opensOk)
            {
                ModelState.AddModelError(nameof(OpensOn), opensError!);
            }

            if (!closesOk)
            {
                ModelState.AddModelError(nameof(ClosesOn), closesError!);
            }

            return Page();
        }

        var created = await consultations.CreateAsync(new NewConsultation(Title ?? "", Slug, Purpose, Channels, opens, closes), cancellationToken);
        ModelState.AddErrors(created.Errors);

        return created.Succeeded ? Redirect($"/engagement/consultations/{created.Key}") : Page();
    }
}
