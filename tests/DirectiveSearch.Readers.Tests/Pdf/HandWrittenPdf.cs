using System.Security.Cryptography;
using System.Text;

namespace DirectiveSearch.Readers.Tests.Pdf;

/// <summary>
/// A one-page PDF written byte by byte, optionally encrypted with the PDF standard security handler
/// (revision 2: RC4, 40-bit key). PdfPig's builder cannot encrypt, and the encrypted cases need a file
/// with an empty user password (opens) and one with a real password (must be refused).
/// </summary>
internal static class HandWrittenPdf
{
    private static readonly byte[] PasswordPadding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    private static readonly byte[] FileId = Convert.FromHexString("0123456789ABCDEF0123456789ABCDEF");
    private const int Permissions = -4;
    private const int ContentObject = 4;

    public static byte[] Plain(string text) => Write(text, encryption: null);

    public static byte[] Encrypted(string text, string userPassword, string ownerPassword) =>
        Write(text, (userPassword, ownerPassword));

    private static byte[] Write(string text, (string User, string Owner)? encryption)
    {
        var content = Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 700 Td ({text}) Tj ET");
        var encryptDictionary = string.Empty;
        if (encryption is var (user, owner))
        {
            // Algorithms 3, 2 and 4 of the PDF specification, revision 2.
            var ownerKey = MD5.HashData(Padded(owner))[..5];
            var ownerEntry = Rc4(ownerKey, Padded(user));
            var fileKey = MD5.HashData([.. Padded(user), .. ownerEntry, .. BitConverter.GetBytes(Permissions), .. FileId])[..5];
            var userEntry = Rc4(fileKey, PasswordPadding);
            var objectKey = MD5.HashData([.. fileKey, ContentObject, 0, 0, 0, 0])[..10];
            content = Rc4(objectKey, content);
            encryptDictionary = $"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(ownerEntry)}> /U <{Convert.ToHexString(userEntry)}> /P {Permissions} >>";
        }

        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(output.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        offsets.Add(output.Position);
        Write($"{ContentObject} 0 obj\n<< /Length {content.Length} >>\nstream\n");
        output.Write(content);
        Write("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        if (encryptDictionary.Length > 0)
            Object(encryptDictionary);

        var xref = output.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            Write($"{offset:D10} 00000 n \n");
        var encryptReference = encryptDictionary.Length > 0 ? $" /Encrypt {offsets.Count} 0 R" : string.Empty;
        var id = Convert.ToHexString(FileId);
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R{encryptReference} /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static byte[] Padded(string password) =>
        [.. Encoding.Latin1.GetBytes(password).Concat(PasswordPadding).Take(32)];

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var state = Enumerable.Range(0, 256).Select(value => (byte)value).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + state[i] + key[i % key.Length]) & 255;
            (state[i], state[j]) = (state[j], state[i]);
        }
        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 255;
            j = (j + state[i]) & 255;
            (state[i], state[j]) = (state[j], state[i]);
            output[k] = (byte)(data[k] ^ state[(state[i] + state[j]) & 255]);
        }
        return output;
    }
}
