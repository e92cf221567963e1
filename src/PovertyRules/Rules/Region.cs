using PovertyRules.Policy;

namespace PovertyRules.Rules;

/// <summary>Which incidence threshold applies to a village or county, and why: its province, or a per-county override.</summary>
internal readonly record struct Region(bool Western, bool Overridden)
{
    public static Region Of(PolicyProfile profile, string code) =>
        new(profile.IsWestern(code), profile.CountyRegionOverrides.Value.ContainsKey(code[..6]));

    /// <summary>Whether the region decision rests on verified parameters.</summary>
    public bool Verified(PolicyProfile profile) =>
        Overridden ? profile.CountyRegionOverrides.Verified : profile.WesternProvinces.Verified;

    public override string ToString() =>
        (Western ? "western region" : "outside the western region") + (Overridden ? ", by per-county override" : string.Empty);
}
