using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance.PoliceData;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.PoliceData;

[Authorize(Policy = Policies.ImportData)]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class UploadModel(PoliceFileImporter importer) : FormPageModel
{
    // A year of bulk archive for a large force.
    private const long UploadLimit = 1L << 30;

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
                // Files are spooled to disk so that a large archive never sits in memory.
                var path = Path.Combine(folder.FullName, Path.GetFileName(upload.FileName));
                await using (var stream = System.IO.File.Create(path))
                {
                    await upload.CopyToAsync(stream, cancellationToken);
                }

                foreach (var source in ImportSource.FromPath(path))
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
