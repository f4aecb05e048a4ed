using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Decisions;
using Oversight.Core.Spreadsheets;

namespace Oversight.Web.Pages.Decisions.Register;

/// The register as open data: CSV through the shared spreadsheet writer (formulas neutralised) and an Atom feed.
/// Both come from the public projection, so withheld text never reaches them.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class CsvModel(DecisionRegister register) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        File(RegisterFeeds.Csv(await register.AllPublicAsync(cancellationToken), register), SpreadsheetWriter.CsvType, "decisions.csv");
}

[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class AtomModel(DecisionRegister register) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        File(RegisterFeeds.Atom(await register.AllPublicAsync(cancellationToken), $"{Request.Scheme}://{Request.Host}"), "application/atom+xml; charset=utf-8");
}

public static class RegisterFeeds
{

    public static byte[] Csv(IReadOnlyList<PublicNotice> notices, DecisionRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return SpreadsheetWriter.Csv(new Sheet(
            "Decisions",
            ["Reference", "Version", "Kind", "Status", "Title", "Summary", "Decision maker", "Date", "Amount", "Reasons", "Options considered", "Conflicts declared", "Background papers", "Exemption", "Change reason"],
            notices.Select(n => (IReadOnlyList<object?>)
            [
                n.Reference, n.Version, register.Scheme.Rule(n.Type).Name, n.Status == NoticeStatus.Withdrawn ? "Withdrawn" : "Published", n.Title, n.Summary,
                n.DecisionMaker, n.DecidedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), n.Amount, n.Reasons, n.OptionsConsidered,
                n.ConflictsDeclared, n.BackgroundPapers, n.ExemptCategory is { } c ? DecisionRegister.Exemption(c) : "", n.ChangeReason,
            ])));
    }

    public static byte[] Atom(IReadOnlyList<PublicNotice> notices, string site)
    {
        ArgumentNullException.ThrowIfNull(notices);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string Ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", Ns);
            xml.WriteElementString("title", Ns, "Decisions");
            xml.WriteElementString("id", Ns, site + "/decisions");
            xml.WriteStartElement("link", Ns);
            xml.WriteAttributeString("href", site + "/decisions/feed.atom");
            xml.WriteAttributeString("rel", "self");
            xml.WriteEndElement();
            xml.WriteElementString("updated", Ns, Stamp(notices.Select(n => n.PublishedAt).Max() ?? DateTimeOffset.UnixEpoch));
            foreach (var n in notices)
            {
                var link = site + "/decisions/" + DecisionText.Slug(n.Reference);
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("title", Ns, n.Reference + ": " + n.Title + (n.Status == NoticeStatus.Withdrawn ? " (withdrawn)" : ""));
                xml.WriteElementString("id", Ns, $"{link}#v{n.Version}");
                xml.WriteStartElement("link", Ns);
                xml.WriteAttributeString("href", link);
                xml.WriteEndElement();
                xml.WriteElementString("updated", Ns, Stamp(n.PublishedAt ?? DateTimeOffset.UnixEpoch));
                xml.WriteStartElement("author", Ns);
                xml.WriteElementString("name", Ns, n.DecisionMaker ?? "");
                xml.WriteEndElement();
                xml.WriteElementString("summary", Ns, n.Status == NoticeStatus.Withdrawn
                    ? $"Withdrawn on {DecisionText.Date(n.WithdrawnOn)}: {n.ChangeReason}"
                    : n.Summary + (n.ExemptCategory is { } c ? " " + DecisionRegister.Exemption(c) + "." : ""));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
