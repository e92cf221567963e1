using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>A profile's household parameters resolved once for fast reading by the household rules.</summary>
internal sealed class HouseholdParameters
{
    public HouseholdParameters(PolicyProfile profile)
    {
        Profile = profile;
        var years = profile.YearsAboveLine.Value;
        TestYears = [.. Enumerable.Range(profile.Year - years + 1, years)];
        Lines = [.. TestYears.Select(y => new Threshold(profile.PovertyLines[y].Value, PassingSide.Above))];
        Measure = profile.IncomeMeasure.Value;
        ExcludedTransfers = profile.ExcludedTransfers.Value;
        MaxTransferShare = profile.MaxTransferShare.Value;
        EducationFromAge = profile.CompulsoryEducationFromAge.Value;
        EducationToAge = profile.CompulsoryEducationToAge.Value;
        AgeReferenceDate = profile.AgeReferenceDate.Value;
        EducationFrom = new AgeThreshold(AgeReferenceDate, EducationFromAge);
        EducationBeyond = new AgeThreshold(AgeReferenceDate, EducationToAge + 1);
        MinimumNoticeDays = profile.MinimumNoticeDays.Value;
        CadresExcluded = profile.VillageCadresExcluded.Value;
        CadreWithMajorCauseExempt = profile.CadreWithMajorCauseExempt.Value;
        DisabilityVehicleExempt = profile.DisabilityVehicleExempt.Value;
        MinimumCarValue = profile.MinimumExcludingCarValue.Value;
        WorkVehiclesExcluded = profile.WorkVehiclesExcluded.Value;
        ApplicableMask = HouseholdCriteria.Catalog.ApplicableUnder(profile);
    }

    public PolicyProfile Profile { get; }

    /// <summary>The years whose income is tested, oldest first, ending with the profile's year.</summary>
    public int[] TestYears { get; }

    /// <summary>Each test year's poverty line: income must be strictly above it.</summary>
    public Threshold[] Lines { get; }

    public IncomeMeasure Measure { get; }

    public TransferExclusions ExcludedTransfers { get; }

    public decimal? MaxTransferShare { get; }

    public int EducationFromAge { get; }

    public int EducationToAge { get; }

    public DateOnly AgeReferenceDate { get; }

    /// <summary>Reached by a birth date that makes a member at least <see cref="EducationFromAge"/> on the reference date.</summary>
    public AgeThreshold EducationFrom { get; }

    /// <summary>Reached by a birth date that makes a member older than <see cref="EducationToAge"/> on the reference date.</summary>
    public AgeThreshold EducationBeyond { get; }

    public int MinimumNoticeDays { get; }

    public bool CadresExcluded { get; }

    public bool CadreWithMajorCauseExempt { get; }

    public bool DisabilityVehicleExempt { get; }

    public decimal? MinimumCarValue { get; }

    public bool WorkVehiclesExcluded { get; }

    /// <summary>Bit i set when criterion i of <see cref="HouseholdCriteria.Catalog"/> applies under this profile.</summary>
    public int ApplicableMask { get; }

    /// <summary>
    /// Whether <paramref name="member"/>'s age on <see cref="AgeReferenceDate"/> (<see cref="Member.AgeOn"/>) lies
    /// from <see cref="EducationFromAge"/> to <see cref="EducationToAge"/>; <c>null</c> when neither a birth date nor
    /// an age is recorded.
    /// </summary>
    public bool? OfCompulsorySchoolAge(Member member) =>
        member.BirthDate is { } born
            ? EducationFrom.ReachedBy(born) && !EducationBeyond.ReachedBy(born)
            : member.Age is { } age ? age >= EducationFromAge && age <= EducationToAge : null;
}
