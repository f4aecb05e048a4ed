using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accountability.Outputs;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Outputs;

[Authorize(Policy = Policies.Accountability)]
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
        byte[]? content = null;
        if (EvidenceFile is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await EvidenceFile.OpenReadStream().CopyToAsync(buffer, 81920, cancellationToken);
            content = EvidenceFile.Length > MeetingReport.MaxBytes ? new byte[MeetingReport.MaxBytes + 1] : buffer.ToArray();
        }

        var saved = await outputs.AddValueAsync(id, new OutputValueDetails(Period, value, Note, EvidenceUrl, EvidenceFile?.FileName, EvidenceFile?.ContentType, content), Me.Name, cancellationToken);
        if (saved.Succeeded)
        {
            return Redirect($"/accountability/outputs/{id}");
        }

        ShowErrors(saved.Errors);
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
