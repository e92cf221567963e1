using HouseholdRecord = PovertyRules.Model.Household;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Monitoring;

/// <summary>Households for the monitoring tests: <see cref="Stable"/> carries no risk under CN-2021; tests change one thing with <c>with</c>.</summary>
internal static class MonitoredHouseholds
{
    public static PolicyProfile Cn2021 => PolicyProfiles.Find("CN-2021")!;

    /// <summary>An exited two-person household with 8,000 yuan per person in 2020 and 2021, no expenses, no risk recorded, 两不愁三保障 met.</summary>
    public static HouseholdRecord Stable(string id = "M1") => new()
    {
        Id = id,
        VillageCode = Households.Village,
        Members = [Households.Adult(), Households.Adult(42) with { Relationship = Relationship.Spouse }],
        Income =
        [
            new AnnualIncome { Year = 2020, PerCapitaNet = 8000m },
            new AnnualIncome { Year = 2021, PerCapitaNet = 8000m },
        ],
        ExitFlag = ExitFlag.ExitedWithSupport,
        FoodAndClothingSecure = true,
        Dwelling = new Dwelling { Grade = HousingGrade.A, Resettled = false },
        SafeDrinkingWater = true,
        Monitoring = new MonitoringRecord { EverRegistered = true, RiskRecorded = false, UnavoidableExpenses = 0m },
    };

    /// <summary>The household with its 2021 per-capita income set (2020 kept).</summary>
    public static HouseholdRecord Earning2021(this HouseholdRecord household, decimal? income) =>
        household with { Income = [.. household.Income.Where(i => i.Year != 2021), .. income is { } v ? new[] { new AnnualIncome { Year = 2021, PerCapitaNet = v } } : []] };

    /// <summary>The household with its 2020 per-capita income set (2021 kept).</summary>
    public static HouseholdRecord Earning2020(this HouseholdRecord household, decimal? income) =>
        household with { Income = [.. household.Income.Where(i => i.Year != 2020), .. income is { } v ? new[] { new AnnualIncome { Year = 2020, PerCapitaNet = v } } : []] };

    public static HouseholdRecord WithRecord(this HouseholdRecord household, Func<MonitoringRecord, MonitoringRecord> change) =>
        household with { Monitoring = change(household.Monitoring ?? new MonitoringRecord()) };

    /// <summary>A household never registered as poor (no exit flag).</summary>
    public static HouseholdRecord NeverRegistered(this HouseholdRecord household) =>
        household.WithRecord(r => r with { EverRegistered = false }) with { ExitFlag = null };

    public static MonitoringAssessment Monitor(HouseholdRecord household, PolicyProfile? profile = null) =>
        Engine.Instance.Monitor(household, profile ?? Cn2021);

    public static Outcome OutcomeOf(this MonitoringAssessment assessment, string ruleId) =>
        assessment.Findings.Single(f => f.RuleId == ruleId).Outcome;

    public static Finding Finding(this MonitoringAssessment assessment, string ruleId) =>
        assessment.Findings.Single(f => f.RuleId == ruleId);

    public static Outcome EliminationOutcome(this MonitoringAssessment assessment, string ruleId) =>
        assessment.Elimination!.Findings.Single(f => f.RuleId == ruleId).Outcome;
}
