using System.Globalization;

namespace DirectiveSearch.Readers;

/// <summary>Sizes and counts in refusal reasons, written the Vietnamese way ("1,5 MB", "64 triệu").</summary>
public static class Sizes
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", Vietnamese) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", Vietnamese) + " KB",
        _ => bytes.ToString(Vietnamese) + " byte",
    };

    public static string Count(long count) => count >= 1_000_000
        ? (count / 1_000_000.0).ToString("0.#", Vietnamese) + " triệu"
        : count.ToString("#,0", Vietnamese);
}
