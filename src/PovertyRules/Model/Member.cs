using System.Text;

namespace PovertyRules.Model;

/// <summary>
/// One member of a registered household, as the poverty register records a person (one roster row). Immutable.
/// Every fact the register may lack is nullable: <c>null</c> means "not recorded", never "no" or zero.
/// </summary>
public sealed record Member
{
    /// <summary>人编号 — the register's person number, if known.</summary>
    public string? PersonId { get; init; }

    /// <summary>
    /// 证件号码 — the 18-digit personal ID number, as recorded. Never printed in full: <see cref="ToString"/> shows it
    /// masked (<see cref="PersonalIdNumber.Mask"/>).
    /// </summary>
    public string? IdNumber { get; init; }

    /// <summary>姓名 — the member's name, as recorded. Never printed: <see cref="ToString"/> leaves it out.</summary>
    public string? Name { get; init; }

    /// <summary>与户主关系 — relationship to the head.</summary>
    public Relationship? Relationship { get; init; }

    /// <summary>性别.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Birth date (digits 7–14 of the ID number). Preferred over <see cref="Age"/> when both are given.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Age in whole years at the profile's age reference date, when no birth date is recorded.</summary>
    public int? Age { get; init; }

    /// <summary>文化程度.</summary>
    public EducationLevel? Education { get; init; }

    /// <summary>在校生状况.</summary>
    public SchoolingStatus? Schooling { get; init; }

    /// <summary>For a member not in school: why (needed for ages of compulsory education).</summary>
    public OutOfSchoolReason? OutOfSchoolReason { get; init; }

    /// <summary>健康状况 (may combine several).</summary>
    public HealthConditions? Health { get; init; }

    /// <summary>劳动技能.</summary>
    public LabourSkill? Labour { get; init; }

    /// <summary>Months worked away from home in the year (务工时间).</summary>
    public int? MonthsMigrantWork { get; init; }

    /// <summary>Whether the member is eligible for basic medical insurance (not, e.g., covered by employee insurance or deceased).</summary>
    public bool? MedicalInsuranceEligible { get; init; }

    /// <summary>Whether the member is enrolled in basic medical insurance for the year.</summary>
    public bool? MedicalInsuranceEnrolled { get; init; }

    /// <summary>是否参加大病保险 — enrolled in critical-illness insurance.</summary>
    public bool? CriticalIllnessInsured { get; init; }

    /// <summary>Whether the member is fiscally supported personnel (财政供养人员, on a government payroll).</summary>
    public bool? OnGovernmentPayroll { get; init; }

    /// <summary>Whether the member is a village cadre (村干部), counted as payroll personnel by the exclusion rule.</summary>
    public bool? VillageCadre { get; init; }

    /// <summary>Where the member's row was read from; <c>null</c> for a record built in code.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Age in whole years on <paramref name="on"/>: from the birth date if recorded, else <see cref="Age"/>.</summary>
    public int? AgeOn(DateOnly on)
    {
        if (BirthDate is not { } born)
        {
            return Age;
        }

        var years = on.Year - born.Year;
        if (on.Month < born.Month || (on.Month == born.Month && on.Day < born.Day))
        {
            years--;
        }

        return years;
    }

    // Records print every property; a member's name and full ID number must never reach a log through ToString.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("PersonId = ").Append(PersonId)
            .Append(", IdNumber = ").Append(PersonalIdNumber.Mask(IdNumber))
            .Append(", Relationship = ").Append(Relationship)
            .Append(", Sex = ").Append(Sex)
            .Append(", BirthDate = ").Append(BirthDate)
            .Append(", Age = ").Append(Age)
            .Append(", Education = ").Append(Education)
            .Append(", Schooling = ").Append(Schooling)
            .Append(", OutOfSchoolReason = ").Append(OutOfSchoolReason)
            .Append(", Health = ").Append(Health)
            .Append(", Labour = ").Append(Labour)
            .Append(", MonthsMigrantWork = ").Append(MonthsMigrantWork)
            .Append(", MedicalInsuranceEligible = ").Append(MedicalInsuranceEligible)
            .Append(", MedicalInsuranceEnrolled = ").Append(MedicalInsuranceEnrolled)
            .Append(", CriticalIllnessInsured = ").Append(CriticalIllnessInsured)
            .Append(", OnGovernmentPayroll = ").Append(OnGovernmentPayroll)
            .Append(", VillageCadre = ").Append(VillageCadre)
            .Append(", Source = ").Append(Source);
        return true;
    }
}
