using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Uploads;
using Oversight.Web.Forms;

namespace Oversight.Web.Uploads;

/// Takes a page's uploaded file through the gate's first step: a file refused for its size (here or by
/// <see cref="OversizedUploads"/>) becomes the field's error and is never read into memory.
public static class UploadForms
{
    /// The file, or null: with an error on <paramref name="field"/> when it was too large, with none when no
    /// file was chosen (each page words that error itself).
    public static async Task<UploadedFile?> ReadUploadAsync(this PageModel page, IFormFile? file, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rules = Rules(page);
        if (page.HttpContext.Features.Get<RefusedUploads>() is { } refused)
        {
            page.ModelState.AddErrors(field, refused.Files.Where(f => f.Field == field).Select(f => rules.TooLarge(f.Name)));

            return null;
        }

        if (file is null)
        {
            return null;
        }

        if (file.Length > rules.MaxBytes)
        {
            page.ModelState.AddModelError(field, rules.TooLarge(FileNames.Display(file.FileName)));
            return null;
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        return UploadedFile.From(file.FileName, content);
    }

    /// The limits of the page's <see cref="UploadLimitAttribute"/>.
    public static UploadRules Rules(PageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.GetType().GetCustomAttributes(typeof(UploadLimitAttribute), inherit: true) is [UploadLimitAttribute limit, ..]
            ? limit.Rules
            : throw new InvalidOperationException($"{page.GetType().Name} takes uploads but has no [UploadLimit]");
    }
}
