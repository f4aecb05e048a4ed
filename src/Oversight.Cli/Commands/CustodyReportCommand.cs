using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Reporting;
using Oversight.Domain.Plan;
using Oversight.Web.Api;

namespace Oversight.Cli.Commands;

/// `oversight report custody --year 2024-25 --format pdf --output PATH [--public]`: writes the Independent Custody
/// Visiting scheme's annual report, every figure computed from the submitted visit reports.
public static class CustodyReportCommand
{
    public static Command Create()
    {
        var options = new DocumentOptions();
        var open = new Option<bool>("--public") { Description = "Write the public version, with counts under 5 withheld" };
        var custody = options.Command("custody", "Write the custody visiting scheme's annual report as HTML or PDF", open);
        custody.SetAction(async (parsed, cancellationToken) =>
        {
            var period = options.ParseYear(parsed);
            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var figures = await scope.ServiceProvider.GetRequiredService<VisitingStatistics>().ForYearAsync(period.Start.Year, cancellationToken);
            var audience = parsed.GetValue(open) ? ReportAudience.Public : ReportAudience.Office;
            var office = scope.ServiceProvider.GetRequiredService<PoliceAndCrimePlan>().Office;
            var file = await CustodyReportApi.RenderAsync(figures, office, audience, parsed.GetValue(options.Format)!, cancellationToken);
            var path = await options.WriteAsync(parsed, file.Content, cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync(
                $"Wrote the custody visiting report for {figures.Label} ({figures.Visits:N0} visits, {(audience == ReportAudience.Public ? "public version" : "office version")}) to {path}");
            return CliApp.Ok;
        });
        return custody;
    }
}
