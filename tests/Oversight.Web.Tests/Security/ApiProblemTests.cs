using System.Text.Json;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Security;

/// Every error under /api is an RFC 7807 problem, never the HTML error page.
public abstract class ApiProblemTests(HostFixture host)
{
    public static TheoryData<string, string, int> Errors() => new()
    {
        { "(anonymous)", "/api/measures", 401 },
        { Roles.PartnerUser, "/api/measures", 403 },
        { Roles.Analyst, "/api/measures/no-such-measure/observations", 404 },
        { Roles.Analyst, "/api/no-such-endpoint", 404 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Get_Error_AnswersProblemJson(string role, string url, int status)
    {
        var client = role == "(anonymous)" ? host.Factory.CreateBrowserlessClient() : await host.ClientForRoleAsync(role);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }
}

public sealed class ApiProblemTestsOnSqlite(SqliteHost host) : ApiProblemTests(host);

public sealed class ApiProblemTestsOnPostgres(PostgresHost host) : ApiProblemTests(host);
