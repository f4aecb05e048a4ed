using System.Globalization;
using System.Security.Cryptography;

namespace Oversight.Core.Casework;

public static class CaseReference
{
    /// A reference like "ENQ-2024-7F3A2C": the kind, the year received and six random hexadecimal digits.
    public static string New(string kind, DateOnly received) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}-{received.Year}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}");
}
