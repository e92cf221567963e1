namespace PovertyRules.Rules;

/// <summary>How an incidence finding states what it was decided on.</summary>
internal static class IncidenceText
{
    public static string Describe(int? remaining, int unassessedHouseholds, int? population)
    {
        if (population is not { } p)
        {
            return remaining is { } r ? $"{Formats.People(r)} remaining poor people; rural population missing (RuralPopulation)" : "missing (RuralPopulation, RemainingPoorPeople)";
        }

        if (remaining is not { } known)
        {
            return $"remaining poor people missing (RemainingPoorPeople) of {Formats.People(p)} rural registered population";
        }

        var share = Formats.Percent((decimal)known / p);
        var counts = $"{Formats.People(known)} remaining poor people of {Formats.People(p)} rural registered population";
        return unassessedHouseholds == 0
            ? $"{share} ({counts})"
            : $"at least {share} ({counts}; {unassessedHouseholds} household(s) with rejected records not counted)";
    }
}
