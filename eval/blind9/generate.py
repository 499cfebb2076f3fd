#!/usr/bin/env python3
"""Builds the four labelled personas (archive zip, labels.json, watchlist.toml).

usage: python3 generate.py [--out DIR] [KEY ...]

Deterministic: every random choice comes from random.Random seeded with a
string derived from the persona key and the post, zip entries carry fixed
timestamps and are written in a fixed order, JSON is dumped with fixed
formatting. Running it twice gives byte-identical files.

Post texts live in content_p1.py ... content_p4.py.
"""
import argparse
import html
import io
import json
import os
import random
import re
import struct
import sys
import zipfile
import zlib
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import content_p1  # noqa: E402
import content_p2  # noqa: E402
import content_p3  # noqa: E402
import content_p4  # noqa: E402

MODULES = [content_p1, content_p2, content_p3, content_p4]
LABEL_CODES = [("U", "unit"), ("R", "role"), ("L", "location"), ("T", "routine"), ("H", "home")]
UTC = timezone.utc


# ---------------------------------------------------------------- helpers

def labels_of(code):
    bad = set(code) - {c for c, _ in LABEL_CODES}
    if bad:
        raise ValueError(f"unknown label code {bad} in {code!r}")
    return [name for c, name in LABEL_CODES if c in code]


def iso_z(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rng_for(*parts):
    return random.Random("|".join(str(p) for p in parts))


def jitter(rng, lat, lon, metres):
    """A point within `metres` of (lat, lon), rounded to 6 decimals."""
    import math
    r = metres * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = (r * math.cos(a)) / 111_320.0
    dlon = (r * math.sin(a)) / (111_320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def mojibake(s):
    """Facebook/Instagram style: UTF-8 bytes re-read as Latin-1 code points."""
    return s.encode("utf-8").decode("latin-1")


def mojibake_tree(obj):
    if isinstance(obj, str):
        return mojibake(obj)
    if isinstance(obj, list):
        return [mojibake_tree(x) for x in obj]
    if isinstance(obj, dict):
        return {mojibake(k): mojibake_tree(v) for k, v in obj.items()}
    return obj


def meta_json(obj):
    """Meta's export JSON: escaped mojibake, 2-space indent."""
    return json.dumps(mojibake_tree(obj), ensure_ascii=True, indent=2).encode("ascii")


def plain_json(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent).encode("utf-8")


# ---------------------------------------------------------------- JPEG + EXIF

def _canonical_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [1] + [0] * 15
AC_VALS = [0x00]  # only EOB: every block is flat
DC_CODES = _canonical_codes(DC_BITS, DC_VALS)
AC_CODES = _canonical_codes(AC_BITS, AC_VALS)


class _BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, value, length):
        for i in range(length - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                if self.acc == 0xFF:
                    self.out.append(0x00)
                self.acc = 0
                self.n = 0

    def flush(self):
        while self.n:
            self.put(1, 1)
        return bytes(self.out)


def _segment(marker, payload):
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def jpeg_bytes(rgb, app1=None):
    """A valid baseline 8x8 JPEG of one flat colour (YCbCr, 4:4:4)."""
    r, g, b = rgb
    y = 0.299 * r + 0.587 * g + 0.114 * b
    cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
    cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b
    bw = _BitWriter()
    for comp in (y, cb, cr):
        dc = int(round(8 * (max(0, min(255, comp)) - 128)))
        cat = abs(dc).bit_length()
        code, length = DC_CODES[cat]
        bw.put(code, length)
        if cat:
            bw.put(dc if dc > 0 else dc + (1 << cat) - 1, cat)
        code, length = AC_CODES[0x00]
        bw.put(code, length)
    scan = bw.flush()
    out = bytearray(b"\xFF\xD8")
    if app1 is not None:
        out += _segment(0xE1, app1)
    else:
        out += _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += _segment(0xDB, b"\x00" + bytes([1] * 64))
    out += _segment(0xC0, struct.pack(">BHHB", 8, 8, 8, 3) + bytes([1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]))
    out += _segment(0xC4, b"\x00" + bytes(DC_BITS) + bytes(DC_VALS))
    out += _segment(0xC4, b"\x10" + bytes(AC_BITS) + bytes(AC_VALS))
    out += _segment(0xDA, bytes([3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]))
    out += scan
    out += b"\xFF\xD9"
    return bytes(out)


# TIFF types
BYTE, ASCII, SHORT, LONG, RATIONAL, UNDEFINED = 1, 2, 3, 4, 5, 7
_TSIZE = {BYTE: 1, ASCII: 1, SHORT: 2, LONG: 4, RATIONAL: 8, UNDEFINED: 1}


def _ifd_value_bytes(typ, value):
    if typ == ASCII:
        return value.encode("ascii") + b"\x00"
    if typ in (BYTE, UNDEFINED):
        return bytes(value)
    if typ == SHORT:
        return b"".join(struct.pack("<H", v) for v in value)
    if typ == LONG:
        return b"".join(struct.pack("<I", v) for v in value)
    if typ == RATIONAL:
        return b"".join(struct.pack("<II", n, d) for n, d in value)
    raise ValueError(typ)


def _ifd_size(entries):
    data = 0
    for _, typ, value in entries:
        vb = _ifd_value_bytes(typ, value)
        if len(vb) > 4:
            data += len(vb) + (len(vb) & 1)
    return 2 + 12 * len(entries) + 4 + data


def _ifd_bytes(entries, offset):
    """entries sorted by tag; offset = position of this IFD in the TIFF."""
    entries = sorted(entries, key=lambda e: e[0])
    head = struct.pack("<H", len(entries))
    data = bytearray()
    data_start = offset + 2 + 12 * len(entries) + 4
    body = bytearray()
    for tag, typ, value in entries:
        vb = _ifd_value_bytes(typ, value)
        count = len(vb) // _TSIZE[typ]
        if len(vb) <= 4:
            body += struct.pack("<HHI", tag, typ, count) + vb.ljust(4, b"\x00")
        else:
            body += struct.pack("<HHII", tag, typ, count, data_start + len(data))
            data += vb
            if len(vb) & 1:
                data += b"\x00"
    return head + bytes(body) + struct.pack("<I", 0) + bytes(data)


def _dms(value):
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = (value - d - m / 60) * 3600
    return [(d, 1), (m, 1), (int(round(s * 10000)), 10000)]


def exif_app1(make, model, local_dt, gps=None):
    """APP1 payload: Exif header + little-endian TIFF with IFD0, Exif IFD and GPS IFD."""
    stamp = local_dt.strftime("%Y:%m:%d %H:%M:%S")
    off = local_dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    offset_str = f"{'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
    exif_entries = [
        (0x9000, UNDEFINED, list(b"0232")),
        (0x9003, ASCII, stamp),
        (0x9004, ASCII, stamp),
        (0x9011, ASCII, offset_str),
        (0x9101, UNDEFINED, [1, 2, 3, 0]),
        (0xA000, UNDEFINED, list(b"0100")),
        (0xA001, SHORT, [1]),
        (0xA002, SHORT, [8]),
        (0xA003, SHORT, [8]),
    ]
    gps_entries = None
    if gps is not None:
        lat, lon = gps
        utc_dt = local_dt.astimezone(UTC)
        gps_entries = [
            (0x0000, BYTE, [2, 3, 0, 0]),
            (0x0001, ASCII, "N" if lat >= 0 else "S"),
            (0x0002, RATIONAL, _dms(lat)),
            (0x0003, ASCII, "E" if lon >= 0 else "W"),
            (0x0004, RATIONAL, _dms(lon)),
            (0x0007, RATIONAL, [(utc_dt.hour, 1), (utc_dt.minute, 1), (utc_dt.second, 1)]),
            (0x001D, ASCII, utc_dt.strftime("%Y:%m:%d")),
        ]
    ifd0 = [
        (0x010F, ASCII, make),
        (0x0110, ASCII, model),
        (0x0112, SHORT, [1]),
        (0x011A, RATIONAL, [(72, 1)]),
        (0x011B, RATIONAL, [(72, 1)]),
        (0x0128, SHORT, [2]),
        (0x0132, ASCII, stamp),
        (0x0213, SHORT, [1]),
        (0x8769, LONG, [0]),
    ]
    if gps_entries:
        ifd0.append((0x8825, LONG, [0]))
    ifd0_off = 8
    exif_off = ifd0_off + _ifd_size(ifd0)
    gps_off = exif_off + _ifd_size(exif_entries)
    ifd0 = [(t, ty, ([exif_off] if t == 0x8769 else [gps_off] if t == 0x8825 else v)) for t, ty, v in ifd0]
    tiff = b"II*\x00" + struct.pack("<I", ifd0_off)
    tiff += _ifd_bytes(ifd0, ifd0_off)
    assert len(tiff) == exif_off
    tiff += _ifd_bytes(exif_entries, exif_off)
    if gps_entries:
        assert len(tiff) == gps_off
        tiff += _ifd_bytes(gps_entries, gps_off)
    return b"Exif\x00\x00" + tiff


def photo(rng, camera, local_dt=None, gps=None, exif=True):
    rgb = (rng.randrange(30, 230), rng.randrange(30, 230), rng.randrange(30, 230))
    app1 = exif_app1(camera[0], camera[1], local_dt, gps) if (exif and local_dt is not None) else None
    return jpeg_bytes(rgb, app1)


# ---------------------------------------------------------------- zip

class Zip:
    def __init__(self, when):
        self.when = when
        self.files = {}

    def add(self, name, data):
        if name in self.files:
            raise ValueError(f"duplicate zip entry {name}")
        self.files[name] = data if isinstance(data, bytes) else data.encode("utf-8")

    def write(self, path):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for name in sorted(self.files):
                info = zipfile.ZipInfo(name, date_time=self.when)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                info.create_system = 3
                z.writestr(info, self.files[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
        with open(path, "wb") as f:
            f.write(buf.getvalue())


# ---------------------------------------------------------------- scheduling

def parse_on(on):
    if len(on) == 7:
        y, m = map(int, on.split("-"))
        first = date(y, m, 1)
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    d = date.fromisoformat(on)
    return d, d


def rota_code(mod, d):
    rota = getattr(mod, "ROTA", None)
    if not rota:
        return None
    anchor = date.fromisoformat(rota["anchor"])
    cyc = rota["cycle"]
    return cyc[(d - anchor).days % len(cyc)]


def in_trip(mod, d):
    for a, b in getattr(mod, "TRIPS", []):
        if date.fromisoformat(a) <= d <= date.fromisoformat(b):
            return True
    return False


def slot_ok(mod, slot, d):
    if "weekdays" in slot and d.weekday() not in slot["weekdays"]:
        return False
    if "rota" in slot and rota_code(mod, d) not in slot["rota"]:
        return False
    if "prev_not" in slot and rota_code(mod, d - timedelta(days=1)) in slot["prev_not"]:
        return False
    if "prev_is" in slot and rota_code(mod, d - timedelta(days=1)) not in slot["prev_is"]:
        return False
    if "next_is" in slot and rota_code(mod, d + timedelta(days=1)) not in slot["next_is"]:
        return False
    if slot.get("oncall") and d.isocalendar()[1] % 4 != mod.ONCALL_MOD:
        return False
    if "trip" not in slot and in_trip(mod, d):
        return False
    return True


def schedule(mod):
    P = mod.PERSONA
    tz = ZoneInfo(P["tz"])
    start, end = date.fromisoformat(P["start"]), date.fromisoformat(P["end"])
    used = set()
    out = []
    for i, (slot_name, code, text, opts) in enumerate(mod.POSTS):
        slot = mod.SLOTS[slot_name]
        rng = rng_for(P["key"], P["seed"], i, text)
        if "trip" in slot:
            a, b = mod.TRIPS[slot["trip"]]
            lo, hi = date.fromisoformat(a), date.fromisoformat(b)
            if "day" in opts:
                lo = hi = lo + timedelta(days=opts["day"])
        elif "on" in opts:
            lo, hi = parse_on(opts["on"])
        else:
            lo, hi = start, end
        lo, hi = max(lo, start), min(hi, end)
        if lo > hi:
            raise ValueError(f"{P['key']} post {i}: date range outside span: {text!r}")
        for _ in range(5000):
            d = lo + timedelta(days=rng.randrange((hi - lo).days + 1))
            if not slot_ok(mod, slot, d):
                continue
            h0, h1 = opts.get("hours", slot["hours"])
            secs = int(h0 * 3600) + rng.randrange(int((h1 - h0) * 3600))
            naive = datetime(d.year, d.month, d.day) + timedelta(seconds=secs)
            local = naive.replace(tzinfo=tz)
            # reject non-existent / ambiguous local times around DST changes
            back = local.astimezone(UTC).astimezone(tz)
            if back.replace(tzinfo=None) != naive or local.replace(fold=1).utcoffset() != local.utcoffset():
                continue
            ts = int(local.timestamp())
            if ts in used:
                continue
            if not (start <= naive.date() <= end + timedelta(days=1)):
                continue
            used.add(ts)
            break
        else:
            raise ValueError(f"{P['key']} post {i}: no date fits slot {slot_name}: {text!r}")
        out.append(dict(i=i, slot=slot_name, code=code, labels=labels_of(code), text=text,
                        opts=opts, ts=ts, local=local, rng=rng))
    out.sort(key=lambda p: p["ts"])
    return out


def coords(mod, rng, key):
    lat, lon, m = mod.PLACES[key]
    return jitter(rng, lat, lon, m)


def label_record(p, native_id, text, geo=None, photo_gps=None):
    return {
        "created_at": iso_z(p["ts"]),
        "native_id": str(native_id),
        "labels": p["labels"],
        "text": text,
        "geo": None if geo is None else {"lat": geo[0], "lon": geo[1]},
        "photo_gps": None if photo_gps is None else {"lat": photo_gps[0], "lon": photo_gps[1]},
    }


def labels_doc(mod, posts, contacts):
    P = mod.PERSONA
    return {
        "persona": P["key"],
        "platform": P["platform"],
        "archive": P["key"] + ".zip",
        "timezone": P["tz"],
        "truth": mod.TRUTH,
        "contacts": contacts,
        "posts": posts,
    }


def local_to_ts(mod, stamp):
    tz = ZoneInfo(mod.PERSONA["tz"])
    return int(datetime.fromisoformat(stamp).replace(tzinfo=tz).timestamp())


def export_time(mod):
    d = date.fromisoformat(mod.PERSONA["end"]) + timedelta(days=3)
    return (d.year, d.month, d.day, 12, 0, 0)


# ---------------------------------------------------------------- p1: Mastodon

def mastodon_html(text, instance, mention_urls):
    """Render plain text the way Mastodon stores it: <p> per paragraph, <br /> per
    line, entity-escaped (' as &#39;), hashtags, mentions and links as anchors."""
    def esc(s):
        return html.escape(s, quote=True).replace("&#x27;", "&#39;")

    def link(url):
        scheme, rest = url.split("://", 1)
        prefix = scheme + "://"
        if rest.startswith("www."):
            prefix, rest = prefix + "www.", rest[4:]
        shown, tail = rest[:30], rest[30:]
        return (f'<a href="{esc(url)}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
                f'<span class="invisible">{esc(prefix)}</span>'
                f'<span class="{"ellipsis" if tail else ""}">{esc(shown)}</span>'
                f'<span class="invisible">{esc(tail)}</span></a>')

    def inline(seg):
        out = []
        pos = 0
        for m in re.finditer(r"https?://[^\s]+|(?<![\w/])([#@])(\w+)", seg):
            out.append(esc(seg[pos:m.start()]))
            if m.group(1) is None:
                out.append(link(m.group(0)))
            elif m.group(1) == "#":
                word = m.group(2)
                out.append(f'<a href="https://{instance}/tags/{word.lower()}" class="mention hashtag" '
                           f'rel="tag">#<span>{esc(word)}</span></a>')
            else:
                word = m.group(2)
                url = mention_urls.get(word)
                if url is None:
                    out.append(esc(m.group(0)))
                else:
                    out.append(f'<span class="h-card" translate="no"><a href="{url}" class="u-url mention">'
                               f'@<span>{esc(word)}</span></a></span>')
            pos = m.end()
        out.append(esc(seg[pos:]))
        return "".join(out)

    paras = text.split("\n\n")
    return "".join("<p>" + "<br />".join(inline(line) for line in para.split("\n")) + "</p>" for para in paras)


def mastodon_id(rng, ts):
    ms = ts * 1000 + rng.randrange(1000)
    return (ms << 16) | rng.getrandbits(16)


def build_mastodon(mod, out_dir):
    P = mod.PERSONA
    inst, user = P["instance"], P["username"]
    actor = f"https://{inst}/users/{user}"
    followers = actor + "/followers"
    public = "https://www.w3.org/ns/activitystreams#Public"
    tz = ZoneInfo(P["tz"])
    z = Zip(export_time(mod))
    posts = schedule(mod)
    items, labels = [], []
    prefixed_done = False
    replies = getattr(mod, "REPLIES", {})

    def media_path(rng, ts):
        mid = mastodon_id(rng, ts)
        digits = f"{mid:018d}"
        groups = "/".join(digits[k:k + 3] for k in range(0, 18, 3))
        name = "%016x" % rng.getrandbits(64)
        return mid, f"media_attachments/files/{groups}/original/{name}.jpeg"

    def note(sid, ts, content_html, to, cc, tags, attachments, in_reply_to=None, updated=None):
        obj = {
            "id": f"{actor}/statuses/{sid}",
            "type": "Note",
            "summary": None,
            "inReplyTo": in_reply_to,
            "published": iso_z(ts),
            "url": f"https://{inst}/@{user}/{sid}",
            "attributedTo": actor,
            "to": to,
            "cc": cc,
            "sensitive": False,
            "atomUri": f"{actor}/statuses/{sid}",
            "inReplyToAtomUri": in_reply_to,
            "conversation": f"tag:{inst},{iso_z(ts)[:10]}:objectId={sid % 10**8}:objectType=Conversation",
            "content": content_html,
            "contentMap": {"en": content_html},
            "attachment": attachments,
            "tag": tags,
            "replies": {
                "id": f"{actor}/statuses/{sid}/replies",
                "type": "Collection",
                "first": {"type": "CollectionPage", "next": f"{actor}/statuses/{sid}/replies?only_other_accounts=true&page=true",
                          "partOf": f"{actor}/statuses/{sid}/replies", "items": []},
            },
        }
        if updated:
            obj["updated"] = updated
        return {
            "id": f"{actor}/statuses/{sid}/activity",
            "type": "Create",
            "actor": actor,
            "published": iso_z(ts),
            "to": to,
            "cc": cc,
            "object": obj,
        }

    for n, p in enumerate(posts):
        rng, opts = p["rng"], p["opts"]
        sid = mastodon_id(rng, p["ts"])
        vis = opts.get("vis") or rng.choice(["public"] * 7 + ["unlisted"] * 2 + ["private"])
        if vis == "public":
            to, cc = [public], [followers]
        elif vis == "unlisted":
            to, cc = [followers], [public]
        else:
            to, cc = [followers], []
        tags = [{"type": "Hashtag", "href": f"https://{inst}/tags/{w.lower()}", "name": f"#{w.lower()}"}
                for w in re.findall(r"(?<![\w/])#(\w+)", re.sub(r"https?://\S+", "", p["text"]))]
        attachments = []
        gps = None
        if opts.get("photo"):
            taken = p["local"] - timedelta(seconds=rng.randrange(30, 900))
            if isinstance(opts["photo"], str):
                gps = coords(mod, rng, opts["photo"])
                data = photo(rng, P["camera"], taken, gps)
            else:
                data = photo(rng, P["camera"], exif=False)
            _, path = media_path(rng, p["ts"])
            z.add(path, data)
            url = path
            if not prefixed_done and gps is not None:
                url = "/claymoresocial/" + path  # object-storage instance: bucket prefix kept
                prefixed_done = True
            attachments.append({
                "type": "Document", "mediaType": "image/jpeg", "url": url,
                "name": opts.get("alt"), "blurhash": "U" + "%020x" % rng.getrandbits(80),
                "focalPoint": [0.0, 0.0], "width": 8, "height": 8,
            })
        in_reply_to = None
        for prefix, target in replies.items():
            if p["text"].startswith(prefix):
                in_reply_to = target
        updated = None
        if n % 37 == 5:
            updated = iso_z(p["ts"] + rng.randrange(60, 1800))
        content = mastodon_html(p["text"], inst, {})
        items.append(note(sid, p["ts"], content, to, cc, tags, attachments, in_reply_to, updated))
        labels.append(label_record(p, sid, p["text"], None, gps))

    # boosts
    for k, (day, uri) in enumerate(mod.BOOSTS):
        rng = rng_for(P["key"], "boost", k)
        d = date.fromisoformat(day)
        ts = int(datetime(d.year, d.month, d.day, 12, 0, tzinfo=tz).timestamp()) + rng.randrange(-3 * 3600, 8 * 3600)
        sid = mastodon_id(rng, ts)
        author = uri.split("/statuses/")[0]
        items.append({"id": f"{actor}/statuses/{sid}/activity", "type": "Announce", "actor": actor,
                      "published": iso_z(ts), "to": [public], "cc": [author, followers], "object": uri})

    # direct messages (only our side exists in an outbox)
    contacts = []
    for c in mod.CONTACTS:
        short = c["handle"].lstrip("@").split("@")[0]
        for k, (stamp, text) in enumerate(c["messages"]):
            rng = rng_for(P["key"], "dm", c["handle"], k)
            ts = local_to_ts(mod, stamp) + rng.randrange(60)
            sid = mastodon_id(rng, ts)
            content = mastodon_html(text, inst, {short: "https://" + c["handle"].split("@")[2] + "/@" + short})
            tags = [{"type": "Mention", "href": c["id"], "name": c["handle"]}]
            items.append(note(sid, ts, content, [c["id"]], [], tags, [], None))
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]})

    items.sort(key=lambda it: it["published"])
    outbox = {
        "@context": ["https://www.w3.org/ns/activitystreams", {
            "ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri",
            "inReplyToAtomUri": "ostatus:inReplyToAtomUri", "conversation": "ostatus:conversation",
            "sensitive": "as:sensitive", "toot": "http://joinmastodon.org/ns#",
            "votersCount": "toot:votersCount", "blurhash": "toot:blurhash",
            "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"}, "Hashtag": "as:Hashtag"}],
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": sum(1 for it in items if it["type"] == "Create") + 3,
        "orderedItems": items,
    }
    z.add("outbox.json", json.dumps(outbox, ensure_ascii=False, separators=(",", ":")))
    fields = [{"type": "PropertyValue", "name": k, "value": html.escape(v)} for k, v in P["fields"]]
    actor_doc = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {
            "manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "toot": "http://joinmastodon.org/ns#",
            "schema": "http://schema.org#", "PropertyValue": "schema:PropertyValue", "value": "schema:value",
            "discoverable": "toot:discoverable", "indexable": "toot:indexable"}],
        "id": actor,
        "type": "Person",
        "following": actor + "/following",
        "followers": followers,
        "inbox": actor + "/inbox",
        "outbox": "outbox.json",
        "preferredUsername": user,
        "name": P["display_name"],
        "summary": P["summary_html"],
        "url": f"https://{inst}/@{user}",
        "manuallyApprovesFollowers": False,
        "discoverable": True,
        "indexable": False,
        "published": P["published"],
        "publicKey": {"id": actor + "#main-key", "owner": actor,
                      "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAfakefakefakefake\n-----END PUBLIC KEY-----\n"},
        "tag": [],
        "attachment": fields,
        "endpoints": {"sharedInbox": f"https://{inst}/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpg"},
        "likes": "likes.json",
        "bookmarks": "bookmarks.json",
    }
    z.add("actor.json", plain_json(actor_doc))
    rng = rng_for(P["key"], "extras")
    z.add("avatar.jpg", photo(rng, P["camera"], exif=False))
    z.add("header.jpg", photo(rng, P["camera"], exif=False))
    liked = [f"https://mastodon.scot/users/friend{k}/statuses/{110000000000000000 + k * 7919}" for k in range(6)]
    z.add("likes.json", plain_json({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                    "type": "OrderedCollection", "orderedItems": liked}))
    z.add("bookmarks.json", plain_json({"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                                        "type": "OrderedCollection", "orderedItems": liked[:2]}))
    z.write(os.path.join(out_dir, P["key"] + ".zip"))
    return labels_doc(mod, labels, contacts)


# ---------------------------------------------------------------- p2: Instagram

def ig_media_id(rng):
    return "18" + "".join(str(rng.randrange(10)) for _ in range(15))


def ig_filename(rng, mid):
    a = rng.randrange(10**8, 10**9)
    b = rng.randrange(10**15, 10**16)
    c = rng.randrange(10**18, 10**19)
    return f"{a}_{b}_{c}_n_{mid}.jpg"


def build_instagram(mod, out_dir):
    P = mod.PERSONA
    z = Zip(export_time(mod))
    posts = schedule(mod)
    feed, stories, labels = [], [], []
    for p in posts:
        rng, opts = p["rng"], p["opts"]
        n = opts.get("n", 1)
        kind = "stories" if opts.get("story") else "posts"
        gps = coords(mod, rng, opts["photo"]) if isinstance(opts.get("photo"), str) else None
        month = p["local"].strftime("%Y%m")
        media, first_id = [], None
        for k in range(n):
            mid = ig_media_id(rng)
            first_id = first_id or mid
            taken = p["local"] - timedelta(seconds=rng.randrange(20, 600) + 40 * k)
            g = gps if k == 0 else None
            uri = f"media/{kind}/{month}/{ig_filename(rng, mid)}"
            z.add(uri, photo(rng, P["camera"], taken, g, exif=g is not None))
            exif = {
                "scene_capture_type": "standard",
                "software": rng.choice(["16.3.1", "16.5", "17.1.2", "17.4.1"]),
                "device_id": P["device_id"],
                "date_time_digitized": taken.strftime("%Y:%m:%d %H:%M:%S"),
                "date_time_original": taken.strftime("%Y:%m:%d %H:%M:%S"),
                "source_type": "camera" if k == 0 else "library",
            }
            if g is not None:
                exif["latitude"] = g[0]
                exif["longitude"] = g[1]
            m = {
                "uri": uri,
                "creation_timestamp": p["ts"],
                "media_metadata": {"photo_metadata": {"exif_data": [exif]},
                                   "camera_metadata": {"has_camera_metadata": False}},
                "title": p["text"] if n == 1 else "",
                "cross_post_source": {"source_app": "FB"},
            }
            media.append(m)
        if kind == "stories":
            stories.append(media[0])
        elif n == 1:
            feed.append({"media": media})
        else:
            feed.append({"media": media, "title": p["text"], "creation_timestamp": p["ts"]})
        labels.append(label_record(p, first_id, p["text"], None, gps))

    feed.reverse()     # newest first, as exported
    stories.reverse()
    z.add("your_instagram_activity/content/posts_1.json", meta_json(feed))
    z.add("your_instagram_activity/content/stories.json", meta_json({"ig_stories": stories}))

    rng = rng_for(P["key"], "profile")
    reg_ts = local_to_ts(mod, "2019-03-02T15:20:00")
    prof_uri = f"media/profile/201903/{ig_filename(rng, ig_media_id(rng))}"
    z.add(prof_uri, photo(rng, P["camera"], exif=False))

    def smd(v, ts=0):
        return {"href": "", "value": v, "timestamp": ts}

    personal = {"profile_user": [{
        "title": "",
        "media_map_data": {"Profile Photo": {"uri": prof_uri, "creation_timestamp": reg_ts, "title": ""}},
        "string_map_data": {
            "Email": smd(P["email"]), "Phone Number": smd(""), "Phone Confirmed": smd("False"),
            "Username": smd(P["username"]), "Name": smd(P["full_name"]), "Bio": smd(P["bio"]),
            "Gender": smd("Male"), "Date of birth": smd(P["dob"]), "Website": smd(""),
            "Private Account": smd("False"),
        }}]}
    z.add("personal_information/personal_information/personal_information.json", meta_json(personal))
    z.add("personal_information/information_about_you/account_based_in.json", meta_json(
        {"inferred_data_primary_location": [{"title": "", "media_map_data": {},
                                             "string_map_data": {"City Name": smd("Singapore")}}]}))
    z.add("personal_information/personal_information/professional_information.json",
          meta_json({"profile_business": []}))

    contacts = []
    me = P["full_name"]
    for ci, c in enumerate(mod.CONTACTS):
        thread = f"{c['handle'].replace('.', '')}_{17845000000000000 + 1000 * ci + 17}"
        msgs = []
        for k, (stamp, who, text) in enumerate(c["messages"]):
            r = rng_for(P["key"], "dm", c["handle"], k)
            ms = local_to_ts(mod, stamp) * 1000 + r.randrange(60000)
            msgs.append({"sender_name": c["name"] if who == "them" else me, "timestamp_ms": ms,
                         "content": text, "is_geoblocked_for_viewer": False})
        msgs.reverse()
        doc = {"participants": [{"name": c["name"]}, {"name": me}], "messages": msgs, "title": c["name"],
               "is_still_participant": True, "thread_path": f"inbox/{thread}", "magic_words": []}
        z.add(f"your_instagram_activity/messages/inbox/{thread}/message_1.json", meta_json(doc))
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]})
    z.write(os.path.join(out_dir, P["key"] + ".zip"))
    return labels_doc(mod, labels, contacts)


# ---------------------------------------------------------------- p3: X / Twitter

TW_EPOCH_MS = 1288834974657
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def snowflake(rng, ts):
    ms = ts * 1000 + rng.randrange(1000)
    return ((ms - TW_EPOCH_MS) << 22) | rng.getrandbits(22)


def tw_date(ts):
    d = datetime.fromtimestamp(ts, UTC)
    return f"{DAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day:02d} {d:%H:%M:%S} +0000 {d.year}"


def tco(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(10))


def tw_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ytd(name, part, arr):
    return (f"window.YTD.{name}.part{part} = " + json.dumps(arr, ensure_ascii=False, indent=2)).encode("utf-8")


def build_x(mod, out_dir):
    P = mod.PERSONA
    z = Zip(export_time(mod))
    posts = schedule(mod)
    acct = P["account_id"]
    user = P["username"]
    replies = getattr(mod, "REPLIES", {})
    tweets, labels = [], []
    for p in posts:
        rng, opts = p["rng"], p["opts"]
        tid = snowflake(rng, p["ts"])
        text = p["text"]
        mentions = []
        reply_fields = {}
        for prefix, screen in replies.items():
            if text.startswith(prefix):
                uid = str(1_400_000_000_000_000_000 + rng.randrange(10**17))
                text = f"@{screen} {text}"
                mentions.append({"name": screen, "screen_name": screen, "indices": ["0", str(len(screen) + 1)],
                                 "id_str": uid, "id": uid})
                reply_fields = {
                    "in_reply_to_status_id_str": str(snowflake(rng, p["ts"] - rng.randrange(600, 7200))),
                    "in_reply_to_user_id": uid, "in_reply_to_user_id_str": uid,
                    "in_reply_to_screen_name": screen,
                }
                reply_fields["in_reply_to_status_id"] = reply_fields["in_reply_to_status_id_str"]
        hashtags = []
        for m in re.finditer(r"#(\w+)", text):
            hashtags.append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
        full = tw_escape(text)
        display_end = len(text)
        display_start = len(mentions[0]["screen_name"]) + 2 if mentions else 0
        entities = {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": []}
        tw = {
            "edit_info": {"initial": {"editTweetIds": [str(tid)],
                                      "editableUntil": datetime.fromtimestamp(p["ts"] + 3600, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": True}},
            "retweeted": False,
            "source": rng.choice(['<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>'] * 3
                                 + ['<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>']),
            "entities": entities,
            "display_text_range": [str(display_start), str(display_end)],
            "favorite_count": str(rng.randrange(0, 25)),
            "id_str": str(tid),
            "truncated": False,
            "retweet_count": str(rng.randrange(0, 3)),
            "id": str(tid),
            "created_at": tw_date(p["ts"]),
            "favorited": False,
            "full_text": full,
            "lang": "zh",
        }
        tw.update(reply_fields)
        if opts.get("photo"):
            mid = snowflake(rng, p["ts"] - rng.randrange(5, 120))
            key = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(15))
            short = "https://t.co/" + tco(rng)
            full = full + " " + short
            tw["full_text"] = full
            media = {
                "expanded_url": f"https://x.com/{user}/status/{tid}/photo/1",
                "indices": [str(len(text) + 1), str(len(text) + 1 + len(short))],
                "url": short,
                "media_url": f"http://pbs.twimg.com/media/{key}.jpg",
                "media_url_https": f"https://pbs.twimg.com/media/{key}.jpg",
                "id_str": str(mid), "id": str(mid),
                "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                          "small": {"w": "8", "h": "8", "resize": "fit"},
                          "medium": {"w": "8", "h": "8", "resize": "fit"},
                          "large": {"w": "8", "h": "8", "resize": "fit"}},
                "type": "photo",
                "display_url": "pic.x.com/" + short.rsplit("/", 1)[1],
            }
            ext = dict(media)
            ext["media_key"] = f"3_{mid}"
            entities["media"] = [media]
            tw["extended_entities"] = {"media": [ext]}
            tw["possibly_sensitive"] = False
            z.add(f"data/tweets_media/{tid}-{key}.jpg", photo(rng, ("", ""), exif=False))
        geo = None
        if opts.get("geo"):
            geo = coords(mod, rng, opts["geo"])
            lat, lon = geo
            tw["geo"] = {"type": "Point", "coordinates": [f"{lat}", f"{lon}"]}
            tw["coordinates"] = {"type": "Point", "coordinates": [f"{lon}", f"{lat}"]}
            name, full_name, country, cc = mod.PLACE_NAMES[opts["geo"]]
            tw["place"] = {"id": "%016x" % (abs(hash_str(full_name)) & ((1 << 64) - 1)),
                           "url": "", "place_type": "city", "name": name, "full_name": full_name,
                           "country_code": cc, "country": country}
        tweets.append({"tweet": tw})
        labels.append(label_record(p, tid, text, geo, None))

    tweets.reverse()  # newest first
    half = (len(tweets) + 1) // 2
    parts = [tweets[:half], tweets[half:]]
    z.add("data/tweets-part1.js", ytd("tweets", 1, parts[0]))
    z.add("data/tweets-part2.js", ytd("tweets", 2, parts[1]))

    z.add("data/account.js", ytd("account", 0, [{"account": {
        "email": P["email"], "createdVia": "android", "username": user, "accountId": acct,
        "createdAt": P["created_at"], "accountDisplayName": P["display_name"]}}]))
    z.add("data/profile.js", ytd("profile", 0, [{"profile": {
        "description": {"bio": P["bio"], "website": "", "location": P["location"]},
        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{acct}/avatar.jpg"}}]))
    z.add("data/account-timezone.js", ytd("account_timezone", 0, [{"accountTimezone": {
        "accountId": acct, "timeZone": P["tz_name"]}}]))

    convs, contacts = [], []
    for c in mod.CONTACTS:
        a, b = sorted([acct, c["id"]], key=int)
        msgs = []
        for k, (stamp, who, text) in enumerate(c["messages"]):
            r = rng_for(P["key"], "dm", c["handle"], k)
            ts = local_to_ts(mod, stamp) + r.randrange(60)
            sender, recipient = (c["id"], acct) if who == "them" else (acct, c["id"])
            msgs.append({"messageCreate": {
                "recipientId": recipient, "reactions": [], "urls": [], "text": text, "mediaUrls": [],
                "senderId": sender, "id": str(snowflake(r, ts)),
                "createdAt": datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randrange(1000):03d}Z"}})
        msgs.reverse()
        convs.append({"dmConversation": {"conversationId": f"{a}-{b}", "messages": msgs}})
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]})
    z.add("data/direct-messages.js", ytd("direct_messages", 0, convs))
    z.add("data/direct-messages-group.js", ytd("direct_messages_group", 0, []))

    counts = {"tweets": [("data/tweets-part1.js", "YTD.tweets.part1", len(parts[0])),
                         ("data/tweets-part2.js", "YTD.tweets.part2", len(parts[1]))],
              "account": [("data/account.js", "YTD.account.part0", 1)],
              "profile": [("data/profile.js", "YTD.profile.part0", 1)],
              "accountTimezone": [("data/account-timezone.js", "YTD.account_timezone.part0", 1)],
              "directMessages": [("data/direct-messages.js", "YTD.direct_messages.part0", len(convs))],
              "directMessagesGroup": [("data/direct-messages-group.js", "YTD.direct_messages_group.part0", 0)]}
    data_types = {}
    for k, files in counts.items():
        entry = {"files": [{"fileName": f, "globalName": g, "count": str(n)} for f, g, n in files]}
        if k == "tweets":
            entry = {"mediaDirectory": "data/tweets_media", **entry}
        if k == "directMessages":
            entry = {"mediaDirectory": "data/direct_messages_media", **entry}
        data_types[k] = entry
    gen = datetime(*export_time(mod), tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    manifest = {"userInfo": {"accountId": acct, "userName": user, "displayName": P["display_name"]},
                "archiveInfo": {"sizeBytes": "0", "generationDate": gen, "isPartialArchive": False,
                                "maxPartSizeBytes": "53687091200"},
                "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
                "dataTypes": data_types}
    z.add("data/manifest.js", b"window.__THAR_CONFIG = " + json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
    z.add("data/README.txt", "Twitter archive\n\nThe filename for each media file in the tweets_media folder "
                             "contains a numerical ID that corresponds to a Tweet.\n")
    z.add("Your archive.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your archive</title></head>"
                               "<body><p>Open this file in a browser to view your archive.</p></body></html>\n")
    z.write(os.path.join(out_dir, P["key"] + ".zip"))
    return labels_doc(mod, labels, contacts)


def hash_str(s):
    return zlib.crc32(s.encode("utf-8")) * 2654435761


# ---------------------------------------------------------------- p4: Facebook

def fb_id(rng, digits=16):
    return str(rng.randrange(10 ** (digits - 1), 10 ** digits))


def build_facebook(mod, out_dir):
    P = mod.PERSONA
    z = Zip(export_time(mod))
    posts = schedule(mod)
    me = P["full_name"]
    album = P["album"]
    feed, checkins, album_photos, labels = [], [], [], []
    for p in posts:
        rng, opts = p["rng"], p["opts"]
        text = p["text"]
        attachments = []
        geo = gps = None
        native = str(p["ts"])
        title = f"{me} updated {P['pronoun']} status."
        if opts.get("photo"):
            pid = fb_id(rng)
            native = pid
            taken = p["local"] - timedelta(seconds=rng.randrange(30, 1200))
            if isinstance(opts["photo"], str):
                gps = coords(mod, rng, opts["photo"])
            uri = f"your_facebook_activity/posts/media/{album}/{rng.randrange(10**8, 10**9)}_{pid}_{rng.randrange(10**18, 10**19)}_n_{pid}.jpg"
            z.add(uri, photo(rng, P["camera"], taken, gps, exif=gps is not None))
            exif = {"upload_ip": f"203.0.113.{rng.randrange(2, 250)}",
                    "taken_timestamp": int(taken.timestamp()),
                    "modified_timestamp": int(taken.timestamp()),
                    "camera_make": P["camera"][0], "camera_model": P["camera"][1],
                    "exposure": rng.choice(["1/60", "1/120", "1/250", "1/500"]),
                    "focal_length": "5.4", "f_stop": "1.8", "iso": rng.choice([50, 64, 100, 200, 400]),
                    "orientation": 1, "original_width": 4000, "original_height": 3000}
            if gps is not None:
                exif["latitude"] = gps[0]
                exif["longitude"] = gps[1]
            media = {"uri": uri, "creation_timestamp": p["ts"],
                     "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
                     "title": "Timeline photos", "description": text}
            attachments.append({"data": [{"media": media}]})
            album_photos.append(media)
            title = f"{me} added a new photo."
        if opts.get("geo"):
            geo = coords(mod, rng, opts["geo"])
            name, address = mod.PLACE_NAMES[opts["geo"]]
            fbid = fb_id(rng, 15)
            native = fbid
            attachments.append({"data": [{"place": {
                "name": name, "coordinate": {"latitude": geo[0], "longitude": geo[1]},
                "address": address, "url": f"https://www.facebook.com/{fb_id(rng, 15)}"}}]})
            title = f"{me} was at {name}."
            checkins.append({"timestamp": p["ts"], "fbid": fbid, "media": [],
                             "label_values": [
                                 {"label": "Message", "value": text},
                                 {"label": "Place tags", "dict": [
                                     {"label": "Name", "value": name},
                                     {"label": "Address", "value": address},
                                     {"label": "Coordinates", "value": f"({geo[0]} , {geo[1]})"}]}]})
        data = []
        if text:
            data.append({"post": text})
        data.append({"update_timestamp": p["ts"]})
        entry = {"timestamp": p["ts"], "data": data, "title": title}
        if attachments:
            entry["attachments"] = attachments
        feed.append(entry)
        labels.append(label_record(p, native, text, geo, gps))

    feed.reverse()
    checkins.reverse()
    z.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", meta_json(feed))
    z.add("your_facebook_activity/posts/check-ins.json", meta_json(checkins))
    z.add("your_facebook_activity/posts/album/0.json", meta_json({
        "name": "Timeline photos", "photos": list(reversed(album_photos)),
        "cover_photo": album_photos[-1], "last_modified_timestamp": album_photos[-1]["creation_timestamp"],
        "description": ""}))
    z.add("your_facebook_activity/posts/places_you_have_been_tagged_in.json", meta_json([]))

    rng = rng_for(P["key"], "profile")
    reg = local_to_ts(mod, "2011-06-18T21:14:00")
    profile = {"profile_v2": {
        "name": {"full_name": me, "first_name": "Jess", "middle_name": "", "last_name": "Lim"},
        "emails": {"emails": ["jess.lim.hx@example.com"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1992, "month": 7, "day": 12},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "current_city": {"name": P["current_city"], "timestamp": local_to_ts(mod, "2019-02-01T10:00:00")},
        "hometown": {"name": P["hometown"], "timestamp": reg},
        "relationship": {"status": "Engaged", "partner": "Kelvin Ng", "timestamp": local_to_ts(mod, "2023-06-17T22:10:00")},
        "about_me": P["about_me"],
        "education_experiences": [{"name": "Universiti Kebangsaan Malaysia", "start_timestamp": 1283270400,
                                   "end_timestamp": 1404172800, "graduated": True,
                                   "concentrations": ["Biomedical Science"], "school_type": "College"}],
        "work_experiences": [],
        "username": P["username"],
        "registration_timestamp": reg,
        "profile_uri": f"https://www.facebook.com/{P['username']}",
    }}
    z.add("personal_information/profile_information/profile_information.json", meta_json(profile))

    contacts = []
    for c in mod.CONTACTS:
        msgs = []
        for k, (stamp, who, text) in enumerate(c["messages"]):
            r = rng_for(P["key"], "dm", c["handle"], k)
            ms = local_to_ts(mod, stamp) * 1000 + r.randrange(60000)
            msgs.append({"sender_name": c["name"] if who == "them" else me, "timestamp_ms": ms,
                         "content": text, "is_geoblocked_for_viewer": False})
        msgs.reverse()
        doc = {"participants": [{"name": c["name"]}, {"name": me}], "messages": msgs, "title": c["name"],
               "is_still_participant": True, "thread_path": f"inbox/{c['thread']}", "magic_words": []}
        z.add(f"your_facebook_activity/messages/inbox/{c['thread']}/message_1.json", meta_json(doc))
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]})
    z.write(os.path.join(out_dir, P["key"] + ".zip"))
    return labels_doc(mod, labels, contacts)


# ---------------------------------------------------------------- main

BUILDERS = {"mastodon": build_mastodon, "instagram": build_instagram, "x": build_x, "facebook": build_facebook}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("keys", nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    for mod in MODULES:
        key = mod.PERSONA["key"]
        if a.keys and key not in a.keys and key.split("-")[0] not in a.keys:
            continue
        doc = BUILDERS[mod.PERSONA["platform"]](mod, a.out)
        with open(os.path.join(a.out, key + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(a.out, key + ".watchlist.toml"), "w", encoding="utf-8") as f:
            f.write(mod.WATCHLIST)
        n = len(doc["posts"])
        risky = sum(1 for p in doc["posts"] if set(p["labels"]) - {"home"})
        print(f"{key}: {n} posts, {risky} revealing ({risky / n:.0%}), {len(doc['contacts'])} contacts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
