using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Funding.Assessment;

namespace Oversight.Core.Funding.Applications;

/// Files sent with an application, checked by extension, content and size before they are kept.
public sealed class ApplicationDocuments(
    OversightDbContext db, FundingApplications applications, ConflictsOfInterest conflicts, IAuditActor actor, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    // N.B. well above MaxBytes, so a file somewhat too big reaches the form's error message, not a bare 413.
    public const long MaxRequestBytes = 5 * MaxBytes;

    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["constitution"] = "Constitution or governing document",
        ["accounts"] = "Latest accounts",
        ["safeguarding"] = "Safeguarding policy",
        ["other"] = "Other supporting document",
    };

    private static readonly Dictionary<string, string> Types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".jpg"] = "image/jpeg",
        [".png"] = "image/png",
    };

    public Task<List<ApplicationDocument>> ListAsync(Guid applicationId, CancellationToken cancellationToken) =>
        db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.UploadedAt)
            .Select(d => new ApplicationDocument { Id = d.Id, ApplicationId = d.ApplicationId, Kind = d.Kind, FileName = d.FileName, ContentType = d.ContentType, Size = d.Size, Content = Array.Empty<byte>(), UploadedAt = d.UploadedAt })
            .ToListAsync(cancellationToken);

    /// A document for office staff, unless they are barred from the application by a conflict of interest.
    public async Task<ApplicationDocument?> OpenAsync(string userId, Guid applicationId, Guid documentId, CancellationToken cancellationToken) =>
        await conflicts.BarAsync(applicationId, userId, cancellationToken) is null
            ? await OpenAsync(applicationId, documentId, cancellationToken)
            : null;

    /// A document for the applicant organisation that sent it.
    public async Task<ApplicationDocument?> OpenForApplicantAsync(string userId, Guid applicationId, Guid documentId, CancellationToken cancellationToken) =>
        await applications.FindAsync(userId, applicationId, cancellationToken) is null
            ? null
            : await OpenAsync(applicationId, documentId, cancellationToken);

    public async Task<IReadOnlyList<FieldError>> UploadAsync(string userId, Guid applicationId, string? kind, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var application = await applications.FindAsync(userId, applicationId, cancellationToken);
        if (application is null || application.Status != ApplicationStatus.Draft)
        {
            return [new("Upload", "You can only add documents before you submit the application")];
        }

        if (kind is null || !Kinds.ContainsKey(kind))
        {
            return [new("Kind", "Select what the document is")];
        }

        var name = Path.GetFileName(fileName);
        if (content.Length == 0)
        {
            return [new("Upload", $"The selected file {name} is empty")];
        }

        if (content.Length > MaxBytes)
        {
            return [new("Upload", $"The selected file {name} must be smaller than 10MB")];
        }

        if (!Types.TryGetValue(Path.GetExtension(name), out var contentType) || !LooksLike(contentType, content))
        {
            return [new("Upload", $"The selected file {name} must be a PDF, DOCX, XLSX, ODT, JPG or PNG")];
        }

        db.ApplicationDocuments.Add(new ApplicationDocument
        {
            ApplicationId = applicationId,
            Kind = kind,
            FileName = name,
            ContentType = contentType,
            Size = content.Length,
            Content = content,
            UploadedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private async Task<ApplicationDocument?> OpenAsync(Guid applicationId, Guid documentId, CancellationToken cancellationToken)
    {
        var document = await db.ApplicationDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId, cancellationToken);
        if (document is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(ApplicationDocument), documentId.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return document;
    }

    // A renamed .exe must not pass as a PDF: the first bytes have to match the type the extension claims.
    private static bool LooksLike(string contentType, byte[] content) => contentType switch
    {
        "application/pdf" => content.AsSpan().StartsWith("%PDF"u8),
        "image/png" => content.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }),
        "image/jpeg" => content.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
        _ => content.AsSpan().StartsWith("PK"u8),
    };
}
