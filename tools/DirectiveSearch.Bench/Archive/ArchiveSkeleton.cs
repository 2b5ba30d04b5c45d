using System.Globalization;

namespace DirectiveSearch.Bench.Archive;

/// <summary>
/// Decides, from the seed alone, every document of an archive of N: central directives (KL, NQ, QĐ, CT of TW, from the
/// Bộ Chính trị, the Ban Bí thư or the Ban Chấp hành Trung ương) and state documents (NQ-CP, QĐ-TTg, CT-TTg, NĐ-CP);
/// provincial plans implementing them; plans of districts (HU, ThU, QU, ĐUK) implementing a provincial plan, and of
/// communes (ĐU) implementing a district's. Numbers restart in each committee and term, so symbols repeat across
/// provinces and terms ("49-KH/TU" of two provinces), as they do; symbol and date together stay unique.
/// Metadata only (a few hundred bytes a document): texts are composed one at a time when written.
/// </summary>
public static class ArchiveSkeleton
{
    private static readonly (string Code, string Name, string Capitals)[] CentralTypes =
    [
        ("KL", "Kết luận", "KẾT LUẬN"), ("NQ", "Nghị quyết", "NGHỊ QUYẾT"), ("QĐ", "Quy định", "QUY ĐỊNH"), ("CT", "Chỉ thị", "CHỈ THỊ"),
    ];

    private static readonly (string Body, string Authority)[] CentralBodies =
    [
        ("Bộ Chính trị", "T/M BỘ CHÍNH TRỊ"), ("Ban Bí thư", "T/M BAN BÍ THƯ"), ("Ban Chấp hành Trung ương Đảng", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG"),
    ];

    private static readonly (string Code, string Name, string Issuer, string Body)[] StateTypes =
    [
        ("NQ", "Nghị quyết", "CP", "Chính phủ"), ("QĐ", "Quyết định", "TTg", "Thủ tướng Chính phủ"), ("CT", "Chỉ thị", "TTg", "Thủ tướng Chính phủ"),
    ];

    public static IReadOnlyList<ArchiveDocument> Build(int documents, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 1);
        var random = new Random(seed);
        var central = Math.Max(4, documents * 2 / 100);
        var state = Math.Max(1, documents / 100);
        var province = Math.Max(1, documents * 12 / 100);
        var district = Math.Max(0, documents * 35 / 100);
        var counts = Fit(documents, [central, state, province, district]);
        var built = new List<ArchiveDocument>(documents);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < counts[0]; i++)
            built.Add(Central(built.Count, random, built, counters, taken));
        for (var i = 0; i < counts[1]; i++)
            built.Add(State(built.Count, random, counters, taken));
        var roots = built.Count;
        for (var i = 0; i < counts[2]; i++)
            built.Add(Provincial(built.Count, random, built[Popular(random, roots)], counters, taken));
        var provincialEnd = built.Count;
        for (var i = 0; i < counts[3]; i++)
            built.Add(DistrictPlan(built.Count, random, built[roots + random.Next(provincialEnd - roots)], counters, taken));
        var districtEnd = built.Count;
        var partyDistricts = Enumerable.Range(provincialEnd, districtEnd - provincialEnd).Where(d => built[d].Party).ToList();
        while (built.Count < documents)
        {
            built.Add(partyDistricts.Count > 0
                ? CommunePlan(built.Count, random, built[partyDistricts[random.Next(partyDistricts.Count)]], counters, taken)
                : Provincial(built.Count, random, built[Popular(random, roots)], counters, taken));
        }

        return built;
    }

    /// <summary>The counts of the levels above communes, shrunk from the bottom when N is small; communes take the rest.</summary>
    private static int[] Fit(int documents, int[] wanted)
    {
        var counts = (int[])wanted.Clone();
        for (var level = counts.Length - 1; level >= 0 && counts.Sum() > documents; level--)
            counts[level] = Math.Max(level <= 2 ? 1 : 0, counts[level] - (counts.Sum() - documents));
        while (counts.Sum() > documents)
            counts[Array.IndexOf(counts, counts.Max())]--;
        return counts;
    }

    /// <summary>Directives are not cited evenly: a few draw most plans (the index's square biased to the front).</summary>
    private static int Popular(Random random, int roots) => (int)(roots * Math.Pow(random.NextDouble(), 2));

    private static ArchiveDocument Central(int index, Random random, List<ArchiveDocument> earlier, Dictionary<string, int> counters, HashSet<string> taken)
    {
        var type = CentralTypes[random.Next(CentralTypes.Length)];
        var (body, authority) = type.Code == "CT" ? CentralBodies[random.Next(2)] : CentralBodies[random.Next(CentralBodies.Length)];
        var date = RandomDate(random, new DateOnly(2016, 1, 1), new DateOnly(2025, 10, 1));
        var number = Next(counters, $"TW/{type.Code}/{Term(date)}", random, 1, 3);
        // One in six continues an earlier directive ("về tiếp tục thực hiện Chỉ thị số 05-CT/TW"): a chain at the top.
        var parent = earlier.Count > 2 && random.Next(6) == 0 ? earlier[random.Next(earlier.Count)] : null;
        if (parent is not null && parent.Date.AddDays(60) >= new DateOnly(2025, 12, 1))
            parent = null;
        if (parent is not null)
            date = RandomDate(random, parent.Date.AddDays(60), new DateOnly(2025, 12, 1));
        var symbol = Unique(taken, $"{number}-{type.Code}/TW", ref date);
        return new ArchiveDocument(
            index, Key(index), ArchiveLevel.Central, type.Code, type.Name, symbol, date,
            ["BAN CHẤP HÀNH TRUNG ƯƠNG"], body, body, "Hà Nội", parent?.Index ?? -1, random.Next(ArchiveVocabulary.Topics.Length),
            Person(random), authority, "TỔNG BÍ THƯ", Tone(random), Decomposed(random), Formats(random), random.Next(), Party: true);
    }

    private static ArchiveDocument State(int index, Random random, Dictionary<string, int> counters, HashSet<string> taken)
    {
        var type = StateTypes[random.Next(StateTypes.Length)];
        var date = RandomDate(random, new DateOnly(2018, 1, 1), new DateOnly(2025, 10, 1));
        var number = Next(counters, $"{type.Issuer}/{type.Code}/{date.Year}", random, 1, 40);
        var symbol = Unique(taken, $"{number}/{type.Code}-{type.Issuer}", ref date);
        var header = type.Issuer == "CP" ? "CHÍNH PHỦ" : "THỦ TƯỚNG CHÍNH PHỦ";
        return new ArchiveDocument(
            index, Key(index), ArchiveLevel.State, type.Code, type.Name, symbol, date,
            [header], type.Body, type.Body, "Hà Nội", -1, random.Next(ArchiveVocabulary.Topics.Length),
            Person(random), type.Issuer == "CP" ? "TM. CHÍNH PHỦ" : "KT. THỦ TƯỚNG", type.Issuer == "CP" ? "THỦ TƯỚNG" : "PHÓ THỦ TƯỚNG",
            Tone(random), Decomposed(random), Formats(random), random.Next(), Party: false);
    }

    private static ArchiveDocument Provincial(int index, Random random, ArchiveDocument parent, Dictionary<string, int> counters, HashSet<string> taken)
    {
        var p = random.Next(ArchiveVocabulary.Provinces.Length);
        var (name, capital, kind) = ArchiveVocabulary.Provinces[p];
        var date = After(random, parent.Date);
        var committee = kind == "Thành" ? "Thành ủy" : "Tỉnh ủy";
        if (!parent.Party)
        {
            var stateNumber = Next(counters, $"UBND/{name}/{date.Year}", random, 50, 400);
            var stateSymbol = Unique(taken, $"{stateNumber}/KH-UBND", ref date);
            var council = $"Ủy ban nhân dân {(kind == "Thành" ? "thành phố" : "tỉnh")} {name}";
            return new ArchiveDocument(
                index, Key(index), ArchiveLevel.Province, "KH", "Kế hoạch", stateSymbol, date,
                [$"ỦY BAN NHÂN DÂN", $"{(kind == "Thành" ? "THÀNH PHỐ" : "TỈNH")} {name.ToUpper(Culture)}"], council, council, capital, parent.Index,
                parent.Topic, Person(random), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", Tone(random), Decomposed(random), Formats(random), random.Next(), Party: false);
        }

        var type = random.Next(5) == 0 ? ("CTr", "Chương trình") : ("KH", "Kế hoạch");
        var number = Next(counters, $"TU/{name}/{type.Item1}/{Term(date)}", random, 1, 12);
        var symbol = Unique(taken, $"{number}-{type.Item1}/TU", ref date);
        return new ArchiveDocument(
            index, Key(index), ArchiveLevel.Province, type.Item1, type.Item2, symbol, date,
            [$"ĐẢNG BỘ {(kind == "Thành" ? "THÀNH PHỐ" : "TỈNH")} {name.ToUpper(Culture)}", committee.ToUpper(Culture)],
            $"Ban Thường vụ {committee}", $"{committee} {name}", capital, parent.Index, parent.Topic,
            Person(random), "T/M BAN THƯỜNG VỤ", random.Next(2) == 0 ? "BÍ THƯ" : "PHÓ BÍ THƯ THƯỜNG TRỰC",
            Tone(random), Decomposed(random), Formats(random), random.Next(), Party: true);
    }

    private static ArchiveDocument DistrictPlan(int index, Random random, ArchiveDocument parent, Dictionary<string, int> counters, HashSet<string> taken)
    {
        var province = ProvinceOf(parent);
        var (name, _, kind) = ArchiveVocabulary.Provinces[province];
        var district = ArchiveVocabulary.DistrictNames[random.Next(ArchiveVocabulary.DistrictNames.Length)];
        var date = After(random, parent.Date);
        if (!parent.Party)
        {
            var stateNumber = Next(counters, $"UBND/{name}/{district}/{date.Year}", random, 20, 200);
            var stateSymbol = Unique(taken, $"{stateNumber}/KH-UBND", ref date);
            var council = $"Ủy ban nhân dân huyện {district}";
            return new ArchiveDocument(
                index, Key(index), ArchiveLevel.District, "KH", "Kế hoạch", stateSymbol, date,
                ["ỦY BAN NHÂN DÂN", $"HUYỆN {district.ToUpper(Culture)}"], council, council, district, parent.Index, parent.Topic,
                Person(random), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", Tone(random), Decomposed(random), Formats(random), random.Next(), Party: false);
        }

        // A district committee, a town's, an urban district's, or the provincial bloc of agencies (Đảng ủy Khối).
        var (code, committee, upper) = random.Next(10) switch
        {
            < 6 => ("HU", $"Huyện ủy {district}", $"HUYỆN ỦY {district.ToUpper(Culture)}"),
            < 7 => ("ThU", $"Thị ủy {district}", $"THỊ ỦY {district.ToUpper(Culture)}"),
            < 8 when kind == "Thành" => ("QU", $"Quận ủy {district}", $"QUẬN ỦY {district.ToUpper(Culture)}"),
            _ => ("ĐUK", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP"),
        };
        var type = random.Next(6) == 0 ? ("CTr", "Chương trình") : ("KH", "Kế hoạch");
        var number = Next(counters, $"{code}/{name}/{committee}/{type.Item1}/{Term(date)}", random, 1, 20);
        var symbol = Unique(taken, $"{number}-{type.Item1}/{code}", ref date);
        return new ArchiveDocument(
            index, Key(index), ArchiveLevel.District, type.Item1, type.Item2, symbol, date,
            [$"ĐẢNG BỘ {(kind == "Thành" ? "THÀNH PHỐ" : "TỈNH")} {name.ToUpper(Culture)}", upper],
            $"Ban Thường vụ {committee}", committee, code == "ĐUK" ? ArchiveVocabulary.Provinces[province].Capital : district, parent.Index, parent.Topic,
            Person(random), "T/M BAN THƯỜNG VỤ", "BÍ THƯ", Tone(random), Decomposed(random), Formats(random), random.Next(), Party: true);
    }

    private static ArchiveDocument CommunePlan(int index, Random random, ArchiveDocument parent, Dictionary<string, int> counters, HashSet<string> taken)
    {
        var commune = ArchiveVocabulary.CommuneNames[random.Next(ArchiveVocabulary.CommuneNames.Length)];
        var date = After(random, parent.Date);
        var district = parent.Committee;
        var number = Next(counters, $"ĐU/{parent.Header[0]}/{district}/{commune}/{Term(date)}", random, 1, 15);
        var symbol = Unique(taken, $"{number}-KH/ĐU", ref date);
        return new ArchiveDocument(
            index, Key(index), ArchiveLevel.Commune, "KH", "Kế hoạch", symbol, date,
            [HeaderOfDistrict(district), $"ĐẢNG ỦY XÃ {commune.ToUpper(Culture)}"],
            $"Ban Thường vụ Đảng ủy xã {commune}", $"Đảng ủy xã {commune}", commune, parent.Index, parent.Topic,
            Person(random), "T/M ĐẢNG ỦY", random.Next(3) == 0 ? "PHÓ BÍ THƯ" : "BÍ THƯ", Tone(random), Decomposed(random), Formats(random), random.Next(), Party: true);

        // "Huyện ủy Duy Xuyên" → "ĐẢNG BỘ HUYỆN DUY XUYÊN".
        static string HeaderOfDistrict(string district) => district switch
        {
            _ when district.StartsWith("Huyện ủy ", StringComparison.Ordinal) => "ĐẢNG BỘ HUYỆN " + district[9..].ToUpper(Culture),
            _ when district.StartsWith("Thị ủy ", StringComparison.Ordinal) => "ĐẢNG BỘ THỊ XÃ " + district[7..].ToUpper(Culture),
            _ when district.StartsWith("Quận ủy ", StringComparison.Ordinal) => "ĐẢNG BỘ QUẬN " + district[8..].ToUpper(Culture),
            _ => "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP",
        };
    }

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    private static int ProvinceOf(ArchiveDocument plan)
    {
        for (var p = 0; p < ArchiveVocabulary.Provinces.Length; p++)
        {
            var (name, _, _) = ArchiveVocabulary.Provinces[p];
            if (plan.Header.Any(h => h.EndsWith(name.ToUpper(Culture), StringComparison.Ordinal)) || plan.Committee.EndsWith(name, StringComparison.Ordinal))
                return p;
        }

        return 0;
    }

    private static string Key(int index) => "d" + index.ToString("000000", CultureInfo.InvariantCulture);

    /// <summary>The Party congress term a date falls in (XII 2016–2020, XIII 2021–2025, XIV from 2026): numbers restart with each.</summary>
    private static int Term(DateOnly date) => date.Year <= 2020 ? 12 : date.Year <= 2025 ? 13 : 14;

    private static int Next(Dictionary<string, int> counters, string series, Random random, int start, int gap)
    {
        var next = counters.TryGetValue(series, out var last) ? last + 1 + random.Next(gap) : start + random.Next(gap * 3);
        counters[series] = next;
        return next;
    }

    /// <summary>The symbol with a two-digit number; the date moves a day on while symbol and date are taken (two provinces' plans on one day).</summary>
    private static string Unique(HashSet<string> taken, string symbol, ref DateOnly date)
    {
        var dash = symbol.IndexOfAny(['-', '/']);
        if (dash == 1)
            symbol = "0" + symbol;
        while (!taken.Add(symbol + "|" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            date = date.AddDays(1);
        return symbol;
    }

    private static DateOnly RandomDate(Random random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(Math.Max(1, to.DayNumber - from.DayNumber)));

    private static DateOnly After(Random random, DateOnly parent) => parent.AddDays(7 + random.Next(80));

    private static string Person(Random random) =>
        $"{Pick(random, ArchiveVocabulary.Surnames)} {Pick(random, ArchiveVocabulary.MiddleNames)} {Pick(random, ArchiveVocabulary.GivenNames)}";

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static ToneStyle Tone(Random random) => random.Next(3) == 0 ? ToneStyle.New : ToneStyle.Old;

    /// <summary>One text file in twenty arrives decomposed (NFD), as from some conversion tools.</summary>
    private static bool Decomposed(Random random) => random.Next(20) == 0;

    /// <summary>Mostly text, some DOCX and PDF; one document in twenty-five comes in two renditions (the same document twice).</summary>
    private static IReadOnlyList<string> Formats(Random random)
    {
        var first = random.Next(100) switch
        {
            < 80 => "txt",
            < 95 => "docx",
            _ => "pdf",
        };
        if (random.Next(25) != 0)
            return [first];
        return [first, first == "txt" ? (random.Next(2) == 0 ? "docx" : "pdf") : "txt"];
    }
}
