using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Audit;
using Oversight.Core.Decisions;
using Oversight.Domain;
using Oversight.Domain.Decisions;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Decisions.Notices;

/// One notice in the office: edit the draft, record advice, sign, publish, correct or withdraw, and its history.
[Authorize(Policy = Policies.Decisions)]
public sealed class NoticeModel(DecisionRegister register, Deciders deciders, CurrentUser current, AuditSearch audit) : FormPageModel
{
    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? OptionsConsidered { get; set; }

    [BindProperty]
    public string? BackgroundPapers { get; set; }

    [BindProperty]
    public string? ExemptText { get; set; }

    [BindProperty]
    public int? ExemptCategory { get; set; }

    [BindProperty]
    public string? Advice { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public DecisionNotice Notice { get; private set; } = null!;

    public IReadOnlyList<DecisionNotice> Versions { get; private set; } = [];

    /// Every audited change to every version, oldest first: the notice's history.
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public SchemeOfDelegation Scheme => register.Scheme;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var who = await deciders.FindAsync(me.Id, cancellationToken);
        Guid? next = null;
        IReadOnlyList<FieldError> errors;
        switch (Action)
        {
            case "edit":
                errors = (await register.EditAsync(id, new NoticeEdit(Summary, OptionsConsidered, BackgroundPapers, ExemptText, ExemptCategory), cancellationToken)).Errors;
                break;
            case "finance":
            case "monitoring":
                errors = (await register.AdviseAsync(id, Action == "finance" ? AdviceKind.Finance : AdviceKind.MonitoringOfficer, Advice, who, cancellationToken)).Errors;
                break;
            case "sign":
                errors = (await register.SignAsync(id, who, cancellationToken)).Errors;
                break;
            case "publish":
                errors = (await register.PublishAsync(id, cancellationToken)).Errors;
                break;
            case "correct":
            case "withdraw":
                (next, errors) = Action == "correct"
                    ? await register.CorrectAsync(id, Reason, me.Name, cancellationToken)
                    : await register.WithdrawAsync(id, Reason, me.Name, cancellationToken);
                break;
            default:
                errors = [new("Action", "Choose what to do")];
                break;
        }

        if (errors.Count == 0)
        {
            return Redirect($"/decisions/notices/{next ?? id}");
        }

        ModelState.AddErrors(errors);

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await register.FindAsync(id, cancellationToken) is not { } notice)
        {
            return false;
        }

        Notice = notice;
        Versions = await register.VersionsAsync(notice.SeriesId, cancellationToken);
        var ids = Versions.Select(v => v.Id.ToString()).ToList();
        History = await audit.HistoryAsync(nameof(DecisionNotice), ids, cancellationToken);
        Summary ??= notice.Summary;
        OptionsConsidered ??= notice.OptionsConsidered;
        BackgroundPapers ??= notice.BackgroundPapers;
        ExemptText ??= notice.ExemptText;
        ExemptCategory ??= notice.ExemptCategory;
        return true;
    }
}
