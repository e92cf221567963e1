using System.Globalization;

namespace PovertyRules.Policy;

/// <summary>A problem with a policy profile: where and why.</summary>
/// <param name="Path">The parameter path, e.g. <c>$.parameters.yearsAboveLine.value</c>.</param>
/// <param name="Reason">Why the value is not acceptable.</param>
public sealed record ProfileProblem(string Path, string Reason);

/// <summary>Checks that a profile's values are usable by the rules.</summary>
public static class ProfileValidator
{
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

        foreach (var (year, line) in profile.PovertyLines)
        {
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
        var share = profile.MaxTransferShare.Value;
        Check(share is null or (>= 0m and <= 1m), "maxTransferShare", $"must be a share from 0 to 1, or null, found {share}");
        var from = profile.CompulsoryEducationFromAge.Value;
        var to = profile.CompulsoryEducationToAge.Value;
        Check(from is >= 3 and <= 25, "compulsoryEducationFromAge", $"must be 3–25, found {from}");
        Check(to >= from && to <= 25, "compulsoryEducationToAge", $"must be from compulsoryEducationFromAge ({from}) to 25, found {to}");
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
