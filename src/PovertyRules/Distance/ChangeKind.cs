namespace PovertyRules.Distance;

/// <summary>What a <see cref="RequiredChange"/> asks for.</summary>
public enum ChangeKind
{
    /// <summary>A test year's per-capita income must rise by <see cref="RequiredChange.Amount"/> yuan (income other than transfers).</summary>
    RaiseIncome = 1,

    /// <summary>
    /// A test year's counted transfers must fall by <see cref="RequiredChange.Amount"/> yuan per person: the profile's
    /// cap on the transfer share cannot be met by more income (a cap of 0).
    /// </summary>
    ReduceTransfers = 2,

    /// <summary>A member of compulsory-school age out of school because of poverty must return to school.</summary>
    ReturnToSchool = 3,

    /// <summary>A member eligible for basic medical insurance must be enrolled.</summary>
    EnrolInMedicalInsurance = 4,

    /// <summary>The dwelling (grade C or D) must be repaired to grade A or B, or the household resettled.</summary>
    MakeHousingSafe = 5,

    /// <summary>The household must be given safe drinking water.</summary>
    ProvideSafeWater = 6,

    /// <summary>Food and clothing must be made secure.</summary>
    SecureFoodAndClothing = 7,

    /// <summary>A procedure step not done or not recorded must be completed (and recorded).</summary>
    CompleteProcedureStep = 8,

    /// <summary>A rule pack's exit criterion is not met; the library cannot quantify what it lacks.</summary>
    MeetPackCriterion = 9,

    /// <summary>Remaining poor people must exit: <see cref="RequiredChange.Amount"/> people fewer for the incidence to pass.</summary>
    RemovePoorPeople = 10,

    /// <summary>A facility the profile requires of a village must be provided.</summary>
    ProvideFacility = 11,

    /// <summary>An amount that must reach a minimum (collective income, rural income per person) must rise by <see cref="RequiredChange.Amount"/> yuan.</summary>
    RaiseAmount = 12,

    /// <summary>
    /// A third-party rate that must stay below its threshold (wrong exits, omissions) found <see cref="RequiredChange.Amount"/>
    /// cases more in the sample than the rate allows.
    /// </summary>
    ReduceSampledCases = 13,

    /// <summary>Public approval must have <see cref="RequiredChange.Amount"/> approving households more in the survey to pass.</summary>
    RaiseSampledApproval = 14,
}
