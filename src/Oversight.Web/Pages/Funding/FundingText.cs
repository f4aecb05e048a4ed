using Oversight.Core.Funding.Applications;
using Oversight.Domain.Funding;

namespace Oversight.Web.Pages.Funding;

public static class FundingText
{
    public static string Type(OrganisationType type) => type switch
    {
        OrganisationType.Voluntary => "Voluntary organisation or charity",
        OrganisationType.Community => "Community group",
        OrganisationType.Faith => "Faith group",
        OrganisationType.SocialEnterprise => "Social enterprise or community interest company",
        OrganisationType.Statutory => "Statutory body, such as a council or school",
        _ => "Private company",
    };

    public static string Status(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "Not submitted",
        ApplicationStatus.Submitted => "Submitted",
        ApplicationStatus.Withdrawn => "Withdrawn",
        ApplicationStatus.Approved => "Approved",
        ApplicationStatus.ApprovedReduced => "Approved, reduced amount",
        _ => "Not approved",
    };

    public static string Money(decimal amount) => EligibilityCheck.Money(amount);

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)}KB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#}MB");
}
