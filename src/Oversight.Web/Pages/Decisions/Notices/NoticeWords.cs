using Oversight.Core.Decisions;

namespace Oversight.Web.Pages.Decisions.Notices;

public static class NoticeWords
{
    public static string Status(NoticeStatus status) => status switch
    {
        NoticeStatus.Draft => "Draft",
        NoticeStatus.SignedOff => "Signed, not yet published",
        NoticeStatus.Published => "Published",
        _ => "Withdrawn",
    };
}
