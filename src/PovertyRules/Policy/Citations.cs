namespace PovertyRules.Policy;

/// <summary>The policy texts the built-in profiles cite.</summary>
internal static class Citations
{
    /// <summary>The 2016 exit-mechanism opinions, household clause.</summary>
    public const string ExitMechanismHousehold =
        "《关于建立贫困退出机制的意见》(中办发〔2016〕16号), 二(一) 贫困户退出: 人均纯收入稳定超过国家扶贫标准且吃穿不愁, 义务教育、基本医疗、住房安全有保障";

    /// <summary>The 2016 exit-mechanism opinions, household procedure.</summary>
    public const string ExitMechanismHouseholdProcedure =
        "《关于建立贫困退出机制的意见》(中办发〔2016〕16号), 三(一) 贫困户退出程序: 民主评议、村两委和驻村工作队核实、贫困户认可、公示无异议、公告退出";

    /// <summary>The 2016 exit-mechanism opinions, village clause.</summary>
    public const string ExitMechanismVillage =
        "《关于建立贫困退出机制的意见》(中办发〔2016〕16号), 二(二) 贫困村退出: 贫困发生率降至2%以下(西部地区降至3%以下)";

    /// <summary>The 2016 exit-mechanism opinions, county clause.</summary>
    public const string ExitMechanismCounty =
        "《关于建立贫困退出机制的意见》(中办发〔2016〕16号), 二(三) 贫困县退出: 贫困发生率降至2%以下(西部地区降至3%以下)";

    /// <summary>The 2015 register clean-up that names the four excluded categories.</summary>
    public const string FourCategories =
        "2015年建档立卡回头看: 财政供养人员(含村干部)、有工商注册、购买商品房、拥有小汽车的家庭(四类对象)不得纳入建档立卡";

    /// <summary>Exemptions seen in longer local lists of excluded categories.</summary>
    public const string LocalExclusionPractice =
        "Local register clean-up lists with exemptions (disability vehicles, minimum vehicle value, cadres with a major cause of poverty, work vehicles); not national";

    /// <summary>The national poverty line of 2,300 yuan at 2010 prices, current-price values from the statistical yearbook.</summary>
    public const string PovertyLineYearbook =
        "国家农村贫困标准(2010年不变价2300元), 现价标准见《中国农村贫困监测报告》/统计年鉴注释";

    /// <summary>The 6%/year projection from 2800 that many local exit standards used for 2017–2019.</summary>
    public const string PovertyLineProjection =
        "6%/year projection from 2800 yuan (2014) used by many local exit standards; not an official figure";

    /// <summary>The "about 4000 yuan" of official 2020 statements.</summary>
    public const string PovertyLine2020 = "Official 2020 statements: the current-price line is 'about 4000 yuan'";

    /// <summary>Safe drinking water in the national 2019–2020 wording of 两不愁三保障.</summary>
    public const string SafeDrinkingWater =
        "国务院扶贫开发领导小组 2019–2020: 两不愁三保障及饮水安全 (safe drinking water added to the national household standard)";

    /// <summary>Compulsory education of nine years, ages 6–15.</summary>
    public const string CompulsoryEducation = "《中华人民共和国义务教育法》: nine years of compulsory education, normally ages 6–15";

    /// <summary>National Bureau of Statistics regional division.</summary>
    public const string WesternRegion =
        "国家统计局东中西部划分: 内蒙古、广西、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏、新疆 (GB/T 2260 codes 15, 45, 50–54, 61–65)";

    /// <summary>Choices this library makes where the policy text is silent.</summary>
    public const string LibraryAssumption = "PovertyRules assumption where the policy text is silent; override per province";

    /// <summary>The 2016 opinions: what village delisting weighs besides incidence.</summary>
    public const string VillageConditions =
        "《关于建立贫困退出机制的意见》(中办发〔2016〕16号), 二(二): 统筹考虑村内基础设施、基本公共服务、产业发展、集体经济收入等因素";

    /// <summary>The 2016 opinions: village delisting procedure.</summary>
    public const string VillageProcedure =
        "《关于建立贫困退出机制的意见》(中办发〔2016〕16号), 三(二) 贫困村退出程序: 乡镇内公示无异议后, 公告退出";

    /// <summary>The 2016 opinions: county de-capping procedure.</summary>
    public const string CountyProcedure =
        "《关于建立贫困退出机制的意见》(中办发〔2016〕16号), 三(三) 贫困县退出程序: 县级扶贫开发领导小组提出 → 市级审核 → 省级核查并公示 → 省级审定并报国务院扶贫开发领导小组 → 国家专项评估检查 → 省级政府正式批准退出";

    /// <summary>The 2017 assessment method for county exit: third-party thresholds.</summary>
    public const string CountyAssessment =
        "《贫困县退出专项评估检查实施办法(试行)》(国开办发〔2017〕56号): 错退率低于2%, 漏评率低于2%, 群众认可度高于90%; 任一指标不达标不得退出";

    /// <summary>The comprehensive incidence of the assessments (remaining + omitted + wrongly exited).</summary>
    public const string ComprehensiveIncidence =
        "综合贫困发生率 = (剩余贫困人口 + 漏评人口 + 错退人口) / 农村户籍人口, as used in the national special assessment (aggregator source only; partly verified)";

    /// <summary>Hunan's 2016 implementing opinions.</summary>
    public const string Hunan2016 =
        "湖南省《关于建立贫困退出机制的实施意见》(2016年5月): 贫困村村集体经济收入4万元以上; 贫困县农村居民人均可支配收入目标 (news copy; unverified)";

    /// <summary>The national register's data-quality checks (the rule set of <c>Rules/DataQuality</c>).</summary>
    public const string RegisterDataQuality =
        "国务院扶贫办 全国扶贫开发信息系统 建档立卡数据质量检查 (the national register's data-quality checks as provincial systems reproduce them); not an official published text";

    /// <summary>The citizen ID number standard: its layout, the sex digit and the check character.</summary>
    public const string IdNumberStandard =
        "GB 11643-1999《公民身份号码》: 6-digit address code, 8-digit birth date, 3-digit sequence (odd for men, even for women), ISO 7064 MOD 11-2 check character";

    /// <summary>The March 2020 guidance that set up relapse monitoring (防止返贫动态监测).</summary>
    public const string MonitoringGuidance =
        "《关于建立防止返贫监测和帮扶机制的指导意见》(March 2020): 人均可支配收入低于国家扶贫标准1.5倍左右的家庭，以及因病、因残、因灾…引发的刚性支出明显超过上年度收入和收入大幅缩减的家庭";

    /// <summary>The 2021 document that names the three monitoring categories and risk elimination.</summary>
    public const string MonitoringCategories =
        "中农组发〔2021〕7号: 监测对象为脱贫不稳定户、边缘易致贫户、突发严重困难户; 对收入持续稳定、两不愁三保障和饮水安全持续巩固、返贫致贫风险已经稳定消除的，标注风险消除";
}
