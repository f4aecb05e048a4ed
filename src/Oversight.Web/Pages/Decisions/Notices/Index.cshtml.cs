using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core;
using Oversight.Core.Decisions;
using Oversight.Domain.Decisions;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Decisions.Notices;

/// The office's decision notices: every notice's latest version, and drafting one from the record behind a decision.
[Authorize(Policy = Policies.Decisions)]
public sealed class IndexModel(DecisionRegister register, CurrentUser current) : FormPageModel
{
    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public Guid SourceId { get; set; }

    /// A policy decision's title, summary and reasons: a policy has no other record to draft from.
    [BindProperty]
    public string? PolicyTitle { get; set; }

    [BindProperty]
    public string? PolicySummary { get; set; }

    [BindProperty]
    public string? PolicyReasons { get; set; }

    public IReadOnlyList<DecisionNotice> Notices { get; private set; } = [];

    public SchemeOfDelegation Scheme => register.Scheme;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Notices = await register.OfficeListAsync(cancellationToken);

    /// Drafts the notice from a funding decision, a clawback, a precept record or a contract (or opens the one already
    /// drafted), or a policy decision from what the office writes.
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var drafted = Source switch
        {
            "FundingApplication" => await register.DraftFromApplicationAsync(SourceId, me.Name, cancellationToken),
            "PreceptRecord" => await register.DraftFromPreceptAsync(SourceId, me.Name, cancellationToken),
            "VictimServiceContract" => await register.DraftFromContractAsync(SourceId, me.Name, cancellationToken),
            "Clawback" => await register.DraftFromClawbackAsync(SourceId, me.Name, cancellationToken),
            "Policy" => await register.DraftPolicyAsync(PolicyTitle, PolicySummary, PolicyReasons, me.Name, cancellationToken),
            _ => Saved.Invalid("Source", "Choose the record to draft the notice from"),
        };
        if (drafted.Succeeded)
        {
            return Redirect($"/decisions/notices/{drafted.Id}");
        }

        ModelState.AddErrors(drafted.Errors);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
