using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Import;
using Oversight.Domain.Engagement;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Import;

/// Match a file's columns and labels to the consultation, preview the result, then import it all or nothing.
[Authorize(Policy = Policies.Engagement)]
public sealed class MappingModel(ResponseImports imports, Oversight.Core.Engagement.Consultations consultations) : FormPageModel
{
    public const int MaxErrorsShown = 50;
    public const int SampleRows = 10;

    /// The target of each column, by its position in the header.
    [BindProperty]
    public List<string> Targets { get; set; } = [];

    [BindProperty]
    public List<string> LabelQuestion { get; set; } = [];

    [BindProperty]
    public List<string> LabelRaw { get; set; } = [];

    [BindProperty]
    public List<string> LabelOption { get; set; } = [];

    public ImportPreview? Preview { get; private set; }

    public ResponseImport Import { get; private set; } = null!;

    public Consultation Consultation { get; private set; } = null!;

    public ImportOutcome? Outcome { get; private set; }

    public IReadOnlyList<string> Errors => Outcome?.Errors.Count > 0 ? Outcome.Errors
        : Preview?.Result.Errors.Select(e => e.Describe(Preview.Import.FileName)).ToList() ?? [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Import.Status == ResponseImportStatus.Pending)
        {
            Preview = await imports.PreviewAsync(id, null, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken) || Import.Status != ResponseImportStatus.Pending)
        {
            return RedirectToPage(new { id });
        }

        Preview = await imports.PreviewAsync(id, await PostedMappingAsync(id, cancellationToken), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken) || Import.Status != ResponseImportStatus.Pending)
        {
            return RedirectToPage(new { id });
        }

        var mapping = await PostedMappingAsync(id, cancellationToken);
        Outcome = await imports.ImportAsync(id, mapping, cancellationToken);
        if (Outcome is { Errors.Count: 0 })
        {
            return RedirectToPage(new { id });
        }

        Preview = await imports.PreviewAsync(id, mapping, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken cancellationToken)
    {
        await imports.DiscardAsync(id, cancellationToken);
        return RedirectToPage(new { id });
    }

    public static IReadOnlyList<(string Value, string Label)> TargetsFor(Consultation consultation)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        var fields = new (string, string)[]
        {
            (RespondentFields.District, "Respondent's district"), (RespondentFields.AgeBand, "Respondent's age band or age"),
            (RespondentFields.Sex, "Respondent's sex"), (RespondentFields.Ethnicity, "Respondent's ethnic group"), (RespondentFields.Victim, "Whether a victim of crime"),
        };
        return [(ImportMapping.Ignore, "Ignore this column"), .. consultation.Questions.OrderBy(q => q.Position).Select(q => (ImportMapping.Question(q.Key), "Question: " + q.Text)), .. fields];
    }

    private async Task<ImportMapping> PostedMappingAsync(Guid id, CancellationToken cancellationToken)
    {
        var suggested = (await imports.PreviewAsync(id, null, cancellationToken))!;
        var mapping = suggested.Mapping;
        for (var i = 0; i < suggested.Headings.Count && i < Targets.Count; i++)
        {
            if (suggested.Headings[i].Length > 0)
            {
                mapping.Columns[suggested.Headings[i]] = Targets[i];
            }
        }

        for (var i = 0; i < LabelQuestion.Count && i < LabelRaw.Count && i < LabelOption.Count; i++)
        {
            if (string.IsNullOrEmpty(LabelOption[i]))
            {
                continue;
            }

            if (!mapping.Labels.TryGetValue(LabelQuestion[i], out var labels))
            {
                mapping.Labels[LabelQuestion[i]] = labels = new(StringComparer.Ordinal);
            }

            labels[Labels.Normalise(LabelRaw[i])] = LabelOption[i];
        }

        return mapping;
    }

    private async Task<bool> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var import = await imports.FindAsync(id, cancellationToken);
        if (import is null)
        {
            return false;
        }

        Import = import;
        Consultation = (await consultations.ListAsync(cancellationToken)).Single(c => c.Id == import.ConsultationId);
        return true;
    }
}
