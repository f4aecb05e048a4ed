using System.Globalization;
using System.Net;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Accountability;

/// Creates meetings and actions through the pages, as office staff would.
public static class MeetingClient
{
    public static async Task<Guid> AddMeetingAsync(this HttpClient client, string typeId, string title, DateOnly date)
    {
        var response = await client.PostFormAsync("/accountability/meetings/new", new Dictionary<string, string>
        {
            ["TypeId"] = typeId,
            ["Title"] = title,
            ["Theme"] = "",
            ["Date.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
            ["Date.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
            ["Date.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
            ["Attendees"] = "Deputy Mayor for Policing and Crime\nChief Constable",
            ["RecordingUrl"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    public static Task<HttpResponseMessage> AddActionAsync(this HttpClient client, Guid meetingId, string description, DateOnly due) =>
        client.PostFormAsync($"/accountability/meetings/{meetingId}?handler=action", new Dictionary<string, string>
        {
            ["Description"] = description,
            ["OwnerOrganisationId"] = "west-yorkshire-police",
            ["OwnerPerson"] = "Assistant Chief Constable Robin Example",
            ["Due.Day"] = due.Day.ToString(CultureInfo.InvariantCulture),
            ["Due.Month"] = due.Month.ToString(CultureInfo.InvariantCulture),
            ["Due.Year"] = due.Year.ToString(CultureInfo.InvariantCulture),
            ["PriorityId"] = "keeping-people-safe",
            ["MeasureId"] = "homicide",
        });

    public static Task<HttpResponseMessage> UpdateActionAsync(this HttpClient client, Guid actionId, string text, string status, string evidence = "") =>
        client.PostFormAsync($"/accountability/actions/{actionId}", new Dictionary<string, string>
        {
            ["Text"] = text,
            ["Status"] = status,
            ["EvidenceText"] = evidence,
            ["EvidenceUrl"] = "",
        });
}
