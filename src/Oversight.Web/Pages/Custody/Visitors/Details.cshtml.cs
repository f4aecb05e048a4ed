using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Visitors;

[Authorize(Policy = Policies.Custody)]
public sealed class DetailsModel(Volunteers volunteers, OversightDbContext db) : FormPageModel
{
    private static readonly string[] Dates = [nameof(InterviewedOn), nameof(VettingClearedOn), nameof(TrainingCompletedOn), nameof(ProbationEndsOn), nameof(TermStarts), nameof(TermEnds)];

    [BindProperty] public VisitorStage Stage { get; set; }
    [BindProperty] public DateParts InterviewedOn { get; set; } = new();
    [BindProperty] public DateParts VettingClearedOn { get; set; } = new();
    [BindProperty] public bool ReferencesReceived { get; set; }
    [BindProperty] public DateParts TrainingCompletedOn { get; set; } = new();
    [BindProperty] public DateParts ProbationEndsOn { get; set; } = new();
    [BindProperty] public DateParts TermStarts { get; set; } = new();
    [BindProperty] public DateParts TermEnds { get; set; } = new();
    [BindProperty] public bool Active { get; set; }
    [BindProperty] public string? AccountEmail { get; set; }
    [BindProperty] public DateParts ExpenseDate { get; set; } = new();
    [BindProperty] public string? ExpenseDescription { get; set; }
    [BindProperty] public string? ExpenseAmount { get; set; }

    public CustodyVisitor Visitor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Stage = Visitor.Stage;
        InterviewedOn = Parts(Visitor.InterviewedOn);
        VettingClearedOn = Parts(Visitor.VettingClearedOn);
        ReferencesReceived = Visitor.ReferencesReceived;
        TrainingCompletedOn = Parts(Visitor.TrainingCompletedOn);
        ProbationEndsOn = Parts(Visitor.ProbationEndsOn);
        TermStarts = Parts(Visitor.TermStarts);
        TermEnds = Parts(Visitor.TermEnds);
        Active = Visitor.Active;
        AccountEmail = Visitor.UserId is null ? null : await db.Users.Where(u => u.Id == Visitor.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var read = new Dictionary<string, DateOnly?>();
        foreach (var (name, parts) in Dates.Zip([InterviewedOn, VettingClearedOn, TrainingCompletedOn, ProbationEndsOn, TermStarts, TermEnds]))
        {
            read[name] = Optional(name, parts);
        }

        if (ModelState.ErrorCount == 0)
        {
            var progress = new VisitorProgress(Stage, read[nameof(InterviewedOn)], read[nameof(VettingClearedOn)], ReferencesReceived, read[nameof(TrainingCompletedOn)],
                read[nameof(ProbationEndsOn)], read[nameof(TermStarts)], read[nameof(TermEnds)], Active, AccountEmail);
            var saved = await volunteers.UpdateAsync(id, progress, cancellationToken);
            if (saved.NotFound)
            {
                return NotFound();
            }

            if (saved.Succeeded)
            {
                return Redirect($"/custody/visitors/{id}");
            }

            Show(saved.Errors);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostExpenseAsync(Guid id, CancellationToken cancellationToken)
    {
        var dateOk = ExpenseDate.TryRead("the date of the expense", out var date, out var dateError);
        decimal? amount = decimal.TryParse(ExpenseAmount?.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null;
        // Nothing is saved while the date does not read: the service would take it as 1 January 0001.
        if (!dateOk)
        {
            ModelState.AddModelError(nameof(ExpenseDate), dateError!);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var saved = await volunteers.AddExpenseAsync(id, date, ExpenseDescription, amount, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/custody/visitors/{id}");
        }

        Show(saved.Errors);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private void Show(IEnumerable<FieldError> errors)
    {
        ModelState.AddErrors(errors);
    }

    private DateOnly? Optional(string name, DateParts parts)
    {
        if (string.IsNullOrWhiteSpace(parts.Day) && string.IsNullOrWhiteSpace(parts.Month) && string.IsNullOrWhiteSpace(parts.Year))
        {
            return null;
        }

        if (parts.TryRead("the date", out var date, out var error))
        {
            return date;
        }

        ModelState.AddModelError(name, error!);
        return null;
    }

    private static DateParts Parts(DateOnly? date) => date is { } d ? DateParts.From(d) : new();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var visitor = await volunteers.OpenAsync(id, cancellationToken);
        if (visitor is null)
        {
            return false;
        }

        Visitor = visitor;
        return true;
    }
}
