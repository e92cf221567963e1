using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// Seeded adversarial villages and counties: counts cluster on each threshold (exactly on it, one either side), every
/// field may be missing, and a few records are malformed — the point is to reach every branch, not to be realistic.
/// </summary>
internal sealed class RandomLevels(int seed)
{
    private static readonly string[] VillageCodes = ["431226101201", "522301101201", "433101101201", "150102001001", "110101001001", "4312261012"];
    private static readonly string[] CountyCodes = ["431226", "522301", "433101", "150102", "110101", "43122"];

    private readonly Random _random = new(seed);

    private bool Chance(double p) => _random.NextDouble() < p;

    private bool? Maybe(double yes = 0.9, double missing = 0.05) => Chance(missing) ? null : Chance(yes);

    private T Pick<T>(params T[] items) => items[_random.Next(items.Length)];

    /// <summary>A count near <paramref name="share"/> × <paramref name="whole"/>: on it, one either side, or anywhere.</summary>
    private int Near(decimal share, int whole)
    {
        var on = (int)Math.Round(share * whole);
        return Math.Max(0, _random.Next(5) switch
        {
            0 => on,
            1 => on + 1,
            2 => on - 1,
            3 => _random.Next(0, Math.Max(1, on * 2)),
            _ => _random.Next(0, whole + 1),
        });
    }

    private int? Population()
    {
        if (Chance(0.03))
        {
            return null;
        }

        return Chance(0.01) ? Pick(0, -5) : Pick(100, 150, 1000, 2000, 3000, _random.Next(50, 5000));
    }

    public (Village Village, int RejectedHouseholds) NextVillage(PolicyProfile profile)
    {
        var code = Chance(0.01) ? VillageCodes[^1] : Pick(VillageCodes[..^1]);
        var population = Population();
        var threshold = Pick(profile.VillageIncidenceThreshold.Value, profile.WesternVillageIncidenceThreshold.Value);
        int? remaining = Chance(0.03) ? null : population is > 0 and var p ? Near(threshold, p) + (Chance(0.005) ? p : 0) : _random.Next(0, 50);
        var village = new Village
        {
            Code = code,
            RuralPopulation = population,
            RemainingPoorPeople = remaining,
            HardenedRoad = Maybe(0.95),
            Electricity = Maybe(0.95),
            SafeDrinkingWater = Maybe(0.95),
            Clinic = Maybe(0.95),
            CulturalCentre = Maybe(0.8),
            Broadband = Maybe(0.8),
            CollectiveIncome = Chance(0.05) ? null : Chance(0.003) ? -1m : Pick(40_000m, 39_999.99m, 40_000.01m, 0m, Math.Round((decimal)_random.NextDouble() * 80_000m, 2)),
            Procedure = Chance(0.05) ? null : new DelistingProcedureRecord
            {
                NoticeHeld = Maybe(0.95),
                UnresolvedObjections = Chance(0.05) ? null : Chance(0.003) ? -1 : Chance(0.9) ? 0 : _random.Next(1, 3),
                Announced = Maybe(0.9),
            },
        };
        return (village, Chance(0.9) ? 0 : _random.Next(1, 3));
    }

    public (County County, int RejectedHouseholds) NextCounty(PolicyProfile profile)
    {
        var code = Chance(0.01) ? CountyCodes[^1] : Pick(CountyCodes[..^1]);
        var population = Chance(0.03) ? null : Chance(0.01) ? Pick(0, -5) : (int?)Pick(10_000, 100_000, _random.Next(1_000, 500_000));
        var threshold = Pick(profile.CountyIncidenceThreshold.Value, profile.WesternCountyIncidenceThreshold.Value, 0.01m);
        int? remaining = Chance(0.03) ? null : population is > 0 and var p ? Near(threshold, p) : _random.Next(0, 5_000);
        int? exited = Chance(0.1) ? null : population is > 0 and var q && remaining is >= 0 and var r && r <= q
            ? _random.Next(0, q - r + 1 + (Chance(0.005) ? 10 : 0))
            : _random.Next(0, 10_000);
        var county = new County
        {
            Code = code,
            RuralPopulation = population,
            RemainingPoorPeople = remaining,
            ExitedPeople = exited,
            RuralPerCapitaIncome = Chance(0.05) ? null : Chance(0.003) ? -1m : Pick(8_000m, 7_999.99m, 8_000.01m, Math.Round((decimal)_random.NextDouble() * 16_000m, 2)),
            Evaluation = Chance(0.05) ? null : NextSample(profile),
            Procedure = Chance(0.05) ? null : new DecappingProcedureRecord
            {
                CountyProposal = Maybe(0.97),
                CityReview = Maybe(0.97),
                ProvinceVerificationAndNotice = Maybe(0.97),
                ProvinceApprovalAndReport = Maybe(0.97),
                NationalAssessment = Maybe(0.97),
                ProvinceFormalApproval = Maybe(0.97),
            },
        };
        return (county, Chance(0.9) ? 0 : _random.Next(1, 3));
    }

    private ThirdPartySample NextSample(PolicyProfile profile)
    {
        var (exitedSampled, wrong) = Part(profile.WrongExitRateThreshold.Value);
        var (nonRegistered, omitted) = Part(profile.OmissionRateThreshold.Value);
        var (surveyed, approving) = Part(profile.PublicApprovalThreshold.Value);
        return new ThirdPartySample
        {
            ExitedPeopleSampled = exitedSampled,
            WronglyExitedPeople = wrong,
            NonRegisteredPeopleSampled = nonRegistered,
            OmittedPoorPeople = omitted,
            HouseholdsSurveyed = surveyed,
            HouseholdsApproving = approving,
        };
    }

    private (int? Whole, int? Part) Part(decimal threshold)
    {
        int? whole = Chance(0.03) ? null : Chance(0.02) ? 0 : Pick(50, 100, 200, 500, 1000, _random.Next(1, 3000));
        int? part = Chance(0.03) ? null : whole is { } w ? Math.Min(w + (Chance(0.005) ? 1 : 0), Near(threshold, w)) : _random.Next(0, 30);
        return (whole, part);
    }
}
