using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Issues;

[Authorize(Policy = Policies.Custody)]
public sealed class RespondModel(VisitIssues issues, OversightDbContext db) : FormPageModel
{
    [BindProperty]
    public string? PoliceResponse { get; set; }

    [BindProperty]
    public DateParts RespondedOn { get; set; } = new();

    [BindProperty]
    public bool Close { get; set; }

    [BindProperty]
    public bool Escalate { get; set; }

    public VisitIssue Issue { get; private set; } = null!;

    public string Suite { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        PoliceResponse = Issue.PoliceResponse;
        RespondedOn = Issue.RespondedOn is { } on ? DateParts.From(on) : new();
        Close = Issue.Status == IssueStatus.Closed;
        Escalate = Issue.Escalated;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        DateOnly? on = null;
        var blank = string.IsNullOrWhiteSpace(RespondedOn.Day) && string.IsNullOrWhiteSpace(RespondedOn.Month) && string.IsNullOrWhiteSpace(RespondedOn.Year);
        if (!blank)
        {
            if (RespondedOn.TryRead("the date the police responded", out var date, out var error))
            {
                on = date;
            }
            else
            {
                ModelState.AddModelError(nameof(RespondedOn), error!);
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            var saved = await issues.RespondAsync(id, new IssueResponse(PoliceResponse, on, Close, Escalate), cancellationToken);
            if (saved.NotFound)
            {
                return NotFound();
            }

            if (saved.Succeeded)
            {
                return Redirect("/custody/issues");
            }

            ModelState.AddErrors(saved.Errors);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var issue = await issues.OpenAsync(id, cancellationToken);
        if (issue is null)
        {
            return false;
        }

        Issue = issue;
        Suite = await db.CustodySuites.Where(s => s.Id == issue.Visit!.SuiteId).Select(s => s.Name).SingleAsync(cancellationToken);
        return true;
    }
}
