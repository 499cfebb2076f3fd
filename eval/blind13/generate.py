#!/usr/bin/env python3
"""Builds the blind13 personas from content/KEY.txt.

For every persona KEY this writes, next to this script (or into --out DIR):
  KEY.zip             the archive as the platform ships it
  KEY.labels.json     the truth, same keys and shapes as the dev labels
  KEY.watchlist.toml  what the security officer would write down

Python 3 stdlib only, no network. Seeded per persona; rerunning gives
byte-identical files (sorted zip entries, one fixed timestamp per archive).
"""
import base64
import csv
import io
import json
import math
import os
import random
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from urllib.parse import quote
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["p1-linkedin-avionics", "p2-mastodon-ew", "p3-x-marineeng", "p4-instagram-satcom"]
JITTER_M = {"office": 90, "home": 25, "routine": 45, "trip": 250, "work": 250, "other": 45}
MULTI = {"position", "education", "field"}
UTC = timezone.utc


# --------------------------------------------------------------------------- KEY.txt

def parse_key(path):
    meta, places, contacts, posts, dms = {}, {}, {}, [], []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@place "):
                parts = [p.strip() for p in line[len("@place "):].split("|")]
                key, kind, lat, lon, name = parts[:5]
                places[key] = {
                    "key": key, "kind": kind, "lat": float(lat), "lon": float(lon), "name": name,
                    "address": parts[5] if len(parts) > 5 else "",
                    "schedule": parts[6] if len(parts) > 6 else "",
                }
                continue
            if line.startswith("@contact "):
                parts = [p.strip() for p in line[len("@contact "):].split("|")]
                handle, name, cid, susp = parts[:4]
                contacts[handle] = {"handle": handle, "name": name,
                                    "id": None if cid == "-" else cid,
                                    "suspicious": susp == "yes", "order": len(contacts)}
                continue
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                if k in MULTI:
                    meta.setdefault(k, []).append(v)
                else:
                    meta[k] = v.strip()
                continue
            parts = line.split(" | ", 4)
            if len(parts) != 5:
                raise SystemExit(f"{path}:{lineno}: expected 5 fields: {line!r}")
            when, labels, geo, kind, text = [p.strip() for p in parts]
            text = text.replace("\\n", "\n")
            local = datetime.strptime(when, "%Y-%m-%d %H:%M")
            if labels == "dm":
                dms.append({"local": local, "handle": geo, "dir": kind, "text": text, "line": lineno})
                continue
            labs = [] if labels == "-" else sorted(set(labels.split(",")))
            posts.append({"local": local, "labels": labs, "geo": None if geo == "-" else geo,
                          "kind": kind, "text": text, "line": lineno})
    return {"meta": meta, "places": places, "contacts": contacts, "posts": posts, "dms": dms}


def jitter(rng, lat, lon, radius_m):
    d = radius_m * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = d * math.cos(a) / 111_320.0
    dlon = d * math.sin(a) / (111_320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def to_utc(local_naive, tz):
    aware = local_naive.replace(tzinfo=tz)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != local_naive:
        raise SystemExit(f"non-existent local time {local_naive} in {tz}")
    return aware.astimezone(UTC)


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def prepare(doc, seed):
    """Seconds, UTC time and jittered geo for every post and DM, in file order."""
    rng = random.Random(seed)
    tz = ZoneInfo(doc["meta"]["timezone"])
    for p in doc["posts"]:
        p["local"] = p["local"].replace(second=rng.randrange(60))
        p["utc"] = to_utc(p["local"], tz)
        p["ts"] = int(p["utc"].timestamp())
        p["point"] = None
        p["place"] = None
        if p["geo"]:
            mode, _, key = p["geo"].rpartition(":")
            place = doc["places"][key]
            p["place"], p["mode"] = place, mode or "gps"
            if mode in ("poi", "city"):
                p["point"] = (place["lat"], place["lon"])
            else:
                p["point"] = jitter(rng, place["lat"], place["lon"], JITTER_M[place["kind"]])
    for m in doc["dms"]:
        m["local"] = m["local"].replace(second=rng.randrange(60))
        m["utc"] = to_utc(m["local"], tz)
        m["ts"] = int(m["utc"].timestamp())
    seen = {}
    for p in doc["posts"]:
        if p["ts"] in seen:
            raise SystemExit(f"two posts at the same second: lines {seen[p['ts']]} and {p['line']}")
        seen[p["ts"]] = p["line"]
    return rng


# --------------------------------------------------------------------------- helpers

def mojibake(s):
    """Meta's export bug: UTF-8 bytes written as \\u00XX escapes."""
    return s.encode("utf-8").decode("latin-1")


def meta_json(o, ind=0):
    """Meta's pretty printer: 2-space indent, '": "', empty containers hold a blank line."""
    sp = " " * ind
    if isinstance(o, dict):
        if not o:
            return "{\n" + sp + "  \n" + sp + "}"
        items = [sp + "  " + json.dumps(mojibake(k)) + ": " + meta_json(v, ind + 2) for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[\n" + sp + "  \n" + sp + "]"
        items = [sp + "  " + meta_json(v, ind + 2) for v in o]
        return "[\n" + ",\n".join(items) + "\n" + sp + "]"
    if isinstance(o, str):
        return json.dumps(mojibake(o))
    return json.dumps(o)


def jackson(o, ind=0):
    """X 2022+ archive printer (Jackson default pretty printer, arrays one element per line)."""
    sp = " " * ind
    if isinstance(o, dict):
        if not o:
            return "{ }"
        items = [sp + "  " + json.dumps(k) + " : " + jackson(v, ind + 2) for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[ ]"
        items = [sp + "  " + jackson(v, ind + 2) for v in o]
        return "[\n" + ",\n".join(items) + "\n" + sp + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False)
    return json.dumps(o)


# ---- JPEG: tiny valid baseline JFIF, 16x16 grey, no EXIF -------------------

def _huff_codes(bits, vals):
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
AC_VALS = [0x00]  # only end-of-block
DC_CODES = _huff_codes(DC_BITS, DC_VALS)
AC_CODES = _huff_codes(AC_BITS, AC_VALS)


def make_jpeg(rng, w=16, h=16):
    def seg(marker, payload):
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    out = bytearray(b"\xff\xd8")
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xDB, bytes([0x00]) + bytes([8] * 64))
    out += seg(0xC0, bytes([8]) + h.to_bytes(2, "big") + w.to_bytes(2, "big") + bytes([1, 1, 0x11, 0]))
    out += seg(0xC4, bytes([0x00]) + bytes(DC_BITS) + bytes(DC_VALS))
    out += seg(0xC4, bytes([0x10]) + bytes(AC_BITS) + bytes(AC_VALS))
    out += seg(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    bits = []

    def put(value, n):
        for i in range(n - 1, -1, -1):
            bits.append((value >> i) & 1)
    prev = 0
    for _ in range((w // 8) * (h // 8)):
        dc = rng.randint(-60, 60)
        diff, prev = dc - prev, dc
        cat = abs(diff).bit_length()
        code, ln = DC_CODES[cat]
        put(code, ln)
        if cat:
            put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
        code, ln = AC_CODES[0x00]
        put(code, ln)
    while len(bits) % 8:
        bits.append(1)
    for i in range(0, len(bits), 8):
        byte = int("".join(map(str, bits[i:i + 8])), 2)
        out.append(byte)
        if byte == 0xFF:
            out.append(0x00)
    out += b"\xff\xd9"
    return bytes(out)


def make_mp4(rng):
    """A minimal ISO-BMFF stub: ftyp + free + mdat (what an animated_gif export file starts with)."""
    def box(kind, payload):
        return (8 + len(payload)).to_bytes(4, "big") + kind + payload
    return (box(b"ftyp", b"mp42\x00\x00\x00\x00mp42isom") + box(b"free", b"")
            + box(b"mdat", bytes(rng.randrange(256) for _ in range(64))))


def write_zip(path, files, stamp):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 3
            data = files[name]
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def label_post(p, native_id, text, geo=None, photo=None):
    return {
        "created_at": iso_z(p["utc"]),
        "native_id": str(native_id),
        "labels": p["labels"],
        "text": text,
        "geo": None if geo is None else {"lat": geo[0], "lon": geo[1]},
        "photo_gps": None if photo is None else {"lat": photo[0], "lon": photo[1]},
    }


def owner(doc):
    user, name, uid = [x.strip() for x in doc["meta"]["owner"].split("|")]
    return user, name, uid


def dm_threads(doc):
    threads = {}
    for m in doc["dms"]:
        threads.setdefault(m["handle"], []).append(m)
    for h in threads:
        if h not in doc["contacts"]:
            raise SystemExit(f"DM with unknown contact {h}")
        threads[h].sort(key=lambda m: m["ts"])
    return threads


def unescape_nl(s):
    return s.replace("\\n", "\n")


# --------------------------------------------------------------------------- LinkedIn (2025-2026 CSV export)

def li_urn_id(rng, ts_ms):
    """LinkedIn share/activity ids carry the creation time in milliseconds in their top bits."""
    return str((ts_ms << 22) | rng.getrandbits(22))


def li_date(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def csv_text(header, rows, **fmt):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", **fmt)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def li_mangle(text):
    """Shares.csv quirk: a multi-line commentary has every inner line wrapped in stray quotes
    ('line one"\\n""\\n"line three'), which the CSV writer then doubles."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    return '"\n"'.join(lines)


def build_linkedin(doc, rng, persona):
    user, name, profile_url = owner(doc)
    m = doc["meta"]
    files, labels = {}, []
    files["Profile.csv"] = csv_text(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
         "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [[m["first_name"], m["last_name"], "", "", m["birthday"], m["headline"], unescape_nl(m["summary"]),
          m["industry"], m["zip"], m["geo"], "", "", ""]])
    pos_rows = []
    for line in m["position"]:
        parts = line.split("|")
        company = parts[0][:-1] if parts[0].endswith(" ") else parts[0]  # keeps LinkedIn's stray trailing space
        title, desc, loc, start, end = [x.strip() for x in parts[1:6]]
        pos_rows.append([company.lstrip(), title, unescape_nl(desc), loc, start, end])
    files["Positions.csv"] = csv_text(["Company Name", "Title", "Description", "Location", "Started On",
                                       "Finished On"], pos_rows)
    edu_rows = []
    for line in m["education"]:
        school, start, end, degree = [x.strip() for x in line.split("|")]
        edu_rows.append([school, start, end, "", degree, ""])
    files["Education.csv"] = csv_text(["School Name", "Start Date", "End Date", "Notes", "Degree Name",
                                       "Activities"], edu_rows)
    files["Skills.csv"] = csv_text(["Name"], [[s.strip()] for s in m["skills"].split(";")])
    files["Languages.csv"] = csv_text(["Name", "Proficiency"], [["English", "Full professional proficiency"],
                                                                ["Telugu", "Native or bilingual proficiency"],
                                                                ["Hindi", "Professional working proficiency"]])
    files["Email Addresses.csv"] = csv_text(["Email Address", "Confirmed", "Primary", "Updated On"],
                                            [[m["email"], "Yes", "Yes", "9/14/17, 6:02 PM"]])
    files["PhoneNumbers.csv"] = csv_text(["Extension", "Number", "Type"], [["", m["phone"], "Mobile"]])

    shares, comments = [], []
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        if kind == "comment":
            parent_ms = (p["ts"] - rng.randint(1800, 3 * 86400)) * 1000 + rng.randrange(1000)
            aid = li_urn_id(rng, parent_ms)
            link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{aid}"
            comments.append((p["ts"], [li_date(p["ts"]), link, text]))
            labels.append(label_post(p, aid, text))
            continue
        sid = li_urn_id(rng, p["ts"] * 1000 + rng.randrange(1000))
        urn = "share" if rng.random() < 0.7 else "activity"
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3A{urn}%3A{sid}"
        shared, media = "", ""
        if kind.startswith("share-link:"):
            shared = kind.split(":", 1)[1]
        elif kind == "share-media":
            key = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                          for _ in range(14))
            media = (f"https://media.licdn.com/dms/image/v2/D5622AQ{key}/feedshare-shrink_2048_1536/"
                     f"feedshare-shrink_2048_1536/0/{p['ts'] * 1000 + rng.randrange(1000)}?e=1766016000&v=beta"
                     f"&t={''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(20))}")
        elif kind != "share":
            raise SystemExit(f"linkedin: unknown kind {kind}")
        vis = "MEMBER_NETWORK" if rng.random() < 0.85 else "CONNECTIONS_ONLY"
        shares.append((p["ts"], [li_date(p["ts"]), link, li_mangle(text), shared, media, vis]))
        labels.append(label_post(p, sid, text))
    shares.sort(key=lambda x: -x[0])
    comments.sort(key=lambda x: -x[0])
    files["Shares.csv"] = csv_text(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
                                   [r for _, r in shares])
    # Comments.csv: the newer export escapes quotes inside quoted fields with a backslash
    files["Comments.csv"] = csv_text(["Date", "Link", "Message"], [r for _, r in comments],
                                     doublequote=False, escapechar="\\")

    threads = dm_threads(doc)
    rows, conns = [], []
    for h, msgs in threads.items():
        c = doc["contacts"][h]
        conv = "2-" + base64.b64encode(("%08x-%04x-%04x-%04x-%012x_010" % (
            rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16),
            rng.getrandbits(48))).encode()).decode()
        for msg in msgs:
            out = msg["dir"] == "out"
            rows.append((msg["ts"], [conv, "", name if out else c["name"], profile_url if out else c["id"],
                                     c["name"] if out else name, c["id"] if out else profile_url,
                                     li_date(msg["ts"]) + " UTC", "", msg["text"], "INBOX"]))
        first, _, last = c["name"].partition(" ")
        connected = datetime.fromtimestamp(msgs[0]["ts"] - rng.randint(3600, 86400 * 200), UTC)
        if not c["suspicious"] or c["order"] % 2 == 0:
            conns.append((connected, [first, last, c["id"], "", "", "", connected.strftime("%d %b %Y")]))
    for extra in (("Prakash", "Iyer", "Indian Navy", "Petty Officer"), ("Anil", "Kumar", "Tata Consultancy Services",
                                                                      "Systems Engineer"),
                  ("Deepika", "Rao", "Sri Chaitanya", "Lecturer"), ("Mohammed", "Irfan", "GMR Aero Technic",
                                                                    "Licensed Engineer")):
        connected = datetime(2019, 1, 1, tzinfo=UTC) + timedelta(days=rng.randrange(1500))
        slug = f"{extra[0].lower()}-{extra[1].lower()}-{digits(rng, 3)}{''.join(rng.choice('abcdef') for _ in range(3))}"
        conns.append((connected, [extra[0], extra[1], f"https://www.linkedin.com/in/{slug}", "", extra[2], extra[3],
                                  connected.strftime("%d %b %Y")]))
    rows.sort(key=lambda x: -x[0])
    files["messages.csv"] = csv_text(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                                      "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
                                     [r for _, r in rows])
    conns.sort(key=lambda x: x[0], reverse=True)
    files["Connections.csv"] = ('Notes:\n"When exporting your connection data, you may notice that some of the email '
                                'addresses are missing. You will only see email addresses for connections who have '
                                'allowed their connections to see or download their email address using this '
                                'setting https://www.linkedin.com/psettings/privacy/email. You can learn more here '
                                'https://www.linkedin.com/help/linkedin/answer/261"\n\n'
                                + csv_text(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                                            "Connected On"], [r for _, r in conns]))
    return files, labels


# --------------------------------------------------------------------------- Mastodon (account archive)

AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
OUTBOX_CONTEXT = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {
    "manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "sensitive": "as:sensitive", "Hashtag": "as:Hashtag",
    "movedTo": {"@id": "as:movedTo", "@type": "@id"}, "alsoKnownAs": {"@id": "as:alsoKnownAs", "@type": "@id"},
    "toot": "http://joinmastodon.org/ns#", "Emoji": "toot:Emoji",
    "featured": {"@id": "toot:featured", "@type": "@id"}, "featuredTags": {"@id": "toot:featuredTags", "@type": "@id"},
    "schema": "http://schema.org#", "PropertyValue": "schema:PropertyValue", "value": "schema:value",
    "ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri", "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
    "conversation": "ostatus:conversation", "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"},
    "blurhash": "toot:blurhash", "discoverable": "toot:discoverable", "indexable": "toot:indexable",
    "memorial": "toot:memorial", "votersCount": "toot:votersCount"}]
ACTOR_CONTEXT = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {
    "manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "toot": "http://joinmastodon.org/ns#",
    "featured": {"@id": "toot:featured", "@type": "@id"}, "featuredTags": {"@id": "toot:featuredTags", "@type": "@id"},
    "alsoKnownAs": {"@id": "as:alsoKnownAs", "@type": "@id"}, "movedTo": {"@id": "as:movedTo", "@type": "@id"},
    "schema": "http://schema.org#", "PropertyValue": "schema:PropertyValue", "value": "schema:value",
    "discoverable": "toot:discoverable", "suspended": "toot:suspended", "memorial": "toot:memorial",
    "indexable": "toot:indexable", "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"}}]
B83 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~"


def h(s):
    """Rails html_escape, as Mastodon's formatter uses it."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#39;"))


TOKEN_RE = re.compile(r"(?<![\w/])#(\w+)|(?<![\w/])@([A-Za-z0-9_]+)(?:@([A-Za-z0-9.-]+\.[a-z]+))?")


def masto_html(text, inst_host, people):
    """Mastodon's plain-text formatter: <p> per paragraph, <br /> per line, linkified tags and mentions."""
    tags, mentions = [], []

    def fmt(line):
        out, pos = [], 0
        for mm in TOKEN_RE.finditer(line):
            out.append(h(line[pos:mm.start()]))
            if mm.group(1):
                tag = mm.group(1)
                href = f"https://{inst_host}/tags/{quote(tag.lower())}"
                out.append(f'<a href="{href}" class="mention hashtag" rel="tag">#<span>{h(tag)}</span></a>')
                if ("#" + tag.lower()) not in [t["name"].lower() for t in tags]:
                    tags.append({"type": "Hashtag", "href": href, "name": "#" + tag.lower()})
            else:
                user, dom = mm.group(2), mm.group(3)
                if dom is None:
                    known = sorted(a for a in people if a.split("@")[0] == user)
                    if not known:
                        raise SystemExit(f"mastodon: unknown mention @{user}")
                    dom = known[0].split("@", 1)[1]
                acct = f"{user}@{dom}"
                if acct not in people:
                    raise SystemExit(f"mastodon: unknown mention @{acct}")
                actor = people[acct]
                out.append(f'<span class="h-card" translate="no"><a href="https://{dom}/@{user}" '
                           f'class="u-url mention">@<span>{h(user)}</span></a></span>')
                if actor not in [x["href"] for x in mentions]:
                    mentions.append({"type": "Mention", "href": actor,
                                     "name": "@" + user if dom == inst_host else "@" + acct})
            pos = mm.end()
        out.append(h(line[pos:]))
        return "".join(out)
    paras = [p for p in text.split("\n\n")]
    html = "".join("<p>" + "<br />".join(fmt(l) for l in para.split("\n")) + "</p>" for para in paras)
    return html, mentions + tags


def masto_id(rng, ts_ms):
    return str((ts_ms << 16) | rng.getrandbits(16))


def build_mastodon(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    inst = m["instance"]
    host = inst.split("//", 1)[1]
    actor = f"{inst}/users/{user}"
    followers = actor + "/followers"
    files, labels, items = {}, [], []
    people = {}
    for line in m["mentions"].split(";"):
        acct, nm, uri = [x.strip() for x in line.split("|")]
        people[acct] = uri
    for c in doc["contacts"].values():
        people[c["handle"]] = c["id"]
    conv_no = [22000000 + rng.randrange(1000000)]

    def conversation(ts):
        conv_no[0] += rng.randint(40, 9000)
        day = datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")
        return f"tag:{host},{day}:objectId={conv_no[0]}:objectType=Conversation"

    def attachment(ts_ms, alt):
        mid = masto_id(rng, ts_ms - rng.randint(5000, 90000))
        padded = mid.rjust(18, "0")
        path = "/".join(padded[i:i + 3] for i in range(0, 18, 3))
        fname = "%016x" % rng.getrandbits(64)
        url = f"media_attachments/files/{path}/original/{fname}.jpeg"
        files[url] = make_jpeg(rng)
        w, hh = rng.choice([(1440, 1080), (1080, 1440), (1920, 1080), (1080, 1080)])
        return {"type": "Document", "mediaType": "image/jpeg", "url": url, "name": alt or None,
                "blurhash": "U" + "".join(rng.choice(B83) for _ in range(27)),
                "focalPoint": [0.0, 0.0], "width": w, "height": hh}

    def create(ts, text, to, cc, summary=None, reply_to=None, alts=(), lang="zh-TW"):
        ts_ms = ts * 1000 + rng.randrange(1000)
        sid = masto_id(rng, ts_ms)
        uri = f"{actor}/statuses/{sid}"
        html, tag = masto_html(text, host, people)
        for t in tag:
            if t["type"] == "Mention" and t["href"] not in to + cc:
                cc = cc + [t["href"]]
        published = datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        obj = {"id": uri, "type": "Note", "summary": summary, "inReplyTo": reply_to, "published": published,
               "url": f"{inst}/@{user}/{sid}", "attributedTo": actor, "to": to, "cc": cc,
               "sensitive": summary is not None, "atomUri": uri, "inReplyToAtomUri": reply_to,
               "conversation": conversation(ts), "content": html, "contentMap": {lang: html},
               "attachment": [attachment(ts_ms, a) for a in alts], "tag": tag,
               "replies": {"id": uri + "/replies", "type": "Collection", "first": {
                   "type": "CollectionPage", "next": uri + "/replies?only_other_accounts=true&page=true",
                   "partOf": uri + "/replies", "items": []}}}
        items.append((ts, {"id": uri + "/activity", "type": "Create", "actor": actor, "published": published,
                           "to": to, "cc": cc, "object": obj}))
        return sid

    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind = p["kind"]
        parts = p["text"].split(" ## ")
        text, alts = parts[0], parts[1:]
        if kind.startswith("boost:"):
            if p["labels"]:
                raise SystemExit("boosts are not labelled")
            target = kind.split(":", 1)[1]
            sid = masto_id(rng, p["ts"] * 1000 + rng.randrange(1000))
            target_actor = target.split("/statuses/")[0]
            published = datetime.fromtimestamp(p["ts"], UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            items.append((p["ts"], {"id": f"{actor}/statuses/{sid}/activity", "type": "Announce", "actor": actor,
                                    "published": published, "to": [AS_PUBLIC], "cc": [target_actor, followers],
                                    "object": target}))
            continue
        summary, reply_to = None, None
        to, cc = [AS_PUBLIC], [followers]
        if kind == "note-unlisted":
            to, cc = [followers], [AS_PUBLIC]
        elif kind == "note-private":
            to, cc = [followers], []
        elif kind.startswith("note-cw:"):
            summary = kind.split(":", 1)[1]
        elif kind.startswith("reply:"):
            acct = kind.split(":", 1)[1]
            reply_to = f"{people[acct]}/statuses/{masto_id(rng, (p['ts'] - rng.randint(600, 80000)) * 1000)}"
        elif kind != "note":
            raise SystemExit(f"mastodon: unknown kind {kind}")
        sid = create(p["ts"], text, to, cc, summary=summary, reply_to=reply_to, alts=alts)
        labels.append(label_post(p, sid, "\n".join([text] + alts)))
    threads = dm_threads(doc)
    for hd, msgs in threads.items():
        c = doc["contacts"][hd]
        user_part, dom = hd.split("@", 1)
        mention = "@" + user_part if dom == host else "@" + hd
        for msg in msgs:
            if msg["dir"] != "out":
                raise SystemExit("mastodon outbox only holds the owner's direct messages")
            create(msg["ts"], f"{mention} {msg['text']}", [c["id"]], [])
    items.sort(key=lambda x: x[0])
    outbox = {"@context": OUTBOX_CONTEXT, "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len(items) + 3, "orderedItems": [x[1] for x in items]}
    files["outbox.json"] = json.dumps(outbox, ensure_ascii=False, separators=(",", ":"))
    key = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(270))).decode()
    pem = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(key[i:i + 64] for i in range(0, len(key), 64)) + \
          "\n-----END PUBLIC KEY-----\n"
    fields = []
    for line in m["field"]:
        k, v = [x.strip() for x in line.split("|")]
        fields.append({"type": "PropertyValue", "name": k, "value": h(v)})
    actor_doc = {
        "@context": ACTOR_CONTEXT, "id": actor, "type": "Person", "following": actor + "/following",
        "followers": followers, "inbox": actor + "/inbox", "outbox": "outbox.json",
        "featured": actor + "/collections/featured", "featuredTags": actor + "/collections/tags",
        "preferredUsername": user, "name": name, "summary": "<p>" + m["bio"].replace("<br>", "<br />") + "</p>",
        "url": f"{inst}/@{user}", "manuallyApprovesFollowers": False, "discoverable": True, "indexable": False,
        "published": m["account_created"][:10] + "T00:00:00Z", "memorial": False,
        "devices": actor + "/collections/devices",
        "publicKey": {"id": actor + "#main-key", "owner": actor, "publicKeyPem": pem},
        "tag": [], "attachment": fields, "endpoints": {"sharedInbox": inst + "/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpeg"},
        "likes": "likes.json", "bookmarks": "bookmarks.json"}
    files["actor.json"] = json.dumps(actor_doc, ensure_ascii=False, separators=(",", ":"))
    files["avatar.jpg"] = make_jpeg(rng)
    files["header.jpeg"] = make_jpeg(rng)
    likes = [f"https://mstdn.formosa.example/users/taichung_eats/statuses/{masto_id(rng, (1670000000 + i * 2600000) * 1000)}"
             for i in range(5)]
    files["likes.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                      "type": "OrderedCollection", "orderedItems": likes}, separators=(",", ":"))
    files["bookmarks.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                                          "type": "OrderedCollection", "orderedItems": likes[:2]},
                                         separators=(",", ":"))
    return files, labels


# --------------------------------------------------------------------------- X / Twitter (2022+ layout, split)

TWEPOCH = 1288834974657
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def snowflake(rng, ts, ms=None):
    ms = ts * 1000 + (rng.randrange(1000) if ms is None else ms)
    return str(((ms - TWEPOCH) << 22) | rng.getrandbits(22))


def tco(rng):
    return "https://t.co/" + "".join(rng.choice(B62) for _ in range(10))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tw_date(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def build_x(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    files, labels, records = {}, [], []
    people = {}
    for line in m.get("mentions", "").split(";"):
        if line.strip():
            sn, nm, i = [x.strip() for x in line.split("|")]
            people[sn.lower()] = (sn, nm, i)
    place_ids = {}

    def place_obj(place, mode):
        key = place["key"]
        if key not in place_ids:
            place_ids[key] = "%016x" % rng.getrandbits(64)
        pid = place_ids[key]
        lat, lon = place["lat"], place["lon"]
        if mode == "poi":
            ring = [[str(lon), str(lat)]] * 4
            full, ptype = place["name"], "poi"
        else:
            dl, dn = 0.045, 0.07
            ring = [[str(round(lon - dn, 6)), str(round(lat - dl, 6))], [str(round(lon + dn, 6)), str(round(lat - dl, 6))],
                    [str(round(lon + dn, 6)), str(round(lat + dl, 6))], [str(round(lon - dn, 6)), str(round(lat + dl, 6))]]
            full, ptype = place["address"] or place["name"], "city"
        return {"name": place["name"], "full_name": full, "place_type": ptype, "country": "Ireland",
                "country_code": "IE", "id": pid, "url": f"https://api.twitter.com/1.1/geo/id/{pid}.json",
                "bounding_box": {"type": "Polygon", "coordinates": [ring]}, "attributes": {}}

    def mentions_in(text):
        out = []
        for mm in re.finditer(r"@([A-Za-z0-9_]{1,15})", text):
            sn = mm.group(1).lower()
            if sn in people:
                s, nm, i = people[sn]
                out.append({"name": nm, "screen_name": s, "indices": [str(mm.start()), str(mm.end())],
                            "id_str": i, "id": i})
        return out

    def hashtags_in(text):
        return [{"text": mm.group(1), "indices": [str(mm.start()), str(mm.end())]}
                for mm in re.finditer(r"(?<!\w)#(\w+)", text)]

    def sizes(w, hh):
        return {"large": {"w": str(w), "h": str(hh), "resize": "fit"},
                "medium": {"w": str(min(w, 1200)), "h": str(round(hh * min(w, 1200) / w)), "resize": "fit"},
                "thumb": {"w": "150", "h": "150", "resize": "crop"},
                "small": {"w": "680", "h": str(round(hh * 680 / w)), "resize": "fit"}}

    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        ms = rng.randrange(1000)
        tid = snowflake(rng, p["ts"], ms)
        urls, media, ext = [], None, None
        full = text
        reply = None
        if kind.startswith("reply:"):
            reply = people[kind.split(":", 1)[1].lower()]
        if kind.startswith("quote:"):
            sn, qid = kind.split(":", 1)[1].split("/")
            link = tco(rng)
            start = len(full) + 1
            full = full + " " + link
            urls.append({"url": link, "expanded_url": f"https://twitter.com/{sn}/status/{qid}",
                         "display_url": f"twitter.com/{sn}/status/…",
                         "indices": [str(start), str(start + len(link))]})
        label_text = full
        if kind in ("photo", "gif"):
            link = tco(rng)
            start = len(full) + 1
            full = full + " " + link
            mid = snowflake(rng, p["ts"] - rng.randint(5, 40))
            key = "".join(rng.choice(B62 + "_") for _ in range(15))
            w, hh = rng.choice([(2048, 1536), (1536, 2048), (1200, 900), (498, 280)] if kind == "photo" else [(498, 280)])
            base = {"expanded_url": f"https://twitter.com/{user}/status/{tid}/photo/1",
                    "indices": [str(start), str(start + len(link))], "url": link}
            if kind == "photo":
                murl = f"pbs.twimg.com/media/{key}.jpg"
                files[f"data/tweets_media/{tid}-{key}.jpg"] = make_jpeg(rng)
            else:
                murl = f"pbs.twimg.com/tweet_video_thumb/{key}.jpg"
                files[f"data/tweets_media/{tid}-{key}.mp4"] = make_mp4(rng)
            media = dict(base, media_url="http://" + murl, id_str=mid, id=mid, media_url_https="https://" + murl,
                         sizes=sizes(w, hh), type="photo", display_url="pic.twitter.com/" + link.rsplit("/", 1)[1])
            ext = dict(base, media_url="http://" + murl, id_str=mid)
            if kind == "gif":
                ext["video_info"] = {"aspect_ratio": ["249", "140"], "variants": [
                    {"bitrate": "0", "content_type": "video/mp4",
                     "url": f"https://video.twimg.com/tweet_video/{key}.mp4"}]}
            ext.update(id=mid, media_url_https="https://" + murl, sizes=sizes(w, hh),
                       type="photo" if kind == "photo" else "animated_gif",
                       display_url="pic.twitter.com/" + link.rsplit("/", 1)[1])
        created = datetime.fromtimestamp(p["ts"], UTC)
        rec = {"edit_info": {"initial": {
            "editTweetIds": [tid],
            "editableUntil": (created + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms,
            "editsRemaining": "5", "isEditEligible": not kind.startswith("rt:")}},
            "retweeted": False,
            "source": '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>'
            if rng.random() < 0.85 else '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'}
        ents = {"hashtags": hashtags_in(full), "symbols": [], "user_mentions": mentions_in(full), "urls": urls}
        if media:
            ents["media"] = [media]
        rec["entities"] = ents
        start = 0
        if reply:
            mm = re.match(r"((?:@[A-Za-z0-9_]+ )+)", full)
            start = len(mm.group(1)) if mm else 0
        rec["display_text_range"] = [str(start), str(len(full))]
        rec["favorite_count"] = str(0 if kind.startswith("rt:") else rng.choice([0, 0, 1, 1, 2, 3, 4, 7, 11]))
        rid = None
        if reply:
            rid = snowflake(rng, p["ts"] - rng.randint(300, 40000))
            rec["in_reply_to_status_id_str"] = rid
        rec["id_str"] = tid
        if reply:
            rec["in_reply_to_user_id"] = reply[2]
        rec["truncated"] = False
        rec["retweet_count"] = str(0 if kind.startswith("rt:") else rng.choice([0, 0, 0, 1, 2]))
        rec["id"] = tid
        if reply:
            rec["in_reply_to_status_id"] = rid
        if urls or media:
            rec["possibly_sensitive"] = False
        rec["created_at"] = tw_date(p["ts"])
        rec["favorited"] = False
        rec["full_text"] = html_escape(full)
        rec["lang"] = "en"
        if reply:
            rec["in_reply_to_screen_name"] = reply[0]
            rec["in_reply_to_user_id_str"] = reply[2]
        if ext:
            rec["extended_entities"] = {"media": [ext]}
        geo = None
        if p["place"] is not None:
            mode = p["mode"]
            if mode in ("geo", "geopoi"):
                lat, lon = p["point"]
                rec["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
                rec["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
                geo = (lat, lon)
                if mode == "geopoi":
                    rec["place"] = place_obj(p["place"], "poi")
            elif mode == "poi":
                rec["place"] = place_obj(p["place"], "poi")
                geo = p["point"]
            elif mode == "city":
                rec["place"] = place_obj(p["place"], "city")
            else:
                raise SystemExit(f"x: unknown geo mode {mode}")
        records.append((p["ts"], {"tweet": rec}))
        if kind.startswith("rt:"):
            if p["labels"]:
                raise SystemExit("retweets are not labelled")
            continue
        labels.append(label_post(p, tid, label_text, geo=geo))
    records.sort(key=lambda x: -x[0])
    split = int(m["parts"])
    part0, part1 = [r for _, r in records[:split]], [r for _, r in records[split:]]
    files["data/tweets.js"] = "window.YTD.tweets.part0 = " + jackson(part0)
    files["data/tweets-part1.js"] = "window.YTD.tweets.part1 = " + jackson(part1)

    def ytd(var, obj):
        return f"window.YTD.{var}.part0 = " + jackson(obj)
    files["data/account.js"] = ytd("account", [{"account": {
        "email": m["email"], "createdVia": "web", "username": user, "accountId": uid,
        "createdAt": m["account_created"], "accountDisplayName": name}}])
    files["data/account-timezone.js"] = ytd("account_timezone", [{"accountTimezone": {
        "accountId": uid, "timeZone": m["twitter_tz"]}}])
    files["data/profile.js"] = ytd("profile", [{"profile": {
        "description": {"bio": m["bio"], "website": "", "location": m["location"]},
        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{digits(rng, 19)}/{''.join(rng.choice(B62) for _ in range(8))}.jpg",
        "headerMediaUrl": f"https://pbs.twimg.com/profile_banners/{uid}/{1552600000 + rng.randrange(100000)}"}}])
    threads = dm_threads(doc)
    convs = []
    for hd in sorted(threads, key=lambda hd: -threads[hd][-1]["ts"]):
        c = doc["contacts"][hd]
        a, b = sorted([uid, c["id"]], key=int)
        msgs = []
        for msg in sorted(threads[hd], key=lambda x: -x["ts"]):
            out = msg["dir"] == "out"
            msgs.append({"messageCreate": {
                "recipientId": c["id"] if out else uid, "reactions": [], "urls": [], "text": msg["text"],
                "mediaUrls": [], "senderId": uid if out else c["id"], "id": snowflake(rng, msg["ts"]),
                "createdAt": datetime.fromtimestamp(msg["ts"], UTC).strftime("%Y-%m-%dT%H:%M:%S.") +
                "%03dZ" % rng.randrange(1000)}})
        convs.append({"dmConversation": {"conversationId": f"{a}-{b}", "messages": msgs}})
    files["data/direct-messages.js"] = ytd("direct_messages", convs)
    files["data/direct-messages-group.js"] = ytd("direct_messages_group", [])
    files["data/deleted-tweets.js"] = ytd("deleted_tweets", [])
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + jackson({
        "userInfo": {"accountId": uid, "userName": user, "displayName": name},
        "archiveInfo": {"sizeBytes": str(sum(len(v) for v in files.values())), "generationDate": m["export"],
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {
            "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
            "accountTimezone": {"files": [{"fileName": "data/account-timezone.js",
                                           "globalName": "YTD.account_timezone.part0", "count": "1"}]},
            "deletedTweets": {"mediaDirectory": "data/deleted_tweets_media",
                              "files": [{"fileName": "data/deleted-tweets.js", "globalName": "YTD.deleted_tweets.part0",
                                         "count": "0"}]},
            "directMessages": {"mediaDirectory": "data/direct_messages_media",
                               "files": [{"fileName": "data/direct-messages.js",
                                          "globalName": "YTD.direct_messages.part0", "count": str(len(convs))}]},
            "directMessagesGroup": {"mediaDirectory": "data/direct_messages_group_media",
                                    "files": [{"fileName": "data/direct-messages-group.js",
                                               "globalName": "YTD.direct_messages_group.part0", "count": "0"}]},
            "profile": {"mediaDirectory": "data/profile_media",
                        "files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
            "tweets": {"mediaDirectory": "data/tweets_media",
                       "files": [{"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0",
                                  "count": str(len(part0))},
                                 {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1",
                                  "count": str(len(part1))}]}}})
    files["data/README.txt"] = ("Twitter Archive\n\nThe files in this archive contain the data you requested. "
                                "Each .js file in the data folder holds one data type; large data types are split "
                                "into parts (tweets.js, tweets-part1.js, ...).\n")
    files["Your archive.html"] = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Your X data</title>"
                                  "</head><body><div id=\"root\"></div>"
                                  "<script src=\"data/manifest.js\"></script></body></html>\n")
    return files, labels


# --------------------------------------------------------------------------- Instagram (older layout, <= 2021)

IG_LENS = "iPhone 11 back dual wide camera 4.25mm f/1.8"


def ig_media_id(rng):
    return rng.choice(["17", "18"]) + digits(rng, 15, "0123456789")


def ig_uri(rng, folder, utc, mid):
    return (f"media/{folder}/{utc.strftime('%Y%m')}/{digits(rng, 9)}_{digits(rng, 16)}_"
            f"{digits(rng, 19)}_n_{mid}.jpg")


def build_instagram(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    files, labels = {}, []
    device = "%08X-%04X-%04X-%04X-%012X" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                           rng.getrandbits(16), rng.getrandbits(48))
    posts_out, stories_out = [], []

    def media_item(p, folder, gps, title, ts):
        mid = ig_media_id(rng)
        uri = ig_uri(rng, folder, p["utc"], mid)
        files[uri] = make_jpeg(rng)
        meta = {}
        with_exif = gps is not None or rng.random() < 0.4
        camera = rng.random() < 0.55
        if with_exif:
            taken = p["local"] - timedelta(seconds=rng.randint(20, 600))
            ex = {"iso": rng.choice([32, 40, 50, 64, 100, 160, 250, 500, 800]),
                  "focal_length": "4.25", "lens_model": IG_LENS,
                  "software": {2019: "13.3", 2020: "14.2", 2021: "15.1"}.get(p["local"].year, "15.2"),
                  "device_id": device, "scene_type": 1, "camera_position": "back", "lens_make": "Apple",
                  "date_time_digitized": taken.strftime("%Y:%m:%d %H:%M:%S"),
                  "date_time_original": taken.strftime("%Y:%m:%d %H:%M:%S"),
                  "source_type": "camera" if camera else "library"}
            if gps is not None:
                ex["latitude"] = gps[0]
                ex["longitude"] = gps[1]
            meta["photo_metadata"] = {"exif_data": [ex]}
        meta["camera_metadata"] = {"has_camera_metadata": camera}
        item = {"uri": uri, "creation_timestamp": ts, "media_metadata": meta, "title": title}
        return item, mid

    for p in doc["posts"]:
        kind, gps = p["kind"], p["point"]
        if kind == "story":
            item, mid = media_item(p, "stories", gps, p["text"], p["ts"])
            stories_out.append((p["ts"], item))
            labels.append(label_post(p, mid, p["text"], photo=gps))
        elif kind == "post":
            item, mid = media_item(p, "posts", gps, p["text"], p["ts"])
            posts_out.append((p["ts"], {"media": [item]}))
            labels.append(label_post(p, mid, p["text"], photo=gps))
        elif kind.startswith("carousel:"):
            n = int(kind.split(":")[1])
            items, first_mid = [], None
            for i in range(n):
                g = gps if i == 0 or gps is None else jitter(rng, p["place"]["lat"], p["place"]["lon"],
                                                             JITTER_M[p["place"]["kind"]])
                item, mid = media_item(p, "posts", g, "", p["ts"] - 1)
                items.append(item)
                first_mid = first_mid or mid
            posts_out.append((p["ts"], {"media": items, "title": p["text"], "creation_timestamp": p["ts"]}))
            labels.append(label_post(p, first_mid, p["text"], photo=gps))
        else:
            raise SystemExit(f"instagram: unknown kind {kind}")
    posts_out.sort(key=lambda x: -x[0])
    stories_out.sort(key=lambda x: -x[0])
    files["content/posts_1.json"] = meta_json([x[1] for x in posts_out])
    files["content/stories.json"] = meta_json({"ig_stories": [x[1] for x in stories_out]})

    created = int(datetime(2017, 5, 20, 11, 42, 9, tzinfo=UTC).timestamp())
    pic_mid = ig_media_id(rng)
    pic_uri = f"media/profile/201705/{digits(rng, 9)}_{digits(rng, 16)}_{digits(rng, 19)}_n_{pic_mid}.jpg"
    files[pic_uri] = make_jpeg(rng)

    def smd(v):
        return {"href": "", "value": v, "timestamp": 0}
    files["account_information/personal_information.json"] = meta_json({"profile_user": [{
        "media_map_data": {"Profile Photo": {"uri": pic_uri, "creation_timestamp": created, "title": ""}},
        "string_map_data": {"Email": smd(m["email"]), "Phone Number": smd(m["phone"]),
                            "Phone Confirmed": smd("True"), "Username": smd(user), "Name": smd(name),
                            "Bio": smd(m["bio"]), "Gender": smd(m["gender"]), "Date of birth": smd(m["birthday"]),
                            "Private Account": smd("False"), "City": smd(m["city"])}}]})
    files["account_information/account_information.json"] = meta_json({"profile_account_insights": [{
        "title": "", "media_map_data": {},
        "string_map_data": {"Contact Syncing": smd("False"), "First Close Friends Story Time": smd(""),
                            "Has Shared Live Video": smd("False"),
                            "Last Login": {"href": "", "value": "", "timestamp": int(datetime.strptime(
                                m["export"], "%Y-%m-%d").replace(tzinfo=UTC).timestamp()) - 3600}}}]})

    threads = dm_threads(doc)
    for handle, msgs in threads.items():
        c = doc["contacts"][handle]
        slug = re.sub(r"[^a-z0-9]", "", handle.lower()) or "instagramuser"
        folder = f"{slug}_{digits(rng, 10)}"
        out = []
        for msg in sorted(msgs, key=lambda x: -x["ts"]):
            out.append({"sender_name": name if msg["dir"] == "out" else c["name"],
                        "timestamp_ms": msg["ts"] * 1000 + rng.randrange(1000),
                        "content": msg["text"], "type": "Generic", "is_unsent": False})
        files[f"messages/inbox/{folder}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{folder}"})
    return files, labels


# --------------------------------------------------------------------------- driver

BUILDERS = {"linkedin": build_linkedin, "mastodon": build_mastodon, "x": build_x, "instagram": build_instagram}


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def build(persona, outdir):
    doc = parse_key(os.path.join(HERE, "content", persona + ".txt"))
    m = doc["meta"]
    seed = int(m["seed"])
    prepare(doc, seed)
    files, labels = BUILDERS[m["platform"]](doc, random.Random(seed * 7919 + 1), persona)
    labels.sort(key=lambda x: x["created_at"])
    export = datetime.strptime(m["export"][:10], "%Y-%m-%d")
    write_zip(os.path.join(outdir, persona + ".zip"), files, (export.year, export.month, export.day, 12, 0, 0))
    places = doc["places"]
    office, home = places[m["office"]], places[m["home"]]
    units = [u.strip() for u in m["unit"].split("|")]
    contacts = [{"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]}
                for c in sorted(doc["contacts"].values(), key=lambda c: c["order"])]
    out = {
        "persona": persona, "platform": m["platform"], "archive": persona + ".zip", "timezone": m["timezone"],
        "truth": {
            "unit": units, "role": m["role"],
            "office": {"lat": office["lat"], "lon": office["lon"], "name": office["name"]},
            "home": {"lat": home["lat"], "lon": home["lon"]},
            "routine_places": [{"name": p["name"], "lat": p["lat"], "lon": p["lon"]}
                               for p in places.values() if p["kind"] == "routine"],
        },
        "contacts": contacts,
        "posts": labels,
    }
    with open(os.path.join(outdir, persona + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    wl = [f"# What {m.get('legal_name') or owner(doc)[1]}'s security officer knows must not be revealed.",
          f"timezone = {toml_str(m['timezone'])}", "", "[[unit]]", f"name = {toml_str(units[0])}",
          "aliases = [" + ", ".join(toml_str(a) for a in units[1:]) + "]", "", "[[role]]",
          f"name = {toml_str(m['role'])}", "", "[[site]]", f"name = {toml_str(office['name'])}",
          f"lat = {office['lat']}", f"lon = {office['lon']}", "radius_m = 300", ""]
    with open(os.path.join(outdir, persona + ".watchlist.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(wl))
    n = len(labels)
    rev = sum(1 for p in labels if p["labels"])
    print(f"{persona}: {n} posts, {rev} revealing ({rev / n:.1%}), {len(contacts)} contacts, "
          f"{len(files)} archive files")


def main(argv):
    outdir = HERE
    if "--out" in argv:
        outdir = argv[argv.index("--out") + 1]
        os.makedirs(outdir, exist_ok=True)
    only = [a for a in argv[1:] if a in PERSONAS]
    for persona in only or PERSONAS:
        build(persona, outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
