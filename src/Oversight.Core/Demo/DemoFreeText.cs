using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Coding;

namespace Oversight.Core.Demo;

/// Invented free-text answers on the causes of violence and what would help, written from the themes the annual
/// report lists. The analyst codes most of them; the check coder codes a sample of those again, agreeing mostly.
internal sealed class DemoFreeText(Random random, DateTimeOffset now)
{
    public const string Causes = "causes";
    public const string Remedies = "remedies";

    public static readonly IReadOnlyList<(string Key, string Name, string Description)> RemedyThemes =
    [
        ("street-lighting-and-security", "Street lighting and security", "Better lighting, CCTV and security measures"),
        ("victim-support", "Support for victims", "More and better support services for victims"),
    ];

    private static readonly Dictionary<string, string[]> CausePhrases = new(StringComparer.Ordinal)
    {
        ["economic-factors"] = ["there is no work round here for young people", "poverty and the cost of living", "kids see no opportunities so they turn to crime"],
        ["community-assets"] = ["there is nothing for young people to do since the youth club shut", "people are isolated and nobody knows their neighbours", "no facilities for teenagers in the evenings"],
        ["relational"] = ["parents not knowing where their children are", "intolerance between communities", "racism and people not respecting each other"],
        ["substance-misuse"] = ["drugs being dealt openly on the estate", "drinking in the town centre and people getting aggressive", "people off their heads on drugs"],
        ["mental-health"] = ["people with mental health problems not getting help", "waiting lists for mental health services are too long"],
        ["influences"] = ["gangs recruiting young lads", "kids carrying knives because they think everyone else does", "violence on social media and in music videos"],
        ["policing-and-justice"] = ["you never see a police officer on the street", "sentences are too lenient so there is no deterrent", "police do not come when you report things"],
    };

    private static readonly Dictionary<string, string[]> RemedyPhrases = new(StringComparer.Ordinal)
    {
        ["policing-and-justice"] = ["more police on foot in the neighbourhood", "tougher sentences for carrying a knife"],
        ["community-assets"] = ["reopen the youth centre and fund youth workers", "more activities for young people in the holidays"],
        ["street-lighting-and-security"] = ["better street lighting on the park paths", "more CCTV near the bus station"],
        ["victim-support"] = ["more support for victims after they report", "someone to talk to after being attacked"],
        ["economic-factors"] = ["apprenticeships and jobs for local young people", "tackle poverty in the area"],
        ["substance-misuse"] = ["close down the drug dealing on the estate", "more help for people with addictions"],
    };

    public List<AnswerCoding> Codings { get; } = [];

    public List<ApprovedQuote> Quotes { get; } = [];

    public void Write(IReadOnlyList<Respondent> respondents, string coder, string checkCoder)
    {
        var coded = 0;
        foreach (var respondent in respondents.Where((_, i) => i % 7 == 3))
        {
            var causes = Themes(CausePhrases);
            respondent.Answers[Causes] = Sentence(CausePhrases, causes);
            // The analyst has coded 600 answers; the rest wait for the coding page. Every fifth coded answer is
            // double-coded, with the check coder missing or adding a theme now and then.
            if (coded < 600)
            {
                Code(respondent, Causes, causes, coder, isCheck: false);
                if (coded % 5 == 0)
                {
                    Code(respondent, Causes, Disagree(causes, CausePhrases.Keys), checkCoder, isCheck: true);
                }

                if (coded % 97 == 0)
                {
                    Quotes.Add(new ApprovedQuote { RespondentId = respondent.Id, QuestionKey = Causes, ApprovedBy = coder, ApprovedAt = now });
                }

                coded++;
            }

            if (random.Next(3) > 0)
            {
                var remedies = Themes(RemedyPhrases);
                respondent.Answers[Remedies] = Sentence(RemedyPhrases, remedies);
                Code(respondent, Remedies, remedies, coder, isCheck: false);
            }
        }
    }

    private List<string> Themes(Dictionary<string, string[]> phrases)
    {
        var keys = phrases.Keys.ToArray();
        var count = random.Next(10) < 6 ? 1 : 2;
        return [.. keys.OrderBy(_ => random.Next()).Take(count).Order(StringComparer.Ordinal)];
    }

    private string Sentence(Dictionary<string, string[]> phrases, List<string> themes)
    {
        var parts = themes.Select(t => phrases[t][random.Next(phrases[t].Length)]).ToList();
        var text = string.Join(", and ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private List<string> Disagree(List<string> themes, IEnumerable<string> all)
    {
        var roll = random.Next(10);
        if (roll == 0 && themes.Count > 1)
        {
            return themes.Skip(1).ToList();
        }

        if (roll == 1)
        {
            var extra = all.Where(t => !themes.Contains(t)).OrderBy(_ => random.Next()).First();
            return [.. themes.Append(extra).Order(StringComparer.Ordinal)];
        }

        return themes;
    }

    private void Code(Respondent respondent, string question, List<string> themes, string coder, bool isCheck) =>
        Codings.Add(new AnswerCoding { RespondentId = respondent.Id, QuestionKey = question, Coder = coder, IsCheck = isCheck, CodedAt = now, Themes = themes });
}
