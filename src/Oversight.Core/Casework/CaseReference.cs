using System.Globalization;
using System.Security.Cryptography;

namespace Oversight.Core.Casework;

public static class CaseReference
{
    /// A reference like "ENQ-2024-7F3A2C01D4": the kind, the year received and ten random hexadecimal digits.
    /// Ten, not eight: the demo's tens of thousands of enquiries a year made eight digits collide now and then.
    public static string New(string kind, DateOnly received) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}-{received.Year}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5))}");
}
