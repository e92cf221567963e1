using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Synthetic;

namespace PovertyRules.Benchmarks;

/// <summary>The population and profile every path is measured on: the same seed, so the same households, in every run.</summary>
internal static class Workload
{
    public const int Seed = 2016;

    public static PolicyProfile Profile { get; } = PolicyProfiles.National(2016);

    public static SyntheticPopulation Population { get; } = new(Profile, Seed);

    /// <summary>The first <paramref name="count"/> households, held in memory so that generation is not measured.</summary>
    public static Household?[] Households(int count) => [.. Population.Households(count)];
}
