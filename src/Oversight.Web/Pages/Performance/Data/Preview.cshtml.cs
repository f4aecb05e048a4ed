using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Submissions;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Data;

[Authorize(Policy = Policies.MeasureData)]
public sealed class PreviewModel(CurrentUser current, MeasureSubmissions submissions, PoliceAndCrimePlan plan) : PageModel
{
    public const int MaxRowsShown = 500;

    public UploadPreview Preview { get; private set; } = null!;

    public Measure Measure { get; private set; } = null!;

    /// Changes first, so a long file's few changed values are not lost among unchanged ones.
    public IReadOnlyList<ValueChange> Shown => (Preview.Changes ?? [])
        .OrderBy(c => c.Kind switch { ChangeKind.Replaces => 0, ChangeKind.New => 1, _ => 2 }).ThenBy(c => c.Row.Line)
        .Take(MaxRowsShown).ToList();

    public static string TagClass(ValueChange change) => change?.Kind switch
    {
        ChangeKind.New => "govuk-tag--green",
        ChangeKind.Replaces => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };

    public static string TagText(ValueChange change) => change?.Kind switch
    {
        ChangeKind.New => "New",
        ChangeKind.Replaces => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Replaces version {change.Current!.Version}"),
        _ => "No change",
    };

    public int Count(ChangeKind kind) => Preview.Changes?.Count(c => c.Kind == kind) ?? 0;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var preview = await submissions.FindAsync(await current.GetAsync(cancellationToken), id, cancellationToken);
        if (preview is null)
        {
            return NotFound();
        }

        Preview = preview;
        Measure = plan.FindMeasure(preview.Upload.MeasureId)!;
        return Page();
    }

    public Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken cancellationToken) =>
        DecideAsync(id, submissions.CommitAsync, cancellationToken);

    public Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken cancellationToken) =>
        DecideAsync(id, submissions.DiscardAsync, cancellationToken);

    // An upload already decided just shows its outcome again, so a double click does no harm.
    private async Task<IActionResult> DecideAsync(
        Guid id, Func<MeasureUser, Guid, CancellationToken, Task<bool>> decide, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        if (await submissions.FindAsync(me, id, cancellationToken) is null)
        {
            return NotFound();
        }

        await decide(me, id, cancellationToken);
        return RedirectToPage(new { id });
    }
}
