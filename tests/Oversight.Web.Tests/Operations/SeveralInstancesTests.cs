using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.TestCommon;
using Oversight.Web.Casework;

namespace Oversight.Web.Tests.Operations;

/// Two app hosts on one PostgreSQL database, each with a key folder of its own (so only the database can carry
/// keys between them) and both with the same key-encryption certificate, as two servers behind a balancer.
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"oversight-instances-{Guid.NewGuid():N}");
    private TestDatabase database = null!;
    private OversightFactory first = null!;
    private OversightFactory second = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var certificate = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Oversight data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, made.Export(X509ContentType.Pkcs12, "test-password"));
        }

        database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        first = new OversightFactory(database, Settings("first", certificate));
        second = new OversightFactory(database, Settings("second", certificate));
        await first.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task SignInOnOne_PostAFormOnTheOther_IsAccepted()
    {
        var email = await CreateAdministratorAsync();
        var cookies = new CookieContainer();
        using var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));
        var title = $"Across instances {Guid.NewGuid():N}";

        var signIn = await onFirst.SignInAsync(email, HostFixture.Password);
        // The form and its antiforgery token come from the first instance; the second must accept both.
        var page = await (await onFirst.GetAsync("/admin/agreements/new", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await onSecond.PostAsync("/admin/agreements/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Title"] = title,
            ["Purpose"] = "Testing",
            ["Starts.Day"] = "1",
            ["Starts.Month"] = "1",
            ["Starts.Year"] = "2001",
            ["Ends.Day"] = "31",
            ["Ends.Month"] = "12",
            ["Ends.Year"] = "2001",
            ["Datasets"] = "nhs-violence",
            ["Partners"] = "wakefield-council",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(1, await WithDbAsync(db => db.DataSharingAgreements.CountAsync(a => a.Title == title)));
        // One key ring, in the database, encrypted with the certificate; neither key folder was used.
        var keys = await WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.Single(keys);
        Assert.Contains("EncryptedData", keys[0], StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", keys[0], StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "first")) && Directory.EnumerateFiles(Path.Combine(folder, "first")).Any());
        Assert.False(Directory.Exists(Path.Combine(folder, "second")) && Directory.EnumerateFiles(Path.Combine(folder, "second")).Any());
    }

    [Fact]
    public async Task DailyJob_OnBothAtOnce_RunsOnce()
    {
        var jobs = new[] { first, second }.Select(host => host.Services.GetServices<IHostedService>().OfType<CaseworkRetentionJob>().Single()).ToList();

        var ran = await Task.WhenAll(jobs.Select(job => Task.Run(() => job.RunDueAsync(CancellationToken.None))));
        var again = await Task.WhenAll(jobs.Select(job => job.RunDueAsync(CancellationToken.None)));

        Assert.Single(ran, r => r);
        Assert.All(again, Assert.False);
        var run = Assert.Single(await WithDbAsync(db => db.ScheduledRuns.ToListAsync()));
        Assert.Equal("casework-retention", run.Job);
    }

    private Dictionary<string, string?> Settings(string name, string certificate) => new()
    {
        ["DataProtection:KeysPath"] = Path.Combine(folder, name),
        ["DataProtection:CertificatePath"] = certificate,
        ["DataProtection:CertificatePassword"] = "test-password",
    };

    private async Task<string> CreateAdministratorAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@test.oversight.test";
        await using var scope = first.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(new NewUser(email, "Test Administrator", HostFixture.Password, Roles.Administrator, "mayors-office"), CancellationToken.None);
        Assert.Empty(errors);
        return email;
    }

    private async Task<T> WithDbAsync<T>(Func<OversightDbContext, Task<T>> query)
    {
        await using var scope = first.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OversightDbContext>());
    }
}
