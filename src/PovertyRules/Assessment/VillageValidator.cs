namespace PovertyRules.Assessment;

/// <summary>
/// Rejects village records the rules cannot read: each problem is an <see cref="InputError"/> naming the field and
/// reason. Missing values are not errors (they make criteria unknown); impossible ones are.
/// </summary>
public static class VillageValidator
{
    /// <summary>Every problem with <paramref name="village"/>; empty when it can be assessed.</summary>
    /// <remarks>
    /// A rural registered population of 0 is rejected: incidence is undefined for it, and an administrative village
    /// with no registered resident is a data error, not a village that meets the threshold.
    /// </remarks>
    public static IReadOnlyList<InputError> Validate(Village? village)
    {
        if (village is null)
        {
            return [new InputError("(record)", "the record is null")];
        }

        var errors = new List<InputError>();
        void Add(string field, string reason) => errors.Add(new InputError(field, reason));

        if (AdministrativeCode.Check(village.Code, 12) is { } codeProblem)
        {
            Add(nameof(Village.Code), $"'{village.Code}' is not a 12-digit village code: {codeProblem}");
        }

        LevelChecks.Population(village.RuralPopulation, village.RemainingPoorPeople, "a village", Add);
        LevelChecks.NotNegative(village.CollectiveIncome, nameof(Village.CollectiveIncome), Add);
        LevelChecks.NotNegative(village.Procedure?.UnresolvedObjections, "Procedure.UnresolvedObjections", Add);
        return errors;
    }
}
