using System.Globalization;
using PovertyRules.Evaluation;
using PovertyRules.Policy;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Rules;

/// <summary>
/// The one fact a household rule matches: the household with the parameters resolved for it, and the verdicts the
/// rules record. Rules fire only on exceptions (not met, unknown); a required criterion with no firing is met.
/// A class, not a record: NRules tells facts apart by identity here.
/// </summary>
internal sealed class HouseholdFact(HouseholdRecord household, HouseholdParameters parameters) : LevelFact
{
    public HouseholdRecord Household { get; } = household;

    public HouseholdParameters Parameters { get; } = parameters;

    /// <inheritdoc />
    public override int ApplicableMask => Parameters.ApplicableMask;

    public void Record(Criterion criterion, Verdict verdict) => Record(criterion.Index, verdict);

    /// <summary>The income record for <paramref name="year"/>, or <c>null</c> (<see cref="HouseholdRecord.IncomeFor"/> without an enumerator).</summary>
    public Model.AnnualIncome? IncomeFor(int year)
    {
        var incomes = Household.Income;
        for (var i = 0; i < incomes.Count; i++)
        {
            if (incomes[i].Year == year)
            {
                return incomes[i];
            }
        }

        return null;
    }

    public static string Yuan(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " yuan";
}

/// <summary>A profile's parameters resolved once for fast reading by the household rules.</summary>
internal sealed class HouseholdParameters
{
    public HouseholdParameters(PolicyProfile profile, Receipt receipt)
    {
        Profile = profile;
        Receipt = receipt;
        var years = profile.YearsAboveLine.Value;
        TestYears = [.. Enumerable.Range(profile.Year - years + 1, years)];
        Lines = [.. TestYears.Select(y => profile.PovertyLines[y].Value)];
        Measure = profile.IncomeMeasure.Value;
        ExcludedTransfers = profile.ExcludedTransfers.Value;
        MaxTransferShare = profile.MaxTransferShare.Value;
        EducationFromAge = profile.CompulsoryEducationFromAge.Value;
        EducationToAge = profile.CompulsoryEducationToAge.Value;
        AgeReferenceDate = profile.AgeReferenceDate.Value;
        Ages = HouseholdValidator.Limits(AgeReferenceDate);
        _educationFrom = new AgeThreshold(AgeReferenceDate, EducationFromAge);
        _educationBeyond = new AgeThreshold(AgeReferenceDate, EducationToAge + 1);
        WaterRequired = profile.SafeDrinkingWaterRequired.Value;
        MinimumNoticeDays = profile.MinimumNoticeDays.Value;
        CadresExcluded = profile.VillageCadresExcluded.Value;
        CadreWithMajorCauseExempt = profile.CadreWithMajorCauseExempt.Value;
        DisabilityVehicleExempt = profile.DisabilityVehicleExempt.Value;
        MinimumCarValue = profile.MinimumExcludingCarValue.Value;
        WorkVehiclesExcluded = profile.WorkVehiclesExcluded.Value;
        ApplicableMask = HouseholdCriteria.ApplicableMask(this);
    }

    private readonly AgeThreshold _educationFrom;
    private readonly AgeThreshold _educationBeyond;

    public PolicyProfile Profile { get; }

    public Receipt Receipt { get; }

    public int[] TestYears { get; }

    public decimal[] Lines { get; }

    public IncomeMeasure Measure { get; }

    public TransferExclusions ExcludedTransfers { get; }

    public decimal? MaxTransferShare { get; }

    public int EducationFromAge { get; }

    public int EducationToAge { get; }

    public DateOnly AgeReferenceDate { get; }

    /// <summary>The validator's age checks against <see cref="AgeReferenceDate"/>.</summary>
    public AgeLimits Ages { get; }

    public bool WaterRequired { get; }

    public int MinimumNoticeDays { get; }

    public bool CadresExcluded { get; }

    public bool CadreWithMajorCauseExempt { get; }

    public bool DisabilityVehicleExempt { get; }

    public decimal? MinimumCarValue { get; }

    public bool WorkVehiclesExcluded { get; }

    /// <summary>Bit i set when criterion i of <see cref="HouseholdCriteria.All"/> applies under this profile.</summary>
    public int ApplicableMask { get; }

    /// <summary>
    /// Whether <paramref name="member"/>'s age on <see cref="AgeReferenceDate"/> (<see cref="Model.Member.AgeOn"/>) lies
    /// from <see cref="EducationFromAge"/> to <see cref="EducationToAge"/>; <c>null</c> when neither a birth date nor
    /// an age is recorded.
    /// </summary>
    public bool? OfCompulsorySchoolAge(Model.Member member) =>
        member.BirthDate is { } born
            ? _educationFrom.ReachedBy(born) && !_educationBeyond.ReachedBy(born)
            : member.Age is { } age ? age >= EducationFromAge && age <= EducationToAge : null;
}
