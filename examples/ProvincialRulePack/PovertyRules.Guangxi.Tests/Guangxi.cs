using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Guangxi.Tests;

/// <summary>The engine with the pack, the two profiles, and a household that may exit under both as recorded.</summary>
internal static class Guangxi
{
    public static readonly PovertyRulesEngine Engine = new(o => o.AddRules(typeof(GuangxiPack).Assembly));

    public static readonly PolicyProfile National = PolicyProfiles.National(2019);

    public static readonly PolicyProfile Profile = ProfileJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "Profiles", "guangxi-2019.json"));

    /// <summary>Three members, 39 m² (13 m² a person), 35 L a day, a 20-minute fetch, 90% supply, power and a phone: every figure at its limit.</summary>
    public static readonly GuangxiHousehold AtEveryLimit = new(
        FloorAreaSquareMetres: 39m,
        WaterLitresPerPersonPerDay: 35m,
        WaterFetchRoundTripMinutes: 20m,
        WaterSupplyReliability: 0.9m,
        Electricity: true,
        TelevisionOrSmartphone: true);

    /// <summary>A household that may exit under the national 2019 standard, with <paramref name="data"/> as its Guangxi record.</summary>
    public static Household Household(GuangxiHousehold? data, string id = "GX-1")
    {
        var household = HouseholdTemplate.FullyRecorded(id, "450126101201", 2019, 6_500m, headAge: 48)
            .AddMember(HouseholdTemplate.FullyRecordedMember(Relationship.Spouse, 46, SchoolingStatus.NotInSchool))
            .AddMember(HouseholdTemplate.FullyRecordedMember(Relationship.Son, 13, SchoolingStatus.Grade7))
            .Build();
        return data is null ? household : household with { Extensions = ExtensionData.Empty.With(GuangxiPack.Name, data) };
    }
}
