using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Applications;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Apply;

[Authorize(Policy = Policies.Applying)]
public sealed class WithdrawModel(CurrentUser current, FundingApplications applications) : FormPageModel
{
    public FundingApplication Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var application = await applications.FindAsync(me.Id, id, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }

        Application = application;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        return await applications.WithdrawAsync(me.Id, id, cancellationToken) ? Redirect("/funding/apply") : NotFound();
    }
}
