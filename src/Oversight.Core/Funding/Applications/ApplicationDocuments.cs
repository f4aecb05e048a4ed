using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Funding.Assessment;
using Oversight.Core.Uploads;
using Oversight.Domain;

namespace Oversight.Core.Funding.Applications;

/// Files sent with an application, checked by the upload gate (extension, size, content really opened) before they are kept.
public sealed class ApplicationDocuments(
    OversightDbContext db, FundingApplications applications, ConflictsOfInterest conflicts, IAuditActor actor, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["constitution"] = "Constitution or governing document",
        ["accounts"] = "Latest accounts",
        ["safeguarding"] = "Safeguarding policy",
        ["other"] = "Other supporting document",
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

        var file = UploadedFile.From(fileName, content);
        if (FileCheck.Problem(UploadRules.ApplicationDocument, file) is { } problem)
        {
            return [new("Upload", problem)];
        }

        db.ApplicationDocuments.Add(new ApplicationDocument
        {
            ApplicationId = applicationId,
            Kind = kind,
            FileName = file.Name,
            ContentType = FileCheck.ContentType(file.Name),
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
}
