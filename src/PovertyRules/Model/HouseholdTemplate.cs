namespace PovertyRules.Model;

/// <summary>
/// Builds a <see cref="Household"/> that reads well in code: start from a fully recorded household with nothing
/// excluded and change what the case is about. Immutable: every method returns a new template.
/// </summary>
/// <example>
/// <code>
/// var household = HouseholdTemplate.FullyRecorded("4312260001", "431226101201", incomeYear: 2016, perCapitaNetIncome: 3400m)
///     .AddMember(HouseholdTemplate.FullyRecordedMember(Relationship.Son, age: 12, SchoolingStatus.Grade7))
///     .WithMember(0, head => head with { VillageCadre = true })
///     .Build();
/// </code>
/// </example>
public sealed class HouseholdTemplate
{
    private readonly Household _household;

    private HouseholdTemplate(Household household) => _household = household;

    /// <summary>
    /// A household with every input recorded and nothing excluded: one head of household (age
    /// <paramref name="headAge"/>, not in school, eligible for and enrolled in basic medical insurance, not on a
    /// government payroll, not a village cadre); the given per-capita net income for <paramref name="incomeYear"/>;
    /// food and clothing secure; a dwelling of grade B, not resettled; safe drinking water; no registered business,
    /// no other housing, no vehicle; every step of the exit procedure done (appraisal, verification, consent, a notice
    /// of 7 days with no objection outstanding, announcement). Whether it may exit depends on the profile: its line,
    /// years required and notice days.
    /// </summary>
    /// <param name="id">The household number (户编号).</param>
    /// <param name="villageCode">The 12-digit code of its administrative village.</param>
    /// <param name="incomeYear">The year of the recorded income.</param>
    /// <param name="perCapitaNetIncome">Per-capita net income that year, in yuan.</param>
    /// <param name="headAge">The head's age in years.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="villageCode"/> is null.</exception>
    public static HouseholdTemplate FullyRecorded(string id, string villageCode, int incomeYear, decimal perCapitaNetIncome, int headAge = 45)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(villageCode);
        return new HouseholdTemplate(new Household
        {
            Id = id,
            VillageCode = villageCode,
            Members = [FullyRecordedMember(Relationship.Head, headAge, SchoolingStatus.NotInSchool)],
            Income = [new AnnualIncome { Year = incomeYear, PerCapitaNet = perCapitaNetIncome }],
            FoodAndClothingSecure = true,
            Dwelling = new Dwelling { Grade = HousingGrade.B, Resettled = false },
            SafeDrinkingWater = true,
            RegisteredBusiness = false,
            OwnedHousing = [],
            Vehicles = [],
            ExitProcedure = new ExitProcedureRecord
            {
                AppraisalHeld = true, Verified = true, HouseholdConsented = true, NoticeDays = 7, UnresolvedObjections = 0, Announced = true,
            },
        });
    }

    /// <summary>
    /// A member with every input the criteria read recorded: the given relationship, age and schooling, eligible for
    /// and enrolled in basic medical insurance, not on a government payroll, not a village cadre.
    /// </summary>
    /// <param name="relationship">Relationship to the head of household.</param>
    /// <param name="age">Age in years.</param>
    /// <param name="schooling">Schooling status (for a child of compulsory-school age, the grade; for an adult, <see cref="SchoolingStatus.NotInSchool"/>).</param>
    public static Member FullyRecordedMember(Relationship relationship, int age, SchoolingStatus schooling) => new()
    {
        Relationship = relationship,
        Age = age,
        Schooling = schooling,
        MedicalInsuranceEligible = true,
        MedicalInsuranceEnrolled = true,
        OnGovernmentPayroll = false,
        VillageCadre = false,
    };

    /// <summary>Adds <paramref name="member"/> after the members already there.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    public HouseholdTemplate AddMember(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(_household with { Members = [.. _household.Members, member] });
    }

    /// <summary>Changes one member: the one at <paramref name="index"/> (0 is the head) becomes <paramref name="change"/>'s result.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null, or returns null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a member's position (the message gives the count).</exception>
    public HouseholdTemplate WithMember(int index, Func<Member, Member> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var members = _household.Members.ToArray();
        if (index < 0 || index >= members.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The household has {members.Length} member(s), at positions 0 to {members.Length - 1}.");
        }

        members[index] = change(members[index]) ?? throw new ArgumentNullException(nameof(change), "The change returned no member.");
        return new(_household with { Members = members });
    }

    /// <summary>Records <paramref name="perCapitaNet"/> as the per-capita net income of <paramref name="year"/>, replacing that year's record if there is one.</summary>
    public HouseholdTemplate WithIncome(int year, decimal perCapitaNet) =>
        new(_household with { Income = [.. _household.Income.Where(i => i.Year != year), new AnnualIncome { Year = year, PerCapitaNet = perCapitaNet }] });

    /// <summary>Any other change, as a <c>with</c> expression on the household (e.g. <c>h => h with { SafeDrinkingWater = null }</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null, or returns null.</exception>
    public HouseholdTemplate With(Func<Household, Household> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change(_household) ?? throw new ArgumentNullException(nameof(change), "The change returned no household."));
    }

    /// <summary>The household built.</summary>
    public Household Build() => _household;
}
