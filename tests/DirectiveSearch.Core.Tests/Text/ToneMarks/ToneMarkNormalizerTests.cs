using System.Text;
using DirectiveSearch.Core.Text.ToneMarks;

namespace DirectiveSearch.Core.Tests.Text.ToneMarks;

public sealed class ToneMarkNormalizerTests
{
    public static TheoryData<string, string> Rows => new()
    {
        // Open oa/oe/uy: both styles give the old style ("kiểu cũ"), mark on the first vowel.
        { "hoà", "hòa" },
        { "hòa", "hòa" },
        { "khoá", "khóa" },
        { "khóa", "khóa" },
        { "khoẻ", "khỏe" },
        { "khỏe", "khỏe" },
        { "thuỷ", "thủy" },
        { "thủy", "thủy" },
        { "uỷ", "ủy" },
        { "ủy", "ủy" },
        { "toà", "tòa" },
        { "hoạ", "họa" },
        { "loè", "lòe" },
        { "luỹ", "lũy" },
        { "tuỵ", "tụy" },
        { "Đảng uỷ", "Đảng ủy" },
        { "Đảng ủy", "Đảng ủy" },
        { "Uỷ ban", "Ủy ban" },
        { "Ban Chấp hành Trung ương Đảng khoá XIII", "Ban Chấp hành Trung ương Đảng khóa XIII" },

        // With a final consonant both styles agree: the last vowel.
        { "hoàn", "hoàn" },
        { "hòan", "hoàn" },
        { "toán", "toán" },
        { "tóan", "toán" },
        { "hoạch", "hoạch" },
        { "họach", "hoạch" },
        { "huýt", "huýt" },
        { "húyt", "huýt" },
        { "xoèn", "xoèn" },

        // Quality-marked vowel wins, wherever the mark was typed.
        { "vịêt", "việt" },
        { "Vịêt Nam", "Việt Nam" },
        { "thuýên", "thuyến" },
        { "tíên", "tiến" },
        { "tuấn", "tuấn" },
        { "túân", "tuấn" },
        { "hóăc", "hoắc" },
        { "hoặc", "hoặc" },
        { "thúê", "thuế" },
        { "múôn", "muốn" },
        { "mủôi", "muổi" },

        // ươ takes the mark on ơ; ưa, ưu on ư; uơ on ơ.
        { "người", "người" },
        { "ngừơi", "người" },
        { "ngưòi", "ngừoi" }, // o without horn is not ơ (a letter typo left as it is), so ư is the quality vowel
        { "mười", "mười" },
        { "mừơi", "mười" },
        { "ướt", "ướt" },
        { "ứơt", "ướt" },
        { "hươu", "hươu" },
        { "rựơu", "rượu" },
        { "rượu", "rượu" },
        { "mưa", "mưa" },
        { "cửa", "cửa" },
        { "cưả", "cửa" },
        { "cứu", "cứu" },
        { "cưú", "cứu" },
        { "thuở", "thuở" },
        { "thủơ", "thuở" },
        { "trường", "trường" },
        { "trừơng", "trường" },

        // uyê, uây, oai, oay, uya, uyu, iêu, uôi.
        { "khuyến", "khuyến" },
        { "khúyên", "khuyến" },
        { "chuyện", "chuyện" },
        { "chụyên", "chuyện" },
        { "quyền", "quyền" },
        { "qùyên", "quyền" },
        { "quỳên", "quyền" },
        { "Nguyễn", "Nguyễn" },
        { "Ngũyên", "Nguyễn" },
        { "khuấy", "khuấy" },
        { "khúây", "khuấy" },
        { "ngoài", "ngoài" },
        { "ngòai", "ngoài" },
        { "ngoaì", "ngoài" },
        { "hoài", "hoài" },
        { "xoáy", "xoáy" },
        { "xóay", "xoáy" },
        { "khuya", "khuya" },
        { "khuỷu", "khuỷu" },
        { "khủyu", "khuỷu" },
        { "hiếu", "hiếu" },
        { "híêu", "hiếu" },
        { "yếu", "yếu" },
        { "ýêu", "yếu" },
        { "muối", "muối" },
        { "múôi", "muối" },

        // Two vowels, open: the first.
        { "của", "của" },
        { "cuả", "của" },
        { "mùa", "mùa" },
        { "muà", "mùa" },
        { "múa", "múa" },
        { "muá", "múa" },
        { "mía", "mía" },
        { "miá", "mía" },
        { "túi", "túi" },
        { "tuí", "túi" },
        { "cáo", "cáo" },
        { "caó", "cáo" },
        { "hái", "hái" },
        { "haí", "hái" },
        { "nghĩa", "nghĩa" },
        { "nghiã", "nghĩa" },

        // qu- and gi- are consonants.
        { "quý", "quý" },
        { "qúy", "quý" },
        { "quí", "quí" }, // i/y spelling is not changed
        { "qúi", "quí" },
        { "quả", "quả" },
        { "qủa", "quả" },
        { "quốc", "quốc" },
        { "giá", "giá" },
        { "gía", "giá" },
        { "già", "già" },
        { "gìa", "già" },
        { "gịa", "giạ" },
        { "gì", "gì" },
        { "gìn", "gìn" },
        { "giữa", "giữa" },
        { "giưã", "giữa" },
        { "gĩưa", "giữa" },
        { "giữ", "giữ" },
        { "giếng", "giếng" },
        { "gíêng", "giếng" },
        { "giường", "giường" },
        { "gìương", "giường" },
        { "giỏi", "giỏi" },
        { "gioỉ", "giỏi" },

        // Capitals stay capitals.
        { "ĐẢNG ỦY", "ĐẢNG ỦY" },
        { "ĐẢNG UỶ", "ĐẢNG ỦY" },
        { "HOÀ", "HÒA" },
        { "HÒA", "HÒA" },
        { "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
        { "VỊÊT", "VIỆT" },
        { "Hoà", "Hòa" },
        { "HoÀ", "HòA" },
        { "QÚY", "QUÝ" },
        { "GÌA", "GIÀ" },
        { "NGỪƠI", "NGƯỜI" },

        // Not Vietnamese syllables, numbers, symbols: unchanged.
        { "the", "the" },
        { "Search engine for documents", "Search engine for documents" },
        { "café", "café" },
        { "José", "José" },
        { "Noël", "Noël" },
        { "naïve résumé", "naïve résumé" },
        { "21-KL/TW", "21-KL/TW" },
        { "249/2025/NĐ-CP", "249/2025/NĐ-CP" },
        { "183-QĐ/ThU", "183-QĐ/ThU" },
        { "25/10/2021", "25/10/2021" },
        { "", "" },
        { "  \t\n", "  \t\n" },
        { "vịệt", "vịệt" }, // two tone marks: left alone
        { "Ωμέγα", "Ωμέγα" },
        { "Москва́", "Москва́" },

        // In running text, each syllable on its own; punctuation and digits stay put.
        { "Kết luận số 21-KL/TW, ngày 25/10/2021 của Bộ Chính trị về hoà bình.", "Kết luận số 21-KL/TW, ngày 25/10/2021 của Bộ Chính trị về hòa bình." },
        { "(thuỷ lợi; khoẻ mạnh)", "(thủy lợi; khỏe mạnh)" },
        { "uỷ2025", "ủy2025" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Puts_the_tone_on_the_canonical_vowel(string input, string expected)
    {
        Assert.Equal(expected, ToneMarkNormalizer.Normalize(input));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void In_place_gives_the_same_result_and_keeps_the_length(string input, string expected)
    {
        var buffer = (input + "###").ToCharArray();
        var changed = ToneMarkNormalizer.NormalizeInPlace(buffer, input.Length);
        Assert.Equal(expected, new string(buffer, 0, input.Length));
        Assert.Equal("###", new string(buffer, input.Length, 3)); // nothing written past the length
        Assert.Equal(input != expected, changed);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Is_idempotent_on_the_table(string input, string expected)
    {
        _ = input;
        Assert.Equal(expected, ToneMarkNormalizer.Normalize(expected));
    }

    [Theory]
    [InlineData("hoa\u0300", "hòa")]
    [InlineData("Đa\u0309ng u\u0309y", "Đảng ủy")]
    [InlineData("vie\u0323\u0302t", "việt")] // NFD with the marks in the other canonical order
    [InlineData("thu\u0301y\u00EAn", "thuyến")]
    public void Composes_decomposed_input_first(string input, string expected)
    {
        var result = ToneMarkNormalizer.Normalize(input);
        Assert.Equal(expected, result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Returns_the_same_instance_when_nothing_changes()
    {
        const string text = "Đảng ủy Khối cơ quan";
        Assert.Same(text, ToneMarkNormalizer.Normalize(text));
    }

    [Fact]
    public void A_syllable_followed_by_a_combining_mark_is_left_alone()
    {
        // "à" + acute has no precomposed form, so this is valid NFC; moving the grave from à to o would
        // let a + acute compose, and the buffer would no longer be NFC.
        var text = "hoà\u0301";
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        var buffer = text.ToCharArray();
        Assert.False(ToneMarkNormalizer.NormalizeInPlace(buffer, buffer.Length));
        Assert.Equal(text, new string(buffer));
    }

    [Fact]
    public void Both_styles_give_one_form_for_every_tone_on_oa_oe_uy()
    {
        foreach (var (first, second) in new[] { ('o', 'a'), ('o', 'e'), ('u', 'y'), ('O', 'A'), ('U', 'Y') })
        {
            foreach (var tone in Enum.GetValues<Tone>())
            {
                var oldStyle = $"h{VietnameseVowels.WithTone(first, tone)}{second}";
                var newStyle = $"h{first}{VietnameseVowels.WithTone(second, tone)}";
                Assert.Equal(oldStyle, ToneMarkNormalizer.Normalize(newStyle));
                Assert.Equal(oldStyle, ToneMarkNormalizer.Normalize(oldStyle));
            }
        }
    }
}
