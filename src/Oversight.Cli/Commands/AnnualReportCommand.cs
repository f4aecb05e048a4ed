using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Reporting.Annual;
using Oversight.Web.Documents;
using Oversight.Web.Reporting.Documents;

namespace Oversight.Cli.Commands;

/// `oversight report annual --year 2024-25 --format pdf --output PATH`: writes the year's annual report from the
/// latest version (published or still a draft), every figure computed from the records.
public static class AnnualReportCommand
{
    public static Command Create()
    {
        var options = new DocumentOptions();
        var annual = options.Command("annual", "Write the annual report as HTML or PDF");
        annual.SetAction(async (parsed, cancellationToken) =>
        {
            var period = options.ParseYear(parsed);
            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var document = await scope.ServiceProvider.GetRequiredService<AnnualReportDocument>().LatestAsync(period.Text, cancellationToken)
                ?? throw new CliException($"There is no annual report for {period.Text}");
            var file = await AnnualReportFile.RenderAsync(scope.ServiceProvider.GetRequiredService<DocumentRenderer>(), document, parsed.GetValue(options.Format)!, cancellationToken);
            var path = await options.WriteAsync(parsed, file.Content, cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync($"Wrote {document.Cover.Title}, version {document.Cover.Version} ({document.Cover.StatusText}), to {path}");
            return CliApp.Ok;
        });
        return annual;
    }
}
