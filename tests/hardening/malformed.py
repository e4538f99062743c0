"""Awkward values and broken request bodies, drawn from a `random.Random`, for the fuzz test.

Values are `str` that may hold anything Python allows (NUL, lone surrogates, huge numbers); they are
turned into bytes here, never by the test client, so nothing is refused before it reaches the site.
"""

import base64
import json
from urllib.parse import quote_from_bytes

NUMBERS = [
    "0", "1", "2", "-1", "00", "007", "12", "13", "29", "30", "31", "32", "99", "2024", "9999", "10000",
    "2147483648", "9223372036854775807", "9223372036854775808", "18446744073709551616",
    "99999999999999999999", "1" * 400, "1e400", "-0", "+1", " 1", "1.5", "nan", "inf", "0x1f",
    "١٢", "１２", "last", "",
]  # fmt: skip

DATES = [
    "0000-01-01", "0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30", "10000-01-01", "2024-02-29",
    "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-32", "99999999999999999999-01-01",
    "-0001-01-01", "2024-1-1", "01/02/2024", "12/31/9999", "2024-01-01T00:00", "2024-01-01\x00",
    "２０２４-01-01",
]  # fmt: skip

NASTY = [
    "<script>alert(1)</script>", "{{ 7|add:7 }}", "{% now 'Y' %}", "%s%n%x", "' OR 1=1 --",
    "../../etc/passwd", "\r\nSet-Cookie: x=1", "javascript:alert(1)", "http://" + "a" * 300 + ".example",
    "https://[::1", "http://", "mailto:x@example.org", "a@b", "@", "\u202egnp.exe", "\ufeff", "\ud800",
    "\udfff\ud800", "\x00", "\x00" * 50, "NULL", "None", "true", "[]", "{}",
]  # fmt: skip

# Unicode neighbourhoods that break naive code: controls, RTL, CJK, surrogates, private use, specials, emoji.
CODE_POINTS = [
    (0x20, 0x7E), (0x00, 0x1F), (0x7F, 0x24F), (0x590, 0x6FF), (0x4E00, 0x9FFF), (0xD800, 0xDFFF),
    (0xE000, 0xF8FF), (0xFFF0, 0xFFFF), (0x1F300, 0x1FAFF), (0x200B, 0x202E), (0x10FFF0, 0x10FFFF),
]  # fmt: skip

CHARSETS = [
    None, None, None, "utf-8", "UTF-8", "utf8", "latin-1", "utf-16", "utf-16-le", "utf-32", "utf-7", "cp1252",
    "shift_jis", "x-no-such-charset", "", "base64", "zlib", "hex", "rot13", "uu", "idna", "punycode",
    "undefined", "unicode_escape", '"utf-8"',
]  # fmt: skip

OTHER_CONTENT_TYPES = [
    "", "text/plain", "application/json", "application/xml", "multipart/mixed; boundary=x",
    "application/x-www-form-urlencoded;;;", "application/x-www-form-urlencoded; charset",
    "multipart/form-data; boundary", "text/html; charset=utf-8", "*/*", "\xff\xfe",
]  # fmt: skip


URL_PART = 2_000


def text(rng, length=None):
    if length is None:
        length = rng.choice([0, 1, 2, 8, 40, 300])
    return "".join(chr(rng.randint(*rng.choice(CODE_POINTS))) for _ in range(length))


def huge(rng):
    """Far past every length limit; repeated, since drawing 100,000 characters one by one is slow."""
    return text(rng, 20) * rng.choice([100, 4_000, 70_000])


def value(rng, extra=()):
    """One awkward value; `extra` are plausible ones (real slugs, ids) so some requests get further."""
    pools = [NUMBERS, DATES, NASTY, list(extra) or NUMBERS]
    kind = rng.random()
    if kind < 0.5:
        return rng.choice(rng.choice(pools))
    if kind < 0.9:
        return text(rng)
    if kind < 0.97:
        return rng.choice(NASTY) + text(rng, 3) + rng.choice(NUMBERS)
    return huge(rng)


def encode(rng, string):
    """The bytes a client might send for `string`: usually UTF-8 (surrogates and all), sometimes not."""
    how = rng.random()
    if how < 0.8:
        return string.encode("utf-8", "surrogatepass")
    if how < 0.9:
        return string.encode(rng.choice(["latin-1", "cp1252", "shift_jis", "utf-16"]), "replace")
    return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 30)))


def query_string(rng, fields):
    """`fields` are (name, value) pairs; some are repeated, and some of the escaping is broken."""
    pairs = []
    for name, field_value in fields:
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            # Servers refuse a request line over 4 KB: longer values would only be cut.
            key, data = (
                quote_from_bytes(encode(rng, name[:URL_PART])),
                quote_from_bytes(encode(rng, field_value[:URL_PART])),
            )
            pairs.append(rng.choice([f"{key}={data}", f"{key}={data}", key, f"{key}=%", f"{key}=%zz{data}"]))
    if rng.random() < 0.1:
        pairs.append(rng.choice(["&", "=", ";", "%", "%00=%00", "a=b=c"]))
    rng.shuffle(pairs)
    return "&".join(pairs)


def form_body(rng, fields):
    """A (content type, body) pair for a POST of `fields`: well-formed, mislabelled or broken."""
    kind = rng.random()
    if kind < 0.4:
        return urlencoded(rng, fields)
    if kind < 0.8:
        return multipart(rng, fields)
    body = rng.choice(
        [
            json.dumps(dict(fields), ensure_ascii=False).encode("utf-8", "surrogatepass"),
            query_string(rng, fields).encode("ascii"),
            encode(rng, text(rng)),
            b"",
        ]
    )
    return rng.choice(OTHER_CONTENT_TYPES), body


def urlencoded(rng, fields):
    content_type = "application/x-www-form-urlencoded"
    if (charset := rng.choice(CHARSETS)) is not None:
        content_type += f"; charset={charset}"
    return content_type, query_string(rng, fields).encode("ascii")


def multipart(rng, fields):
    boundary = rng.choice(["fuzz" + str(rng.randrange(10**9)), "x", "-" * 20 + "abc", "a" * 70])
    parts = [part(rng, name, field_value) for name, field_value in fields]
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + data + b"\r\n" for data in parts)
    body += b"--" + boundary.encode() + b"--\r\n"
    declared = boundary
    damage = rng.random()
    if damage < 0.08:
        body = body[: rng.randrange(len(body) + 1)]
    elif damage < 0.12:
        body = body.replace(b"\r\n", b"\n")
    elif damage < 0.2:
        declared = rng.choice(["", " ", "é", "a" * 201, 'x"y', "other", boundary + " ", "\x7f"])
    content_type = "multipart/form-data"
    if declared or rng.random() < 0.5:
        content_type += f"; boundary={declared}"
    if (charset := rng.choice(CHARSETS)) is not None:
        content_type += f"; charset={charset}"
    return content_type, body


def part(rng, name, field_value):
    """One multipart part: sometimes a file, sometimes with its own charset, base64 or broken headers."""
    name = name.replace('"', "")
    disposition = f'Content-Disposition: form-data; name="{name}"'
    if rng.random() < 0.1:
        disposition += f'; filename="{text(rng, 5)}.txt"'
    headers = [disposition]
    if rng.random() < 0.15:
        headers.append(f"Content-Type: text/plain; charset={rng.choice(CHARSETS[3:])}")
    data = encode(rng, field_value)
    if rng.random() < 0.08:
        headers.append("Content-Transfer-Encoding: base64")
        data = base64.b64encode(data) if rng.random() < 0.7 else data
    if rng.random() < 0.05:
        headers = [rng.choice(["Content-Disposition: form-data", "Content-Disposition: attachment", "X: y"])]
    raw = "\r\n".join(headers).encode("utf-8", "surrogatepass")
    return raw + b"\r\n\r\n" + data
