using System.Globalization;
using PovertyRules.Policy;

namespace PovertyRules.Assessment;

/// <summary>
/// Rejects records the rules cannot read: each problem is an <see cref="InputError"/> naming the field and reason.
/// Missing values are not errors (they make criteria unknown); impossible ones are.
/// </summary>
/// <remarks>
/// Bulk runs validate every record, so a clean record costs no allocation: field paths and messages are built only
/// for the problems found.
/// </remarks>
public static class HouseholdValidator
{
    private const int OldestAge = 130;

    /// <summary>Every problem with <paramref name="household"/> under <paramref name="profile"/>; empty when it can be assessed.</summary>
    public static IReadOnlyList<InputError> Validate(Household? household, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Validate(household, Limits(profile.AgeReferenceDate.Value));
    }

    /// <summary>The age checks for <paramref name="referenceDate"/>, worked out once per profile for bulk runs.</summary>
    internal static AgeLimits Limits(DateOnly referenceDate) => new(referenceDate, OldestAge);

    internal static IReadOnlyList<InputError> Validate(Household? household, AgeLimits ages)
    {
        if (household is null)
        {
            return [new InputError("(record)", "the record is null")];
        }

        List<InputError>? errors = null;
        var readErrors = household.ReadErrors;
        for (var i = 0; i < readErrors.Count; i++)
        {
            if (readErrors[i] is { } read)
            {
                (errors ??= []).Add(new InputError(read.Field, read.Reason) { Location = read.Location });
            }
        }

        if (string.IsNullOrWhiteSpace(household.Id))
        {
            Add(ref errors, nameof(Household.Id), "the household number is empty");
        }

        if (AdministrativeCode.Check(household.VillageCode, 12) is { } codeProblem)
        {
            Add(ref errors, nameof(Household.VillageCode), $"'{household.VillageCode}' is not a 12-digit village code: {codeProblem}");
        }

        var members = household.Members;
        if (members is null || members.Count == 0)
        {
            Add(ref errors, nameof(Household.Members), "the household has no members");
        }
        else
        {
            for (var i = 0; i < members.Count; i++)
            {
                CheckMember(members[i], i, ages, ref errors);
            }
        }

        var incomes = household.Income;
        for (var i = 0; i < incomes.Count; i++)
        {
            var income = incomes[i];
            if (income is null)
            {
                Add(ref errors, Path("Income", i), "the income record is null");
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (incomes[j] is { } earlier && earlier.Year == income.Year)
                {
                    Add(ref errors, Path("Income", i, "Year"), $"year {income.Year} is recorded more than once");
                    break;
                }
            }

            NotNegative(income.PerCapitaNet, "Income", i, "PerCapitaNet", ref errors);
            NotNegative(income.PerCapitaDisposable, "Income", i, "PerCapitaDisposable", ref errors);
            NotNegative(income.Wages, "Income", i, "Wages", ref errors);
            NotNegative(income.Property, "Income", i, "Property", ref errors);
            NotNegative(income.Transfers, "Income", i, "Transfers", ref errors);
            NotNegative(income.Pension, "Income", i, "Pension", ref errors);
            NotNegative(income.MinimumLivingAllowance, "Income", i, "MinimumLivingAllowance", ref errors);
            NotNegative(income.OneOffRelief, "Income", i, "OneOffRelief", ref errors);
        }

        if (household.Dwelling is { } dwelling)
        {
            Defined(dwelling.Grade, "Dwelling.Grade", ref errors);
            NotNegative(dwelling.FloorAreaSquareMetres, "Dwelling", -1, "FloorAreaSquareMetres", ref errors);
        }

        if (household.OwnedHousing is { } owned)
        {
            for (var i = 0; i < owned.Count; i++)
            {
                if (owned[i] is null)
                {
                    Add(ref errors, Path("OwnedHousing", i), "the entry is null");
                }
                else if (!DefinedCodes<DwellingKind>.IsDefined(owned[i].Kind))
                {
                    Add(ref errors, Path("OwnedHousing", i, "Kind"), NotACode(owned[i].Kind));
                }
            }
        }

        if (household.Vehicles is { } vehicles)
        {
            for (var i = 0; i < vehicles.Count; i++)
            {
                var vehicle = vehicles[i];
                if (vehicle is null)
                {
                    Add(ref errors, Path("Vehicles", i), "the entry is null");
                    continue;
                }

                if (!DefinedCodes<VehicleKind>.IsDefined(vehicle.Kind))
                {
                    Add(ref errors, Path("Vehicles", i, "Kind"), NotACode(vehicle.Kind));
                }

                NotNegative(vehicle.Value, "Vehicles", i, "Value", ref errors);
            }
        }

        if (household.ExitProcedure is { } procedure)
        {
            NotNegative(procedure.NoticeDays, "ExitProcedure.NoticeDays", ref errors);
            NotNegative(procedure.UnresolvedObjections, "ExitProcedure.UnresolvedObjections", ref errors);
        }

        Defined(household.MainPovertyCause, nameof(Household.MainPovertyCause), ref errors);
        Defined(household.Attribute, nameof(Household.Attribute), ref errors);
        Defined(household.ExitFlag, nameof(Household.ExitFlag), ref errors);
        Defined(household.IdentificationStandard, nameof(Household.IdentificationStandard), ref errors);
        return errors is null ? [] : Located(errors, household);
    }

    private static void CheckMember(Member? member, int index, AgeLimits ages, ref List<InputError>? errors)
    {
        if (member is null)
        {
            Add(ref errors, Path("Members", index), "the member is null");
            return;
        }

        if (member.Age is < 0 or > OldestAge)
        {
            Add(ref errors, Path("Members", index, "Age"), $"{member.Age} is not an age (0–{OldestAge})");
        }

        if (member.BirthDate is { } born)
        {
            if (born > ages.ReferenceDate)
            {
                Add(ref errors, Path("Members", index, "BirthDate"), $"{born:yyyy-MM-dd} is after the age reference date {ages.ReferenceDate:yyyy-MM-dd}");
            }
            else if (ages.BeyondOldest.ReachedBy(born))
            {
                Add(ref errors, Path("Members", index, "BirthDate"), $"{born:yyyy-MM-dd} gives an age over {OldestAge}");
            }
        }

        if (member.MonthsMigrantWork is < 0 or > 12)
        {
            Add(ref errors, Path("Members", index, "MonthsMigrantWork"), $"{member.MonthsMigrantWork} is not a number of months in a year (0–12)");
        }

        Defined(member.Relationship, index, "Relationship", ref errors);
        Defined(member.Sex, index, "Sex", ref errors);
        Defined(member.Education, index, "Education", ref errors);
        Defined(member.Schooling, index, "Schooling", ref errors);
        Defined(member.OutOfSchoolReason, index, "OutOfSchoolReason", ref errors);
        Defined(member.Labour, index, "Labour", ref errors);
        if (member.Health is { } health && (health & ~(HealthConditions.Healthy | HealthConditions.ChronicIllness | HealthConditions.SeriousIllness | HealthConditions.Disability)) != 0)
        {
            Add(ref errors, Path("Members", index, "Health"), $"{(int)health} is not a combination of health codes");
        }
    }

    /// <summary>Points each error without a location to the row it came from: the member's for a member field, else the household's.</summary>
    private static List<InputError> Located(List<InputError> errors, Household household)
    {
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            if (error.Location is null && LocationOf(error.Field, household) is { } location)
            {
                errors[i] = error with { Location = location };
            }
        }

        return errors;
    }

    private static Model.SourceLocation? LocationOf(string field, Household household)
    {
        const string prefix = "Members[";
        if (field.StartsWith(prefix, StringComparison.Ordinal)
            && field.IndexOf(']', prefix.Length) is var close and > 0
            && int.TryParse(field.AsSpan(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && household.Members is { } members && index < members.Count && members[index]?.Source is { } memberRow)
        {
            return memberRow;
        }

        return household.Source;
    }

    private static void Add(ref List<InputError>? errors, string field, string reason) =>
        (errors ??= []).Add(new InputError(field, reason));

    private static string Path(string collection, int index, string? field = null) =>
        field is null
            ? string.Create(CultureInfo.InvariantCulture, $"{collection}[{index}]")
            : string.Create(CultureInfo.InvariantCulture, $"{collection}[{index}].{field}");

    private static void NotNegative(decimal? value, string owner, int index, string field, ref List<InputError>? errors)
    {
        if (value < 0)
        {
            Add(ref errors, index < 0 ? $"{owner}.{field}" : Path(owner, index, field), $"{value.Value.ToString(CultureInfo.InvariantCulture)} is negative");
        }
    }

    private static void NotNegative(int? value, string field, ref List<InputError>? errors)
    {
        if (value < 0)
        {
            Add(ref errors, field, $"{value} is negative");
        }
    }

    private static void Defined<TEnum>(TEnum? value, string field, ref List<InputError>? errors)
        where TEnum : struct, Enum
    {
        if (value is { } v && !DefinedCodes<TEnum>.IsDefined(v))
        {
            Add(ref errors, field, NotACode(v));
        }
    }

    private static void Defined<TEnum>(TEnum? value, int member, string field, ref List<InputError>? errors)
        where TEnum : struct, Enum
    {
        if (value is { } v && !DefinedCodes<TEnum>.IsDefined(v))
        {
            Add(ref errors, Path("Members", member, field), NotACode(v));
        }
    }

    private static string NotACode<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        $"{Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not a code of {typeof(TEnum).Name}";
}
