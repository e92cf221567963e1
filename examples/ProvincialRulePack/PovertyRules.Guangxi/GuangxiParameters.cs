using PovertyRules.Policy;

namespace PovertyRules.Guangxi;

/// <summary>The checklist's figures, read from the profile's <c>packs.guangxi</c> section, each cited.</summary>
/// <param name="Section">The section they were read from (for the parameter paths findings name).</param>
/// <param name="MinimumFloorAreaPerPerson">Safe housing: at least this floor area per person, in m².</param>
/// <param name="MinimumWaterLitres">Safe water: at least this many litres per person per day.</param>
/// <param name="MaximumFetchMinutes">Safe water: a fetch round trip of at most this many minutes.</param>
/// <param name="MinimumSupplyReliability">Safe water: supplied on at least this share of days (0–1).</param>
public sealed record GuangxiParameters(
    PackSection Section,
    PackParameter MinimumFloorAreaPerPerson,
    PackParameter MinimumWaterLitres,
    PackParameter MaximumFetchMinutes,
    PackParameter MinimumSupplyReliability);
