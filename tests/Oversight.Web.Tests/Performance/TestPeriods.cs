using Oversight.Domain.Performance.Periods;

namespace Oversight.Web.Tests.Performance;

/// Periods no other test in the assembly uses, so tests sharing a database never see each other's values.
public static class TestPeriods
{
    private static int months;
    private static int quarters;

    public static string Month()
    {
        var n = Interlocked.Increment(ref months);
        return ReportingPeriod.Month(1950 + (n / 12), (n % 12) + 1).Text;
    }

    public static string Quarter()
    {
        var n = Interlocked.Increment(ref quarters);
        return ReportingPeriod.Quarter(1950 + (n / 4), (n % 4) + 1).Text;
    }
}
