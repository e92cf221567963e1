using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>A profile's data-quality parameters resolved once for fast reading by the checks.</summary>
internal sealed class DataQualityParameters
{
    public DataQualityParameters(PolicyProfile profile)
    {
        Profile = profile;
        AgeReferenceDate = profile.AgeReferenceDate.Value;
        SchoolingFromAge = profile.SchoolingRecordedFromAge.Value;
        SchoolingToAge = profile.SchoolingRecordedToAge.Value;
        LabourFromAge = profile.LabourRecordedFromAge.Value;
        LabourToAge = profile.LabourRecordedToAge.Value;
        SeniorHighToAge = profile.SeniorHighImplausibleToAge.Value;
        PrimaryFromAge = profile.PrimaryImplausibleFromAge.Value;
        EducationFromAge = profile.CompulsoryEducationFromAge.Value;
        EducationToAge = profile.CompulsoryEducationToAge.Value;
        Measure = profile.IncomeMeasure.Value;
        Line = profile.PovertyLine(profile.Year) is { } line ? new Threshold(line.Value, PassingSide.Above) : null;
        Monitoring = profile.MonitoringLine.Value is null ? null : new Monitoring.MonitoringParameters(profile);
        ApplicableMask = DataQualityCriteria.Catalog.ApplicableUnder(profile);
    }

    public PolicyProfile Profile { get; }

    public DateOnly AgeReferenceDate { get; }

    public int SchoolingFromAge { get; }

    public int SchoolingToAge { get; }

    public int LabourFromAge { get; }

    public int LabourToAge { get; }

    public int SeniorHighToAge { get; }

    public int PrimaryFromAge { get; }

    public int EducationFromAge { get; }

    public int EducationToAge { get; }

    public IncomeMeasure Measure { get; }

    /// <summary>The assessment year's line (income must be strictly above it); <c>null</c> when the profile has none.</summary>
    public Threshold? Line { get; }

    /// <summary>The relapse-monitoring parameters, for the category check; <c>null</c> when the profile sets no monitoring line.</summary>
    public Monitoring.MonitoringParameters? Monitoring { get; }

    /// <summary>Bit i set when check i of <see cref="DataQualityCriteria.Catalog"/> applies under this profile.</summary>
    public int ApplicableMask { get; }
}
