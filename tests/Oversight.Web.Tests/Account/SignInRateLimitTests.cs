using System.Net;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Account;

public class SignInRateLimitTests
{
    [Fact]
    public async Task Post_MoreAttemptsThanTheLimit_Answers429()
    {
        // Arrange: a host of its own, with a limit of three attempts a minute.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new OversightFactory(database, new Dictionary<string, string?> { ["Security:SignInAttemptsPerMinute"] = "3" });
        await factory.MigrateAsync();
        var client = factory.CreateBrowserlessClient();

        // Act
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SignInAsync("nobody@example.test", "wrong-password-123")).StatusCode);
        }

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
