using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core;
using Oversight.Core.Audit;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Data;

namespace Oversight.Cli.Tests.Casework;

public abstract class CaseworkCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CliRun cli = new() { Provider = provider };

    public ValueTask InitializeAsync() => cli.InitializeAsync();

    public ValueTask DisposeAsync() => cli.DisposeAsync();

    [Fact]
    public async Task Retention_WithAnEnquiryClosedYearsAgo_AnonymisesItAndSaysSo()
    {
        await cli.RunAsync("db", "migrate");
        await using (var services = Services())
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            db.Enquiries.Add(new Enquiry
            {
                Reference = "ENQ-2019-000001",
                ReceivedOn = new DateOnly(2019, 5, 1),
                Channel = ContactChannel.Phone,
                Person = new CasePerson { Name = "Long Gone" },
                Category = "Other",
                Summary = "Old news",
                DueOn = new DateOnly(2019, 5, 15),
                Status = EnquiryStatus.Closed,
                ClosedOn = new DateOnly(2019, 5, 10),
                ClosureReason = "Answered",
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var first = await cli.RunAsync("casework", "retention");
        var second = await cli.RunAsync("casework", "retention");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("Anonymised 1 enquiries, 0 complaint reviews, 0 ASB appeals and 0 surgery bookings.", first.Output.Trim());
        Assert.Equal("Anonymised 0 enquiries, 0 complaint reviews, 0 ASB appeals and 0 surgery bookings.", second.Output.Trim());
        await using var check = Services();
        await using var read = check.CreateAsyncScope();
        var person = await read.ServiceProvider.GetRequiredService<OversightDbContext>().CasePeople.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("(removed)", person.Name);
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("test"));
        services.AddOversightCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Oversight"] = cli.ConnectionString,
        }).Build());
        return services.BuildServiceProvider();
    }
}

public sealed class CaseworkCommandTestsOnSqlite() : CaseworkCommandTests(DatabaseProvider.Sqlite);

public sealed class CaseworkCommandTestsOnPostgres() : CaseworkCommandTests(DatabaseProvider.Postgres);
