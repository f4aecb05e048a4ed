using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Demo;

namespace Oversight.TestCommon;

/// The web app on a real, migrated database of the given provider; optionally on a clock the test controls.
public sealed class OversightFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    public TestDatabase Database => database;

    /// The request header the test host reads as the client's address (the test server has no connection).
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private static int lastAddress;

    /// A client of its own address, as each person on their own machine: per-address limits of one test
    /// never reach another. Give an address to make several clients come from one place.
    public HttpClient CreateBrowserlessClient(IPAddress? address = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var next = Interlocked.Increment(ref lastAddress);
        address ??= new IPAddress([10, (byte)(next >> 16), (byte)(next >> 8), (byte)next]);
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address.ToString());
        return client;
    }

    public async Task MigrateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // N.B. UseSetting, not ConfigureAppConfiguration: the latter runs after Program has read its settings.
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Oversight", database.ConnectionString);
        builder.UseSetting("Security:SignInAttemptsPerMinute", "100000");
        // As the demo does, so tests sign administrators in with a password; the two-factor tests turn it on.
        builder.UseSetting("Security:RequireTwoFactorForAdministrators", "false");
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(Path.GetTempPath(), "oversight-test-keys"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
            services.AddDemo();
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
    }
}

/// Gives each request the client address its test client names, before anything (rate limits, sign-in
/// throttling) reads it.
internal sealed class ClientAddressFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[OversightFactory.ClientAddressHeader], out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
