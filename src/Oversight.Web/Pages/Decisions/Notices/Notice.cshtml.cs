using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Decisions;
using Oversight.Domain;
using Oversight.Domain.Decisions;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Decisions.Notices;

/// One notice in the office: edit the draft, record advice, sign, publish, correct or withdraw, and its history.
[Authorize(Policy = Policies.Decisions)]
public sealed class NoticeModel(DecisionRegister register, CurrentUser current, OversightDbContext db) : FormPageModel
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
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == me.Id select r.Name!).ToListAsync(cancellationToken);
        var posts = await db.Users.Where(u => u.Id == me.Id).Select(u => u.Posts).SingleAsync(cancellationToken);
        var who = new Decider(me.Id, me.Name, roles, posts);
        Guid? next = null;
        IReadOnlyList<FieldError> errors;
        switch (Action)
        {
            case "edit":
                errors = await register.EditAsync(id, new NoticeEdit(Summary, OptionsConsidered, BackgroundPapers, ExemptText, ExemptCategory), cancellationToken);
                break;
            case "finance":
            case "monitoring":
                errors = Optional(await register.AdviseAsync(id, Action == "finance" ? AdviceKind.Finance : AdviceKind.MonitoringOfficer, Advice, who, cancellationToken));
                break;
            case "sign":
                errors = Optional(await register.SignAsync(id, who, cancellationToken));
                break;
            case "publish":
                errors = Optional(await register.PublishAsync(id, cancellationToken));
                break;
            case "correct":
            case "withdraw":
                var (made, error) = Action == "correct"
                    ? await register.CorrectAsync(id, Reason, me.Name, cancellationToken)
                    : await register.WithdrawAsync(id, Reason, me.Name, cancellationToken);
                (next, errors) = (made, Optional(error));
                break;
            default:
                errors = [new("Action", "Choose what to do")];
                break;
        }

        if (errors.Count == 0)
        {
            return Redirect($"/decisions/notices/{next ?? id}");
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private static List<FieldError> Optional(FieldError? error) => error is null ? [] : [error];

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await register.FindAsync(id, cancellationToken) is not { } notice)
        {
            return false;
        }

        Notice = notice;
        Versions = await register.VersionsAsync(notice.SeriesId, cancellationToken);
        var ids = Versions.Select(v => v.Id.ToString()).ToList();
        History = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(DecisionNotice) && ids.Contains(a.EntityId))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        Summary ??= notice.Summary;
        OptionsConsidered ??= notice.OptionsConsidered;
        BackgroundPapers ??= notice.BackgroundPapers;
        ExemptText ??= notice.ExemptText;
        ExemptCategory ??= notice.ExemptCategory;
        return true;
    }
}
