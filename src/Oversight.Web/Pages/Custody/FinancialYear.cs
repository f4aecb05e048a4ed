using Oversight.Core.Performance;

namespace Oversight.Web.Pages.Custody;

public static class FinancialYear
{
    /// The first calendar year of the financial year asked for, or of the current one.
    public static int Resolve(int? asked, TimeProvider clock)
    {
        if (asked is >= 2000 and <= 2100)
        {
            return asked.Value;
        }

        var today = UkCalendar.Today(clock);
        return today.Month >= 4 ? today.Year : today.Year - 1;
    }

    public static string Label(int firstYear) => $"{firstYear}/{(firstYear + 1) % 100:D2}";
}
