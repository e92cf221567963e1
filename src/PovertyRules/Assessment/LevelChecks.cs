using System.Globalization;

namespace PovertyRules.Assessment;

/// <summary>Checks shared by the village and county validators.</summary>
internal static class LevelChecks
{
    public static void Population(int? population, int? remaining, string unit, Action<string, string> add)
    {
        if (population is <= 0)
        {
            add("RuralPopulation", population == 0
                ? $"0 is not a rural registered population: {unit} has registered residents, and incidence is undefined without them"
                : $"{population} is negative");
        }

        NotNegative(remaining, "RemainingPoorPeople", add);
        if (remaining > population && population > 0)
        {
            add("RemainingPoorPeople", $"{remaining} remaining poor people are more than the rural registered population {population}");
        }
    }

    public static void NotNegative(int? value, string field, Action<string, string> add)
    {
        if (value < 0)
        {
            add(field, $"{value} is negative");
        }
    }

    public static void NotNegative(decimal? value, string field, Action<string, string> add)
    {
        if (value < 0)
        {
            add(field, $"{value.Value.ToString(CultureInfo.InvariantCulture)} is negative");
        }
    }
}
