using System.IO.Compression;
using Oversight.Core.Uploads;

namespace Oversight.Core.Performance.PoliceData;

/// A CSV to import: a file on disk, or an entry of a police.uk bulk archive.
public sealed record ImportSource(string Name, Func<Stream> Open)
{
    /// Bytes the stream will give, when known, so that progress can be shown against the whole file.
    public long? Length { get; init; }

    /// Expands a path into the CSVs it holds: one file, every CSV under a folder, or every CSV inside a .zip.
    public static IReadOnlyList<ImportSource> FromPath(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => new ImportSource(f, () => File.OpenRead(f)) { Length = new FileInfo(f).Length }).ToList();
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }

        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return [new ImportSource(path, () => File.OpenRead(path)) { Length = new FileInfo(path).Length }];
        }

        using var archive = ZipFile.OpenRead(path);
        return archive.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => (e.FullName, e.Length))
            .Select(entry => new ImportSource($"{path}!{entry.FullName}", () => OpenEntry(path, entry.FullName)) { Length = entry.Length })
            .ToList();
    }

    /// An uploaded file, spooled to <paramref name="path"/> (a generated name), as the CSVs it holds; the
    /// person's name for it is kept only as the sources' names. A .zip is opened within police data's limits.
    public static (IReadOnlyList<ImportSource> Sources, string? Error) FromUpload(string name, string path)
    {
        ArgumentNullException.ThrowIfNull(name);
        var rules = UploadRules.PoliceData;
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!rules.Extensions.Contains(extension))
        {
            return ([], $"The selected file {name} must be a {FileCheck.Named(rules.Extensions)}");
        }

        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            return ([], $"The selected file {name} is empty");
        }

        if (extension == ".csv")
        {
            return ([new ImportSource(name, () => File.OpenRead(path)) { Length = length }], null);
        }

        using var stream = File.OpenRead(path);
        var (archive, error) = ZipGate.Open(stream, rules.Zip, name, "a police.uk .zip archive");
        using (archive)
        {
            if (error is not null)
            {
                return ([], error);
            }

            return (archive!.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => e.FullName, StringComparer.Ordinal)
                .Select(e => (e.FullName, e.Length))
                .Select(entry => new ImportSource($"{name}!{entry.FullName}", () => OpenEntry(path, entry.FullName)) { Length = entry.Length })
                .ToList(), null);
        }
    }

    private static OwningStream OpenEntry(string zip, string entry)
    {
        var archive = ZipFile.OpenRead(zip);
        return new OwningStream(ZipGate.OpenEntry(archive.GetEntry(entry)!), archive);
    }

    /// Closes the archive when the entry's stream is closed.
    private sealed class OwningStream(Stream inner, IDisposable owner) : ReadOnlyStream(inner)
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                owner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
