-- The PovertyRules register schema: what a system that keeps its own tables maps them to, read by
-- PovertyRules.Data.RegisterSchema and RosterReader over any ADO.NET data reader (SQLite, PostgreSQL, DuckDB, …).
-- Codes are the register's numeric codes (labels are accepted too); yes/no columns are booleans or 0/1; amounts are
-- yuan per person per year; NULL always means "not recorded", never "no" or zero.

CREATE TABLE households (
    household_id                         TEXT PRIMARY KEY,  -- 户编号
    village_code                         TEXT NOT NULL,     -- 12-digit 统计用区划代码 of the 行政村
    household_size                       INTEGER,           -- 人数, checked against the members
    dangerous_housing                    BOOLEAN,           -- 危房户
    housing_grade                        INTEGER,           -- 危房级别 1 A, 2 B, 3 C, 4 D, 9 other
    safe_drinking_water                  BOOLEAN,           -- 是否解决安全饮用水
    per_capita_net_income                NUMERIC,           -- 人均纯收入 of RosterOptions.IncomeYear
    per_capita_wages                     NUMERIC,
    per_capita_net_business              NUMERIC,
    per_capita_property                  NUMERIC,
    per_capita_transfers                 NUMERIC,
    per_capita_pension                   NUMERIC,
    per_capita_minimum_living_allowance  NUMERIC,
    per_capita_one_off_relief            NUMERIC,
    household_attribute                  INTEGER,           -- 贫困户属性
    exit_flag                            INTEGER,           -- 脱贫标志
    identification_standard              INTEGER,           -- 识别标准
    main_poverty_cause                   INTEGER            -- 最主要致贫原因
);

CREATE TABLE members (
    household_id              TEXT NOT NULL REFERENCES households (household_id),
    member_no                 INTEGER NOT NULL,  -- order within the household, the head first
    person_id                 TEXT,              -- 人编号
    name                      TEXT,              -- 姓名: read, never written out
    id_number                 TEXT NOT NULL,     -- 证件号码, 18 characters, GB 11643 checksum
    relationship              INTEGER NOT NULL,  -- 与户主关系
    sex                       INTEGER,           -- 性别; from the ID number when NULL
    birth_date                DATE,              -- from the ID number when NULL
    education                 INTEGER,           -- 文化程度
    schooling                 INTEGER,           -- 在校生状况
    health                    TEXT,              -- 健康状况, several codes joined by commas
    labour                    INTEGER,           -- 劳动技能
    months_migrant_work       INTEGER,           -- 务工时间（月）
    critical_illness_insured  BOOLEAN,           -- 是否参加大病保险
    PRIMARY KEY (household_id, member_no)
);

-- What exports do not record. A row with person_id (or id_number) NULL is about the household; one with it set is
-- about that member.
CREATE TABLE supplements (
    household_id                TEXT NOT NULL,
    person_id                   TEXT,
    id_number                   TEXT,
    food_and_clothing_secure    BOOLEAN,  -- 吃穿不愁
    appraisal_held              BOOLEAN,  -- 民主评议
    verified                    BOOLEAN,  -- 核实
    household_consented         BOOLEAN,  -- 户认可
    notice_days                 INTEGER,  -- 公示天数
    unresolved_objections       INTEGER,
    announced                   BOOLEAN,  -- 公告
    resettled                   BOOLEAN,  -- 易地扶贫搬迁
    registered_business         BOOLEAN,
    commercial_housing          BOOLEAN,  -- 购买商品房
    passenger_car               BOOLEAN,  -- 小汽车
    car_value                   NUMERIC,
    on_government_payroll       BOOLEAN,  -- member rows
    village_cadre               BOOLEAN,  -- member rows
    out_of_school_reason        INTEGER,  -- member rows: 1 因贫辍学, 2 残疾送教上门, 3 因病休学, 4 已完成义务教育, 9 其他有据原因
    medical_insurance_eligible  BOOLEAN,  -- member rows
    medical_insurance_enrolled  BOOLEAN   -- member rows
);

CREATE TABLE villages (
    village_code           TEXT PRIMARY KEY,
    name                   TEXT,
    rural_population       INTEGER,
    hardened_road          BOOLEAN,
    electricity            BOOLEAN,
    safe_drinking_water    BOOLEAN,
    clinic                 BOOLEAN,
    cultural_centre        BOOLEAN,
    broadband              BOOLEAN,
    collective_income      NUMERIC,
    notice_held            BOOLEAN,
    unresolved_objections  INTEGER,
    announced              BOOLEAN
);

CREATE TABLE counties (
    county_code                       TEXT PRIMARY KEY,
    name                              TEXT,
    rural_population                  INTEGER,
    exited_people                     INTEGER,
    rural_per_capita_income           NUMERIC,
    exited_people_sampled             INTEGER,
    wrongly_exited_people             INTEGER,
    non_registered_people_sampled     INTEGER,
    omitted_poor_people               INTEGER,
    households_surveyed               INTEGER,
    households_approving              INTEGER,
    county_proposal                   BOOLEAN,
    city_review                       BOOLEAN,
    province_verification_and_notice  BOOLEAN,
    province_approval_and_report      BOOLEAN,
    national_assessment               BOOLEAN,
    province_formal_approval          BOOLEAN
);
