using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oversight.Core.Configuration;

/// Reads the office's JSON configuration strictly: unknown properties, missing values and unknown words are
/// errors that name the file, line and field, so a typo stops start-up instead of silently changing behaviour.
public static class ConfigurationFile
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

    /// Relative paths are tried against the working directory, then the application's own folder.
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideApp) ? besideApp : Path.GetFullPath(path);
    }

    public static T Load<T>(string path, Func<T, IEnumerable<string>> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validate);
        var file = Resolve(path);
        if (!File.Exists(file))
        {
            throw new ConfigurationFileException($"{file}: file not found");
        }

        T? value;
        try
        {
            using var stream = File.OpenRead(file);
            value = JsonSerializer.Deserialize<T>(stream, Json);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" at {e.Path.TrimStart('$', '.')}";
            throw new ConfigurationFileException($"{file}: line {e.LineNumber + 1}{where}: {Describe(e.Message)}", e);
        }

        if (value is null)
        {
            throw new ConfigurationFileException($"{file}: the file is empty");
        }

        var errors = validate(value).ToList();
        if (errors.Count > 0)
        {
            throw new ConfigurationFileException($"{file}: {string.Join("; ", errors)}");
        }

        return value;
    }

    private static string Describe(string message)
    {
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return "the value is missing, of the wrong type or not one of the allowed words";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
