using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Funding;

/// A database of its own holding the funding demo, loaded once by whichever test asks first.
internal static class DemoHost
{
    private static readonly SemaphoreSlim Loading = new(1, 1);

    public static async Task<AsyncServiceScope> LoadedAsync(HostFixture host)
    {
        await Loading.WaitAsync();
        try
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            await DemoFunding.LoadAsync(scope.ServiceProvider.GetRequiredService<OversightDbContext>(), TimeProvider.System, CancellationToken.None);
        }
        finally
        {
            Loading.Release();
        }

        return host.Factory.Services.CreateAsyncScope();
    }
}
