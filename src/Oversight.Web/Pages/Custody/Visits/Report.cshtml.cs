using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Domain.Custody;
using Oversight.Web.Custody;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Visits;

[Authorize(Policy = Policies.CustodyVisiting)]
public sealed class ReportModel(VisitReports reports, OversightDbContext db) : FormPageModel
{
    private const int BlankDetainees = 2;
    private const int BlankIssues = 1;

    public VisitReportInput Input { get; private set; } = new();

    public CustodyVisit Visit { get; private set; } = null!;

    public string Suite { get; private set; } = "";

    public string Pair { get; private set; } = "";

    public bool Editable { get; private set; }

    public bool Saved { get; private set; }

    public IReadOnlyList<DetaineeInCustody> SuggestedOrder { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Saved = saved;
        Input = InputFrom(Visit);
        AddBlankRows(BlankDetainees, BlankIssues);
        return Page();
    }

    /// The form's buttons: "save" keeps a draft, "more" keeps it and adds rows, "submit" sends the report, "order"
    /// shows who to speak to first from the rows as typed, saving nothing.
    public async Task<IActionResult> OnPostAsync(Guid id, string? action, CancellationToken cancellationToken)
    {
        var input = new VisitReportInput();
        await TryUpdateModelAsync(input, "");
        if (action == "order")
        {
            if (!await LoadAsync(id, cancellationToken) || !Editable)
            {
                return NotFound();
            }

            Input = input;
            SuggestedOrder = VisitPriority.Order(input.Detainees.Where(d => !string.IsNullOrWhiteSpace(d.CustodyNumber))
                .Where(d => d.Contact is null or "" || d.Contact == nameof(DetaineeContact.NotAvailable))
                .Select(d => new DetaineeInCustody(d.CustodyNumber!.Trim(), d.Child, d.Vulnerable, d.Woman,
                    double.TryParse(d.HoursHeld, System.Globalization.NumberStyles.Float, CustodyText.Culture, out var hours) ? hours : 0)));
            return Page();
        }

        var submit = action == "submit";
        var result = await reports.SaveAsync(VisitingUsers.From(User), id, input, submit, cancellationToken);
        switch (result.Result)
        {
            case SaveResult.NotFound or SaveResult.Forbidden:
                return NotFound();
            case SaveResult.Saved when action != "more":
                return Redirect($"/custody-visits/{id}?saved=true");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = input;
        ModelState.AddErrors(result.Errors, CustodyText.IdFor);

        if (result.Result == SaveResult.AlreadySubmitted)
        {
            ModelState.AddModelError("", "This report has already been submitted, so it cannot be changed");
        }

        AddBlankRows(action == "more" ? 3 : 0, action == "more" ? 1 : 0);
        return Page();
    }

    /// Saves a draft in the background while the visitor types (the page's script calls this); answers with the new version.
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, CancellationToken cancellationToken)
    {
        var input = new VisitReportInput();
        await TryUpdateModelAsync(input, "");
        var result = await reports.SaveAsync(VisitingUsers.From(User), id, input, false, cancellationToken);
        return result.Result switch
        {
            SaveResult.Saved => new JsonResult(new { version = result.Version }),
            SaveResult.Invalid => BadRequest(new { version = result.Version, errors = result.Errors }),
            SaveResult.AlreadySubmitted => new ConflictObjectResult(new { version = result.Version }),
            _ => NotFound(),
        };
    }

    public string? Error(string name) => ErrorFor(CustodyText.IdFor(name));

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = VisitingUsers.From(User);
        var (visit, _) = await reports.OpenAsync(user, id, cancellationToken);
        if (visit is null)
        {
            return false;
        }

        Visit = visit;
        Suite = await db.CustodySuites.Where(s => s.Id == visit.SuiteId).Select(s => s.Name).SingleAsync(cancellationToken);
        var names = await db.CustodyVisitors.Where(v => v.Id == visit.FirstVisitorId || v.Id == visit.SecondVisitorId)
            .OrderBy(v => v.Name).Select(v => v.Name).ToListAsync(cancellationToken);
        Pair = string.Join(" and ", names);
        var me = await reports.VisitorIdAsync(user.UserId, cancellationToken);
        Editable = visit.Status == VisitStatus.Draft && me is { } mine && visit.MadeBy(mine);
        SuggestedOrder = VisitPriority.Order(visit.Detainees.Where(d => d.Contact is null or DetaineeContact.NotAvailable)
            .Select(d => new DetaineeInCustody(d.CustodyNumber, d.Child, d.Vulnerable, d.Woman, d.HoursHeld ?? 0)));
        return true;
    }

    private void AddBlankRows(int detainees, int issues)
    {
        if (!Editable)
        {
            return;
        }

        Input.Detainees.AddRange(Enumerable.Range(0, detainees).Select(_ => new DetaineeInput()));
        Input.Issues.AddRange(Enumerable.Range(0, issues).Select(_ => new IssueInput()));
    }

    private static VisitReportInput InputFrom(CustodyVisit visit) => new()
    {
        ArrivedAt = visit.ArrivedAt?.ToString("HH:mm", CustodyText.Culture),
        DepartedAt = visit.DepartedAt?.ToString("HH:mm", CustodyText.Culture),
        AccessDelayMinutes = visit.AccessDelayMinutes?.ToString(CustodyText.Culture),
        AccessDelayReason = visit.AccessDelayReason,
        AuthorisingInspector = visit.AuthorisingInspector,
        DetaineesInCustody = visit.DetaineesInCustody?.ToString(CustodyText.Culture),
        RightsNotes = visit.RightsNotes,
        HealthNotes = visit.HealthNotes,
        ConditionsNotes = visit.ConditionsNotes,
        DignityNotes = visit.DignityNotes,
        Checks = visit.Checks.ToDictionary(c => c.Point, c => (string?)c.Answer.ToString()),
        Detainees = [.. visit.Detainees.Select(d => new DetaineeInput
        {
            CustodyNumber = d.CustodyNumber, Child = d.Child, Vulnerable = d.Vulnerable, Woman = d.Woman,
            HoursHeld = d.HoursHeld?.ToString(CustodyText.Culture), Contact = d.Contact?.ToString(), Notes = d.Notes,
        })],
        Issues = [.. visit.Issues.Select(i => new IssueInput
        {
            Category = i.Category.ToString(), Description = i.Description, RaisedWith = i.RaisedWith, ImmediateAction = i.ImmediateAction,
        })],
    };
}
