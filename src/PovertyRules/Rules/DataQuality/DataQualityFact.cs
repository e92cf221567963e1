using PovertyRules.Policy;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Rules.DataQuality;

/// <summary>
/// The one fact a data-quality rule matches: the household, the parameters resolved for it, and what each check reads
/// — every member's ID number read once, ages, the head count, the exit flag's contradictions — computed once here,
/// so that the rules' conditions only compare plain fields. A class, not a record: NRules tells facts apart by identity.
/// </summary>
internal sealed class DataQualityFact : LevelFact
{
    private static readonly Dwelling NoDwelling = new();

    /// <param name="household">A household that passed the structural validation (no null member).</param>
    /// <param name="parameters">The profile's data-quality parameters.</param>
    /// <param name="registry">The run's ID numbers seen so far; this household's are registered in it.</param>
    /// <param name="record">The household's record number in the run.</param>
    public DataQualityFact(HouseholdRecord household, DataQualityParameters parameters, IdNumberRegistry registry, int record)
    {
        Household = household;
        Parameters = parameters;
        Record = record;
        var members = household.Members;
        var reference = parameters.AgeReferenceDate;
        Ids = new IdNumberReading[members.Count];
        Ages = new int?[members.Count];
        Sexes = new Sex?[members.Count];
        HeadIndex = -1;
        SecondHeadIndex = -1;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var id = IdNumbers.Read(member.IdNumber, reference);
            Ids[i] = id;
            Ages[i] = member.AgeOn(reference) ?? (id.BirthDate is { } born ? AgeOn(born, reference) : null);
            Sexes[i] = member.Sex is Sex.Male or Sex.Female ? member.Sex : id.Sex;
            switch (member.Relationship)
            {
                case null:
                    UnrecordedRelationships++;
                    break;
                case Relationship.Head:
                    Heads++;
                    if (HeadIndex < 0)
                    {
                        HeadIndex = i;
                    }
                    else if (SecondHeadIndex < 0)
                    {
                        SecondHeadIndex = i;
                    }

                    break;
            }
        }

        Duplicates = registry.Register(household, record, Ids);
        Dwelling = household.Dwelling ?? NoDwelling;
        Exited = household.ExitFlag switch
        {
            null => null,
            ExitFlag.ExitedWithSupport or ExitFlag.ExitedWithoutSupport => true,
            _ => false,
        };
        TestedIncome = ExitedIncomeRule.Tested(household, parameters);
        IncomeAboveLine = TestedIncome is { } income && parameters.Line is { } line ? line.Passes(income) : null;
        DangerousHousing = ExitedHousingRule.Dangerous(Dwelling);
        MonitoringCategoryContradicted = MonitoringCategoryRule.Contradicted(household, parameters.Monitoring);

        IdLength = IdNumberLengthRule.Criterion.Count(this);
        IdCharacters = IdNumberCharactersRule.Criterion.Count(this);
        IdChecksum = IdNumberChecksumRule.Criterion.Count(this);
        IdBirthDate = IdNumberBirthDateRule.Criterion.Count(this);
        IdFifteenDigit = FifteenDigitIdRule.Criterion.Count(this);
        IdBirthMatch = IdBirthDateMatchRule.Criterion.Count(this);
        IdSexMatch = IdSexMatchRule.Criterion.Count(this);
        IdDuplicate = DuplicateIdRule.Criterion.Count(this);
        SchoolingMissing = SchoolingRecordedRule.Criterion.Count(this);
        LabourMissing = LabourRecordedRule.Criterion.Count(this);
        SpouseSex = SpouseSexRule.Criterion.Count(this);
        SchoolingAge = SchoolingAgeRule.Criterion.Count(this);
        IllnessInsurance = IllnessInsuranceRule.Criterion.Count(this);
        ExitDropout = ExitedDropoutRule.Criterion.Count(this);
    }

    public HouseholdRecord Household { get; }

    public DataQualityParameters Parameters { get; }

    /// <summary>The household's 0-based record number in the run.</summary>
    public int Record { get; }

    /// <inheritdoc />
    public override int ApplicableMask => Parameters.ApplicableMask;

    /// <inheritdoc />
    public override PolicyProfile Profile => Parameters.Profile;

    /// <summary>Each member's ID number, read once.</summary>
    public IdNumberReading[] Ids { get; }

    /// <summary>Each member's age on the reference date: from the recorded birth date or age, else from a valid ID number; <c>null</c> when none.</summary>
    public int?[] Ages { get; }

    /// <summary>Each member's sex: as recorded (male or female), else from a valid ID number; <c>null</c> when neither.</summary>
    public Sex?[] Sexes { get; }

    /// <summary>Per member, where its ID number was seen before in the run; <c>null</c> when no number of the household repeats.</summary>
    public DuplicateSighting?[]? Duplicates { get; }

    /// <summary>Members recorded as the head (本人或户主).</summary>
    public int Heads { get; }

    /// <summary>Members whose relationship to the head is not recorded.</summary>
    public int UnrecordedRelationships { get; }

    /// <summary>The first head's index, or -1.</summary>
    public int HeadIndex { get; }

    /// <summary>The second head's index, or -1.</summary>
    public int SecondHeadIndex { get; }

    /// <summary>The dwelling as recorded; every field unrecorded when the household has no dwelling record.</summary>
    public Dwelling Dwelling { get; }

    /// <summary>Whether the exit flag says exited (已脱贫, with or without continued support); <c>null</c> when not recorded.</summary>
    public bool? Exited { get; }

    /// <summary>The assessment year's per-capita income of the profile's measure, as recorded; <c>null</c> when not recorded.</summary>
    public decimal? TestedIncome { get; }

    /// <summary>Whether <see cref="TestedIncome"/> is strictly above the assessment year's line; <c>null</c> when either is missing.</summary>
    public bool? IncomeAboveLine { get; }

    /// <summary>Whether the dwelling is recorded dangerous (grade C or D, not resettled); <c>null</c> when the grade is not recorded.</summary>
    public bool? DangerousHousing { get; }

    /// <summary>Whether the recorded monitoring category is one the monitoring rules know does not apply (<see cref="MonitoringCategoryRule.Contradicted"/>).</summary>
    public bool? MonitoringCategoryContradicted { get; }

    public Tally IdLength { get; }

    public Tally IdCharacters { get; }

    public Tally IdChecksum { get; }

    public Tally IdBirthDate { get; }

    public Tally IdFifteenDigit { get; }

    public Tally IdBirthMatch { get; }

    public Tally IdSexMatch { get; }

    public Tally IdDuplicate { get; }

    public Tally SchoolingMissing { get; }

    public Tally LabourMissing { get; }

    public Tally SpouseSex { get; }

    public Tally SchoolingAge { get; }

    public Tally IllnessInsurance { get; }

    public Tally ExitDropout { get; }

    /// <summary>Whole years from <paramref name="born"/> to <paramref name="on"/>.</summary>
    public static int AgeOn(DateOnly born, DateOnly on)
    {
        var years = on.Year - born.Year;
        return on.Month < born.Month || (on.Month == born.Month && on.Day < born.Day) ? years - 1 : years;
    }

    /// <summary>A member's ID number masked for messages, or "missing".</summary>
    public string MaskedId(int member) => PersonalIdNumber.Mask(Household.Members[member].IdNumber?.Trim()) ?? "missing";
}
