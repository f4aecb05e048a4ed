using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Publishing;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Publishing;

/// Publishes a report through the same steps the pages take (its author submits, leadership approve and publish),
/// for tests about what the published version shows.
public static class PublishedReports
{
    public static async Task PublishAsync(HostFixture host, PublicationKind kind, string subject)
    {
        ArgumentNullException.ThrowIfNull(host);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var publications = scope.ServiceProvider.GetRequiredService<Publications>();
        var author = new MeasureUser("test-author", "Test author", kind == PublicationKind.ConsultationReport ? Roles.Analyst : Roles.CustodyOfficer, "mayors-office");
        var leadership = new MeasureUser("test-leadership", "Test leadership", Roles.Leadership, "mayors-office");
        var ct = TestContext.Current.CancellationToken;
        var id = Done(await publications.StartAsync(author, kind, subject, ct));
        Done(await publications.SubmitAsync(author, id, ct));
        Done(await publications.ApproveAsync(leadership, id, ct));
        Done(await publications.PublishAsync(leadership, id, ct));
    }

    private static Guid Done(ReportOutcome outcome) =>
        outcome.Kind == ReportOutcomeKind.Done ? outcome.ReportId!.Value : throw new InvalidOperationException(string.Join("; ", outcome.Errors.Select(e => e.Message)) + " " + outcome.Kind);
}
