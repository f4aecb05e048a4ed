using Oversight.Core.Configuration;
using Oversight.Domain.Plan;

namespace Oversight.Web.Documents;

/// A letter as the shared letter layout prints it: who it goes to, our reference and date, the salutation, the
/// subject and body, and who signs it. Every capability's letters are printed from this one shape. A letter that is
/// not <see cref="Framed"/> carries its own salutation and sign-off in its body, so the layout adds neither.
public sealed record PrintedLetter(
    string Subject,
    string? RecipientName,
    IReadOnlyList<string> RecipientAddress,
    string? Reference,
    DateOnly Dated,
    string Body,
    string? SignerName,
    string? SignerRole,
    bool Framed = true)
{
    /// "Dear Robin Example", or the general form when the letter has no named recipient.
    public string Salutation => string.IsNullOrWhiteSpace(RecipientName) ? "Dear Sir or Madam" : "Dear " + RecipientName;

    /// "Yours sincerely" to a named person, "Yours faithfully" otherwise, as letters are signed off in English.
    public string SignOff => string.IsNullOrWhiteSpace(RecipientName) ? "Yours faithfully" : "Yours sincerely";

    /// An address kept as one text (typed on lines or with commas) as the lines of an address block.
    public static IReadOnlyList<string> AddressLines(string? address) => address is null
        ? []
        : address.Split(['\n', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// A letter's body as blocks: paragraphs of lines, and lists where lines start with "- ", so a template's plain
/// text prints as a letter (and shows the same on the case page) without any HTML in the text.
public sealed record LetterBlock(IReadOnlyList<string> Lines, bool IsList)
{
    public static IReadOnlyList<LetterBlock> Of(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var blocks = new List<LetterBlock>();
        foreach (var paragraph in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var lines = paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var i = 0;
            while (i < lines.Count)
            {
                var isList = lines[i].StartsWith("- ", StringComparison.Ordinal);
                var run = lines.Skip(i).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal) == isList).ToList();
                blocks.Add(new(isList ? run.Select(l => l[2..].Trim()).ToList() : run, isList));
                i += run.Count;
            }
        }

        return blocks;
    }
}

/// The letterhead's logo as a data address, so the printed page needs no file access; none when not configured or
/// not a PNG, JPEG or SVG file that exists.
public static class LetterheadLogo
{
    public static string? DataUri(Letterhead letterhead)
    {
        ArgumentNullException.ThrowIfNull(letterhead);
        if (string.IsNullOrWhiteSpace(letterhead.LogoPath))
        {
            return null;
        }

        var file = ConfigurationFile.Resolve(letterhead.LogoPath);
        var type = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".svg" => "image/svg+xml",
            _ => null,
        };
        return type is null || !File.Exists(file) ? null : $"data:{type};base64,{Convert.ToBase64String(File.ReadAllBytes(file))}";
    }
}
