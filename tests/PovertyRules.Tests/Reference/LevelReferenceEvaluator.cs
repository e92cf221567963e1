using System.Numerics;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// A plain C# evaluator of village delisting and county de-capping written straight from the policy brief, independent
/// of the rule classes: exact rational arithmetic instead of the engine's scaled integers, its own region lookup, the
/// same three-valued logic. It shares only the model, the profile and the input validators.
/// </summary>
internal static class LevelReferenceEvaluator
{
    internal sealed record Result<TStatus>(TStatus Status, ISet<string> Failed, ISet<string> Unknown);

    private enum V { Met, NotMet, Unknown }

    public static Result<VillageStatus> Village(Village v, int rejectedHouseholds, PolicyProfile p)
    {
        if (VillageValidator.Validate(v).Count > 0)
        {
            return new(VillageStatus.InvalidInput, new HashSet<string>(), new HashSet<string>());
        }

        var threshold = Western(p, v.Code) ? p.WesternVillageIncidenceThreshold.Value : p.VillageIncidenceThreshold.Value;
        var criteria = new Dictionary<string, V>
        {
            ["VIL-INCIDENCE"] = IncidenceBelow(v.RemainingPoorPeople is { } r ? Q.Of(r) : null, rejectedHouseholds > 0, v.RuralPopulation, threshold),
        };
        var facilities = new (VillageFacilities Flag, string Id, bool? Has)[]
        {
            (VillageFacilities.HardenedRoad, "VIL-ROAD", v.HardenedRoad),
            (VillageFacilities.Electricity, "VIL-POWER", v.Electricity),
            (VillageFacilities.SafeDrinkingWater, "VIL-WATER", v.SafeDrinkingWater),
            (VillageFacilities.Clinic, "VIL-CLINIC", v.Clinic),
            (VillageFacilities.CulturalCentre, "VIL-CULTURE", v.CulturalCentre),
            (VillageFacilities.Broadband, "VIL-BROADBAND", v.Broadband),
        };
        foreach (var (flag, id, has) in facilities)
        {
            if (p.VillageRequiredFacilities.Value.HasFlag(flag))
            {
                criteria[id] = Bool(has);
            }
        }

        if (p.VillageMinimumCollectiveIncome.Value is { } minimum)
        {
            criteria["VIL-COLLECTIVE-INCOME"] = v.CollectiveIncome is { } income ? (income >= minimum ? V.Met : V.NotMet) : V.Unknown;
        }

        var proc = v.Procedure;
        var procedure = new Dictionary<string, V>
        {
            ["VIL-PROC-NOTICE"] = proc?.NoticeHeld == false || proc?.UnresolvedObjections > 0 ? V.NotMet
                : proc?.NoticeHeld is null || proc.UnresolvedObjections is null ? V.Unknown : V.Met,
            ["VIL-PROC-ANNOUNCEMENT"] = Bool(proc?.Announced),
        };

        var status = Conclude(criteria, procedure) switch
        {
            0 => VillageStatus.MayDelist,
            1 => VillageStatus.EligibleProcedurePending,
            2 => VillageStatus.RemainsListed,
            _ => VillageStatus.Undetermined,
        };
        return Build(status, criteria, procedure);
    }

    public static Result<CountyStatus> County(County c, int rejectedHouseholds, PolicyProfile p)
    {
        if (CountyValidator.Validate(c).Count > 0)
        {
            return new(CountyStatus.InvalidInput, new HashSet<string>(), new HashSet<string>());
        }

        var threshold = Western(p, c.Code) ? p.WesternCountyIncidenceThreshold.Value : p.CountyIncidenceThreshold.Value;
        var s = c.Evaluation;
        var remaining = c.RemainingPoorPeople is { } r ? Q.Of(r) : (Q?)null;
        V incidence;
        if (!p.ComprehensiveIncidence.Value)
        {
            incidence = IncidencePasses(remaining, rejectedHouseholds > 0, c.RuralPopulation, threshold, p.CountyIncidenceComparison.Value);
        }
        else
        {
            Q? comprehensive = null;
            if (remaining is { } known && c.RuralPopulation is { } population && c.ExitedPeople is { } exited
                && s is { ExitedPeopleSampled: > 0, WronglyExitedPeople: not null, NonRegisteredPeopleSampled: > 0, OmittedPoorPeople: not null })
            {
                var wrongRate = new Q(s.WronglyExitedPeople.Value, s.ExitedPeopleSampled.Value);
                var omissionRate = new Q(s.OmittedPoorPeople.Value, s.NonRegisteredPeopleSampled.Value);
                comprehensive = known + (wrongRate * Q.Of(exited)) + (omissionRate * Q.Of(population - c.RemainingPoorPeople!.Value - exited));
            }

            // A remaining count that already reaches the threshold fails whatever is added to it.
            incidence = remaining is { } alone && c.RuralPopulation is { } pop && !Passes(alone / Q.Of(pop), threshold, p.CountyIncidenceComparison.Value)
                ? V.NotMet
                : IncidencePasses(comprehensive, rejectedHouseholds > 0, c.RuralPopulation, threshold, p.CountyIncidenceComparison.Value);
        }

        var criteria = new Dictionary<string, V>
        {
            ["CNT-INCIDENCE"] = incidence,
            ["CNT-WRONG-EXIT"] = Rate(s?.WronglyExitedPeople, s?.ExitedPeopleSampled, p.WrongExitRateThreshold.Value, p.WrongExitRateComparison.Value),
            ["CNT-OMISSION"] = Rate(s?.OmittedPoorPeople, s?.NonRegisteredPeopleSampled, p.OmissionRateThreshold.Value, p.OmissionRateComparison.Value),
            ["CNT-APPROVAL"] = Rate(s?.HouseholdsApproving, s?.HouseholdsSurveyed, p.PublicApprovalThreshold.Value, p.PublicApprovalComparison.Value),
        };
        if (p.RegisterIncidenceGate.Value is { } gate)
        {
            criteria["CNT-REGISTER-INCIDENCE"] = IncidencePasses(remaining, rejectedHouseholds > 0, c.RuralPopulation, gate, p.RegisterIncidenceGateComparison.Value);
        }
        if (p.CountyMinimumRuralIncome.Value is { } minimum)
        {
            criteria["CNT-RURAL-INCOME"] = c.RuralPerCapitaIncome is { } income ? (income >= minimum ? V.Met : V.NotMet) : V.Unknown;
        }

        var proc = c.Procedure;
        var procedure = new Dictionary<string, V>
        {
            ["CNT-PROC-PROPOSAL"] = Bool(proc?.CountyProposal),
            ["CNT-PROC-CITY-REVIEW"] = Bool(proc?.CityReview),
            ["CNT-PROC-PROVINCE-NOTICE"] = Bool(proc?.ProvinceVerificationAndNotice),
            ["CNT-PROC-PROVINCE-APPROVAL"] = Bool(proc?.ProvinceApprovalAndReport),
            ["CNT-PROC-NATIONAL-ASSESSMENT"] = Bool(proc?.NationalAssessment),
            ["CNT-PROC-FORMAL-APPROVAL"] = Bool(proc?.ProvinceFormalApproval),
        };

        var status = Conclude(criteria, procedure) switch
        {
            0 => CountyStatus.MayExit,
            1 => CountyStatus.EligibleProcedurePending,
            2 => CountyStatus.RemainsDesignated,
            _ => CountyStatus.Undetermined,
        };
        return Build(status, criteria, procedure);
    }

    private static bool Western(PolicyProfile p, string code) =>
        p.CountyRegionOverrides.Value.TryGetValue(code[..6], out var western)
            ? western
            : p.WesternProvinces.Value.Contains(int.Parse(code[..2], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Strictly below; a known numerator that already fails is decisive over rejected households.</summary>
    private static V IncidenceBelow(Q? numerator, bool incomplete, int? population, decimal threshold) =>
        IncidencePasses(numerator, incomplete, population, threshold, PassingSide.Below);

    /// <summary>On the passing side; a known numerator that already fails is decisive over rejected households.</summary>
    private static V IncidencePasses(Q? numerator, bool incomplete, int? population, decimal threshold, PassingSide side)
    {
        if (population is not { } pop)
        {
            return V.Unknown;
        }

        if (numerator is not { } n)
        {
            return V.Unknown;
        }

        if (!Passes(n / Q.Of(pop), threshold, side))
        {
            return V.NotMet;
        }

        return incomplete ? V.Unknown : V.Met;
    }

    private static bool Passes(Q value, decimal threshold, PassingSide side)
    {
        var comparison = value.CompareTo(Q.Of(threshold));
        return side switch
        {
            PassingSide.Below => comparison < 0,
            PassingSide.AtMost => comparison <= 0,
            PassingSide.Above => comparison > 0,
            _ => comparison >= 0,
        };
    }

    private static V Rate(int? numerator, int? denominator, decimal threshold, PassingSide side)
    {
        if (numerator is not { } n || denominator is not { } d || d == 0)
        {
            return V.Unknown;
        }

        return Passes(new Q(n, d), threshold, side) ? V.Met : V.NotMet;
    }

    private static V Bool(bool? value) => value switch { null => V.Unknown, true => V.Met, false => V.NotMet };

    /// <summary>0 pass, 1 procedure pending, 2 fail, 3 undetermined.</summary>
    private static int Conclude(Dictionary<string, V> criteria, Dictionary<string, V> procedure) =>
        criteria.ContainsValue(V.NotMet) ? 2
        : criteria.ContainsValue(V.Unknown) ? 3
        : procedure.Values.Any(v => v != V.Met) ? 1
        : 0;

    private static Result<TStatus> Build<TStatus>(TStatus status, Dictionary<string, V> criteria, Dictionary<string, V> procedure)
    {
        var all = criteria.Concat(procedure).ToList();
        return new(status, all.Where(kv => kv.Value == V.NotMet).Select(kv => kv.Key).ToHashSet(), all.Where(kv => kv.Value == V.Unknown).Select(kv => kv.Key).ToHashSet());
    }

    /// <summary>An exact rational number.</summary>
    private readonly record struct Q : IComparable<Q>
    {
        public Q(BigInteger numerator, BigInteger denominator)
        {
            if (denominator.Sign < 0)
            {
                (numerator, denominator) = (-numerator, -denominator);
            }

            N = numerator;
            D = denominator;
        }

        public BigInteger N { get; }

        public BigInteger D { get; }

        public static Q Of(long value) => new(value, 1);

        public static Q Of(decimal value)
        {
            var scale = value.Scale;
            var unscaled = new BigInteger(value * (decimal)Math.Pow(10, scale));
            return new Q(unscaled, BigInteger.Pow(10, scale));
        }

        public static Q operator +(Q a, Q b) => new((a.N * b.D) + (b.N * a.D), a.D * b.D);

        public static Q operator *(Q a, Q b) => new(a.N * b.N, a.D * b.D);

        public static Q operator /(Q a, Q b) => new(a.N * b.D, a.D * b.N);

        public int CompareTo(Q other) => (N * other.D).CompareTo(other.N * D);
    }
}
