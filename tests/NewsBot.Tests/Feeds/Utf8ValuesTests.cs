using System.Text;
using NewsBot.Core.Feeds.Xml.Fast;

namespace NewsBot.Tests.Feeds;

/// <summary>The fast reader's value decoding against the expected text, across vector-block boundaries.</summary>
public sealed class Utf8ValuesTests
{
    private static readonly (string Raw, string Text)[] Pieces =
    [
        ("a", "a"), ("The council met ", "The council met "), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"), ("&quot;", "\""),
        ("&apos;", "'"), ("&#233;", "é"), ("&#x4E2D;", "中"), ("é", "é"), ("中文", "中文"), ("😀", "😀"), (" ", " "),
        ("0123456789abcdef", "0123456789abcdef"), ("x\u00a0y", "x\u00a0y"),
    ];

    [Fact]
    public void Text_with_references_and_any_characters_decodes_to_what_it_says_whatever_the_block_boundaries()
    {
        var random = new Random(20261130);
        char[] buffer = [];
        for (var n = 0; n < 3000; n++)
        {
            var raw = new StringBuilder();
            var expected = new StringBuilder();
            for (var k = random.Next(1, 30); k > 0; k--)
            {
                var (r, t) = Pieces[random.Next(Pieces.Length)];
                raw.Append(r);
                expected.Append(t);
            }
            var bytes = Encoding.UTF8.GetBytes(raw.ToString());

            Assert.Equal(expected.ToString(), Utf8Values.Decode(bytes, attribute: false, ref buffer, lineBreaks: false));
            Assert.Equal(expected.ToString(), Utf8Values.Decode(bytes, attribute: false, ref buffer, lineBreaks: true));
        }
    }

    [Fact]
    public void Attribute_values_and_CDATA_decode_to_what_they_say_whatever_the_block_boundaries()
    {
        (string Raw, string Attribute, string CData)[] pieces =
        [
            ("abc", "abc", "abc"), ("&amp;", "&", "&amp;"), ("\t", " ", "\t"), ("\n", " ", "\n"), ("\r\n", " ", "\n"),
            ("\rx", " x", "\nx"), ("é中😀", "é中😀", "é中😀"), ("0123456789abcdef0", "0123456789abcdef0", "0123456789abcdef0"),
        ];
        var random = new Random(7);
        char[] buffer = [];
        for (var n = 0; n < 2000; n++)
        {
            StringBuilder raw = new(), attribute = new(), cdata = new();
            for (var k = random.Next(1, 25); k > 0; k--)
            {
                var piece = pieces[random.Next(pieces.Length)];
                raw.Append(piece.Raw);
                attribute.Append(piece.Attribute);
                cdata.Append(piece.CData);
            }
            var bytes = Encoding.UTF8.GetBytes(raw.ToString());

            Assert.Equal(attribute.ToString(), Utf8Values.Decode(bytes, attribute: true, ref buffer));
            Assert.Equal(cdata.ToString(), Utf8Values.Decode(bytes, attribute: false, ref buffer, entities: false));
        }
    }

    [Theory]
    [InlineData("a\r\nb\rc", false, "a\nb\nc")]
    [InlineData("a\r\nb\tc\nd", true, "a b c d")]
    [InlineData("&#10;x&#9;", true, "\nx\t")]
    public void Line_ends_and_attribute_whitespace_are_normalized_as_XmlReader_does(string raw, bool attribute, string expected)
    {
        char[] buffer = [];

        Assert.Equal(expected, Utf8Values.Decode(Encoding.UTF8.GetBytes(raw), attribute, ref buffer));
    }
}
