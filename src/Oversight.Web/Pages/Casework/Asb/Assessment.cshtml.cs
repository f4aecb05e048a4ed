using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Asb;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Asb;

[Authorize(Policy = Policies.Casework)]
public sealed class AssessmentModel(AsbAppeals appeals) : FormPageModel
{
    public AsbAppeal Appeal { get; private set; } = null!;

    public IReadOnlyList<Choice> CaseReviews { get; private set; } = [];

    [BindProperty]
    public string? Eligible { get; set; }

    [BindProperty]
    public DateParts ExtendedTo { get; set; } = new();

    [BindProperty]
    public string? ExtensionReason { get; set; }

    [BindProperty]
    public string? CaseReviewId { get; set; }

    [BindProperty]
    public DateParts InformationRequestedOn { get; set; } = new();

    [BindProperty]
    public DateParts InformationReceivedOn { get; set; } = new();

    [BindProperty]
    public DateParts PanelOn { get; set; } = new();

    [BindProperty]
    public string? PanelMembers { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var a = Appeal;
        Eligible = Choices.YesNoValue(a.Eligible);
        ExtendedTo = CaseworkForm.Parts(a.ExtendedTo);
        ExtensionReason = a.ExtensionReason;
        CaseReviewId = a.CaseReviewId?.ToString();
        InformationRequestedOn = CaseworkForm.Parts(a.InformationRequestedOn);
        InformationReceivedOn = CaseworkForm.Parts(a.InformationReceivedOn);
        PanelOn = CaseworkForm.Parts(a.PanelOn);
        PanelMembers = a.PanelMembers;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Guid? caseReviewId = Guid.TryParse(CaseReviewId, out var linked) ? linked : null;
        if (caseReviewId is null && !string.IsNullOrEmpty(CaseReviewId))
        {
            ModelState.AddModelError(nameof(CaseReviewId), Choices.NotOffered);
        }

        var assessment = new AppealAssessment(
            ModelState.ReadYesNo(nameof(Eligible), Eligible),
            CaseworkForm.Optional(ModelState, nameof(ExtendedTo), ExtendedTo, "the end of the extension"),
            ExtensionReason,
            caseReviewId,
            CaseworkForm.Optional(ModelState, nameof(InformationRequestedOn), InformationRequestedOn, "the date information was requested"),
            CaseworkForm.Optional(ModelState, nameof(InformationReceivedOn), InformationReceivedOn, "the date information was received"),
            CaseworkForm.Optional(ModelState, nameof(PanelOn), PanelOn, "the date of the panel"),
            PanelMembers);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await appeals.AssessAsync(id, assessment, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect($"/casework/asb/{id}") : Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await appeals.FindAsync(id, cancellationToken) is not { } appeal)
        {
            return false;
        }

        Appeal = appeal;
        CaseReviews = (await appeals.CandidatesAsync(appeal, cancellationToken))
            .Select(r => new Choice(r.Id.ToString(), $"{r.PartnershipReference}, applied {CaseworkForm.Date(r.AppliedOn)}", null)).ToList();
        return true;
    }
}
