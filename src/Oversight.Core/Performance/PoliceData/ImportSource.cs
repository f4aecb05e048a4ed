using System.IO.Compression;

namespace Oversight.Core.Performance.PoliceData;

/// A CSV to import: a file on disk, or an entry of a police.uk bulk archive.
public sealed record ImportSource(string Name, Func<Stream> Open)
{
    /// Expands a path into the CSVs it holds: one file, every CSV under a folder, or every CSV inside a .zip.
    public static IReadOnlyList<ImportSource> FromPath(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => new ImportSource(f, () => File.OpenRead(f))).ToList();
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }

        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return [new ImportSource(path, () => File.OpenRead(path))];
        }

        using var archive = ZipFile.OpenRead(path);
        return archive.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.FullName).Order(StringComparer.Ordinal)
            .Select(entry => new ImportSource($"{path}!{entry}", () => OpenEntry(path, entry)))
            .ToList();
    }

    private static OwningStream OpenEntry(string zip, string entry)
    {
        var archive = ZipFile.OpenRead(zip);
        return new OwningStream(archive.GetEntry(entry)!.Open(), archive);
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
