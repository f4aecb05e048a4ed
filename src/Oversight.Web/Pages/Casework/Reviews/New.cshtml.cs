using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Reviews;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Reviews;

[Authorize(Policy = Policies.Casework)]
public sealed class NewModel(ComplaintReviews reviews) : FormPageModel
{
    [BindProperty]
    public DateParts ReceivedOn { get; set; } = new();

    [BindProperty]
    public string? Channel { get; set; }

    [BindProperty]
    public string? ApplicantName { get; set; }

    [BindProperty]
    public string? ApplicantEmail { get; set; }

    [BindProperty]
    public string? ApplicantPhone { get; set; }

    [BindProperty]
    public string? ApplicantAddress { get; set; }

    [BindProperty]
    public string? RepresentativeName { get; set; }

    [BindProperty]
    public DateParts RepresentativeConsentOn { get; set; } = new();

    [BindProperty]
    public string? ForceReference { get; set; }

    [BindProperty]
    public DateParts ComplaintMadeOn { get; set; } = new();

    [BindProperty]
    public string? AppropriateAuthority { get; set; } = "West Yorkshire Police";

    [BindProperty]
    public DateParts OutcomeGivenOn { get; set; } = new();

    [BindProperty]
    public string? ComplaintSummary { get; set; }

    public void OnGet() => ReceivedOn = DateParts.From(reviews.Today);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var received = CaseworkForm.Required(ModelState, nameof(ReceivedOn), ReceivedOn, "the date the application was received");
        var outcome = CaseworkForm.Required(ModelState, nameof(OutcomeGivenOn), OutcomeGivenOn, "the date the outcome was given");
        var made = CaseworkForm.Optional(ModelState, nameof(ComplaintMadeOn), ComplaintMadeOn, "the date the complaint was made");
        var consent = CaseworkForm.Optional(ModelState, nameof(RepresentativeConsentOn), RepresentativeConsentOn, "the date consent was received");
        if (!Enum.TryParse<ContactChannel>(Channel, out var channel))
        {
            ModelState.AddModelError(nameof(Channel), "Select how the application arrived");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (id, errors) = await reviews.RecordAsync(
            new ReviewApplication(received!.Value, channel, ApplicantName ?? "", ApplicantEmail, ApplicantPhone, ApplicantAddress, RepresentativeName, consent,
                ForceReference ?? "", made, AppropriateAuthority ?? "", outcome!.Value, ComplaintSummary, null),
            cancellationToken);
        ModelState.AddErrors(errors);
        return id is null ? Page() : Redirect($"/casework/reviews/{id}");
    }
}
