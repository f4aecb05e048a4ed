namespace Oversight.Bench;

/// <summary>Deterministic test data: many short monthly series, some with a step change, so every rule gets exercised.</summary>
public static class SeriesData
{
    public const int SeriesCount = 100_000;
    public const int Length = 60;

    public static double[] Create(int seed = 20_240_401)
    {
        var random = new Random(seed);
        var values = new double[SeriesCount * Length];
        for (var s = 0; s < SeriesCount; s++)
        {
            var level = random.Next(20, 500);
            var stepAt = random.Next(Length * 2); // about half the series change level
            var step = level * 0.3 * (random.NextDouble() - 0.5);
            for (var i = 0; i < Length; i++)
            {
                // Sum of uniforms: a cheap, roughly normal noise.
                var noise = random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5;
                values[(s * Length) + i] = Math.Round(level + (level * 0.1 * noise) + (i >= stepAt ? step : 0));
            }
        }

        return values;
    }
}
