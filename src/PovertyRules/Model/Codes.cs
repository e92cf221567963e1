namespace PovertyRules.Model;

// Enum values are the numeric codes of the national poverty register's code tables
// (see the register-format notes), so that exports map one to one.

/// <summary>与户主关系 — a member's relationship to the household head, as coded by the register.</summary>
public enum Relationship
{
    /// <summary>01 本人或户主 — the head of household.</summary>
    Head = 1,
    /// <summary>02 配偶.</summary>
    Spouse = 2,
    /// <summary>03 之子.</summary>
    Son = 3,
    /// <summary>04 之女.</summary>
    Daughter = 4,
    /// <summary>05 之儿媳.</summary>
    DaughterInLaw = 5,
    /// <summary>06 之女婿.</summary>
    SonInLaw = 6,
    /// <summary>07 之孙子.</summary>
    Grandson = 7,
    /// <summary>08 之孙女.</summary>
    Granddaughter = 8,
    /// <summary>09 之外孙子.</summary>
    DaughtersSon = 9,
    /// <summary>10 之外孙女.</summary>
    DaughtersDaughter = 10,
    /// <summary>11 之父.</summary>
    Father = 11,
    /// <summary>12 之母.</summary>
    Mother = 12,
    /// <summary>13 之岳父.</summary>
    WifesFather = 13,
    /// <summary>14 之岳母.</summary>
    WifesMother = 14,
    /// <summary>15 之公公.</summary>
    HusbandsFather = 15,
    /// <summary>16 之婆婆.</summary>
    HusbandsMother = 16,
    /// <summary>17 之祖父.</summary>
    Grandfather = 17,
    /// <summary>18 之祖母.</summary>
    Grandmother = 18,
    /// <summary>19 之外祖父.</summary>
    MothersFather = 19,
    /// <summary>20 之外祖母.</summary>
    MothersMother = 20,
    /// <summary>99 其他.</summary>
    Other = 99,
}

/// <summary>性别 — sex as coded by the register.</summary>
public enum Sex
{
    /// <summary>1 男.</summary>
    Male = 1,
    /// <summary>2 女.</summary>
    Female = 2,
    /// <summary>9 未知.</summary>
    Unknown = 9,
}

/// <summary>文化程度 — highest education attained, as coded by the register.</summary>
public enum EducationLevel
{
    /// <summary>01 文盲或半文盲.</summary>
    Illiterate = 1,
    /// <summary>02 小学.</summary>
    Primary = 2,
    /// <summary>03 初中.</summary>
    JuniorSecondary = 3,
    /// <summary>04 高中.</summary>
    SeniorSecondary = 4,
    /// <summary>05 大专及以上.</summary>
    Tertiary = 5,
    /// <summary>06 学龄前儿童.</summary>
    Preschool = 6,
}

/// <summary>在校生状况 — current schooling status, as coded by the register.</summary>
public enum SchoolingStatus
{
    /// <summary>01 非在校生 — not in school.</summary>
    NotInSchool = 1,
    /// <summary>02 学前教育.</summary>
    Preschool = 2,
    /// <summary>03 小学.</summary>
    Primary = 3,
    /// <summary>04 七年级.</summary>
    Grade7 = 4,
    /// <summary>05 八年级.</summary>
    Grade8 = 5,
    /// <summary>06 九年级.</summary>
    Grade9 = 6,
    /// <summary>07 高中一年级.</summary>
    SeniorSecondary1 = 7,
    /// <summary>08 高中二年级.</summary>
    SeniorSecondary2 = 8,
    /// <summary>09 高中三年级.</summary>
    SeniorSecondary3 = 9,
    /// <summary>10 中职一年级.</summary>
    Vocational1 = 10,
    /// <summary>11 中职二年级.</summary>
    Vocational2 = 11,
    /// <summary>12 中职三年级.</summary>
    Vocational3 = 12,
    /// <summary>13 高职一年级.</summary>
    HigherVocational1 = 13,
    /// <summary>14 高职二年级.</summary>
    HigherVocational2 = 14,
    /// <summary>15 高职三年级.</summary>
    HigherVocational3 = 15,
    /// <summary>16 大专及以上.</summary>
    Tertiary = 16,
}

/// <summary>
/// Why a child of compulsory-school age is not in school. The register's standard columns do not hold it; local
/// systems record it for the 控辍保学 (dropout) campaign. Only <see cref="Poverty"/> fails the compulsory-education criterion.
/// </summary>
public enum OutOfSchoolReason
{
    /// <summary>因贫辍学 — out of school because of poverty.</summary>
    Poverty = 1,
    /// <summary>Severe disability; schooled at home (送教上门) or exempt.</summary>
    DisabilityHomeSchooled = 2,
    /// <summary>Illness documented by a medical certificate (因病休学).</summary>
    Illness = 3,
    /// <summary>Has completed the nine years of compulsory education.</summary>
    CompletedCompulsoryEducation = 4,
    /// <summary>Another reason documented by the school or education bureau.</summary>
    OtherDocumented = 9,
}

/// <summary>健康状况 — health conditions; the register may join several with commas.</summary>
[Flags]
public enum HealthConditions
{
    /// <summary>No condition recorded other than healthy.</summary>
    None = 0,
    /// <summary>01 健康.</summary>
    Healthy = 1,
    /// <summary>02 长期慢性病.</summary>
    ChronicIllness = 2,
    /// <summary>03 患有大病.</summary>
    SeriousIllness = 4,
    /// <summary>04 残疾.</summary>
    Disability = 8,
}

/// <summary>劳动技能 — labour capacity, as coded by the register.</summary>
public enum LabourSkill
{
    /// <summary>01 普通劳动力.</summary>
    Ordinary = 1,
    /// <summary>02 技能劳动力.</summary>
    Skilled = 2,
    /// <summary>03 丧失劳动力.</summary>
    LostCapacity = 3,
    /// <summary>04 无劳动力.</summary>
    None = 4,
    /// <summary>弱劳动力或半劳动力 (used by some systems).</summary>
    Weak = 5,
}

/// <summary>贫困户属性 — household attribute, as coded by the register.</summary>
public enum HouseholdAttribute
{
    /// <summary>01 一般贫困户.</summary>
    Ordinary = 1,
    /// <summary>02 低保脱贫户.</summary>
    MinimumLivingAllowanceExited = 2,
    /// <summary>04 低保贫困户.</summary>
    MinimumLivingAllowance = 4,
    /// <summary>05 一般脱贫户.</summary>
    OrdinaryExited = 5,
    /// <summary>06 特困供养(五保)贫困户.</summary>
    DestitutionSupport = 6,
    /// <summary>07 低保特困供养贫困户.</summary>
    MinimumLivingAllowanceAndDestitutionSupport = 7,
}

/// <summary>脱贫标志 — the register's exit flag.</summary>
public enum ExitFlag
{
    /// <summary>0 未脱贫.</summary>
    NotExited = 0,
    /// <summary>1 已脱贫(享受政策).</summary>
    ExitedWithSupport = 1,
    /// <summary>2 预脱贫.</summary>
    ExitPlanned = 2,
    /// <summary>3 返贫.</summary>
    Relapsed = 3,
    /// <summary>4 已脱贫(不再享受政策).</summary>
    ExitedWithoutSupport = 4,
}

/// <summary>识别标准 — which standard the household was identified under.</summary>
public enum IdentificationStandard
{
    /// <summary>01 国家标准.</summary>
    National = 1,
    /// <summary>02 省定标准.</summary>
    Provincial = 2,
    /// <summary>03 市定标准.</summary>
    Municipal = 3,
}

/// <summary>主要致贫原因 — main cause of poverty, as coded by the register.</summary>
public enum PovertyCause
{
    /// <summary>01 因病.</summary>
    Illness = 1,
    /// <summary>02 因残.</summary>
    Disability = 2,
    /// <summary>03 因学.</summary>
    Education = 3,
    /// <summary>04 因灾.</summary>
    Disaster = 4,
    /// <summary>05 缺土地.</summary>
    LackOfLand = 5,
    /// <summary>06 缺水.</summary>
    LackOfWater = 6,
    /// <summary>07 缺技术.</summary>
    LackOfSkills = 7,
    /// <summary>08 缺劳力.</summary>
    LackOfLabour = 8,
    /// <summary>09 缺资金.</summary>
    LackOfCapital = 9,
    /// <summary>10 交通条件落后.</summary>
    PoorTransport = 10,
    /// <summary>11 自身发展动力不足.</summary>
    LackOfMotivation = 11,
    /// <summary>12 其他.</summary>
    Other = 12,
    /// <summary>13 因婚 (secondary cause only).</summary>
    Marriage = 13,
}

/// <summary>危房级别 — rural housing safety grade (A/B safe, C/D dangerous).</summary>
public enum HousingGrade
{
    /// <summary>1 A级 — safe.</summary>
    A = 1,
    /// <summary>2 B级 — safe with minor defects.</summary>
    B = 2,
    /// <summary>3 C级 — partly dangerous.</summary>
    C = 3,
    /// <summary>4 D级 — dangerous as a whole.</summary>
    D = 4,
    /// <summary>9 其他 — not graded on the A–D scale.</summary>
    Other = 9,
}

/// <summary>How a dwelling owned by the household was acquired; only <see cref="CommercialPurchase"/> is commercial housing.</summary>
public enum DwellingKind
{
    /// <summary>商品房 — purchased market (commercial) housing.</summary>
    CommercialPurchase = 1,
    /// <summary>易地扶贫搬迁 — poverty-relief resettlement housing; never commercial housing.</summary>
    Resettlement = 2,
    /// <summary>Rebuilt after a disaster or demolition; never commercial housing.</summary>
    DisasterRebuild = 3,
    /// <summary>Self-built rural housing on the household's homestead.</summary>
    SelfBuilt = 4,
    /// <summary>Any other acquisition.</summary>
    Other = 9,
}

/// <summary>Kind of vehicle owned by the household.</summary>
public enum VehicleKind
{
    /// <summary>Private passenger car (小汽车) — an excluded category.</summary>
    PassengerCar = 1,
    /// <summary>Farm vehicle (tractor, tricycle used for farming).</summary>
    FarmVehicle = 2,
    /// <summary>Truck or van used for transport work.</summary>
    Truck = 3,
    /// <summary>Construction machinery (excavator, loader).</summary>
    ConstructionMachinery = 4,
    /// <summary>Motorcycle or electric bicycle.</summary>
    Motorcycle = 5,
}
