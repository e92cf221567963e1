namespace PovertyRules.Assessment;

/// <summary>
/// Rejects county records the rules cannot read: each problem is an <see cref="InputError"/> naming the field and
/// reason. Missing values are not errors (they make criteria unknown); impossible ones are.
/// </summary>
public static class CountyValidator
{
    /// <summary>Every problem with <paramref name="county"/>; empty when it can be assessed.</summary>
    /// <remarks>A rural registered population of 0 is rejected: incidence is undefined for it.</remarks>
    public static IReadOnlyList<InputError> Validate(County? county)
    {
        if (county is null)
        {
            return [new InputError("(record)", "the record is null")];
        }

        var errors = new List<InputError>();
        void Add(string field, string reason) => errors.Add(new InputError(field, reason));

        if (AdministrativeCode.Check(county.Code, 6) is { } codeProblem)
        {
            Add(nameof(County.Code), $"'{county.Code}' is not a 6-digit county code: {codeProblem}");
        }

        LevelChecks.Population(county.RuralPopulation, county.RemainingPoorPeople, "a county", Add);
        LevelChecks.NotNegative(county.ExitedPeople, nameof(County.ExitedPeople), Add);
        if (county is { RuralPopulation: > 0 and var population, RemainingPoorPeople: >= 0 and var remaining, ExitedPeople: >= 0 and var exited }
            && remaining <= population && (long)remaining + exited > population)
        {
            Add(nameof(County.ExitedPeople), $"{exited} exited and {remaining} remaining poor people are more than the rural registered population {population}");
        }

        LevelChecks.NotNegative(county.ListedVillagesRemaining, nameof(County.ListedVillagesRemaining), Add);
        LevelChecks.NotNegative(county.RuralPerCapitaIncome, nameof(County.RuralPerCapitaIncome), Add);
        if (county.Evaluation is { } sample)
        {
            errors.AddRange(ValidateSample(sample, nameof(County.Evaluation)));
        }

        return errors;
    }

    internal static List<InputError> ValidateSample(ThirdPartySample sample, string path)
    {
        var errors = new List<InputError>();
        void Part(int? part, string partName, int? whole, string wholeName)
        {
            LevelChecks.NotNegative(whole, $"{path}.{wholeName}", (f, r) => errors.Add(new InputError(f, r)));
            LevelChecks.NotNegative(part, $"{path}.{partName}", (f, r) => errors.Add(new InputError(f, r)));
            if (part > whole && whole >= 0)
            {
                errors.Add(new InputError($"{path}.{partName}", $"{part} is more than the {whole} of {wholeName}"));
            }
        }

        Part(sample.WronglyExitedPeople, nameof(ThirdPartySample.WronglyExitedPeople), sample.ExitedPeopleSampled, nameof(ThirdPartySample.ExitedPeopleSampled));
        Part(sample.OmittedPoorPeople, nameof(ThirdPartySample.OmittedPoorPeople), sample.NonRegisteredPeopleSampled, nameof(ThirdPartySample.NonRegisteredPeopleSampled));
        Part(sample.HouseholdsApproving, nameof(ThirdPartySample.HouseholdsApproving), sample.HouseholdsSurveyed, nameof(ThirdPartySample.HouseholdsSurveyed));
        return errors;
    }
}
