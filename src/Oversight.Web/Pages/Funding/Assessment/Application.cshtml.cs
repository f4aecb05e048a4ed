using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Assessment;
using Oversight.Core.Funding.Grants;
using Oversight.Domain;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Assessment;

/// The office's page for one application. Anyone with a declared conflict (or an assessor yet to declare) gets a
/// refusal instead, and every view is audited.
[Authorize(Policy = Policies.Funding)]
public sealed class ApplicationModel(
    CurrentUser current, Assessments assessments, ConflictsOfInterest conflicts, DecisionEvidence evidence, ApplicationDocuments documents, GrantManagement grants, AuditSearch audit) : FormPageModel
{
    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? AssessorId { get; set; }

    [BindProperty]
    public string? ModeratedScore { get; set; }

    [BindProperty]
    public string? ModerationNote { get; set; }

    [BindProperty]
    public DecisionKind? Decision { get; set; }

    [BindProperty]
    public string? ReducedAmount { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public string? PanelRecommendation { get; set; }

    /// The decider's confirmation that they have read the bid and its evidence.
    [BindProperty]
    public bool Confirm { get; set; }

    /// Why this person cannot decide the bid in full now (the scheme's preconditions); empty when they can.
    public IReadOnlyList<string> Blockers { get; private set; } = [];

    /// The pot left if this bid were approved in full.
    public decimal RemainingIfApproved { get; private set; }

    /// Who the scheme of delegation says decides the bid in full.
    public string DecidedByPost { get; private set; } = "";

    public FundingApplication Application { get; private set; } = null!;

    public IReadOnlyList<AssessorAssignment> Assignments { get; private set; } = [];

    public IReadOnlyList<User> Assessors { get; private set; } = [];

    public IReadOnlyList<ApplicationDocument> Documents { get; private set; } = [];

    public Guid GrantId { get; private set; }

    /// The bid's history from the audit trail: its own changes and its assessors' scores, who and when, oldest first.
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public Guid Id { get; private set; }

    /// Why this person may not see the application; the page then shows only this.
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        if (await RefuseAsync(id, me.Id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(id, cancellationToken, me.Id))
        {
            return NotFound();
        }

        await assessments.RecordViewAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        if (Action != "decide" && await RefuseAsync(id, me.Id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        IReadOnlyList<FieldError> errors = Action switch
        {
            "assign" => (await assessments.AssignAsync(id, AssessorId, cancellationToken)).Errors,
            "moderate" => (await assessments.ModerateAsync(id, ModeratedScore, ModerationNote, cancellationToken)).Errors,
            "recommend" => (await assessments.RecommendAsync(id, PanelRecommendation, cancellationToken)).Errors,
            // N.B. the decision refuses a conflicted decider itself, so the refusal reads as a form error.
            "decide" => await assessments.DecideAsync(id, Decision, ReducedAmount, Reasons, Confirm, me.Id, me.Name, cancellationToken),
            _ => [new("Action", "Choose what to do")],
        };
        if (errors.Count == 0)
        {
            return Redirect($"/funding/applications/{id}");
        }

        ModelState.AddErrors(errors);
        if (await RefuseAsync(id, me.Id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return await LoadAsync(id, cancellationToken, me.Id) ? Page() : NotFound();
    }

    private async Task<PageResult?> RefuseAsync(Guid id, string userId, CancellationToken cancellationToken)
    {
        Id = id;
        Refusal = await conflicts.BarAsync(id, userId, cancellationToken);
        if (Refusal is null)
        {
            return null;
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }


    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken, string? deciderId = null)
    {
        var application = await assessments.FindAsync(id, cancellationToken);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Assignments = await assessments.AssignmentsAsync(id, cancellationToken);
        Assessors = await assessments.AssessorsAsync(cancellationToken);
        Documents = await documents.ListAsync(id, cancellationToken);
        History =
        [
            .. (await audit.HistoryAsync(nameof(FundingApplication), [id.ToString()], cancellationToken))
                .Concat(await audit.HistoryAsync(nameof(AssessorAssignment), [.. Assignments.Select(a => a.Id.ToString())], cancellationToken))
                .OrderBy(a => a.At).ThenBy(a => a.Id),
        ];
        GrantId = application.IsAwarded ? await grants.GrantIdForApplicationAsync(id, cancellationToken) : Guid.Empty;
        RemainingIfApproved = await assessments.UnawardedAsync(application.RoundId, cancellationToken) - (application.IsAwarded ? 0 : application.Amount);
        DecidedByPost = evidence.Scheme.Describe(evidence.Scheme.Required(Domain.Decisions.DecisionType.GrantAward, application.Amount));
        if (deciderId is not null && application.Status == ApplicationStatus.Submitted)
        {
            Blockers = await evidence.RefusalsAsync(application, deciderId, Domain.Decisions.DecisionType.GrantAward, application.Amount, cancellationToken);
        }

        return true;
    }
}
