using System.Collections.Frozen;

namespace PovertyRules.Cli;

/// <summary>The console's messages and labels in English and Chinese, looked up by key.</summary>
internal sealed class Text
{
    private static readonly FrozenDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["households"] = ("Households", "户"),
        ["people"] = ("People", "人"),
        ["villages"] = ("Villages", "贫困村"),
        ["counties"] = ("Counties", "贫困县"),
        ["status"] = ("Status", "状态"),
        ["level"] = ("Level", "层级"),
        ["count"] = ("Count", "数量"),
        ["criterion"] = ("Criterion", "指标"),
        ["clause"] = ("Clause", "政策条款"),
        ["parameter"] = ("Parameter", "参数"),
        ["field"] = ("Field", "字段"),
        ["example"] = ("Example", "示例"),
        ["statuses"] = ("Outcomes per level", "各层级评估结果"),
        ["failing"] = ("Most frequent failing criteria", "未达标最多的指标"),
        ["decap"] = ("Counties that may de-cap", "可摘帽的贫困县"),
        ["invalid"] = ("Invalid records by reason", "无效记录（按原因）"),
        ["none"] = ("none", "无"),
        ["report"] = ("Report", "报告"),
        ["files"] = ("Result files", "结果文件"),
        ["source"] = ("Data source", "数据来源"),
        ["profile"] = ("Profile", "政策参数"),
        ["read"] = ("Households read", "读取户数"),
        ["written"] = ("Household results written", "输出户结果数"),
        ["partial"] = ("The run was interrupted: the results cover only the households read before it stopped (every one of them complete).",
            "运行被中断：结果只包含中断前读取的户（每户结果完整）。"),
        ["inputErrors"] = ("Input errors were found: see the invalid records above and the result files.", "发现输入错误：见上方无效记录和结果文件。"),
        ["deliberate"] = ("The synthetic register carries deliberate defects (about one record in 2,000) to show how they are reported.",
            "合成数据中故意含有少量缺陷记录（约两千分之一），用于展示其报告方式。"),
        ["elapsed"] = ("Elapsed", "用时"),
        ["rate"] = ("households/s", "户/秒"),
        ["assessing"] = ("Assessing households", "正在评估农户"),
        ["monitoring"] = ("Relapse monitoring (households at risk)", "防止返贫监测（监测对象户）"),
        ["unstable"] = ("unstable exited", "脱贫不稳定户"),
        ["marginal"] = ("marginal", "边缘易致贫户"),
        ["hardship"] = ("sudden hardship", "突发严重困难户"),
        ["undetermined"] = ("undetermined", "无法判定"),
        ["eliminated"] = ("risk eliminated", "风险已消除"),
        ["monitoredShare"] = ("monitored people / registered people", "监测人口占建档立卡人口"),
        ["generating"] = ("Writing households", "正在写出农户"),
        ["comparing"] = ("Comparing profiles", "正在比较政策"),
        ["transitions"] = ("Transitions", "结果变化"),
        ["from"] = ("Baseline", "基准"),
        ["to"] = ("Changed", "变更后"),
        ["changed"] = ("Changed records", "结果改变的记录"),
        ["causes"] = ("Criteria behind the changes", "导致变化的指标"),
        ["differences"] = ("Profile differences", "政策参数差异"),
        ["generated"] = ("Generated", "已生成"),
        ["seed"] = ("Seed", "随机种子"),
        ["id"] = ("Id", "编号"),
        ["name"] = ("Name", "名称"),
        ["year"] = ("Year", "年份"),
        ["verified"] = ("Verified", "已核实"),
        ["citation"] = ("Citation", "出处"),
        ["value"] = ("Value", "取值"),
        ["unit"] = ("Unit", "单位"),
        ["error"] = ("Error", "错误"),
        ["noDescriptor"] = ("no descriptor", "无县级数据"),
        ["repeated"] = ("repeated household ids", "重复户编号"),
        ["unattributed"] = ("households with an unusable village code", "村代码不可用的户"),
        ["rejectedVillages"] = ("rejected village records", "被拒绝的村记录"),
        ["rejectedCounties"] = ("rejected county records", "被拒绝的县记录"),
        ["unmatched"] = ("unmatched supplement rows", "未匹配的补充信息行"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public Text(Language language) => Language = language;

    public Language Language { get; }

    public string this[string key] =>
        Entries.TryGetValue(key, out var entry)
            ? Language == Language.Chinese ? entry.Zh : entry.En
            : throw new KeyNotFoundException($"No message '{key}'.");

    public static string English(string key) => Entries[key].En;

    public static string Chinese(string key) => Entries[key].Zh;
}
