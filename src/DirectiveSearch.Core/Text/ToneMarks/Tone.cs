namespace DirectiveSearch.Core.Text.ToneMarks;

/// <summary>
/// The six tones of Vietnamese (thanh điệu). Level tone (thanh ngang) has no mark; the other five
/// are written with one mark on one vowel of the syllable: "ma, mà, má, mả, mã, mạ".
/// </summary>
public enum Tone
{
    /// <summary>Thanh ngang, no mark: "ma".</summary>
    Level = 0,

    /// <summary>Thanh huyền, grave accent U+0300: "mà".</summary>
    Falling = 1,

    /// <summary>Thanh sắc, acute accent U+0301: "má".</summary>
    Rising = 2,

    /// <summary>Thanh hỏi, hook above U+0309: "mả".</summary>
    Dipping = 3,

    /// <summary>Thanh ngã, tilde U+0303: "mã".</summary>
    Broken = 4,

    /// <summary>Thanh nặng, dot below U+0323: "mạ".</summary>
    Heavy = 5,
}
