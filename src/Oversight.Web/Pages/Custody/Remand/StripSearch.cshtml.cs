using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Domain;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Remand;

[Authorize(Policy = Policies.Custody)]
public sealed class StripSearchModel(RemandCases cases) : FormPageModel
{
    [BindProperty] public string? CustodyNumber { get; set; }
    [BindProperty] public DateParts SearchedOn { get; set; } = new();
    [BindProperty] public string? SearchedTime { get; set; }
    [BindProperty] public string? AuthorisedBy { get; set; }
    [BindProperty] public string? AppropriateAdultPresent { get; set; }
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? Grounds { get; set; }
    [BindProperty] public string? ItemFound { get; set; }
    [BindProperty] public string? SafeguardingReferral { get; set; }
    [BindProperty] public string? ParentNotified { get; set; }
    [BindProperty] public string? Ethnicity { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var searched = UkInstantField.Read(ModelState, nameof(SearchedOn), nameof(SearchedTime), SearchedOn, SearchedTime, "the date of the search", true);
        var input = new StripSearchInput(CustodyNumber, searched, AuthorisedBy, ModelState.ReadYesNo(nameof(AppropriateAdultPresent), AppropriateAdultPresent), Location, Grounds,
            ModelState.ReadYesNo(nameof(ItemFound), ItemFound), ModelState.ReadYesNo(nameof(SafeguardingReferral), SafeguardingReferral), ModelState.ReadYesNo(nameof(ParentNotified), ParentNotified), Ethnicity);
        // A date, time or answer that does not read reaches the service as "not given", so nothing is saved until they all read.
        if (ModelState.ErrorCount > 0)
        {
            ModelState.AddErrors(cases.CheckStripSearch(input));
            return Page();
        }

        var (id, errors) = await cases.RecordStripSearchAsync(input, cancellationToken);
        if (id is not null)
        {
            return Redirect($"/custody/remand?year={FinancialYear.StartYearOf(UkTime.DateOf(searched!.Value))}");
        }

        ModelState.AddErrors(errors);

        return Page();
    }
}
