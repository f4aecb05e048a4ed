using Oversight.Core.Casework.Enquiries;

namespace Oversight.Web.Pages.Casework.Enquiries;

public static class EnquiryText
{
    public static readonly IReadOnlyList<(EnquiryQueue Queue, string Slug, string Title)> Queues =
    [
        (EnquiryQueue.Mine, "mine", "Mine"),
        (EnquiryQueue.Unassigned, "unassigned", "Unassigned"),
        (EnquiryQueue.DueSoon, "due-soon", "Due soon"),
        (EnquiryQueue.Overdue, "overdue", "Overdue"),
        (EnquiryQueue.All, "all", "All open"),
    ];

    public static string Status(EnquiryStatus status) => status switch
    {
        EnquiryStatus.New => "New",
        EnquiryStatus.InProgress => "In progress",
        EnquiryStatus.AwaitingForce => "Waiting for the force",
        _ => "Closed",
    };

    public static string Entry(EntryKind kind) => kind switch
    {
        EntryKind.Received => "Received",
        EntryKind.Sent => "Sent",
        _ => "Note",
    };
}
