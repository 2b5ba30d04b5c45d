using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>ZIP files for the package checks, including ones whose directory claims huge entries.</summary>
internal static class TestZip
{
    public static byte[] Of(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The archive with the central directory declaring <paramref name="declaredBytes"/> as the
    /// uncompressed size of each named entry: what a zip bomb's directory says, without the gigabytes.
    /// </summary>
    public static byte[] Declaring(byte[] zip, long declaredBytes, params string[] names)
    {
        var bytes = zip.ToArray();
        var end = bytes.Length - 22; // end-of-central-directory record of an archive without comment
        Assert.Equal(0x06054b50u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end)));
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16));
        var patched = 0;
        while (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)) == 0x02014b50u)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 32));
            var name = Encoding.UTF8.GetString(bytes, offset + 46, nameLength);
            if (names.Contains(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset + 24), checked((uint)declaredBytes));
                patched++;
            }

            offset += 46 + nameLength + extraLength + commentLength;
        }

        Assert.Equal(names.Length, patched);
        return bytes;
    }
}
