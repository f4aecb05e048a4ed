using System.Security.Cryptography;
using Oversight.Core.Uploads;

namespace Oversight.Core.Performance.PoliceData;

/// Computes a file's SHA-256 as it is read, so provenance costs no second pass over a large file.
public sealed class HashingStream(Stream inner) : ReadOnlyStream(inner)
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public string Sha256() => Convert.ToHexStringLower(hash.GetCurrentHash());

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        hash.AppendData(buffer[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
