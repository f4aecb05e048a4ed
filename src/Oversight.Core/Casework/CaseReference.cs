using System.Globalization;
using System.Security.Cryptography;

namespace Oversight.Core.Casework;

public static class CaseReference
{
    /// A reference like "ENQ-2024-7F3A2C01": the kind, the year received and eight random hexadecimal digits.
    /// Eight, not six: with a thousand cases a year, six digits collide in about one year in thirty.
    public static string New(string kind, DateOnly received) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}-{received.Year}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}");
}
