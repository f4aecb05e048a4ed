using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Email;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Audit;

public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly CoreHost host = new(DatabaseProvider.Sqlite);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Changes_ShowEnumsByName()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var email = new OutboxEmail { To = "someone@test.oversight.test", Subject = "Hello", Body = "Hello", Status = OutboxStatus.Failed };
            db.Add(email);
            await db.SaveChangesAsync(ct);
            return email.Id.ToString();
        });

        var changes = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().AuditEntries
            .Where(a => a.EntityType == nameof(OutboxEmail) && a.EntityId == id).Select(a => a.Changes).SingleAsync(ct));

        var status = JsonDocument.Parse(changes).RootElement.GetProperty("Status").GetProperty("after");
        Assert.Equal(JsonValueKind.String, status.ValueKind);
        Assert.Equal("Failed", status.GetString());
    }
}
