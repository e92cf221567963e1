namespace PovertyRules.Model;

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
