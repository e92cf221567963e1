using System.Globalization;
using System.Text;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;

// Writes the sample roster exports of samples/register: synthetic households (invented names, IDs with a valid
// GB 11643 checksum) in the shapes real exports take. Run from the repository root:
//   dotnet run --project tools/PovertyRules.SampleData -- samples/register
var target = args.Length > 0 ? args[0] : "samples/register";
Directory.CreateDirectory(target);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

const string Title = "建档立卡贫困人口花名册（样例，虚构数据）";
string[] labelHeader =
[
    "序号", "县(市、区、旗)", "乡(镇)", "行政村", "自然村", "户编号", "人编号", "姓名", "证件号码", "人数", "与户主关系", "民族", "文化程度",
    "在校生状况", "健康状况", "劳动技能", "务工时间（月）", "是否参加大病保险", "致贫原因1", "危房户", "是否解决安全饮用水", "人均纯收入",
    "户联系电话", "人联系电话", "首次识别时间", "人员识别时间", "户类型",
];
string[] codeHeader =
[
    "市", "县(市、区、旗)", "乡(镇)", "行政区划代码", "户编号", "人编号", "姓名", "证件号码", "家庭人数", "与户主关系", "性别", "文化程度",
    "在校生状况", "健康状况", "劳动技能", "务工时间(月)", "是否参加大病保险", "最主要致贫原因", "贫困户属性", "脱贫标志", "危房户",
    "是否解决安全饮用水", "人均纯收入", "易返贫致贫户(监测对象)类型", "风险是否消除",
];

// Households: (number, village code, village name, per-capita income, dangerous housing, safe water, cause, members).
// Members: (name, birth date, male, relationship, education, schooling, health, labour, months away, critical-illness insured).
var households = new[]
{
    new SampleHousehold("3607301012010001", "360730101201", "大坪村", "6850", false, true, ("因病", 1),
    [
        new("赵大山", new DateOnly(1968, 3, 12), true, ("本人或户主", 1), ("初中", 3), ("非在校生", 1), "健康", ("普通劳动力", 1), 8, true),
        new("钱秀英", new DateOnly(1970, 7, 2), false, ("配偶", 2), ("小学", 2), ("非在校生", 1), "长期慢性病", ("普通劳动力", 1), 0, true),
        new("赵小林", new DateOnly(1995, 11, 20), true, ("之子", 3), ("高中", 4), ("非在校生", 1), "健康", ("技能劳动力", 2), 10, true),
    ]),
    new SampleHousehold("3607301012010002", "360730101201", "大坪村", "2600", false, true, ("缺劳力", 8),
    [
        new("孙德福", new DateOnly(1958, 1, 30), true, ("本人或户主", 1), ("小学", 2), ("非在校生", 1), "患有大病", ("丧失劳动力", 3), 0, true),
        new("李桂兰", new DateOnly(1960, 5, 5), false, ("配偶", 2), ("文盲或半文盲", 1), ("非在校生", 1), "长期慢性病", ("无劳动力", 4), 0, true),
        new("孙晓梅", new DateOnly(2008, 9, 9), false, ("之孙女", 8), ("小学", 2), ("七年级", 4), "健康", ("无劳动力", 4), 0, true),
        new("孙晓东", new DateOnly(2012, 4, 16), true, ("之孙子", 7), ("小学", 2), ("小学", 3), "健康", ("无劳动力", 4), 0, true),
    ]),
    new SampleHousehold("3607301012020003", "360730101202", "石门村", "5400", true, true, ("因灾", 4),
    [
        new("周永强", new DateOnly(1975, 12, 1), true, ("本人或户主", 1), ("初中", 3), ("非在校生", 1), "健康", ("普通劳动力", 1), 9, true),
        new("吴春花", new DateOnly(1978, 2, 14), false, ("配偶", 2), ("初中", 3), ("非在校生", 1), "健康", ("普通劳动力", 1), 6, true),
    ]),
    new SampleHousehold("3607301012020004", "360730101202", "石门村", "4980", false, true, ("因残", 2),
    [
        new("郑国华", new DateOnly(1980, 6, 21), true, ("本人或户主", 1), ("初中", 3), ("非在校生", 1), "健康", ("普通劳动力", 1), 11, true),
        new("王丽", new DateOnly(1983, 10, 3), false, ("配偶", 2), ("初中", 3), ("非在校生", 1), "健康", ("普通劳动力", 1), 4, true),
        new("郑子轩", new DateOnly(2009, 3, 8), true, ("之子", 3), ("学龄前儿童", 6), ("非在校生", 1), "残疾", ("无劳动力", 4), 0, true),
        new("郑雨涵", new DateOnly(2011, 8, 27), false, ("之女", 4), ("小学", 2), ("小学", 3), "健康", ("无劳动力", 4), 0, true),
        new("郑老根", new DateOnly(1950, 1, 18), true, ("之父", 11), ("文盲或半文盲", 1), ("非在校生", 1), "长期慢性病,残疾", ("丧失劳动力", 3), 0, true),
    ]),
    new SampleHousehold("3607301012030005", "360730101203", "高岭村", "5200", false, true, ("其他", 12),
    [
        new("冯二婆", new DateOnly(1944, 9, 30), false, ("本人或户主", 1), ("文盲或半文盲", 1), ("非在校生", 1), "长期慢性病,残疾", ("丧失劳动力", 3), 0, true),
    ]),
    new SampleHousehold("3607301012030006", "360730101203", "高岭村", "3900", false, false, ("缺资金", 9),
    [
        new("陈建军", new DateOnly(1972, 4, 4), true, ("本人或户主", 1), ("初中", 3), ("非在校生", 1), "健康", ("普通劳动力", 1), 7, false),
        new("褚小凤", new DateOnly(1974, 8, 15), false, ("配偶", 2), ("小学", 2), ("非在校生", 1), "健康", ("普通劳动力", 1), 3, true),
        new("陈思", new DateOnly(2001, 12, 12), false, ("之女", 4), ("大专及以上", 5), ("大专及以上", 16), "健康", ("普通劳动力", 1), 0, true),
    ]),
};

var sequence = 0;
var labelRows = new List<string[]>();
var codeRows = new List<string[]>();
foreach (var h in households)
{
    var person = 0;
    foreach (var m in h.Members)
    {
        person++;
        sequence++;
        var id = IdNumber(m.Born, m.Male, sequence);
        var personId = h.Number + person.ToString("00", CultureInfo.InvariantCulture);
        var size = h.Members.Count.ToString(CultureInfo.InvariantCulture);
        labelRows.Add(
        [
            sequence.ToString(CultureInfo.InvariantCulture), "宁都县", "样例镇", h.VillageName, "上屋组", h.Number, personId, m.Name, id, size,
            m.Relationship.Label, "汉族", m.Education.Label, m.Schooling.Label, m.Health, m.Labour.Label,
            m.MonthsAway.ToString(CultureInfo.InvariantCulture), m.Insured ? "是" : "否", h.Cause.Label, h.Dangerous ? "是" : "否",
            h.SafeWater ? "是" : "否", h.Income, "", "", "2014-10-01", "2014-10-01", "贫困户",
        ]);
        codeRows.Add(
        [
            "赣州市", "宁都县", "样例镇", h.VillageCode, h.Number, personId, m.Name, id, size,
            m.Relationship.Code.ToString("00", CultureInfo.InvariantCulture), m.Male ? "1" : "2",
            m.Education.Code.ToString("00", CultureInfo.InvariantCulture), m.Schooling.Code.ToString("00", CultureInfo.InvariantCulture),
            string.Join(',', m.Health.Split(',').Select(HealthCode)), m.Labour.Code.ToString("00", CultureInfo.InvariantCulture),
            m.MonthsAway.ToString(CultureInfo.InvariantCulture), m.Insured ? "1" : "0",
            h.Cause.Code.ToString("00", CultureInfo.InvariantCulture), "01", "0", h.Dangerous ? "1" : "0", h.SafeWater ? "1" : "0", h.Income, "", "",
        ]);
    }
}

WriteCsv(Path.Combine(target, "roster-gb18030-labels.csv"), Encoding.GetEncoding("GB18030"), [[Title], labelHeader, .. labelRows]);
WriteCsv(Path.Combine(target, "roster-utf8-codes.csv"), new UTF8Encoding(false), [codeHeader, .. codeRows]);
WriteWorkbook(Path.Combine(target, "roster.xlsx"), new XSSFWorkbook(), [[Title], labelHeader, .. labelRows]);
WriteWorkbook(Path.Combine(target, "roster.xls"), new HSSFWorkbook(), [[Title], labelHeader, .. labelRows]);
WriteCsv(Path.Combine(target, "supplement.csv"), new UTF8Encoding(false),
[
    ["household_id", "person_id", "food_and_clothing_secure", "appraisal_held", "verified", "household_consented", "notice_days",
        "unresolved_objections", "announced", "resettled", "registered_business", "commercial_housing", "passenger_car",
        "on_government_payroll", "village_cadre", "out_of_school_reason"],
    ["3607301012010001", "", "是", "是", "是", "是", "7", "0", "是", "", "否", "否", "否", "", "", ""],
    ["3607301012010002", "", "是", "是", "是", "是", "7", "0", "是", "", "否", "否", "否", "", "", ""],
    ["3607301012020003", "", "", "", "", "", "", "", "", "是", "", "", "", "", "", ""],
    ["3607301012020004", "", "是", "是", "是", "是", "7", "0", "是", "", "否", "否", "否", "", "", ""],
    ["3607301012020004", "360730101202000403", "", "", "", "", "", "", "", "", "", "", "", "", "", "残疾送教上门"],
    ["3607301012030005", "", "是", "是", "是", "是", "7", "0", "是", "", "否", "是", "否", "", "", ""],
]);
Console.WriteLine($"wrote {households.Length} households ({sequence} persons) to {target}");
return 0;

static string HealthCode(string label) =>
    label switch
    {
        "健康" => "01",
        "长期慢性病" => "02",
        "患有大病" => "03",
        _ => "04",
    };

// GB 11643: region (360730, 宁都县), birth date, a 3-digit sequence odd for men, and the MOD 11-2 check character.
static string IdNumber(DateOnly born, bool male, int sequence)
{
    var order = (sequence * 2 % 1000) + (male ? 1 : 0);
    var first17 = "360730" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + order.ToString("000", CultureInfo.InvariantCulture);
    int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
    return first17 + "10X98765432"[sum % 11];
}

static void WriteCsv(string path, Encoding encoding, IEnumerable<string[]> rows)
{
    using var writer = new StreamWriter(path, append: false, encoding);
    foreach (var row in rows)
    {
        writer.Write(string.Join(',', row.Select(c => c.Contains(',') ? $"\"{c}\"" : c)));
        writer.Write("\r\n");
    }
}

static void WriteWorkbook(string path, IWorkbook workbook, IEnumerable<string[]> rows)
{
    var sheet = workbook.CreateSheet("花名册");
    var r = 0;
    foreach (var values in rows)
    {
        var row = sheet.CreateRow(r++);
        for (var c = 0; c < values.Length; c++)
        {
            row.CreateCell(c).SetCellValue(values[c]);
        }
    }

    workbook.CreateSheet("说明").CreateRow(0).CreateCell(0).SetCellValue("样例数据，人名与证件号码均为虚构。");
    using var file = File.Create(path);
    workbook.Write(file);
}

internal sealed record SampleHousehold(
    string Number, string VillageCode, string VillageName, string Income, bool Dangerous, bool SafeWater, (string Label, int Code) Cause, IReadOnlyList<SampleMember> Members);

internal sealed record SampleMember(
    string Name, DateOnly Born, bool Male, (string Label, int Code) Relationship, (string Label, int Code) Education, (string Label, int Code) Schooling,
    string Health, (string Label, int Code) Labour, int MonthsAway, bool Insured);
