using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Casework.Letters;
using Oversight.Core.Casework.Reviews;
using Oversight.TestCommon;
using static Oversight.Web.Tests.Casework.CaseworkClient;

namespace Oversight.Web.Tests.Casework;

/// The statutory review journey through HTTP, on a clock fixed at Monday 1 February 2027. Every test signs in on
/// that same day, so the shared clock never has to move back.
public abstract class ComplaintReviewTests(ClockHost host)
{
    private static readonly DateOnly Today = new(2027, 2, 1);

    private async Task<HttpClient> OfficerAsync() => await host.SignInOnAsync(await host.CreateUserAsync(Roles.CaseworkOfficer), Today);

    [Fact]
    public async Task Journey_FromApplicationToDecisionLetter_RecordsEveryStepAndWritesTheLetters()
    {
        var officer = await OfficerAsync();

        // Received the day before Christmas Eve: 40 working days skip 25 and 28 December and 1 January.
        var id = await officer.RecordReviewAsync(new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 10), "Jordan Sample");
        var file = await officer.PageAsync($"/casework/reviews/{id}");
        Assert.Equal("In time", file.Text("timeliness"));
        Assert.Equal("Due by 22 February 2027", file.Text("due"));
        Assert.Null(file.QuerySelector("[data-testid=overdue]"));
        Assert.Contains("The Mayor's office", file.Text("review-body"), StringComparison.Ordinal);

        var acknowledgement = await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "Acknowledgement" });
        Assert.Equal(HttpStatusCode.Redirect, acknowledgement.StatusCode);
        var ackLetter = await officer.PageAsync(acknowledgement.Headers.Location!.ToString());
        Assert.Equal("Dear Jordan Sample", ackLetter.Text("letter-salutation"));
        Assert.Contains("by 22 February 2027", ackLetter.Text("letter-body"), StringComparison.Ordinal);

        var tooSoon = await (await officer.PostFormAsync($"/casework/reviews/{id}/decision", Decision("Upheld"))).GetDocumentAsync();
        Assert.Contains("Record that the application is valid before deciding it", tooSoon.ErrorSummary(), StringComparison.Ordinal);

        var assessed = await officer.PostFormAsync($"/casework/reviews/{id}/assessment", ValidAssessment()
            .With(Date("InterestedPersonsNotifiedOn", new DateOnly(2027, 1, 4)))
            .With(Date("InformationRequestedOn", new DateOnly(2027, 1, 4)))
            .With(Date("InformationReceivedOn", new DateOnly(2027, 1, 15))));
        Assert.Equal(HttpStatusCode.Redirect, assessed.StatusCode);

        var decided = await officer.PostFormAsync($"/casework/reviews/{id}/decision", Decision("Upheld"));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var added = await officer.PostFormAsync($"/casework/reviews/{id}/recommendations/new", new Dictionary<string, string>
        {
            ["Kind"] = "Recommendation",
            ["Text"] = "contact the complainant to explain the burglary investigation",
            ["Theme"] = "Communication",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var recommendationId = (await host.QueryAsync(db => db.ReviewRecommendations.Where(r => r.ReviewId == id).Select(r => r.Id))).Single();
        var responded = await officer.PostFormAsync($"/casework/reviews/{id}/recommendations/{recommendationId}/response", new Dictionary<string, string>
        {
            ["Accepted"] = "yes",
            ["ForceAnswer"] = "The officer in the case will call.",
        }.With(Date("RespondedOn", new DateOnly(2027, 1, 29))));
        Assert.Equal(HttpStatusCode.Redirect, responded.StatusCode);

        var decision = await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "Decision" });
        var letterPage = await officer.PageAsync(decision.Headers.Location!.ToString());
        var letter = letterPage.Text("letter-body");
        Assert.Contains("your review is upheld", letter, StringComparison.Ordinal);
        Assert.Contains("The force did not keep the complainant informed.", letter, StringComparison.Ordinal);
        Assert.Contains("contact the complainant to explain the burglary investigation", letter, StringComparison.Ordinal);
        Assert.Contains("judicial review", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("This decision is final", letter, StringComparison.Ordinal);
        Assert.Contains("Test CaseworkOfficer", letterPage.Text("letter-signature"), StringComparison.Ordinal);

        var final = await officer.PageAsync($"/casework/reviews/{id}");
        Assert.Equal("Decided", final.Text("status"));
        Assert.Contains("Accepted, 29 January 2027", final.Text("recommendations"), StringComparison.Ordinal);
        Assert.Equal(2, final.QuerySelectorAll("[data-testid=letters] tbody tr").Length);
        Assert.All(final.QuerySelectorAll("[data-testid=letter-sent]"), c => Assert.Equal("Not sent yet", c.TextContent.Trim()));
        var review = (await host.QueryAsync(db => db.ComplaintReviews.Where(r => r.Id == id))).Single();
        Assert.Equal((ReviewDecision.Upheld, ReviewType.Investigation, new DateOnly(2027, 2, 1)), (review.Decision, review.Type!.Value, review.DecidedOn!.Value));
    }

    [Fact]
    public async Task Get_CaseFile_IsAuditedAsAViewAndNoFreeTextReachesTheTrail()
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 5));

        await officer.PageAsync($"/casework/reviews/{id}");

        var entries = await host.QueryAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString()));
        Assert.Contains(entries, e => e.Action == AuditAction.Viewed && e.EntityType == nameof(ComplaintReview));
        Assert.DoesNotContain(entries, e => e.Changes.Contains("burglary", StringComparison.Ordinal));
        var people = await host.QueryAsync(db => db.AuditEntries.Where(e => e.EntityType == "CasePerson" && e.Changes.Contains("Robin Example")));
        Assert.Empty(people);
    }

    [Theory]
    [InlineData(2027, 1, 2, "In time")] // the day after the outcome: day 1
    [InlineData(2027, 1, 29, "In time")] // day 28
    [InlineData(2027, 1, 30, "Out of time")] // day 29
    public async Task Record_AroundDay28_JudgesTheTimeLimit(int year, int month, int day, string expected)
    {
        var officer = await OfficerAsync();

        var id = await officer.RecordReviewAsync(new DateOnly(year, month, day), new DateOnly(2027, 1, 1));

        var file = await officer.PageAsync($"/casework/reviews/{id}");
        Assert.Equal(expected, file.Text("timeliness"));
        Assert.StartsWith("29 January 2027", file.Text("last-day"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ExtensionWithReason_MakesALateApplicationInTimeButNotWithoutOne()
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 30), new DateOnly(2027, 1, 1));

        var refused = await (await officer.PostFormAsync($"/casework/reviews/{id}/assessment", ValidAssessment().With(Date("ExtendedTo", new DateOnly(2027, 2, 5))))).GetDocumentAsync();
        var outOfTime = await (await officer.PostFormAsync($"/casework/reviews/{id}/decision", Decision("NotUpheld"))).GetDocumentAsync();
        var granted = await officer.PostFormAsync($"/casework/reviews/{id}/assessment", ValidAssessment()
            .With(Date("ExtendedTo", new DateOnly(2027, 2, 5)))
            .With(new() { ["ExtensionReason"] = "The applicant was in hospital." }));

        Assert.Equal("Error: Enter the special circumstances that make an extension just", refused.QuerySelector("#ExtensionReason-error")?.TextContent.Trim());
        Assert.Contains("The application is out of time and no extension has been granted", outOfTime.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal("Late, extension granted", (await officer.PageAsync($"/casework/reviews/{id}")).Text("timeliness"));
    }

    [Theory]
    [InlineData("ExtendedTo.Day", "31", "ExtendedTo", "The date the time limit is extended to must be a real date")]
    [InlineData("ExtendedTo.Year", "27", "ExtendedTo", "Year must include 4 numbers")]
    [InlineData("EligibleComplainant", "maybe", "EligibleComplainant", "Select one of the options shown")]
    [InlineData("Type", "1", "Type", "Select one of the options shown")]
    [InlineData("DaysForwarding", "two", "DaysForwarding", "Enter the days spent forwarding as a whole number, like 3")]
    public async Task Assess_WithAFieldThatDoesNotRead_NamesTheFieldShowsWhatWasTypedAndSavesNothing(string input, string value, string field, string message)
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 10));
        var form = ValidAssessment()
            .With(Date("ExtendedTo", new DateOnly(2027, 2, 28)))
            .With(Date("InformationRequestedOn", new DateOnly(2027, 1, 25)))
            .With(new() { ["ExtendedTo.Month"] = "2", ["ExtensionReason"] = "The applicant was in hospital", [input] = value });

        var response = await officer.PostCraftedFormAsync($"/casework/reviews/{id}/assessment", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.GetDocumentAsync();
        Assert.Equal("Error: " + message, page.QuerySelector($"#{field}-error")?.TextContent.Trim());
        Assert.Contains(message, page.ErrorSummary(), StringComparison.Ordinal);
        if (!input.StartsWith("Type", StringComparison.Ordinal) && input != "EligibleComplainant")
        {
            Assert.Equal(value, page.QuerySelector($"[name='{input}']")?.GetAttribute("value"));
        }

        var review = (await host.QueryAsync(db => db.ComplaintReviews.Where(r => r.Id == id))).Single();
        Assert.Null(review.ExtendedTo);
        Assert.Null(review.InformationRequestedOn);
        Assert.Null(review.EligibleComplainant);
        Assert.Null(review.Type);
    }

    [Fact]
    public async Task Assess_DaysSpentForwarding_StopTheClock()
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 31), new DateOnly(2027, 1, 1));

        await officer.PostFormAsync($"/casework/reviews/{id}/assessment", ValidAssessment().With(new() { ["DaysForwarding"] = "2" }));

        Assert.Equal("In time", (await officer.PageAsync($"/casework/reviews/{id}")).Text("timeliness"));
    }

    [Theory]
    [InlineData("AboutChiefOfficer", "the complaint is about the chief officer")]
    [InlineData("AboutSeniorOfficer", "senior officer")]
    [InlineData("CouldJustifyProceedings", "criminal or disciplinary proceedings")]
    [InlineData("CouldInfringeArticle2Or3", "Article 2 or 3")]
    [InlineData("ReferredToIopc", "referred to the IOPC")]
    public async Task Assess_AnyIopcCriterion_ForwardsToTheIopcAndWritesTheLetterWithTheReason(string criterion, string reason)
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 5));

        var assessed = await officer.PostFormAsync($"/casework/reviews/{id}/assessment", ValidAssessment()
            .With(new() { ["ReviewBodyCriteria"] = criterion })
            .With(Date("ForwardedToIopcOn", new DateOnly(2027, 1, 21)))
            .With(Date("ApplicantNotifiedOfForwardingOn", new DateOnly(2027, 1, 21))));
        var decide = await (await officer.PostFormAsync($"/casework/reviews/{id}/decision", Decision("NotUpheld"))).GetDocumentAsync();
        var written = await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "ForwardedToIopc" });

        Assert.Equal(HttpStatusCode.Redirect, assessed.StatusCode);
        var file = await officer.PageAsync($"/casework/reviews/{id}");
        Assert.Equal("Forwarded to the IOPC", file.Text("status"));
        Assert.Contains(reason, file.Text("review-body"), StringComparison.Ordinal);
        Assert.Contains("the office cannot decide it", decide.ErrorSummary(), StringComparison.Ordinal);
        var letter = (await officer.PageAsync(written.Headers.Location!.ToString())).Text("letter-body");
        Assert.Contains(reason, letter, StringComparison.Ordinal);
        Assert.Contains("21 January 2027", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ForwardingWhenTheOfficeIsTheReviewBody_IsRefused()
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 5));

        var page = await (await officer.PostFormAsync($"/casework/reviews/{id}/assessment", ValidAssessment().With(Date("ForwardedToIopcOn", new DateOnly(2027, 1, 21))))).GetDocumentAsync();

        Assert.Contains("Only forward an application to the IOPC when a criterion makes the IOPC the review body", page.ErrorSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_OverdueOpenReview_IsFlaggedOverdue()
    {
        var officer = await OfficerAsync();

        // 40 working days from Monday 2 November 2026, skipping Christmas Day and the substitute Boxing Day, is 30 December.
        var id = await officer.RecordReviewAsync(new DateOnly(2026, 11, 2), new DateOnly(2026, 10, 20));

        var file = await officer.PageAsync($"/casework/reviews/{id}");
        Assert.Equal("Due by 30 December 2026", file.Text("due"));
        Assert.Equal("Overdue", file.Text("overdue"));
    }

    [Theory]
    [InlineData("ApplicantName", "", "Enter the applicant's name")]
    [InlineData("ForceReference", "", "Enter the force's complaint reference")]
    [InlineData("RepresentativeName", "A Friend", "Enter the date the applicant's written consent for the representative was received")]
    [InlineData("ApplicantEmail", "not-an-email", "Enter an email address in the correct format, like name@example.com")]
    public async Task Record_MissingOrWrongField_ShowsTheErrorAndSavesNothing(string field, string value, string message)
    {
        var officer = await OfficerAsync();
        var fields = new Dictionary<string, string>
        {
            ["Channel"] = "Email",
            ["ApplicantName"] = "Sam Unsaved",
            ["ApplicantEmail"] = "sam@example.test",
            ["ForceReference"] = "CO/9/27",
            ["AppropriateAuthority"] = "West Yorkshire Police",
        }.With(Date("ReceivedOn", Today)).With(Date("OutcomeGivenOn", Today.AddDays(-3))).With(new() { [field] = value });

        var response = await officer.PostFormAsync("/casework/reviews/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditedTemplate_IsUsedForTheNextLetter()
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 5), "Alex Template");

        try
        {
            var saved = await officer.PostFormAsync("/casework/letter-templates/Acknowledgement", new Dictionary<string, string>
            {
                ["Subject"] = "Received: {{reference}}",
                ["Body"] = "Hello {{applicant}}, we have your application of {{received}}.",
            });
            var written = await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "Acknowledgement" });

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var letter = await officer.PageAsync(written.Headers.Location!.ToString());
            Assert.Equal("Hello Alex Template, we have your application of 20 January 2027.", letter.Text("letter-body"));
        }
        finally
        {
            // The template is shared by the other tests on this host.
            var original = DefaultLetters.All[0];
            await officer.PostFormAsync("/casework/letter-templates/Acknowledgement", new Dictionary<string, string> { ["Subject"] = original.Subject, ["Body"] = original.Body });
        }
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.PartnerUser)]
    [InlineData(Roles.GrantsOfficer)]
    [InlineData(Roles.Volunteer)]
    public async Task Get_CaseAsAnotherRole_IsDeniedOnEveryPage(string role)
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 5));
        var written = await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "Acknowledgement" });
        var other = await host.SignInOnAsync(await host.CreateUserAsync(role, role == Roles.PartnerUser ? "leeds-city-council" : "mayors-office"), Today);

        var letterUrl = written.Headers.Location!.ToString();
        foreach (var url in new[] { $"/casework/reviews/{id}", $"/casework/reviews/{id}/assessment", $"/casework/reviews/{id}/decision", letterUrl, letterUrl + "?handler=Pdf", "/casework/reviews" })
        {
            var response = await other.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var marked = await other.PostCraftedFormAsync(letterUrl + "?handler=Sent", new Dictionary<string, string> { ["SentBy"] = "Post" }.With(Date("SentOn", Today)));
        Assert.NotEqual(HttpStatusCode.OK, marked.StatusCode);
        Assert.Null((await host.QueryAsync(db => db.CaseLetters.Where(l => l.ReviewId == id))).Single().SentOn);
    }

    [Fact]
    public async Task Download_Letter_IsAPdfOnTheLetterheadTitledWithItsSubject()
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 5), "Pat Download");
        var written = await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "Acknowledgement" });
        var letterUrl = written.Headers.Location!.ToString();

        var response = await officer.GetAsync(letterUrl + "?handler=Pdf", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var reference = (await host.QueryAsync(db => db.ComplaintReviews.Where(r => r.Id == id).Select(r => r.Reference))).Single();
        Assert.Equal($"Your application for a review: {reference}", (await PdfTools.InfoAsync(pdf))["Title"]);
        var text = await PdfTools.TextAsync(pdf);
        Assert.Contains("Dear Pat Download", text, StringComparison.Ordinal);
        Assert.Contains("1 Example Street Leeds", text, StringComparison.Ordinal);
        Assert.Contains("policingandcrime@westyorks-ca.gov.uk", text, StringComparison.Ordinal);
        Assert.Contains("1 February 2027", text, StringComparison.Ordinal);
        Assert.Contains("Yours sincerely Test CaseworkOfficer Casework officer", text, StringComparison.Ordinal);
        Assert.Contains($"{reference}-acknowledgement-2027-02-01.pdf", response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkAsSent_SavesDateAndChannelWithWhoRecordedIt_ShowsItOnTheCaseAndAuditsIt()
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 5));
        var letterUrl = (await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "Acknowledgement" })).Headers.Location!.ToString();

        var marked = await officer.PostFormAsync(letterUrl + "?handler=Sent", new Dictionary<string, string> { ["SentBy"] = "Email" }.With(Date("SentOn", Today)));

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var letter = (await host.QueryAsync(db => db.CaseLetters.Where(l => l.ReviewId == id))).Single();
        Assert.Equal((Today, LetterChannel.Email, "Test CaseworkOfficer"), (letter.SentOn!.Value, letter.SentBy!.Value, letter.SentRecordedBy));
        var file = await officer.PageAsync($"/casework/reviews/{id}");
        Assert.Equal("Sent by email on 1 February 2027, recorded by Test CaseworkOfficer", file.Text("letter-sent"));
        var audit = await host.QueryAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(CaseLetter) && e.EntityId == letter.Id.ToString() && e.Action == AuditAction.Updated));
        Assert.Contains(audit, e => e.Changes.Contains("SentBy", StringComparison.Ordinal) && e.Changes.Contains("Email", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, e => e.Changes.Contains("Example Street", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("31", "2", "2027", "Post", "SentOn", "must be a real date")]
    [InlineData("2", "2", "2027", "Post", "SentOn", "The date the letter was sent must be today or in the past")]
    [InlineData("31", "1", "2027", "Post", "SentOn", "on or after the date it was written, 1 February 2027")]
    [InlineData("1", "2", "2027", "", "SentBy", "Select how the letter was sent")]
    public async Task MarkAsSent_BadDateOrNoChannel_GivesAFieldErrorAndSavesNothing(string day, string month, string year, string channel, string field, string message)
    {
        var officer = await OfficerAsync();
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 5));
        var letterUrl = (await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "Acknowledgement" })).Headers.Location!.ToString();

        var page = await (await officer.PostFormAsync(letterUrl + "?handler=Sent", new Dictionary<string, string>
        {
            ["SentOn.Day"] = day,
            ["SentOn.Month"] = month,
            ["SentOn.Year"] = year,
            ["SentBy"] = channel,
        })).GetDocumentAsync();

        Assert.Contains(message, page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector($"#{field}-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null((await host.QueryAsync(db => db.CaseLetters.Where(l => l.ReviewId == id))).Single().SentOn);
    }

    [Fact]
    public async Task WriteLetter_OnlyTheLettersTheOutcomeCallsFor_AndNotAcceptedExplainsWhy()
    {
        var officer = await OfficerAsync();
        // Received 21 days after the 28-day window closed.
        var id = await officer.RecordReviewAsync(new DateOnly(2027, 1, 20), new DateOnly(2026, 12, 2));

        var open = await officer.PageAsync($"/casework/reviews/{id}");
        var decision = await (await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "Decision" })).GetDocumentAsync();
        var written = await officer.PostFormAsync($"/casework/reviews/{id}?handler=Letter", new Dictionary<string, string> { ["kind"] = "NotAccepted" });

        Assert.Equal(["write-Acknowledgement", "write-NotAccepted"], open.QuerySelectorAll("[data-testid^=write-]").Select(b => b.GetAttribute("data-testid")!).ToList());
        Assert.Equal("Write the letter saying it cannot be reviewed", open.Text("write-NotAccepted"));
        Assert.Contains("Record the decision before writing the decision letter", decision.ErrorSummary(), StringComparison.Ordinal);
        var letter = (await officer.PageAsync(written.Headers.Location!.ToString())).Text("letter-body");
        Assert.Contains("after the last day to apply, 30 December 2026", letter, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Decision(string decision) => new Dictionary<string, string>
    {
        ["Decision"] = decision,
        ["Rationale"] = "The force did not keep the complainant informed.",
    }.With(Date("DecidedOn", Today));
}

public sealed class ComplaintReviewTestsOnSqlite(SqliteClockHost host) : ComplaintReviewTests(host), IClassFixture<SqliteClockHost>;

public sealed class ComplaintReviewTestsOnPostgres(PostgresClockHost host) : ComplaintReviewTests(host), IClassFixture<PostgresClockHost>;
