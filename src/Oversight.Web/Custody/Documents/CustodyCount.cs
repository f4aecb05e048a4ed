using Oversight.Core.Documents;


namespace Oversight.Web.Custody.Documents;

/// The public version's rule for a count about people in custody: counts from 1 to 4 are withheld.
public static class CustodyCount
{
    public static string Text(int count, bool open) =>
        open && count is > 0 and < SmallCounts.SuppressBelow ? SmallCounts.Suppressed : count.ToString("N0", CustodyText.Culture);
}
