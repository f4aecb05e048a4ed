namespace Oversight.Core.Casework;

/// How a member of the public reached the office.
public enum ContactChannel
{
    Email,
    Phone,
    Letter,
    WebForm,
    InPerson,
}

public static class ContactChannels
{
    public static string Label(ContactChannel channel) => channel switch
    {
        ContactChannel.Email => "Email",
        ContactChannel.Phone => "Phone",
        ContactChannel.Letter => "Letter",
        ContactChannel.WebForm => "Web form",
        _ => "In person",
    };
}
