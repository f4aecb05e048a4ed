using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Casework;

/// Subject access through the web, and what the app writes to its logs while handling personal data.
public abstract class PersonalDataTests(HostFixture host)
{
    [Fact]
    public async Task SubjectAccess_Export_DownloadsAZipOfTheirRecords()
    {
        var officer = await host.ClientForRoleAsync(Roles.CaseworkOfficer);
        var email = $"sar-{Guid.NewGuid():N}@example.test";
        await host.Factory.CreateBrowserlessClient().PostFormAsync("/contact", new Dictionary<string, string>
        {
            ["Name"] = "Sasha Access",
            ["Email"] = email,
            ["Category"] = "Domestic abuse",
            ["Message"] = "Please tell me what you hold.",
        });

        var found = await (await officer.PostFormAsync("/casework/subject-access?handler=Find", new Dictionary<string, string> { ["Email"] = email })).GetDocumentAsync();
        var export = await officer.PostFormAsync(found, "/casework/subject-access", "/casework/subject-access?handler=Export", new Dictionary<string, string> { ["Email"] = email });

        Assert.Equal("1 enquiries, 0 complaint reviews, 0 ASB case review appeals and 0 surgery bookings.", found.Text("held"));
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await export.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var json = await new StreamReader(await zip.GetEntry("data.json")!.OpenAsync(TestContext.Current.CancellationToken)).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Please tell me what you hold.", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.PartnerUser)]
    [InlineData(Roles.Volunteer)]
    [InlineData(Roles.PanelMember)]
    public async Task SubjectAccess_ExportAsAnotherRole_IsDenied(string role)
    {
        var other = await host.ClientForRoleAsync(role);

        var response = await other.PostAsync("/casework/subject-access?handler=Export", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.test" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_WhileCaseworkIsRecordedAndRead_HoldNoFreeTextOrContactDetails()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = host.Factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var member = factory.CreateClient(new() { AllowAutoRedirect = false });
        var secret = $"Secret-{Guid.NewGuid():N}";
        var email = $"{secret}@example.test";

        await member.PostFormAsync("/contact", new Dictionary<string, string>
        {
            ["Name"] = secret + " Name",
            ["Email"] = email,
            ["Category"] = "Other",
            ["Message"] = secret + " happened on my street.",
        });
        var officer = factory.CreateClient(new() { AllowAutoRedirect = false });
        var email2 = await host.CreateUserAsync(Roles.CaseworkOfficer);
        await officer.SignInAsync(email2, HostFixture.Password);
        await officer.PostFormAsync("/casework/subject-access?handler=Find", new Dictionary<string, string> { ["Email"] = email });

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + exception);
        }
    }
}

public sealed class PersonalDataTestsOnSqlite(SqliteHost host) : PersonalDataTests(host);

public sealed class PersonalDataTestsOnPostgres(PostgresHost host) : PersonalDataTests(host);
