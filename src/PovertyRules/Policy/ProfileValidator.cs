using System.Globalization;

namespace PovertyRules.Policy;

/// <summary>Checks that a profile's values are usable by the rules.</summary>
/// <remarks>
/// Beyond each parameter's own range: the assessment year and every poverty-line year lie in
/// <see cref="FirstYear"/>–<see cref="LastYear"/>; a flag set (excluded transfers, required facilities) holds only
/// defined flags; and <c>ageReferenceDate</c> falls from 1 January of the year before the assessment year to
/// 31 December of the year after it, since ages are taken around the assessment (at its end for the national
/// profiles, at a school-year start or the next spring's check elsewhere), never decades away from it.
/// </remarks>
public static class ProfileValidator
{
    /// <summary>The earliest assessment or poverty-line year accepted: the first rural poverty line (1978).</summary>
    public const int FirstYear = 1978;

    /// <summary>The latest assessment or poverty-line year accepted.</summary>
    public const int LastYear = 2100;

    // The oldest age a record may hold (as the household validator accepts), so the oldest a data-quality limit may name.
    private const int OldestDataQualityAge = 130;

    /// <summary>Every problem with <paramref name="profile"/>; empty when it is usable.</summary>
    public static IReadOnlyList<ProfileProblem> Validate(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problems = new List<ProfileProblem>();
        void Check(bool ok, string name, string reason)
        {
            if (!ok)
            {
                problems.Add(new ProfileProblem($"$.parameters.{name}.value", reason));
            }
        }

        if (string.IsNullOrWhiteSpace(profile.Id))
        {
            problems.Add(new ProfileProblem("$.id", "the id is empty"));
        }

        // A profile built with `with` may hold nulls that no file can; every check below reads the values.
        if (Missing(profile, problems))
        {
            return problems;
        }

        if (profile.Year is < FirstYear or > LastYear)
        {
            problems.Add(new ProfileProblem("$.year", $"must be a year from {FirstYear} to {LastYear}, found {profile.Year}"));
            return problems;
        }

        foreach (var (year, line) in profile.PovertyLines)
        {
            if (year is < FirstYear or > LastYear)
            {
                problems.Add(new ProfileProblem($"$.povertyLines.{year}", $"must be a year from {FirstYear} to {LastYear}"));
            }

            if (line.Value <= 0)
            {
                problems.Add(new ProfileProblem($"$.povertyLines.{year}.value", $"a poverty line must be positive, found {line.Value}"));
            }
        }

        var years = profile.YearsAboveLine.Value;
        Check(years is >= 1 and <= 10, "yearsAboveLine", $"must be 1–10 years, found {years}");
        if (years is >= 1 and <= 10)
        {
            for (var year = profile.Year - years + 1; year <= profile.Year; year++)
            {
                if (!profile.PovertyLines.ContainsKey(year))
                {
                    problems.Add(new ProfileProblem(
                        $"$.povertyLines.{year.ToString(CultureInfo.InvariantCulture)}",
                        $"the line for {year} is missing; assessment year {profile.Year} with {years} year(s) above the line needs it"));
                }
            }
        }

        Check(Enum.IsDefined(profile.IncomeMeasure.Value), "incomeMeasure", $"unknown measure {profile.IncomeMeasure.Value}");
        Check(IsFlagSet(profile.ExcludedTransfers.Value), "excludedTransfers", FlagReason(profile.ExcludedTransfers.Value));
        Check(IsFlagSet(profile.VillageRequiredFacilities.Value), "villageRequiredFacilities", FlagReason(profile.VillageRequiredFacilities.Value));
        var reference = profile.AgeReferenceDate.Value;
        Check(
            reference.Year >= profile.Year - 1 && reference.Year <= profile.Year + 1,
            "ageReferenceDate",
            $"must fall from {profile.Year - 1}-01-01 to {profile.Year + 1}-12-31 (within a year of the assessment year {profile.Year}), found {reference:yyyy-MM-dd}");
        var share = profile.MaxTransferShare.Value;
        Check(share is null or (>= 0m and <= 1m), "maxTransferShare", $"must be a share from 0 to 1, or null, found {share}");
        var from = profile.CompulsoryEducationFromAge.Value;
        var to = profile.CompulsoryEducationToAge.Value;
        Check(from is >= 3 and <= 25, "compulsoryEducationFromAge", $"must be 3–25, found {from}");
        Check(to >= from && to <= 25, "compulsoryEducationToAge", $"must be from compulsoryEducationFromAge ({from}) to 25, found {to}");
        foreach (var (fromName, fromAge, toName, toAge) in new (string, int, string, int)[]
        {
            ("schoolingRecordedFromAge", profile.SchoolingRecordedFromAge.Value, "schoolingRecordedToAge", profile.SchoolingRecordedToAge.Value),
            ("labourRecordedFromAge", profile.LabourRecordedFromAge.Value, "labourRecordedToAge", profile.LabourRecordedToAge.Value),
        })
        {
            Check(fromAge is >= 0 and <= OldestDataQualityAge, fromName, $"must be 0–{OldestDataQualityAge}, found {fromAge}");
            Check(toAge >= fromAge && toAge <= OldestDataQualityAge, toName, $"must be from {fromName} ({fromAge}) to {OldestDataQualityAge}, found {toAge}");
        }

        Check(profile.SeniorHighImplausibleToAge.Value is >= 0 and <= OldestDataQualityAge, "seniorHighImplausibleToAge", $"must be 0–{OldestDataQualityAge}, found {profile.SeniorHighImplausibleToAge.Value}");
        Check(profile.PrimaryImplausibleFromAge.Value is >= 0 and <= OldestDataQualityAge, "primaryImplausibleFromAge", $"must be 0–{OldestDataQualityAge}, found {profile.PrimaryImplausibleFromAge.Value}");
        Check(profile.MinimumNoticeDays.Value is >= 0 and <= 365, "minimumNoticeDays", $"must be 0–365 days, found {profile.MinimumNoticeDays.Value}");
        var carValue = profile.MinimumExcludingCarValue.Value;
        Check(carValue is null or >= 0m, "minimumExcludingCarValue", $"must be zero or more, or null, found {carValue}");
        foreach (var (name, threshold) in new (string, decimal)[]
        {
            ("villageIncidenceThreshold", profile.VillageIncidenceThreshold.Value),
            ("westernVillageIncidenceThreshold", profile.WesternVillageIncidenceThreshold.Value),
            ("countyIncidenceThreshold", profile.CountyIncidenceThreshold.Value),
            ("westernCountyIncidenceThreshold", profile.WesternCountyIncidenceThreshold.Value),
            ("wrongExitRateThreshold", profile.WrongExitRateThreshold.Value),
            ("omissionRateThreshold", profile.OmissionRateThreshold.Value),
            ("publicApprovalThreshold", profile.PublicApprovalThreshold.Value),
        })
        {
            Check(threshold is >= 0m and <= 1m, name, $"must be a share from 0 to 1, found {threshold}");
        }

        var gate = profile.RegisterIncidenceGate.Value;
        Check(gate is null or (>= 0m and <= 1m), "registerIncidenceGate", $"must be a share from 0 to 1, or null, found {gate}");
        foreach (var (name, side, upper) in new (string, PassingSide, bool)[]
        {
            ("countyIncidenceComparison", profile.CountyIncidenceComparison.Value, true),
            ("wrongExitRateComparison", profile.WrongExitRateComparison.Value, true),
            ("omissionRateComparison", profile.OmissionRateComparison.Value, true),
            ("publicApprovalComparison", profile.PublicApprovalComparison.Value, false),
            ("registerIncidenceGateComparison", profile.RegisterIncidenceGateComparison.Value, true),
        })
        {
            // An incidence or a rate is a ceiling and approval a floor: the other two sides would invert the criterion.
            var allowed = upper ? new[] { PassingSide.Below, PassingSide.AtMost } : [PassingSide.Above, PassingSide.AtLeast];
            Check(allowed.Contains(side), name, $"must be {allowed[0]} or {allowed[1]}, found {side}");
        }

        CheckAllocation(profile, Check);
        Check(profile.PromotionPriorityConsecutiveYears.Value is >= 1 and <= 10, "promotionPriorityConsecutiveYears", $"must be 1–10 years, found {profile.PromotionPriorityConsecutiveYears.Value}");
        Check(!string.IsNullOrWhiteSpace(profile.PromotionPriorityGrade.Value), "promotionPriorityGrade", "the grade is empty");
        Check(profile.MonitoringLine.Value is null or > 0m, "monitoringLine", $"must be positive yuan, or null, found {profile.MonitoringLine.Value}");
        Check(profile.HardshipExpenseShare.Value is > 0m and <= 10m, "hardshipExpenseShare", $"must be a share above 0 and at most 10, found {profile.HardshipExpenseShare.Value}");
        Check(profile.HardshipIncomeDropShare.Value is > 0m and < 1m, "hardshipIncomeDropShare", $"must be a share above 0 and below 1, found {profile.HardshipIncomeDropShare.Value}");
        Check(profile.RiskEliminationYears.Value is >= 1 and <= 10, "riskEliminationYears", $"must be 1–10 years, found {profile.RiskEliminationYears.Value}");
        Check(profile.VillageMinimumCollectiveIncome.Value is null or >= 0m, "villageMinimumCollectiveIncome", $"must be zero or more, or null, found {profile.VillageMinimumCollectiveIncome.Value}");
        Check(profile.CountyMinimumRuralIncome.Value is null or >= 0m, "countyMinimumRuralIncome", $"must be zero or more, or null, found {profile.CountyMinimumRuralIncome.Value}");
        foreach (var province in profile.WesternProvinces.Value)
        {
            Check(Model.AdministrativeCode.Check($"{province:00}0101000000", 12) is null, "westernProvinces", $"{province} is not a province code of GB/T 2260");
        }

        foreach (var county in profile.CountyRegionOverrides.Value.Keys)
        {
            var reason = Model.AdministrativeCode.Check(county, 6);
            Check(reason is null, "countyRegionOverrides", $"'{county}' is not a county code: {reason}");
        }

        return problems;
    }

    private static void CheckAllocation(PolicyProfile profile, Action<bool, string, string> check)
    {
        var weights = new (string Name, decimal Weight)[]
        {
            ("allocationPoorPopulationWeight", profile.AllocationPoorPopulationWeight.Value),
            ("allocationIncidenceWeight", profile.AllocationIncidenceWeight.Value),
            ("allocationRuralIncomeWeight", profile.AllocationRuralIncomeWeight.Value),
            ("allocationPerformanceWeight", profile.AllocationPerformanceWeight.Value),
        };
        foreach (var (name, weight) in weights)
        {
            check(weight is >= 0m and <= 1m, name, $"must be a weight from 0 to 1, found {weight}");
        }

        var sum = weights.Sum(w => w.Weight);
        check(sum == 1m, "allocationPerformanceWeight", $"the four allocation weights must sum to 1, found {sum}");
        foreach (var (grade, score) in profile.AllocationGradeScores.Value)
        {
            check(!string.IsNullOrWhiteSpace(grade), "allocationGradeScores", "a grade is empty");
            check(score is >= 0m and <= 1m, "allocationGradeScores", $"the score of grade '{grade}' must be from 0 to 1, found {score}");
        }

        check(profile.AllocationFloor.Value is null or >= 0m, "allocationFloor", $"must be zero or more yuan, or null, found {profile.AllocationFloor.Value}");
        check(profile.AllocationCapShare.Value is null or (> 0m and <= 1m), "allocationCapShare", $"must be a share above 0 and at most 1, or null, found {profile.AllocationCapShare.Value}");
    }

    private static bool Missing(PolicyProfile profile, List<ProfileProblem> problems)
    {
        var before = problems.Count;
        if (profile.Name is null)
        {
            problems.Add(new ProfileProblem("$.name", "the name is missing (null)"));
        }

        if (profile.PovertyLines is null)
        {
            problems.Add(new ProfileProblem("$.povertyLines", "the poverty lines are missing (null)"));
        }
        else
        {
            foreach (var (year, line) in profile.PovertyLines)
            {
                if (line is null)
                {
                    problems.Add(new ProfileProblem($"$.povertyLines.{year}", "the line is missing (null)"));
                }
            }
        }

        foreach (var parameter in ProfileParameters.All)
        {
            if (parameter.Missing(profile) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems.Count > before;
    }

    private static bool IsFlagSet<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var bits = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        var defined = Enum.GetValues<TEnum>().Aggregate(0L, (mask, flag) => mask | Convert.ToInt64(flag, CultureInfo.InvariantCulture));
        return bits >= 0 && (bits & ~defined) == 0;
    }

    private static string FlagReason<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        $"must combine only {string.Join(", ", Enum.GetNames<TEnum>())}, found {Convert.ToInt64(value, CultureInfo.InvariantCulture)}";

    /// <summary>Throws when <paramref name="profile"/> has any problem, listing every one.</summary>
    /// <exception cref="ArgumentException">The profile is not usable; the message lists each problem.</exception>
    public static void EnsureValid(PolicyProfile profile)
    {
        var problems = Validate(profile);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"Policy profile '{profile.Id}' is not usable: {string.Join("; ", problems.Select(p => $"{p.Path}: {p.Reason}"))}",
                nameof(profile));
        }
    }
}
