using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Partnerships;
using Oversight.Domain;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Partnerships;

[Authorize(Policy = Policies.Funding)]
public sealed class NewModel(CommunitySafetyFund fund) : FormPageModel
{
    [BindProperty]
    public string? Partnership { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    public void OnGet() => Year = FinancialYear.Of(fund.Today);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await fund.AllocateAsync(Partnership, Year?.Trim(), Amount, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect($"/funding/community-safety-fund/{saved.Id}") : Page();
    }
}
