namespace DirectiveSearch.TestSupport;

/// <summary>
/// Damaged copies of real files, the way downloads and old disks damage them: flipped bits, bytes
/// overwritten, truncation, a stretch lost or repeated, two files spliced. Seeded, so a failing case
/// can be replayed from its seed alone.
/// </summary>
public static class ByteMutator
{
    public static byte[] Mutate(byte[] original, byte[] other, int seed)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(other);
        var random = new Random(seed);
        var bytes = original.ToArray();
        // One to three damages on top of each other, as a file copied from a failing disk collects them.
        for (var round = random.Next(1, 4); round > 0 && bytes.Length > 0; round--)
            bytes = Damage(bytes, other, random);
        return bytes;
    }

    private static byte[] Damage(byte[] bytes, byte[] other, Random random)
    {
        switch (random.Next(7))
        {
            case 0:
                for (var i = random.Next(1, 16); i > 0; i--)
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 1:
                for (var i = random.Next(1, 64); i > 0; i--)
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 2:
                return bytes[..random.Next(bytes.Length)];
            case 3:
            {
                var start = random.Next(bytes.Length);
                var length = random.Next(1, Math.Max(2, (bytes.Length - start) / 4));
                return [.. bytes[..start], .. bytes[Math.Min(bytes.Length, start + length)..]];
            }
            case 4:
            {
                var start = random.Next(bytes.Length);
                var length = Math.Min(bytes.Length - start, random.Next(1, 4096));
                return [.. bytes[..(start + length)], .. bytes[start..(start + length)], .. bytes[(start + length)..]];
            }
            case 5:
            {
                if (other.Length == 0)
                    return bytes;
                var cut = random.Next(bytes.Length);
                var from = random.Next(other.Length);
                return [.. bytes[..cut], .. other[from..]];
            }
            default:
            {
                // A block of zeros: what a sector that could not be read is copied as.
                var start = random.Next(bytes.Length);
                Array.Clear(bytes, start, Math.Min(bytes.Length - start, random.Next(1, 8192)));
                return bytes;
            }
        }
    }
}
