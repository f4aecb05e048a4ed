namespace Oversight.Core.Uploads;

/// A file as it arrived: the person's name for it (display only, never a path) and its bytes.
public sealed record UploadedFile(string Name, byte[] Content)
{
    public static UploadedFile From(string? fileName, byte[] content) => new(FileNames.Display(fileName), content);

    public string Extension => Path.GetExtension(Name).ToLowerInvariant();
}

/// The name a person gave a file is metadata: shown and used in download headers, never joined to a path.
public static class FileNames
{
    public const int MaxLength = 255;

    /// The last segment of the name, without control characters, at most 255 characters, and never "." or "..".
    public static string Display(string? fileName)
    {
        var name = fileName ?? "";
        // Browsers on Windows used to send the whole path; either separator ends a folder name.
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('\u2028' or '\u2029' or '\u202E' or '\u202D'))]).Trim();
        if (name.Trim('.').Length == 0)
        {
            return "unnamed file";
        }

        if (name.Length > MaxLength)
        {
            // Keep the extension: it says what the file is.
            var extension = Path.GetExtension(name);
            extension = extension.Length is > 0 and <= 10 ? extension : "";
            name = name[..(MaxLength - extension.Length)] + extension;
        }

        return name;
    }

    /// A name for a stored or temporary file that owes nothing to the person's name but its known extension.
    public static string Generated(string extension) => Guid.NewGuid().ToString("N") + extension;
}
