using System.Collections.Frozen;
using System.Globalization;
using PovertyRules.Model;

namespace PovertyRules.Data.Roster;

/// <summary>
/// One code table of the register: a value is read from its code (<c>01</c>, <c>1</c>) or its label (<c>本人或户主</c>);
/// anything else is an error, never a guess.
/// </summary>
/// <typeparam name="T">The model enum whose values are the register's codes.</typeparam>
internal sealed class CodeTable<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<string, T> _labels;
    private readonly FrozenDictionary<int, T> _codes;

    public CodeTable(
        string name, IEnumerable<(int Code, string Label)> entries, IEnumerable<(string Label, T Value)>? labelsOnly = null, Func<int, T>? valueOf = null)
    {
        Name = name;
        var list = entries.ToList();
        valueOf ??= static code => (T)Enum.ToObject(typeof(T), code);
        _codes = list.ToFrozenDictionary(e => e.Code, e => valueOf(e.Code));
        var labels = list.ToDictionary(e => ColumnCatalogue.Normalise(e.Label), e => valueOf(e.Code), StringComparer.Ordinal);
        foreach (var (label, value) in labelsOnly ?? [])
        {
            labels[ColumnCatalogue.Normalise(label)] = value;
        }

        _labels = labels.ToFrozenDictionary(StringComparer.Ordinal);
        Listing = string.Join(", ", list.Select(e => $"{e.Code:00} {e.Label}"));
    }

    /// <summary>The code table's name, for messages.</summary>
    public string Name { get; }

    /// <summary>Every code with its label, for messages.</summary>
    public string Listing { get; }

    public bool TryParse(string text, out T value)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return _codes.TryGetValue(code, out value);
        }

        return _labels.TryGetValue(ColumnCatalogue.Normalise(text), out value);
    }

    public string Unknown(string text) => $"'{text}' is neither a code nor a label of {Name} ({Listing})";
}

/// <summary>The register's code tables (see the register-format notes), as the reader accepts them.</summary>
internal static class CodeTables
{
    public static readonly CodeTable<Relationship> Relationship = new("与户主关系",
    [
        (1, "本人或户主"), (2, "配偶"), (3, "之子"), (4, "之女"), (5, "之儿媳"), (6, "之女婿"), (7, "之孙子"), (8, "之孙女"),
        (9, "之外孙子"), (10, "之外孙女"), (11, "之父"), (12, "之母"), (13, "之岳父"), (14, "之岳母"), (15, "之公公"),
        (16, "之婆婆"), (17, "之祖父"), (18, "之祖母"), (19, "之外祖父"), (20, "之外祖母"), (99, "其他"),
    ], [("户主", Model.Relationship.Head), ("本人", Model.Relationship.Head)]);

    public static readonly CodeTable<Sex> Sex = new("性别", [(1, "男"), (2, "女"), (9, "未知")]);

    public static readonly CodeTable<EducationLevel> Education = new("文化程度",
        [(1, "文盲或半文盲"), (2, "小学"), (3, "初中"), (4, "高中"), (5, "大专及以上"), (6, "学龄前儿童")]);

    public static readonly CodeTable<SchoolingStatus> Schooling = new("在校生状况",
    [
        (1, "非在校生"), (2, "学前教育"), (3, "小学"), (4, "七年级"), (5, "八年级"), (6, "九年级"), (7, "高中一年级"), (8, "高中二年级"),
        (9, "高中三年级"), (10, "中职一年级"), (11, "中职二年级"), (12, "中职三年级"), (13, "高职一年级"), (14, "高职二年级"),
        (15, "高职三年级"), (16, "大专及以上"),
    ]);

    public static readonly CodeTable<HealthConditions> Health = new("健康状况",
        [(1, "健康"), (2, "长期慢性病"), (3, "患有大病"), (4, "残疾")],
        valueOf: static code => (HealthConditions)(1 << (code - 1)));

    public static readonly CodeTable<LabourSkill> Labour = new("劳动技能",
        [(1, "普通劳动力"), (2, "技能劳动力"), (3, "丧失劳动力"), (4, "无劳动力")],
        [("弱劳动力或半劳动力", LabourSkill.Weak), ("弱劳动力", LabourSkill.Weak), ("半劳动力", LabourSkill.Weak)]);

    public static readonly CodeTable<HouseholdAttribute> Attribute = new("贫困户属性",
        [(1, "一般贫困户"), (2, "低保脱贫户"), (4, "低保贫困户"), (5, "一般脱贫户"), (6, "特困供养(五保)贫困户"), (7, "低保特困供养贫困户")],
        [("特困供养贫困户", HouseholdAttribute.DestitutionSupport), ("五保贫困户", HouseholdAttribute.DestitutionSupport)]);

    public static readonly CodeTable<ExitFlag> ExitFlag = new("脱贫标志",
        [(0, "未脱贫"), (1, "已脱贫(享受政策)"), (2, "预脱贫"), (3, "返贫"), (4, "已脱贫(不再享受政策)")]);

    public static readonly CodeTable<IdentificationStandard> IdentificationStandard = new("识别标准",
        [(1, "国家标准"), (2, "省定标准"), (3, "市定标准")]);

    public static readonly CodeTable<PovertyCause> PovertyCause = new("致贫原因",
    [
        (1, "因病"), (2, "因残"), (3, "因学"), (4, "因灾"), (5, "缺土地"), (6, "缺水"), (7, "缺技术"), (8, "缺劳力"), (9, "缺资金"),
        (10, "交通条件落后"), (11, "自身发展动力不足"), (12, "其他"), (13, "因婚"),
    ]);

    public static readonly CodeTable<HousingGrade> HousingGrade = new("危房级别",
        [(1, "A级"), (2, "B级"), (3, "C级"), (4, "D级"), (9, "其他")],
        [("A", Model.HousingGrade.A), ("B", Model.HousingGrade.B), ("C", Model.HousingGrade.C), ("D", Model.HousingGrade.D)]);

    public static readonly CodeTable<OutOfSchoolReason> OutOfSchoolReason = new("辍学原因",
        [(1, "因贫辍学"), (2, "残疾送教上门"), (3, "因病休学"), (4, "已完成义务教育"), (9, "其他有据原因")]);

    /// <summary>
    /// 易返贫致贫户(监测对象)类型: the three categories of 中农组发〔2021〕7号, coded in the order it lists them (local
    /// systems' own codes vary; their labels are read as written).
    /// </summary>
    public static readonly CodeTable<MonitoringCategory> MonitoringCategory = new("易返贫致贫户(监测对象)类型",
        [(1, "脱贫不稳定户"), (2, "边缘易致贫户"), (3, "突发严重困难户")],
        [("边缘易致贫户(含边缘户)", Model.MonitoringCategory.MarginalAtRisk), ("边缘户", Model.MonitoringCategory.MarginalAtRisk), ("严重困难户", Model.MonitoringCategory.SuddenHardship)]);

    /// <summary>是/否 and 1/0, as the register's yes/no columns hold them.</summary>
    public static bool? YesNo(string text) =>
        text switch
        {
            "是" or "1" or "Y" or "y" or "true" or "TRUE" or "True" => true,
            "否" or "0" or "N" or "n" or "false" or "FALSE" or "False" => false,
            _ => null,
        };
}
