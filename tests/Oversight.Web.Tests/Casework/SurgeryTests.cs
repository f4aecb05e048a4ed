using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Casework;
using Oversight.TestCommon;
using static Oversight.Web.Tests.Casework.CaseworkClient;

namespace Oversight.Web.Tests.Casework;

public abstract class SurgeryTests(HostFixture host)
{
    [Fact]
    public async Task Surgery_BookedByThePublic_GetsNotesAndAFollowUpEnquiry()
    {
        var officer = await host.ClientForRoleAsync(Roles.CaseworkOfficer);
        var place = $"Dewsbury Town Hall {Guid.NewGuid():N}";
        var created = await officer.PostFormAsync("/casework/surgeries", new Dictionary<string, string>
        {
            ["StartsAt"] = "10:00",
            ["Place"] = place,
            ["Slots"] = "2",
        }.With(Date("On", new DateOnly(2030, 6, 3))));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var surgeryUrl = created.Headers.Location!.ToString();
        var surgeryId = surgeryUrl.Split('/')[^1];
        var member = host.Factory.CreateBrowserlessClient();

        var booked = await (await member.PostFormAsync("/surgeries", new Dictionary<string, string>
        {
            ["SurgeryId"] = surgeryId,
            ["Name"] = "Quinn Visitor",
            ["Email"] = "quinn@example.test",
            ["Topic"] = "Speeding outside the school",
        })).GetDocumentAsync();

        Assert.Equal("3 June 2030 at 10:00", booked.Text("booked"));
        Assert.DoesNotContain("Quinn Visitor", booked.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var page = await officer.PageAsync(surgeryUrl);
        var booking = page.QuerySelector("[data-testid=booking]")!;
        Assert.Contains("Quinn Visitor", booking.TextContent, StringComparison.Ordinal);
        var bookingId = booking.QuerySelector("input[name=bookingId]")!.GetAttribute("value")!;

        var notes = await officer.PostFormAsync(surgeryUrl + "?handler=Notes", new Dictionary<string, string> { ["bookingId"] = bookingId, ["notes"] = "Wants a speed check." });
        var followUp = await officer.PostFormAsync(surgeryUrl + "?handler=FollowUp", new Dictionary<string, string>
        {
            ["bookingId"] = bookingId,
            ["category"] = "Traffic and roads",
            ["action"] = "Ask the district commander about speed checks outside the school.",
        });

        Assert.Equal(HttpStatusCode.Redirect, notes.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, followUp.StatusCode);
        var enquiryId = Guid.Parse(followUp.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var enquiry = (await host.QueryAsync(db => db.Enquiries.Where(e => e.Id == enquiryId))).Single();
        Assert.Equal((ContactChannel.InPerson, Guid.Parse(bookingId, System.Globalization.CultureInfo.InvariantCulture)), (enquiry.Channel, enquiry.SurgeryBookingId!.Value));
        Assert.Contains("Wants a speed check.", (await officer.PageAsync(surgeryUrl)).Text("booking"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Surgery_Full_RefusesAnotherBooking()
    {
        var officer = await host.ClientForRoleAsync(Roles.CaseworkOfficer);
        var created = await officer.PostFormAsync("/casework/surgeries", new Dictionary<string, string>
        {
            ["StartsAt"] = "14:00",
            ["Place"] = "Microsoft Teams",
            ["Online"] = "true",
            ["Slots"] = "1",
        }.With(Date("On", new DateOnly(2030, 7, 1))));
        var url = created.Headers.Location!.ToString();
        var book = new Dictionary<string, string> { ["Name"] = "First Person", ["Email"] = "first@example.test", ["Phone"] = "", ["Topic"] = "" };

        var first = await officer.PostFormAsync(url + "?handler=Book", book);
        var second = await (await officer.PostFormAsync(url + "?handler=Book", book)).GetDocumentAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("This surgery is fully booked", second.ErrorSummary(), StringComparison.Ordinal);
    }
}

public sealed class SurgeryTestsOnSqlite(SqliteHost host) : SurgeryTests(host);

public sealed class SurgeryTestsOnPostgres(PostgresHost host) : SurgeryTests(host);
