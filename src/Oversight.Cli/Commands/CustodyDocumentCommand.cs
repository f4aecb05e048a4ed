using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Plan;
using Oversight.Web.Documents;

namespace Oversight.Cli.Commands;

/// What the custody visiting and scrutiny panel report commands share: --year, --format, --output and --public, and
/// writing the office's or the public version of the year's figures.
public static class CustodyDocumentCommand
{
    public static Command Create<TYear>(
        string name,
        string description,
        Func<IServiceProvider, int, CancellationToken, Task<TYear>> figuresFor,
        Func<DocumentRenderer, TYear, string, ReportAudience, string, CancellationToken, Task<ReportDocumentFile>> render,
        Func<TYear, string, string> written)
    {
        var options = new DocumentOptions();
        var open = new Option<bool>("--public") { Description = "Write the public version, with counts under 5 withheld" };
        var command = options.Command(name, description, open);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var period = options.ParseYear(parsed);
            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var figures = await figuresFor(scope.ServiceProvider, period.Start.Year, cancellationToken);
            var audience = parsed.GetValue(open) ? ReportAudience.Public : ReportAudience.Office;
            var office = scope.ServiceProvider.GetRequiredService<PoliceAndCrimePlan>().Office;
            var file = await render(scope.ServiceProvider.GetRequiredService<DocumentRenderer>(), figures, office, audience, parsed.GetValue(options.Format)!, cancellationToken);
            var path = await options.WriteAsync(parsed, file.Content, cancellationToken);
            var version = audience == ReportAudience.Public ? "public version" : "office version";
            await parsed.InvocationConfiguration.Output.WriteLineAsync($"Wrote {written(figures, version)} to {path}");
            return CliApp.Ok;
        });
        return command;
    }
}
