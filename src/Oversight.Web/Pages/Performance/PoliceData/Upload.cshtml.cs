using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Uploads;
using Oversight.Web.Forms;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

namespace Oversight.Web.Pages.Performance.PoliceData;

[Authorize(Policy = Policies.ImportData)]
[UploadLimit(UploadKind.PoliceData)]
public sealed class UploadModel(PoliceFileImporter importer) : FormPageModel
{
    // Enough to see the pattern of a bad file without a page of thousands of rows.
    public const int RejectedRowsShown = 100;

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public bool SkipBadRows { get; set; }

    [BindProperty]
    public bool AnyForce { get; set; }

    public List<FileImportResult> Results { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.Features.Get<RefusedUploads>() is { } refused)
        {
            var rules = UploadForms.Rules(this);
            ModelState.AddErrors(nameof(Files), refused.Files.Select(file => $"The selected files must be smaller than {rules.MaxSize} together; {file.Name} was not imported"));

            return Page();
        }

        if (Files.Count == 0)
        {
            ModelState.AddModelError(nameof(Files), "Select one or more police.uk files");
            return Page();
        }

        var folder = Directory.CreateTempSubdirectory("oversight-upload-");
        try
        {
            foreach (var upload in Files)
            {
                // Spooled to disk under a generated name, so a large archive never sits in memory and the
                // person's name for it ("..", "../../x") never becomes part of a path.
                var name = FileNames.Display(upload.FileName);
                var path = Path.Combine(folder.FullName, FileNames.Generated(".upload"));
                await using (var stream = System.IO.File.Create(path))
                {
                    await upload.CopyToAsync(stream, cancellationToken);
                }

                var (sources, error) = ImportSource.FromUpload(name, path);
                if (error is not null)
                {
                    ModelState.AddModelError(nameof(Files), error);
                    continue;
                }

                foreach (var source in sources)
                {
                    Results.Add(await importer.ImportAsync(source, new PoliceImportOptions(SkipBadRows, AnyForce), null, cancellationToken));
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return Page();
    }
}
