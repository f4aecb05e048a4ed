using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applicants;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Grants;
using Oversight.Core.Funding.Rounds;
using Oversight.Domain;
using Oversight.Domain.Funding;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// What the funding tests set up directly and read back from the database.
internal static partial class FundingSteps
{
    // Counts down from high numbers, as rounds set up through the pages take the highest number plus one.
    private static int nextNumber = Random.Shared.Next(1_000_000, 2_000_000);

    public static async Task<FundingRound> CreateOpenRoundAsync(this HostFixture host)
    {
        var today = DateOnly.FromDateTime(DateTime.SpecifyKind(TimeProvider.System.GetUtcNow().UtcDateTime, DateTimeKind.Utc));
        var number = Interlocked.Decrement(ref nextNumber);
        var round = new FundingRound
        {
            Number = number,
            Name = $"Round {number}",
            FinancialYear = FinancialYear.Of(today),
            Pot = 100_000m,
            Opens = today.AddDays(-10),
            Closes = today.AddDays(10),
            EligibleTypes = [.. new[] { OrganisationType.Voluntary, OrganisationType.Community, OrganisationType.Faith, OrganisationType.SocialEnterprise, OrganisationType.Statutory }.Select(t => t.ToString())],
            Strands =
            [
                new() { Order = 0, Code = "standard", Name = "standard grant", Ceiling = 20_000m },
                new() { Order = 1, Code = "collaborative", Name = "collaborative grant", Ceiling = 80_000m, Collaborative = true },
                new() { Order = 2, Code = "clear-hold-build", Name = "Clear, Hold, Build grant", Ceiling = 20_000m, RestrictedAreas = ["Bradford BD3", "Kirklees Ashbrow", "Leeds Harehills", "Calderdale Park Ward"] },
            ],
            Options =
            [
                new() { Kind = RoundOptionKind.Priority, Order = 0, Code = "keeping-people-safe", Name = "Keeping People Safe" },
                new() { Kind = RoundOptionKind.Theme, Order = 0, Code = "men-and-boys", Name = "Men and Boys" },
            ],
            Criteria =
            [
                new() { Order = 0, Code = "need", Name = "Evidence of need", Weight = 30, MaxScore = 5 },
                new() { Order = 1, Code = "delivery", Name = "Delivery plan", Weight = 50, MaxScore = 5 },
                new() { Order = 2, Code = "value", Name = "Value for money", Weight = 20, MaxScore = 5 },
            ],
        };
        await host.WithDbAsync(async db =>
        {
            db.FundingRounds.Add(round);
            await db.SaveChangesAsync();
        });
        return round;
    }

    /// An awarded, accepted grant on an approved bid in a new round, with its payments and monitoring returns as given.
    public static async Task<Guid> CreateGrantAsync(this HostFixture host, decimal amount, List<PaymentTranche> tranches, List<MonitoringReturn> returns)
    {
        var round = await host.CreateOpenRoundAsync();
        var grant = new Grant { Amount = amount, AwardLetter = "Letter", Agreement = "Agreement", AcceptedAt = DateTimeOffset.UnixEpoch, AcceptedBy = "Chair", Tranches = tranches, Returns = returns };
        await host.WithDbAsync(async db =>
        {
            var organisation = new ApplicantOrganisation { Name = "Elland Boxing Club", District = "Calderdale", OrgId = "GB-TEST-2", Type = OrganisationType.Community };
            var application = new FundingApplication
            {
                RoundId = round.Id,
                ApplicantOrganisationId = organisation.Id,
                Reference = $"T-{Guid.NewGuid():N}"[..12],
                Status = ApplicationStatus.Approved,
                StrandCode = "standard",
                ProjectTitle = "Boxing after school",
                Amount = amount,
                AwardedAmount = amount,
            };
            grant.ApplicationId = application.Id;
            db.AddRange(organisation, application, grant);
            await db.SaveChangesAsync();
        });
        return grant.Id;
    }

    public static async Task WithDbAsync(this HostFixture host, Func<OversightDbContext, Task> action)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<OversightDbContext>());
    }

    public static async Task<T> FromDbAsync<T>(this HostFixture host, Func<OversightDbContext, Task<T>> query)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OversightDbContext>());
    }

    public static Task<string> UserIdAsync(this HostFixture host, string email) =>
        host.FromDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// The confirmation link's token, read from the e-mail outbox.
    public static async Task<string> TokenSentToAsync(this HostFixture host, string email)
    {
        var body = await host.FromDbAsync(db => db.OutboxEmails.Where(e => e.To == email).Select(e => e.Body).SingleAsync());
        return Token().Match(body).Groups[1].Value;
    }

    public static Guid IdFrom(Uri? location) => Guid.Parse(location!.ToString().Split('/')[^1]);

    /// Posts a form with one file as a browser would, with the antiforgery token taken from the page.
    public static async Task<HttpResponseMessage> PostMultipartFormAsync(this HttpClient client, string url, (string Key, string Value) field, string fileName, byte[] content)
    {
        var page = await (await client.GetAsync(url)).GetDocumentAsync();
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(field.Value), field.Key },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        return await client.PostAsync(url, form);
    }

    /// Posts to a page that shows no form (a refusal, a withdrawn application), with the antiforgery token taken
    /// from another page of the same person.
    public static async Task<HttpResponseMessage> PostWithTokenFromAsync(this HttpClient client, string formUrl, string url, Dictionary<string, string> fields)
    {
        var form = await (await client.GetAsync(formUrl)).GetDocumentAsync();
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(url, content);
    }

    [GeneratedRegex("token=([0-9a-f]+)")]
    private static partial Regex Token();
}
