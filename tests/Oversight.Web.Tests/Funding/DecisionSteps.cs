using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Assessment;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// The evidence a funding decision needs, set up directly so tests about what follows a decision can reach it.
internal static class DecisionSteps
{
    /// Closes the application's round and gives every eligible bid in it two independent scores, moderation and the
    /// panel's recommendation, as the scheme of delegation asks before a decision.
    public static async Task ReadyToDecideAsync(this HostFixture host, Guid applicationId, bool moderate = true, bool recommend = true, bool score = true)
    {
        var assessors = new List<(string Id, string Name)>();
        for (var i = 0; i < 2; i++)
        {
            var email = await host.CreateUserAsync(Roles.GrantsOfficer);
            assessors.Add((await host.UserIdAsync(email), "Test assessor " + i));
        }

        await host.WithDbAsync(async db =>
        {
            var application = await db.FundingApplications.Include(a => a.Round).SingleAsync(a => a.Id == applicationId);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            application.Round!.Opens = application.Round.Opens < today.AddDays(-2) ? application.Round.Opens : today.AddDays(-2);
            application.Round.Closes = today.AddDays(-1);
            var bids = await db.FundingApplications.Where(a => a.RoundId == application.RoundId && a.Status == ApplicationStatus.Submitted).ToListAsync();
            foreach (var bid in bids)
            {
                var have = await db.AssessorAssignments.CountAsync(s => s.ApplicationId == bid.Id && s.Score != null && s.HasConflict == false);
                foreach (var (id, name) in score ? assessors.Take(Math.Max(0, 2 - have)) : [])
                {
                    db.AssessorAssignments.Add(new AssessorAssignment { ApplicationId = bid.Id, AssessorUserId = id, AssessorName = name, HasConflict = false, Score = 70m, DeclaredAt = DateTimeOffset.UtcNow, ScoredAt = DateTimeOffset.UtcNow });
                }

                if (moderate)
                {
                    (bid.ModeratedScore, bid.ModerationNote) = (70m, "Scores agreed within five points; no change");
                }

                if (recommend)
                {
                    bid.PanelRecommendation = "Fund in full: strong need and a credible plan";
                }
            }

            await db.SaveChangesAsync();
        });
    }

    /// A client signed in as a new Leadership user holding the posts (by default the Mayor, who may decide any amount).
    public static Task<(HttpClient Client, string Id)> DeciderAsync(this HostFixture host, params string[] posts) =>
        host.PostHolderAsync(Roles.Leadership, posts.Length == 0 ? ["mayor"] : posts);

    /// A client signed in as a new user with the role, holding the posts.
    public static async Task<(HttpClient Client, string Id)> PostHolderAsync(this HostFixture host, string role, params string[] posts)
    {
        var email = await host.CreateUserAsync(role);
        var id = await host.UserIdAsync(email);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetPostsAsync(id, posts, CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        return (await host.SignInAsync(email), id);
    }

    public static Dictionary<string, string> Decide(string decision, string reasons, params (string Key, string Value)[] more) =>
        ApplicantSteps.Form([("Action", "decide"), ("Decision", decision), ("Reasons", reasons), ("Confirm", "true"), .. more]);
}
