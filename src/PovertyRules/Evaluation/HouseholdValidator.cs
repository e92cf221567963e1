using System.Globalization;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Evaluation;

/// <summary>
/// Rejects records the rules cannot read: each problem is an <see cref="InputError"/> naming the field and reason.
/// Missing values are not errors (they make criteria unknown); impossible ones are.
/// </summary>
public static class HouseholdValidator
{
    private const int OldestAge = 130;

    /// <summary>Every problem with <paramref name="household"/> under <paramref name="profile"/>; empty when it can be assessed.</summary>
    public static IReadOnlyList<InputError> Validate(Household? household, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (household is null)
        {
            return [new InputError("(record)", "the record is null")];
        }

        var errors = new List<InputError>();
        void Add(string field, string reason) => errors.Add(new InputError(field, reason));

        if (string.IsNullOrWhiteSpace(household.Id))
        {
            Add(nameof(Household.Id), "the household number is empty");
        }

        if (AdministrativeCode.Check(household.VillageCode, 12) is { } codeProblem)
        {
            Add(nameof(Household.VillageCode), $"'{household.VillageCode}' is not a 12-digit village code: {codeProblem}");
        }

        if (household.Members is null || household.Members.Count == 0)
        {
            Add(nameof(Household.Members), "the household has no members");
        }
        else
        {
            for (var i = 0; i < household.Members.Count; i++)
            {
                CheckMember(household.Members[i], $"Members[{i}]", profile.AgeReferenceDate.Value, Add);
            }
        }

        var years = new HashSet<int>();
        for (var i = 0; i < household.Income.Count; i++)
        {
            var income = household.Income[i];
            var path = $"Income[{i}]";
            if (income is null)
            {
                Add(path, "the income record is null");
                continue;
            }

            if (!years.Add(income.Year))
            {
                Add($"{path}.Year", $"year {income.Year} is recorded more than once");
            }

            NotNegative(income.PerCapitaNet, $"{path}.PerCapitaNet", Add);
            NotNegative(income.PerCapitaDisposable, $"{path}.PerCapitaDisposable", Add);
            NotNegative(income.Wages, $"{path}.Wages", Add);
            NotNegative(income.Property, $"{path}.Property", Add);
            NotNegative(income.Transfers, $"{path}.Transfers", Add);
            NotNegative(income.Pension, $"{path}.Pension", Add);
            NotNegative(income.MinimumLivingAllowance, $"{path}.MinimumLivingAllowance", Add);
            NotNegative(income.OneOffRelief, $"{path}.OneOffRelief", Add);
        }

        if (household.Dwelling is { } dwelling)
        {
            Defined(dwelling.Grade, "Dwelling.Grade", Add);
            NotNegative(dwelling.FloorAreaSquareMetres, "Dwelling.FloorAreaSquareMetres", Add);
        }

        if (household.OwnedHousing is { } owned)
        {
            for (var i = 0; i < owned.Count; i++)
            {
                if (owned[i] is null)
                {
                    Add($"OwnedHousing[{i}]", "the entry is null");
                }
                else
                {
                    Defined<DwellingKind>(owned[i].Kind, $"OwnedHousing[{i}].Kind", Add);
                }
            }
        }

        if (household.Vehicles is { } vehicles)
        {
            for (var i = 0; i < vehicles.Count; i++)
            {
                if (vehicles[i] is null)
                {
                    Add($"Vehicles[{i}]", "the entry is null");
                    continue;
                }

                Defined<VehicleKind>(vehicles[i].Kind, $"Vehicles[{i}].Kind", Add);
                NotNegative(vehicles[i].Value, $"Vehicles[{i}].Value", Add);
            }
        }

        if (household.ExitProcedure is { } procedure)
        {
            NotNegative(procedure.NoticeDays, "ExitProcedure.NoticeDays", Add);
            NotNegative(procedure.UnresolvedObjections, "ExitProcedure.UnresolvedObjections", Add);
        }

        Defined(household.MainPovertyCause, nameof(Household.MainPovertyCause), Add);
        Defined(household.Attribute, nameof(Household.Attribute), Add);
        Defined(household.ExitFlag, nameof(Household.ExitFlag), Add);
        Defined(household.IdentificationStandard, nameof(Household.IdentificationStandard), Add);
        return errors;
    }

    private static void CheckMember(Member? member, string path, DateOnly referenceDate, Action<string, string> add)
    {
        if (member is null)
        {
            add(path, "the member is null");
            return;
        }

        if (member.Age is < 0 or > OldestAge)
        {
            add($"{path}.Age", $"{member.Age} is not an age (0–{OldestAge})");
        }

        if (member.BirthDate is { } born && born > referenceDate)
        {
            add($"{path}.BirthDate", $"{born:yyyy-MM-dd} is after the age reference date {referenceDate:yyyy-MM-dd}");
        }
        else if (member.BirthDate is not null && member.AgeOn(referenceDate) > OldestAge)
        {
            add($"{path}.BirthDate", $"{member.BirthDate:yyyy-MM-dd} gives an age over {OldestAge}");
        }

        if (member.MonthsMigrantWork is < 0 or > 12)
        {
            add($"{path}.MonthsMigrantWork", $"{member.MonthsMigrantWork} is not a number of months in a year (0–12)");
        }

        Defined(member.Relationship, $"{path}.Relationship", add);
        Defined(member.Sex, $"{path}.Sex", add);
        Defined(member.Education, $"{path}.Education", add);
        Defined(member.Schooling, $"{path}.Schooling", add);
        Defined(member.OutOfSchoolReason, $"{path}.OutOfSchoolReason", add);
        Defined(member.Labour, $"{path}.Labour", add);
        if (member.Health is { } health && (health & ~(HealthConditions.Healthy | HealthConditions.ChronicIllness | HealthConditions.SeriousIllness | HealthConditions.Disability)) != 0)
        {
            add($"{path}.Health", $"{(int)health} is not a combination of health codes");
        }
    }

    private static void NotNegative(decimal? value, string field, Action<string, string> add)
    {
        if (value < 0)
        {
            add(field, $"{value.Value.ToString(CultureInfo.InvariantCulture)} is negative");
        }
    }

    private static void NotNegative(int? value, string field, Action<string, string> add)
    {
        if (value < 0)
        {
            add(field, $"{value} is negative");
        }
    }

    private static void Defined<TEnum>(TEnum? value, string field, Action<string, string> add)
        where TEnum : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            add(field, $"{Convert.ToInt64(v, CultureInfo.InvariantCulture)} is not a code of {typeof(TEnum).Name}");
        }
    }
}
