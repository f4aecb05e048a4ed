using System.Text.Json;
using System.Text.Json.Serialization;
using Oversight.Domain.Plan;

namespace Oversight.Core.Plan;

public static class PlanLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideApp) ? besideApp : Path.GetFullPath(path);
    }

    /// Reads and validates a plan; any problem stops start-up with a message naming the file and field.
    public static PoliceAndCrimePlan Load(string path)
    {
        var file = Resolve(path);
        if (!File.Exists(file))
        {
            throw new PlanConfigurationException($"{file}: plan file not found (set Plan:Path)");
        }

        PoliceAndCrimePlan? plan;
        try
        {
            using var stream = File.OpenRead(file);
            plan = JsonSerializer.Deserialize<PoliceAndCrimePlan>(stream, Json);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" at {e.Path.TrimStart('$', '.')}";
            throw new PlanConfigurationException($"{file}: line {e.LineNumber + 1}{where}: {FirstSentence(e.Message)}", e);
        }

        if (plan is null)
        {
            throw new PlanConfigurationException($"{file}: the file holds no plan");
        }

        var errors = PlanValidator.Validate(plan);
        if (errors.Count > 0)
        {
            throw new PlanConfigurationException($"{file}: {string.Join("; ", errors)}");
        }

        return plan;
    }

    private static string FirstSentence(string message)
    {
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return "the value is missing, of the wrong type or not one of the allowed words";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
