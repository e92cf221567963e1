using System.Collections.Immutable;

namespace PovertyRules.Assessment;

/// <summary>
/// Household assessments of one village, county or province counted by status: households and the people they stand
/// for. Immutable.
/// </summary>
/// <remarks>
/// The counting rule (<see cref="CountsAsRemainingPoor"/>): a household stays registered poor until its exit is
/// established, so households that remain poor, whose exit procedure is pending, or whose assessment is undetermined
/// are remaining poor people; a household that may exit is not; a household removed as wrongly registered (四类对象)
/// leaves the register and the numerator (its people stay in the rural registered population, the denominator, which
/// is the hukou population and not the register). A household whose record was rejected is counted apart: its people
/// are not known to be either, so incidence built on it is a lower bound.
/// </remarks>
public sealed class HouseholdTally
{
    private readonly ImmutableArray<int> _households;
    private readonly ImmutableArray<int> _people;

    internal HouseholdTally(string? code, ImmutableArray<int> households, ImmutableArray<int> people)
    {
        Code = code;
        _households = households;
        _people = people;
        Households = households.Sum();
        People = people.Sum();
        RemainingPoorHouseholds = Remaining(households);
        RemainingPoorPeople = Remaining(people);
    }

    /// <summary>The village, county or province code counted; <c>null</c> for households with no usable code.</summary>
    public string? Code { get; }

    /// <summary>Every household counted, whatever its status.</summary>
    public int Households { get; }

    /// <summary>The members of every household counted (as far as a rejected record lists them).</summary>
    public int People { get; }

    /// <summary>Households still registered poor under the counting rule.</summary>
    public int RemainingPoorHouseholds { get; }

    /// <summary>People still registered poor under the counting rule: the numerator of poverty incidence.</summary>
    public int RemainingPoorPeople { get; }

    /// <summary>Households whose record was rejected (invalid input): not counted as remaining poor or exited.</summary>
    public int UnassessedHouseholds => HouseholdsWith(HouseholdStatus.InvalidInput);

    /// <summary>
    /// Whether a household with this status counts as remaining registered poor: <c>true</c> for remains poor,
    /// procedure pending and undetermined; <c>false</c> for may exit and wrongly registered; <c>null</c> for invalid
    /// input, which is counted apart.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public static bool? CountsAsRemainingPoor(HouseholdStatus status) =>
        CountingRule.CountsAsRemainingPoor(status);

    /// <summary>Households counted with <paramref name="status"/>.</summary>
    public int HouseholdsWith(HouseholdStatus status) => Slot(_households, status);

    /// <summary>People in households counted with <paramref name="status"/>.</summary>
    public int PeopleWith(HouseholdStatus status) => Slot(_people, status);

    /// <summary><c>code: N households (M people), R remaining poor people</c>.</summary>
    public override string ToString() =>
        $"{Code ?? "(no code)"}: {Households} households ({People} people), {RemainingPoorPeople} remaining poor people"
        + (UnassessedHouseholds > 0 ? $", {UnassessedHouseholds} rejected records" : string.Empty);

    private static int Slot(ImmutableArray<int> counts, HouseholdStatus status) =>
        (int)status is var i && i >= 0 && i < counts.Length ? counts[i] : 0;

    private static int Remaining(ImmutableArray<int> counts)
    {
        var remaining = 0;
        foreach (var status in CountingRule.RemainingPoor)
        {
            remaining += counts[(int)status];
        }

        return remaining;
    }
}
