using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core;
using Oversight.Core.Decisions;
using Oversight.Core.Lists;
using Oversight.Domain.Decisions;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Lists;
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

    [FromQuery(Name = "status")]
    public NoticeStatus? Status { get; set; }

    [FromQuery(Name = "kind")]
    public DecisionType? Kind { get; set; }

    public ListPage<DecisionNotice> Notices { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public SchemeOfDelegation Scheme => register.Scheme;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var asked = ListView.Read(Request);
        Notices = await register.OfficeSearchAsync(Status, Kind, asked, cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, DecisionRegister.OfficeSorts, Notices), "Search by reference or title",
        [
            new ListFilter("status", "Status", Enum.GetValues<NoticeStatus>().Select(s => new Choice(s.ToString(), NoticeWords.Status(s))).ToList(), Status?.ToString()),
            new ListFilter("kind", "Kind of decision", Scheme.Decisions.Select(r => new Choice(r.Type.ToString(), r.Name)).ToList(), Kind?.ToString()),
        ]);
    }

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
