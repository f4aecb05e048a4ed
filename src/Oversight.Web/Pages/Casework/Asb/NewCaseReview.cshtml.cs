using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Asb;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Asb;

[Authorize(Policy = Policies.Casework)]
public sealed class NewCaseReviewModel(AsbAppeals appeals) : FormPageModel
{
    [BindProperty]
    public string? Partnership { get; set; }

    [BindProperty]
    public string? PartnershipReference { get; set; }

    [BindProperty]
    public DateParts AppliedOn { get; set; } = new();

    [BindProperty]
    public string? ComplaintsInPeriod { get; set; }

    [BindProperty]
    public string? Accepted { get; set; }

    [BindProperty]
    public DateParts OutcomeOn { get; set; } = new();

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? ActionPlan { get; set; }

    public AsbOptions Options => appeals.Options;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var appliedOn = CaseworkForm.Required(ModelState, nameof(AppliedOn), AppliedOn, "the date of the application");
        var outcomeOn = CaseworkForm.Optional(ModelState, nameof(OutcomeOn), OutcomeOn, "the date of the outcome");
        int? complaints = int.TryParse(ComplaintsInPeriod, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var accepted = ModelState.ReadYesNo(nameof(Accepted), Accepted);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await appeals.RecordCaseReviewAsync(
            new CaseReviewEntry(Partnership, PartnershipReference, appliedOn!.Value, complaints, accepted, outcomeOn, Outcome, ActionPlan), cancellationToken);
        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect("/casework/asb/case-reviews?year=" + Oversight.Domain.FinancialYear.StartYearOf(appliedOn.Value).ToString(CultureInfo.InvariantCulture)) : Page();
    }
}
