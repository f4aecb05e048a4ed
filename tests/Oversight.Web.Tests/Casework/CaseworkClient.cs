using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Casework;

public static class CaseworkClient
{
    public static Dictionary<string, string> Date(string field, DateOnly? day) => day is { } d
        ? new()
        {
            [field + ".Day"] = d.Day.ToString(CultureInfo.InvariantCulture),
            [field + ".Month"] = d.Month.ToString(CultureInfo.InvariantCulture),
            [field + ".Year"] = d.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new() { [field + ".Day"] = "", [field + ".Month"] = "", [field + ".Year"] = "" };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, Dictionary<string, string> more)
    {
        foreach (var (key, value) in more)
        {
            fields[key] = value;
        }

        return fields;
    }

    /// Records an application from a letter and returns the review's id.
    public static async Task<Guid> RecordReviewAsync(this HttpClient client, DateOnly received, DateOnly outcomeGiven, string applicant = "Robin Example")
    {
        var fields = new Dictionary<string, string>
        {
            ["Channel"] = "Letter",
            ["ApplicantName"] = applicant,
            ["ApplicantEmail"] = "robin@example.test",
            ["ApplicantAddress"] = "1 Example Street, Leeds",
            ["ForceReference"] = "CO/1234/26",
            ["AppropriateAuthority"] = "West Yorkshire Police",
            ["ComplaintSummary"] = "Officers did not return my calls about a burglary.",
        }
            .With(Date("ReceivedOn", received))
            .With(Date("OutcomeGivenOn", outcomeGiven))
            .With(Date("ComplaintMadeOn", outcomeGiven.AddDays(-60)));
        var response = await client.PostFormAsync("/casework/reviews/new", fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Recording a review answered {(int)response.StatusCode}: {(await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent}");
        }

        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// The assessment of a valid investigation review the office decides, with any fields changed.
    public static Dictionary<string, string> ValidAssessment() => new Dictionary<string, string>
    {
        ["DaysForwarding"] = "0",
        ["ExtensionReason"] = "",
        ["RecordedUnderSchedule3"] = "yes",
        ["EligibleComplainant"] = "yes",
        ["NotDirectedOrIndependent"] = "yes",
        ["Type"] = "Investigation",
    }
        .With(Date("ExtendedTo", null))
        .With(Date("ForwardedToIopcOn", null))
        .With(Date("ApplicantNotifiedOfForwardingOn", null))
        .With(Date("InterestedPersonsNotifiedOn", null))
        .With(Date("InformationRequestedOn", null))
        .With(Date("InformationReceivedOn", null));

    public static async Task<IHtmlDocument> PageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.GetDocumentAsync();
    }
}
