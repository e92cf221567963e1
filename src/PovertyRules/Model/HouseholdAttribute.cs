namespace PovertyRules.Model;

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
