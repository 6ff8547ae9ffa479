using System.Text;
using System.Text.RegularExpressions;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Tests.Sip;

/// <summary>One case per RFC 4475 torture message, driven by MANIFEST.tsv.</summary>
[Trait("Category", "Unit")]
public sealed partial class Rfc4475TortureTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in TortureVectors.Manifest())
        {
            data.Add(row.File, row.Class, row.Expectation);
        }

        return data;
    }

    [Fact]
    public void Manifest_lists_every_vector_file()
    {
        var listed = TortureVectors.Manifest().Select(r => r.File).Order(StringComparer.Ordinal).ToArray();
        var present = Directory.GetFiles(TortureVectors.Directory, "*.dat").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(49, listed.Length);
        Assert.Equal(present, listed);
        Assert.All(listed, file => Assert.True(_validChecks.ContainsKey(file) || _invalidChecks.ContainsKey(file) || _semanticChecks.ContainsKey(file), $"no expectation coded for {file}"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_is_handled_as_the_rfc_says(string file, string vectorClass, string expectation)
    {
        var bytes = TortureVectors.Read(file);
        var result = SipMessageParser.Parse(bytes);

        switch (vectorClass)
        {
            case "valid":
                Assert.True(result.IsSuccess, $"{file} should parse: {result.Error}");
                _validChecks[file](result.Message!);
                AssertRoundTrips(result.Message!);
                break;
            case "invalid":
                _invalidChecks[file](result, ExpectedStatus(expectation));
                break;
            case "semantic":
                _semanticChecks[file](result);
                if (result.IsSuccess)
                {
                    AssertRoundTrips(result.Message!);
                }

                break;
            default:
                Assert.Fail($"unknown class {vectorClass}");
                break;
        }
    }

    private static int ExpectedStatus(string expectation)
    {
        if (expectation.StartsWith("discard", StringComparison.Ordinal))
        {
            return 0;
        }

        var match = StatusPattern().Match(expectation);
        Assert.True(match.Success, $"no status in '{expectation}'");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"reject \((\d{3})")]
    private static partial Regex StatusPattern();

    private static void AssertRoundTrips(SipMessage message)
    {
        var again = SipMessageParser.Parse(SipMessageSerializer.Serialize(message));
        Assert.True(again.IsSuccess, $"re-parse failed: {again.Error}");
        var reparsed = again.Message!;
        Assert.Equal(message.Body.ToArray(), reparsed.Body.ToArray());
        var before = message.Headers.Where(h => !SipHeaderNames.AreSame(h.Name, SipHeaderNames.ContentLength)).ToArray();
        var after = reparsed.Headers.Where(h => !SipHeaderNames.AreSame(h.Name, SipHeaderNames.ContentLength)).ToArray();
        Assert.Equal(before, after);
        Assert.Equal(message.Body.Length, reparsed.ContentLength);
    }

    private static void AssertRejected(SipParseResult result, int status, SipParseErrorKind kind, string? header, string descriptionPart)
    {
        Assert.False(result.IsSuccess, "the message should have been rejected");
        var error = result.Error!;
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(kind, error.Kind);
        if (header is not null)
        {
            Assert.Equal(header, error.HeaderName);
        }

        Assert.Contains(descriptionPart, error.Description, StringComparison.OrdinalIgnoreCase);
        var response = error.CreateResponse("errtag");
        if (status == 0)
        {
            Assert.Null(response);
            Assert.False(error.IsRequest);
        }
        else
        {
            Assert.NotNull(response);
            Assert.Equal(status, response.StatusCode);
            Assert.NotEmpty(response.Headers.GetAll(SipHeaderNames.Via));
            // The error response must itself be well-formed.
            var reparsed = SipMessageParser.Parse(SipMessageSerializer.Serialize(response));
            Assert.True(reparsed.IsSuccess || reparsed.Error!.Kind == SipParseErrorKind.MissingHeader || !reparsed.Error.IsRequest, reparsed.Error?.ToString());
        }
    }

    private static SipRequest Request(SipMessage message) => Assert.IsType<SipRequest>(message);

    private static SipUri Sip(AddressUri? uri) => Assert.IsType<SipUri>(uri);

    private static readonly Dictionary<string, Action<SipMessage>> _validChecks = new()
    {
        ["wsinv.dat"] = m =>
        {
            var request = Request(m);
            Assert.Equal("INVITE", request.Method);
            Assert.True(Sip(request.RequestUri).Parameters.Contains("unknownparam"));
            Assert.Equal(SipUri.Parse("sip:vivekg@chair-dnrc.example.com"), m.To!.Uri);
            Assert.Equal("1918181833n", m.To.Tag);
            Assert.Equal("J Rosenberg \\\"", m.From!.DisplayName);
            Assert.Equal("98asjd8", m.From.Tag);
            Assert.Equal(68, m.MaxForwards);
            Assert.Equal(new CSeqHeader(9, "INVITE"), m.CSeq);
            Assert.Equal(["UDP", "TCP", "UDP"], m.Vias.Select(v => v.Transport));
            Assert.Equal(["192.0.2.2", "spindle.example.com", "192.168.255.111"], m.Vias.Select(v => v.Host));
            Assert.Equal(["390skdjuw", "z9hG4bK9ikj8", "z9hG4bK30239"], m.Vias.Select(v => v.Branch));
            Assert.Equal(string.Empty, m.Headers.GetFirst("Subject"));
            Assert.Equal("newfangled value continued newfangled value", m.Headers.GetFirst("newfangledheader"));
            Assert.Equal(";;,,;;,;", m.Headers.GetFirst("UnknownHeaderWithUnusualValue"));
            var contact = Assert.Single(m.Contacts).Address!;
            Assert.Equal("Quoted string \"\"", contact.DisplayName);
            Assert.Equal("newvalue", contact.Parameters["newparam"]);
            Assert.True(contact.Parameters.Contains("secondparam"));
            Assert.Equal(0.33, Assert.Single(m.Contacts).Q);
            Assert.True(Sip(Assert.Single(m.Routes).Uri).IsLooseRouter);
            Assert.True(m.ContentType!.Is("application", "sdp"));
            Assert.Equal(150, m.Body.Length);
        },
        ["intmeth.dat"] = m =>
        {
            var request = Request(m);
            Assert.Equal("!interesting-Method0123456789_*+`.%indeed'~", request.Method);
            var uri = Sip(request.RequestUri);
            Assert.Equal("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*", uri.User);
            Assert.Equal("&it+has=1,weird!*pas$wo~d_too.(doesn't-it)", uri.Password);
            Assert.Equal("example.com", uri.Host);
            Assert.Equal("BEL:\a NUL:\0 DEL:\u007f", m.To!.DisplayName);
            Assert.Equal("token1~` token2'+_ token3*%!.-", m.From!.DisplayName);
            Assert.Equal("_token~1'+`*%!-.", m.From.Tag);
            Assert.Equal("работающий", m.From.Parameters["fromParam''~+*_!.-%"]);
            Assert.Equal("intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{", m.CallId);
            Assert.Equal(139122385u, m.CSeq!.Number);
            Assert.Equal(255, m.MaxForwards);
            Assert.Equal("\ufeff大停電", m.Headers.GetFirst("extensionHeader-!.%*+_`'~"));
        },
        ["esc01.dat"] = m =>
        {
            var uri = Sip(Request(m).RequestUri);
            Assert.Equal("sips:user@example.com", uri.User);
            Assert.Equal("example.net", uri.Host);
            Assert.Equal(SipUri.Parse("sip:user@example.com"), m.To!.Uri);
            Assert.Equal("I have spaces", Sip(m.From!.Uri).User);
            var contact = Sip(Assert.Single(m.Contacts).Uri);
            Assert.True(contact.IsLooseRouter);
            Assert.Equal("value%41", contact.Parameters["name"]);
            Assert.Equal(SipUri.Parse("sip:caller@host5.example.net;lr;name=value%2541"), contact);
        },
        ["escnull.dat"] = m =>
        {
            Assert.Equal("null-\0-null", Sip(m.To!.Uri).User);
            Assert.Equal(["\0", "\0\0"], m.Contacts.Select(c => Sip(c.Uri).User));
        },
        ["esc02.dat"] = m =>
        {
            Assert.Equal("RE%47IST%45R", Request(m).Method);
            Assert.Equal("RE%47IST%45R", m.CSeq!.Method);
            Assert.Equal("%Z%45", m.To!.DisplayName);
            Assert.Equal(2, m.Contacts.Count);
            Assert.Equal("<sip:alias2@host2.example.com>", m.Headers.GetFirst("C%6Fntact"));
            Assert.Equal("z9hG4bK209%fzsnel234", m.TopVia!.Branch);
        },
        ["lwsdisp.dat"] = m =>
        {
            Assert.Equal("caller", m.From!.DisplayName);
            Assert.Equal(SipUri.Parse("sip:caller@example.com"), m.From.Uri);
        },
        ["longreq.dat"] = m =>
        {
            Assert.Equal(34, m.Vias.Count);
            Assert.Equal("sip33.example.com", m.Vias[0].Host);
            Assert.Equal("192.0.2.5", m.Vias[^1].Received);
            Assert.StartsWith("I have a user name of extreme", m.To!.DisplayName, StringComparison.Ordinal);
            Assert.Equal(6000, Sip(m.To.Uri).Port);
            Assert.True(Sip(m.To.Uri).Parameters.Contains("verylonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglongParameterNameWithNoValue"));
            Assert.True(m.From!.Tag!.Length > 100);
            Assert.Equal(150, m.Body.Length);
        },
        ["dblreq.dat"] = m =>
        {
            Assert.Equal("REGISTER", Request(m).Method);
            Assert.Equal("dblreq.0ha0isndaksdj99sdfafnl3lk233412", m.CallId);
            Assert.True(m.Body.IsEmpty);
        },
        ["semiuri.dat"] = m =>
        {
            var uri = Sip(Request(m).RequestUri);
            Assert.Equal("user;par=u@example.net", uri.User);
            Assert.Equal("example.com", uri.Host);
            Assert.Empty(uri.Parameters);
            Assert.Equal(6, m.Accept.Count);
        },
        ["transports.dat"] = m =>
            Assert.Equal(["UDP", "SCTP", "TLS", "UNKNOWN", "TCP"], m.Vias.Select(v => v.Transport)),
        ["mpart01.dat"] = m =>
        {
            Assert.Equal(553, m.Body.Length);
            Assert.True(m.ContentType!.Is("multipart", "mixed"));
            Assert.Equal("7a9cbec02ceef655", m.ContentType.Parameters["boundary"]);
            Assert.True(m.TopVia!.HasRport);
            Assert.Null(m.TopVia.Rport);
            Assert.Equal(5070, m.TopVia.Port);
        },
        ["unreason.dat"] = m =>
        {
            var response = Assert.IsType<SipResponse>(m);
            Assert.Equal(200, response.StatusCode);
            Assert.Equal("= 2**3 * 5**2 но сто девяносто девять - простое", response.ReasonPhrase);
            Assert.Equal(154, m.Body.Length);
        },
        ["noreason.dat"] = m =>
        {
            var response = Assert.IsType<SipResponse>(m);
            Assert.Equal(100, response.StatusCode);
            Assert.Equal(string.Empty, response.ReasonPhrase);
        },
        ["inv2543.dat"] = m =>
        {
            Assert.Null(m.TopVia!.Branch);
            Assert.False(m.TopVia.HasRfc3261Branch);
            Assert.Null(m.From!.Tag);
            Assert.Null(m.ContentLength);
            Assert.Null(m.MaxForwards);
            Assert.Equal(105, m.Body.Length);
            Assert.Equal("ss1.example.com", Sip(Assert.Single(m.RecordRoutes).Uri).Maddr);
            // Without <>, ";user=phone" is a header parameter of To under RFC 3261 §20; inside <> it belongs to the URI.
            Assert.Equal("phone", m.To!.Parameters["user"]);
            Assert.Equal("phone", Sip(m.From.Uri).Parameters["user"]);
        },
    };

    private static readonly Dictionary<string, Action<SipParseResult, int>> _invalidChecks = new()
    {
        ["badinv01.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.HeaderValue, "Via", "empty"),
        ["clerr.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.ContentLength, "Content-Length", "9999"),
        ["ncl.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.HeaderValue, "Content-Length", "negative"),
        ["scalar02.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.HeaderValue, "CSeq", "36893488147419103232"),
        ["scalarlg.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.HeaderValue, "CSeq", "exceeds"),
        ["quotbal.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.HeaderValue, "To", "unterminated quoted string"),
        ["ltgtruri.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.RequestUri, null, "<>"),
        ["lwsruri.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.RequestUri, null, "whitespace inside the Request-URI"),
        ["lwsstart.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.StartLine, null, "more than one SP"),
        ["trws.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.StartLine, null, "whitespace after the SIP-Version"),
        ["escruri.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.RequestUri, null, "carries headers"),
        ["baddate.dat"] = (r, _) =>
        {
            // RFC 4475 §3.1.2.12 allows ignoring the Date header; it is kept verbatim for whoever cares.
            Assert.True(r.IsSuccess, r.Error?.ToString());
            Assert.Equal("Fri, 01 Jan 2010 16:00:00 EST", r.Message!.Headers.GetFirst("Date"));
        },
        ["regbadct.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.HeaderValue, "Contact", "must be enclosed in <>"),
        ["badaspec.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.HeaderValue, "To", "whitespace inside <"),
        ["baddn.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.HeaderValue, "From", "display name contains ','"),
        ["badvers.dat"] = (r, s) =>
        {
            AssertRejected(r, s, SipParseErrorKind.UnsupportedVersion, null, "SIP/7.0");
            Assert.Equal(505, s);
        },
        ["mismatch01.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.CSeqMismatch, "CSeq", "'INVITE' does not match the request method 'OPTIONS'"),
        ["mismatch02.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.CSeqMismatch, "CSeq", "NEWMETHOD"),
        ["bigcode.dat"] = (r, s) => AssertRejected(r, s, SipParseErrorKind.StartLine, null, "4294967301"),
    };

    private static readonly Dictionary<string, Action<SipParseResult>> _semanticChecks = new()
    {
        ["badbranch.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            Assert.Equal("z9hG4bK", r.Message!.TopVia!.Branch);
            Assert.False(r.Message.TopVia.HasRfc3261Branch);
        },
        ["insuf.dat"] = r => AssertRejected(r, 400, SipParseErrorKind.MissingHeader, "To", "missing"),
        ["unkscm.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            var uri = Assert.IsType<OpaqueUri>(r.Request!.RequestUri);
            Assert.Equal("nobodyKnowsThisScheme", uri.Scheme);
            Assert.Equal("totallyopaquecontent", uri.Value);
            Assert.False(uri.IsSip);
            Assert.Equal(416, SipResponse.CreateFor(r.Request, 416).StatusCode);
        },
        ["novelsc.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            var uri = Assert.IsType<OpaqueUri>(r.Request!.RequestUri);
            Assert.Equal("soap.beep", uri.Scheme);
            Assert.Equal("soap.beep://192.0.2.103:3002", uri.ToString());
        },
        ["unksm2.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            var m = r.Message!;
            Assert.Equal("isbn", Assert.IsType<OpaqueUri>(m.To!.Uri).Scheme);
            Assert.False(m.To.Uri.IsSip);
            Assert.Equal("http://www.example.com", m.From!.Uri.ToString());
            Assert.Equal("3234233", m.From.Tag);
            Assert.Equal("name:John_Smith", Assert.Single(m.Contacts).Uri!.ToString());
        },
        ["bext01.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            Assert.Equal(["nothingSupportsThis", "nothingSupportsThisEither"], r.Message!.Require);
            Assert.Equal(["noProxiesSupportThis", "norDoAnyProxiesSupportThis"], r.Message.ProxyRequire);
        },
        ["invut.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            Assert.Equal("application/unknownformat", r.Message!.ContentType!.MediaRange);
            Assert.Equal(40, r.Message.Body.Length);
        },
        ["regaut01.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            var credentials = Assert.Single(r.Message!.Authorizations);
            Assert.Equal("NoOneKnowsThisScheme", credentials.Scheme);
            Assert.False(credentials.IsDigest);
            Assert.Equal("here", credentials.Parameters["opaque-data"]);
        },
        ["multi01.dat"] = r => AssertRejected(r, 400, SipParseErrorKind.DuplicateHeader, "CSeq", "more than once"),
        ["mcl01.dat"] = r => AssertRejected(r, 400, SipParseErrorKind.DuplicateHeader, "Content-Length", "more than once"),
        ["bcast.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            Assert.Equal("255.255.255.255", r.Message!.Vias[1].Host);
        },
        ["zeromf.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            Assert.Equal(0, r.Message!.MaxForwards);
        },
        ["cparam01.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            var contact = Assert.Single(r.Message!.Contacts);
            Assert.Equal("sip:+19725552222@gw1.example.net", contact.Uri!.ToString());
            Assert.Empty(Sip(contact.Uri).Parameters);
            Assert.True(contact.Address!.Parameters.Contains("unknownparam"));
        },
        ["cparam02.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            var contact = Assert.Single(r.Message!.Contacts);
            Assert.Equal("sip:+19725552222@gw1.example.net;unknownparam", contact.Uri!.ToString());
            Assert.True(Sip(contact.Uri).Parameters.Contains("unknownparam"));
            Assert.Empty(contact.Address!.Parameters);
        },
        ["regescrt.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            var contact = Assert.Single(r.Message!.Contacts);
            var uri = Sip(contact.Uri);
            Assert.Equal("<sip:sip.example.com>", uri.Headers["Route"]);
            Assert.Equal("sip:user@example.com?Route=%3Csip:sip.example.com%3E", uri.ToString());
            Assert.Equal("<sip:user@example.com?Route=%3Csip:sip.example.com%3E>", contact.ToString());
            var wire = Encoding.UTF8.GetString(SipMessageSerializer.Serialize(r.Message));
            Assert.Contains("M: <sip:user@example.com?Route=%3Csip:sip.example.com%3E>\r\n", wire, StringComparison.Ordinal);
        },
        ["sdp01.dat"] = r =>
        {
            Assert.True(r.IsSuccess, r.Error?.ToString());
            Assert.Equal(["text/nobodyKnowsThis"], r.Message!.Accept);
            Assert.True(r.Message.ContentType!.Is("application", "sdp"));
        },
    };
}
