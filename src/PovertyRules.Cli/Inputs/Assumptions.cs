using PovertyRules.Data;
using PovertyRules.Model;

namespace PovertyRules.Cli.Inputs;

/// <summary>Reads an <c>--assume FACT=CITATION</c> value into a declared register assumption.</summary>
internal static class Assumptions
{
    private static readonly Dictionary<string, (AssumedFact Fact, string Statement)> Facts = new(StringComparer.Ordinal)
    {
        ["food-and-clothing-secure"] = (AssumedFact.FoodAndClothingSecure,
            "Food and clothing (不愁吃、不愁穿) are secure for every household whose roster and supplement do not record it."),
        ["no-excluded-category"] = (AssumedFact.NoExcludedCategory,
            "No household falls in one of the four excluded categories (四类对象) where the roster and supplement do not record it."),
    };

    public static RegisterAssumption Parse(string value)
    {
        var split = value.IndexOf('=', StringComparison.Ordinal);
        var name = split < 0 ? value : value[..split];
        var citation = split < 0 ? string.Empty : value[(split + 1)..].Trim();
        if (!Facts.TryGetValue(name, out var fact))
        {
            throw new UsageException($"--assume {value}: '{name}' is not an assumable fact ({string.Join(", ", Facts.Keys)}).");
        }

        if (citation.Length == 0)
        {
            throw new UsageException($"--assume {value}: an assumption needs its citation, as {name}=\"县扶贫办 2019 清理台账\".");
        }

        return new RegisterAssumption(fact.Fact, new DeclaredAssumption(name, fact.Statement, citation));
    }
}
