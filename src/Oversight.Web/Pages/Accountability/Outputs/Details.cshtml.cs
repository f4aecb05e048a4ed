using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Outputs;
using Oversight.Core.Uploads;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

namespace Oversight.Web.Pages.Accountability.Outputs;

[Authorize(Policy = Policies.Accountability)]
[UploadLimit(UploadKind.MeetingPaper)]
public sealed class DetailsModel(CurrentUser current, ProgrammeOutputs outputs) : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? Period { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? EvidenceUrl { get; set; }

    [BindProperty]
    public IFormFile? EvidenceFile { get; set; }

    public ProgrammeOutput Output { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        decimal? value = decimal.TryParse(Value?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var file = await this.ReadUploadAsync(EvidenceFile, nameof(EvidenceFile), cancellationToken);
        if (HasError(nameof(EvidenceFile)))
        {
            return Page();
        }

        var saved = await outputs.AddValueAsync(id, new OutputValueDetails(Period, value, Note, EvidenceUrl, file?.Name, null, file?.Content), Me.Name, cancellationToken);
        if (saved.Succeeded)
        {
            return Redirect($"/accountability/outputs/{id}");
        }

        AddErrors(saved.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await outputs.FindAsync(id, cancellationToken) is not { } output)
        {
            return false;
        }

        Output = output;
        return true;
    }
}
