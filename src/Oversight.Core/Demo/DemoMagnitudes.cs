namespace Oversight.Core.Demo;

/// The level each invented demo series runs at, per period of the measure's frequency, with where it comes from, so
/// the demo looks like West Yorkshire: homicides are a few a month, violence ten thousand. police.uk measures come
/// from real files in demo/police-uk/ (see DemoNationalCounts); the rest from published figures where one was found,
/// otherwise an illustrative level, said as such.
public static class DemoMagnitudes
{
    private const string Yep = "34 homicides, 35,533 stalking and harassment offences in the 12 months to June 2019 (ONS via Yorkshire Evening Post, https://www.yorkshireeveningpost.co.uk/news/crime/crime-across-west-yorkshire-rises-stark-increase-stalking-violence-and-knife-offences-816262)";
    private const string Sexual = "7,697 sexual offences recorded by West Yorkshire Police in 2017 (ONS via Huddersfield Examiner, https://www.examiner.co.uk/news/west-yorkshire-news/violent-crime-soars-40-west-14582592)";
    private const string Knife = "45,627 knife or sharp instrument offences in England and Wales in 2019, West Yorkshire among the three highest rates (ONS via Halifax Courier, http://www.pressreader.com/uk/halifax-courier/20200806/282153588624321); West Yorkshire's share scaled by population";
    private const string Illustrative = "illustrative level: no published West Yorkshire figure was found";

    public sealed record Magnitude(double Level, string Source);

    public static readonly IReadOnlyDictionary<string, Magnitude> Levels = new Dictionary<string, Magnitude>(StringComparer.Ordinal)
    {
        ["homicide"] = new(2.8, Yep),
        ["stalking-and-harassment"] = new(2960, Yep),
        ["sexual-offences"] = new(640, Sexual),
        ["rape-offences"] = new(240, Sexual + "; rape taken as about three in eight of them (" + Illustrative + ")"),
        ["knife-crime"] = new(200, Knife),
        ["knife-enabled-robbery"] = new(55, Knife + "; about a quarter of it robbery (" + Illustrative + ")"),
        ["hospital-admissions-knife-enabled-assault"] = new(45, Illustrative),
        ["svd-knife-enabled-homicides-and-attempts"] = new(10, Illustrative),
        ["asb-related-crime"] = new(1500, Illustrative),
        ["anti-social-use-of-vehicles"] = new(300, Illustrative),
        ["asb-case-reviews"] = new(15, Illustrative),
        ["domestic-abuse"] = new(3000, Illustrative),
        ["mental-health-episodes"] = new(900, Illustrative),
        ["missing-incidents"] = new(1000, Illustrative),
        ["protective-orders"] = new(60, Illustrative),
        ["victims-phones-held-over-24-hours"] = new(150, Illustrative),
        ["use-of-force-taser"] = new(250, Illustrative),
        ["arrests"] = new(3000, Illustrative),
        ["annual-edi-report-equality-duty"] = new(1, "one report a year"),
        ["fatal-collisions"] = new(4, Illustrative),
        ["serious-injury-collisions"] = new(80, Illustrative),
        ["slight-injury-collisions"] = new(350, Illustrative),
        ["op-snap-submissions"] = new(400, Illustrative),
        ["op-snap-positive-outcomes"] = new(150, Illustrative),
        ["pol-ed-road-safety-modules"] = new(40, Illustrative),
        ["local-authority-vision-zero-infrastructure"] = new(10, Illustrative),
        ["road-safety-awareness-in-schools"] = new(60, Illustrative),
        ["children-in-need"] = new(34, Illustrative),
        ["calls-101-average-answer-time"] = new(4, Illustrative),
    };
}
