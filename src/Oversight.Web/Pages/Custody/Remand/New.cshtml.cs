using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Domain;
using Oversight.Domain.Custody;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Remand;

[Authorize(Policy = Policies.Custody)]
public sealed class NewModel(RemandCases cases) : FormPageModel
{
    [BindProperty] public string? CustodyNumber { get; set; }
    [BindProperty] public DateParts ChargedOn { get; set; } = new();
    [BindProperty] public string? ChargedTime { get; set; }
    [BindProperty] public string? BailRefusedReason { get; set; }
    [BindProperty] public DateParts LocalAuthorityRequestedOn { get; set; } = new();
    [BindProperty] public string? LocalAuthorityRequestedTime { get; set; }
    [BindProperty] public string? LocalAuthorityResponse { get; set; }
    [BindProperty] public string? Accommodation { get; set; }
    [BindProperty] public string? NoAccommodationReason { get; set; }
    [BindProperty] public DateParts LeftCustodyOn { get; set; } = new();
    [BindProperty] public string? LeftCustodyTime { get; set; }
    [BindProperty] public string? CertificateProduced { get; set; }
    [BindProperty] public string? CourtAgreed { get; set; }
    [BindProperty] public string? Ethnicity { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var charged = UkInstantField.Read(ModelState, nameof(ChargedOn), nameof(ChargedTime), ChargedOn, ChargedTime, "the date of the charge", true);
        var requested = UkInstantField.Read(ModelState, nameof(LocalAuthorityRequestedOn), nameof(LocalAuthorityRequestedTime), LocalAuthorityRequestedOn,
            LocalAuthorityRequestedTime, "the date of the request to the local authority", false);
        var left = UkInstantField.Read(ModelState, nameof(LeftCustodyOn), nameof(LeftCustodyTime), LeftCustodyOn, LeftCustodyTime, "the date the child left police custody", true);
        var accommodation = ModelState.ReadChoice<RemandAccommodation>(nameof(Accommodation), Accommodation);
        var input = new RemandCaseInput(CustodyNumber, charged, BailRefusedReason, requested, LocalAuthorityResponse, accommodation, NoAccommodationReason,
            left, ModelState.ReadYesNo(nameof(CertificateProduced), CertificateProduced), ModelState.ReadYesNo(nameof(CourtAgreed), CourtAgreed), Ethnicity);
        // A date, time or choice that does not read reaches the service as "not given", so nothing is saved until they all read.
        if (ModelState.ErrorCount > 0)
        {
            ModelState.AddErrors(cases.Check(input));
            return Page();
        }

        var (id, errors) = await cases.RecordAsync(input, cancellationToken);
        if (id is not null)
        {
            var late = ChildRemand.ChargedLate(charged!.Value) ? "&late=true" : "";
            return Redirect($"/custody/remand?year={FinancialYear.StartYearOf(UkTime.DateOf(charged.Value))}{late}");
        }

        ModelState.AddErrors(errors);

        return Page();
    }

}
