using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Grants;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Apply;

[Authorize(Policy = Policies.Applying)]
public sealed class GrantModel(CurrentUser current, GrantManagement grants) : FormPageModel
{
    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public Guid ReturnId { get; set; }

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public string? Spend { get; set; }

    [BindProperty]
    public string? PeopleReached { get; set; }

    [BindProperty]
    public string? Characteristics { get; set; }

    [BindProperty]
    public string? OutcomesAchieved { get; set; }

    public Grant Grant { get; private set; } = null!;

    public MonitoringReturn? NextReturn => Grant.Returns.Where(r => r.SubmittedAt is null).OrderBy(r => r.DueOn).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Action == "accept")
        {
            await grants.AcceptAsync(me.Id, me.Name, id, cancellationToken);
            return Redirect($"/funding/apply/grants/{id}");
        }

        var errors = await grants.SubmitReturnAsync(me.Id, id, ReturnId, new ReturnInput(Progress, Spend, PeopleReached, Characteristics, OutcomesAchieved), cancellationToken);
        if (errors.Count == 0)
        {
            return Redirect($"/funding/apply/grants/{id}");
        }

        ModelState.AddErrors(errors);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var grant = await grants.FindForApplicantAsync(me.Id, id, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        Grant = grant;
        return true;
    }
}
