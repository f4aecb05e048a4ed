using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Oversight.Core.Uploads;

namespace Oversight.Web.Uploads;

/// Gives a file over the limit the form's own error ("The selected file … must be smaller than 5MB") instead of
/// the bare 413 or 400 that the server's request limit would answer. A request within the limit is read as
/// usual, with the limit applied; one over it is read here a section at a time: its small form fields are kept
/// (so antiforgery and the rest of the form still work) and the files' bytes are counted and dropped, never
/// held or written anywhere. The page then finds the refused files in <see cref="RefusedUploads"/>.
public static class OversizedUploads
{
    /// Room for the form's other fields and the multipart framing.
    public const long FormAllowance = 1024 * 1024;

    // Past this, even counting and dropping is not worth the time: answered at once from Content-Length.
    private const long MinimumDrainCap = 256L * 1024 * 1024;
    private const int MaxFields = 100;
    private const int MaxFieldChars = 64 * 1024;

    public static IApplicationBuilder UseOversizedUploads(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<UploadLimitAttribute>() is not { } limit
            || !context.Request.HasFormContentType)
        {
            await next(context);
            return;
        }

        var rules = limit.Rules;
        var allowed = rules.MaxBytes + FormAllowance;
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (context.Request.ContentLength is not { } length || length <= allowed)
        {
            SetBodyLimit(sizeFeature, allowed);
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = allowed }));
            await next(context);
            return;
        }

        var cap = Math.Max(4 * allowed, MinimumDrainCap);
        context.Features.Set(new RefusedUploads(rules, []));
        if (length > cap || !context.Request.GetMultipartBoundary(out var boundary))
        {
            // The status page names the limit (Pages/Errors/Status).
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        SetBodyLimit(sizeFeature, cap);
        try
        {
            var (fields, files) = await DrainAsync(context.Request.Body, boundary, context.RequestAborted);
            context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields)));
            context.Features.Set(new RefusedUploads(rules, files));
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next(context);
    });

    private static void SetBodyLimit(IHttpMaxRequestBodySizeFeature? feature, long bytes)
    {
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = bytes;
        }
    }

    private static bool GetMultipartBoundary(this HttpRequest request, out string boundary)
    {
        boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value ?? "" : "";
        return boundary.Length > 0;
    }

    private static async Task<(Dictionary<string, StringValues> Fields, List<RefusedUpload> Files)> DrainAsync(Stream body, string boundary, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var files = new List<RefusedUpload>();
        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null };
        var buffer = new byte[81920];
        var chars = new char[MaxFieldChars];
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition())
            {
                long bytes = 0;
                int read;
                while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    bytes += read;
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                if (bytes > 0 || !string.IsNullOrEmpty(fileName))
                {
                    files.Add(new(name, FileNames.Display(fileName), bytes));
                }

                continue;
            }

            using var text = new StreamReader(section.Body);
            var length = await text.ReadBlockAsync(chars, cancellationToken);
            if (fields.Count < MaxFields && text.Peek() < 0)
            {
                fields[name] = StringValues.Concat(fields.GetValueOrDefault(name), new string(chars, 0, length));
            }
        }

        return (fields, files);
    }
}
