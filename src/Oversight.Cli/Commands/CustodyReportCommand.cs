using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Reporting;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;
using Oversight.Web.Api;

namespace Oversight.Cli.Commands;

/// `oversight report custody --year 2024-25 --format pdf --output PATH [--public]`: writes the Independent Custody
/// Visiting scheme's annual report, every figure computed from the submitted visit reports.
public static class CustodyReportCommand
{
    public static Command Create()
    {
        var year = new Option<string>("--year") { Description = "UK financial year, such as 2024-25", Required = true };
        var format = new Option<string>("--format") { Description = "html or pdf", Required = true };
        format.CompletionSources.Add("html", "pdf");
        format.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not ("html" or "pdf"))
            {
                result.AddError($"--format must be html or pdf, not '{result.GetValueOrDefault<string>()}'");
            }
        });
        var output = new Option<string>("--output") { Description = "The file to write", Required = true };
        var open = new Option<bool>("--public") { Description = "Write the public version, with counts under 5 withheld" };
        var custody = new Command("custody", "Write the custody visiting scheme's annual report as HTML or PDF") { year, format, output, open };
        custody.SetAction(async (parsed, cancellationToken) =>
        {
            if (!ReportingPeriodParser.TryParse(parsed.GetValue(year), MeasureFrequency.Annual, out var period, out var error))
            {
                throw new CliException($"--year: {error}", CliApp.Usage);
            }

            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var firstYear = period.Start.Year;
            var figures = await scope.ServiceProvider.GetRequiredService<VisitingStatistics>().ForYearAsync(firstYear, cancellationToken);
            var audience = parsed.GetValue(open) ? ReportAudience.Public : ReportAudience.Office;
            var office = scope.ServiceProvider.GetRequiredService<PoliceAndCrimePlan>().Office;
            var file = await CustodyReportApi.RenderAsync(figures, office, audience, parsed.GetValue(format)!, cancellationToken);
            var path = parsed.GetValue(output)!;
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync(
                $"Wrote the custody visiting report for {figures.Label} ({figures.Visits:N0} visits, {(audience == ReportAudience.Public ? "public version" : "office version")}) to {path}");
            return CliApp.Ok;
        });
        return custody;
    }
}
