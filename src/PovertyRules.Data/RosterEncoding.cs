namespace PovertyRules.Data;

/// <summary>The text encoding of a CSV roster export.</summary>
public enum RosterEncoding
{
    /// <summary>UTF-8 when the file starts with a UTF-8 byte-order mark or its first 64 KB are valid UTF-8; otherwise GB18030.</summary>
    Detect = 0,

    /// <summary>UTF-8, with or without a byte-order mark.</summary>
    Utf8 = 1,

    /// <summary>GB18030 (a superset of GBK and GB2312): what Chinese spreadsheet software writes by default.</summary>
    Gb18030 = 2,
}
