using Oversight.Core.Performance.Reports;
using Oversight.Core.Publishing;
using Oversight.Domain.Plan;
using Oversight.Web.Documents;
using Oversight.Web.Security;

namespace Oversight.Web.Api;

/// The reports that go through publication control (custody visiting, scrutiny panels, consultations): the
/// office's preview of what would be published, and each published report for anyone, only once published.
public static class PublicationApi
{
    public static IEndpointRouteBuilder MapPublications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/publications/{id:guid}/preview.{format}", async (Guid id, string format, Publications publications, DocumentRenderer renderer, PoliceAndCrimePlan plan, CancellationToken cancellationToken) =>
            await publications.FindAsync(id, cancellationToken) is { } publication
                ? await SendAsync(publications, renderer, publication, plan.Office, format, cancellationToken)
                : Results.NotFound())
            .RequireAuthorization(Policies.Publications).ExcludeFromDescription();
        endpoints.MapGet("/consultations/{slug}/report.{format}", (string slug, string format, Publications publications, DocumentRenderer renderer, PoliceAndCrimePlan plan, CancellationToken cancellationToken) =>
            PublishedAsync(publications, renderer, PublicationKind.ConsultationReport, slug, plan.Office, format, cancellationToken))
            .AllowAnonymous().WithMetadata(new Publishing.PublishedAttribute()).ExcludeFromDescription();
        return endpoints;
    }

    /// The latest published version of a report, or 404 while none is published: nothing unpublished is public.
    public static async Task<IResult> PublishedAsync(
        Publications publications, DocumentRenderer renderer, PublicationKind kind, string subject, string office, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publications);
        return await publications.FindPublishedAsync(kind, subject, cancellationToken) is { } published
            ? await SendAsync(publications, renderer, published, office, format, cancellationToken)
            : Results.NotFound();
    }

    private static async Task<IResult> SendAsync(Publications publications, DocumentRenderer renderer, Publication publication, string office, string format, CancellationToken cancellationToken)
    {
        if (format is not ("html" or "pdf"))
        {
            return Results.NotFound();
        }

        var file = publication.Kind switch
        {
            PublicationKind.CustodyVisitingReport =>
                await CustodyReportApi.RenderAsync(renderer, await publications.VisitingAsync(publication, cancellationToken), office, ReportAudience.Public, format, cancellationToken),
            PublicationKind.ScrutinyPanelsReport =>
                await CustodyReportApi.RenderAsync(renderer, await publications.ScrutinyAsync(publication, cancellationToken), office, ReportAudience.Public, format, cancellationToken),
            _ => await publications.ConsultationHtmlAsync(publication, cancellationToken) is { } html
                ? await ReportDocumentFile.FromHtmlAsync(html, Publications.Name(publication.Kind) + " – " + publication.Subject, $"consultation-report-{publication.Subject}.{format}", format == "pdf", cancellationToken)
                : null,
        };
        return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType, file.FileName);
    }
}
