using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Reporting;
using Oversight.Domain.Plan;
using Oversight.Web.Api;

namespace Oversight.Cli.Commands;

/// `oversight report scrutiny --year 2024-25 --format pdf --output PATH [--public]`: writes the scrutiny panels'
/// annual report, every figure computed from the panels' records, remand cases and strip searches.
public static class ScrutinyReportCommand
{
    public static Command Create()
    {
        var options = new DocumentOptions();
        var open = new Option<bool>("--public") { Description = "Write the public version, with counts under 5 withheld" };
        var scrutiny = options.Command("scrutiny", "Write the scrutiny panels' annual report as HTML or PDF", open);
        scrutiny.SetAction(async (parsed, cancellationToken) =>
        {
            var period = options.ParseYear(parsed);
            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var figures = await scope.ServiceProvider.GetRequiredService<ScrutinyStatistics>().ForYearAsync(period.Start.Year, cancellationToken);
            var audience = parsed.GetValue(open) ? ReportAudience.Public : ReportAudience.Office;
            var office = scope.ServiceProvider.GetRequiredService<PoliceAndCrimePlan>().Office;
            var file = await CustodyReportApi.RenderAsync(figures, office, audience, parsed.GetValue(options.Format)!, cancellationToken);
            var path = await options.WriteAsync(parsed, file.Content, cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync(
                $"Wrote the scrutiny panels' report for {figures.Label} ({figures.Panels.Count} panels, {figures.Remand.Cases} remand cases, {(audience == ReportAudience.Public ? "public version" : "office version")}) to {path}");
            return CliApp.Ok;
        });
        return scrutiny;
    }
}
