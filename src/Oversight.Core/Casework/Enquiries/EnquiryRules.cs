using Oversight.Domain;
namespace Oversight.Core.Casework.Enquiries;

public static class EnquiryRules
{
    public static IReadOnlyList<FieldError> Check(NewEnquiry e, CaseworkOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(e.Name))
        {
            errors.Add(new("Name", "Enter your name"));
        }
        else if (e.Name.Length > CasePerson.NameLength)
        {
            errors.Add(new("Name", $"Name must be {CasePerson.NameLength} characters or fewer"));
        }

        if (string.IsNullOrWhiteSpace(e.Email) && string.IsNullOrWhiteSpace(e.Phone))
        {
            errors.Add(new("Email", "Enter an email address or a phone number so we can reply"));
        }
        else if (!string.IsNullOrWhiteSpace(e.Email) && (!e.Email.Contains('@', StringComparison.Ordinal) || e.Email.Length > CasePerson.ContactLength))
        {
            errors.Add(new("Email", "Enter an email address in the correct format, like name@example.com"));
        }

        if (!string.IsNullOrWhiteSpace(e.Phone) && (e.Phone.Length > 30 || !e.Phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-')))
        {
            errors.Add(new("Phone", "Enter a telephone number, like 01632 960 001 or 07700 900 982"));
        }

        if (e.Category is null || !options.EnquiryCategories.Contains(e.Category))
        {
            errors.Add(new("Category", "Select what it is about"));
        }

        if (e.District is not null && !options.Districts.Contains(e.District))
        {
            errors.Add(new("District", "Select an area from the list"));
        }

        if (string.IsNullOrWhiteSpace(e.Message))
        {
            errors.Add(new("Message", "Enter your message"));
        }
        else if (e.Message.Length > Enquiry.TextLength)
        {
            errors.Add(new("Message", $"Message must be {Enquiry.TextLength} characters or fewer"));
        }

        if (e.ReceivedOn > today)
        {
            errors.Add(new("ReceivedOn", "The date received must be today or in the past"));
        }

        return errors;
    }
}
