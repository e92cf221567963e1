using System.Collections.Frozen;
using System.Text;

namespace PovertyRules.Data.Roster;

/// <summary>
/// Which header names a real export (and our own schema) uses for each column, and which columns hold household
/// facts that every member row repeats.
/// </summary>
internal static class ColumnCatalogue
{
    public static readonly int Count = Enum.GetValues<RosterColumn>().Length;

    /// <summary>The name used in messages and in the documentation: the export's usual header.</summary>
    public static readonly string[] DisplayNames = new string[Count];

    /// <summary>Household facts: one value per household, repeated (or left blank) on the other members' rows.</summary>
    public static readonly bool[] HouseholdLevel = new bool[Count];

    /// <summary>Amounts an export gives for the whole household in a year: divided by the household size.</summary>
    public static readonly bool[] HouseholdTotal = new bool[Count];

    /// <summary>Headers the reader knows and deliberately does not read (names, phone numbers, dates of identification…).</summary>
    public static readonly FrozenSet<string> KnownUnread;

    private static readonly FrozenDictionary<string, RosterColumn> ByHeader;

    static ColumnCatalogue()
    {
        var headers = new Dictionary<string, RosterColumn>(StringComparer.Ordinal);
        void Add(RosterColumn column, bool household, string display, params string[] aliases)
        {
            DisplayNames[(int)column] = display;
            HouseholdLevel[(int)column] = household;
            headers[Normalise(display)] = column;
            foreach (var alias in aliases)
            {
                headers[Normalise(alias)] = column;
            }
        }

        Add(RosterColumn.HouseholdId, true, "户编号", "户码", "household_id");
        Add(RosterColumn.VillageCode, true, "行政区划代码", "行政村代码", "村代码", "区划代码", "village_code");
        Add(RosterColumn.Village, true, "行政村", "村", "村名称");
        Add(RosterColumn.HouseholdSize, true, "人数", "家庭人数", "户人数", "household_size");
        Add(RosterColumn.DangerousHousing, true, "危房户", "是否危房户", "dangerous_housing");
        Add(RosterColumn.HousingGrade, true, "危房级别", "住房安全等级", "housing_grade");
        Add(RosterColumn.SafeDrinkingWater, true, "是否解决安全饮用水", "安全饮水", "是否安全饮水", "safe_drinking_water");
        Add(RosterColumn.PerCapitaNetIncome, true, "人均纯收入", "人均纯收入(元)", "per_capita_net_income");
        Add(RosterColumn.Wages, true, "工资性收入", "工资性收入(元)", "per_capita_wages");
        Add(RosterColumn.BusinessIncome, true, "生产经营性收入", "生产经营性收入(元)", "per_capita_net_business");
        Add(RosterColumn.BusinessCosts, true, "生产经营性支出", "生产经营性支出(元)");
        Add(RosterColumn.PropertyIncome, true, "财产性收入", "财产性收入(元)", "per_capita_property");
        Add(RosterColumn.TransferIncome, true, "转移性收入", "转移性收入(元)", "per_capita_transfers");
        Add(RosterColumn.Pension, true, "养老金", "养老保险金", "per_capita_pension");
        Add(RosterColumn.MinimumLivingAllowance, true, "低保金", "per_capita_minimum_living_allowance");
        Add(RosterColumn.OneOffRelief, true, "临时救助金", "临时救助", "per_capita_one_off_relief");
        Add(RosterColumn.Attribute, true, "贫困户属性", "household_attribute");
        Add(RosterColumn.ExitFlag, true, "脱贫标志", "脱贫状态", "exit_flag");
        Add(RosterColumn.IdentificationStandard, true, "识别标准", "identification_standard");
        Add(RosterColumn.MainPovertyCause, true, "最主要致贫原因", "主要致贫原因", "main_poverty_cause");
        Add(RosterColumn.PovertyCause1, true, "致贫原因1", "致贫原因");
        Add(RosterColumn.PersonId, false, "人编号", "人员编号", "person_id");
        Add(RosterColumn.Name, false, "姓名", "name");
        Add(RosterColumn.IdNumber, false, "证件号码", "身份证号码", "身份证号", "公民身份号码", "id_number");
        Add(RosterColumn.Relationship, false, "与户主关系", "relationship");
        Add(RosterColumn.Sex, false, "性别", "sex");
        Add(RosterColumn.BirthDate, false, "出生日期", "birth_date");
        Add(RosterColumn.Education, false, "文化程度", "education");
        Add(RosterColumn.Schooling, false, "在校生状况", "在校生情况", "schooling");
        Add(RosterColumn.Health, false, "健康状况", "health");
        Add(RosterColumn.Labour, false, "劳动技能", "labour");
        Add(RosterColumn.MonthsMigrantWork, false, "务工时间(月)", "务工时间", "务工月数", "months_migrant_work");
        Add(RosterColumn.CriticalIllnessInsured, false, "是否参加大病保险", "参加大病保险", "critical_illness_insured");
        Add(RosterColumn.MonitoringCategory, true, "易返贫致贫户(监测对象)类型", "监测对象类型", "monitoring_category");
        Add(RosterColumn.RiskEliminated, true, "风险是否消除", "risk_eliminated");
        Add(RosterColumn.RiskIdentifiedOn, true, "风险识别时间", "risk_identified_on");
        Add(RosterColumn.RiskEliminatedOn, true, "风险消除时间", "risk_eliminated_on");
        Add(RosterColumn.UnavoidableExpenses, true, "刚性支出", "刚性支出(元)", "unavoidable_expenses");
        ByHeader = headers.ToFrozenDictionary(StringComparer.Ordinal);

        foreach (var column in new[] { RosterColumn.Wages, RosterColumn.BusinessIncome, RosterColumn.BusinessCosts, RosterColumn.PropertyIncome,
                     RosterColumn.TransferIncome, RosterColumn.Pension, RosterColumn.MinimumLivingAllowance, RosterColumn.OneOffRelief })
        {
            HouseholdTotal[(int)column] = true;
        }

        KnownUnread = new[]
        {
            "序号", "省", "市", "市(州)", "县(市、区、旗)", "县(市、区)", "县", "乡(镇)", "乡镇", "自然村", "民族", "户联系电话", "人联系电话",
            "联系电话", "首次识别时间", "人员识别时间", "户类型", "证件类型", "致贫原因2", "其他致贫原因", "开户银行", "银行卡号",
        }.Select(Normalise).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The column a header names; headers our schema spells in English match their snake_case names.</summary>
    public static RosterColumn? Find(string header) =>
        ByHeader.TryGetValue(Normalise(header), out var column) ? column : null;

    /// <summary>Every header that names <paramref name="column"/>, the usual one first.</summary>
    public static IEnumerable<string> Aliases(RosterColumn column) =>
        ByHeader.Where(h => h.Value == column).Select(h => h.Key).OrderBy(h => h == Normalise(DisplayNames[(int)column]) ? 0 : 1);

    /// <summary>
    /// Headers as exports spell them vary in width and spacing (全角 brackets, a trailing space, a line break inside a
    /// merged cell): compare them without those differences.
    /// </summary>
    public static string Normalise(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            switch (c)
            {
                case '（':
                    builder.Append('(');
                    break;
                case '）':
                    builder.Append(')');
                    break;
                case '\uFEFF':
                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
