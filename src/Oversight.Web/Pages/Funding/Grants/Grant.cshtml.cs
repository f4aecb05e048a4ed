using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Audit;
using Oversight.Core.Funding.Assessment;
using Oversight.Core.Funding.Grants;
using Oversight.Domain;
using Oversight.Domain.Decisions;
using Oversight.Domain.Funding;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Grants;

[Authorize(Policy = Policies.Funding)]
public sealed class GrantModel(CurrentUser current, GrantManagement grants, ConflictsOfInterest conflicts, SchemeOfDelegation scheme, AuditSearch audit) : FormPageModel
{
    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public int Tranche { get; set; }

    [BindProperty]
    public string? Delivery { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public string? CaseStudyTitle { get; set; }

    [BindProperty]
    public string? CaseStudyStory { get; set; }

    [BindProperty]
    public string? ClawbackReason { get; set; }

    [BindProperty]
    public string? VariedAmount { get; set; }

    [BindProperty]
    public string? VariationReason { get; set; }

    public Grant Grant { get; private set; } = null!;

    /// The grant's history from the audit trail: payments, variations and clawback, who and when.
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// Who the scheme of delegation says takes a decision of this kind on the grant.
    public string DecidedBy(DecisionType type) => scheme.WhoDecides(type);

    /// Why this person may not see the grant: a declared conflict with its application.
    public string? Refusal { get; private set; }

    public string? Blocker(PaymentTranche tranche) =>
        TrancheRelease.Blocker(tranche.ToTranche(), Grant.Tranches.Select(t => t.ToTranche()).ToList(), Grant.AcceptedAt is not null);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Refused() ?? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Refused() is { } refused)
        {
            return refused;
        }

        var me = await current.GetAsync(cancellationToken);
        IReadOnlyList<FieldError> errors = Action switch
        {
            "sign-off" => (await grants.SignOffAsync(id, Tranche, me.Name, cancellationToken)).Errors,
            "release" => (await grants.ReleaseAsync(id, Tranche, me.Id, cancellationToken)).Errors,
            "vary" => (await grants.VaryAsync(id, VariedAmount, VariationReason, me.Id, cancellationToken)).Errors,
            "evaluate" => await grants.EvaluateAsync(id, Delivery, Evidence, cancellationToken),
            "case-study" => await grants.AddCaseStudyAsync(id, CaseStudyTitle, CaseStudyStory, cancellationToken),
            "clawback" => (await grants.ClawBackAsync(id, ClawbackReason, me.Id, cancellationToken)).Errors,
            _ => [new("Action", "Choose what to do")],
        };
        if (errors.Count == 0)
        {
            return Redirect($"/funding/grants/{id}");
        }

        ModelState.AddErrors(errors);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private PageResult? Refused()
    {
        if (Refusal is null)
        {
            return null;
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }


    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var grant = await grants.FindAsync(id, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        Grant = grant;
        History =
        [
            .. (await audit.HistoryAsync(nameof(Grant), [id.ToString()], cancellationToken))
                .Concat(await audit.HistoryAsync(nameof(PaymentTranche), [.. grant.Tranches.Select(t => t.Id.ToString())], cancellationToken))
                .OrderBy(a => a.At).ThenBy(a => a.Id),
        ];
        Refusal = await conflicts.BarAsync(grant.ApplicationId, (await current.GetAsync(cancellationToken)).Id, cancellationToken);
        return true;
    }
}
