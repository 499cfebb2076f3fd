#!/usr/bin/env python3
"""Builds the blind11 held-out personas from content/KEY.txt.

    python3 generate.py            # writes KEY.zip, KEY.labels.json, KEY.watchlist.toml for every persona

Deterministic: every random choice comes from a per-persona seeded RNG, zip entries are sorted and carry a
fixed timestamp, JSON is dumped with fixed key order. Standard library only.

Content file format (one line per item, " | " separated, times are the persona's local wall clock):
    @place   | key | office/home/routine/other/trip | lat | lon | name
    @contact | key | handle | name | platform id ("-" = none) | yes/no (suspicious)
    YYYY-MM-DD HH:MM | labels ("-" or comma list) | geo | kind | text          <- a post
    YYYY-MM-DD HH:MM | dm | contact-key | in/out | text                        <- a direct message
"""
import base64
import csv
import hashlib
import html
import io
import json
import math
import os
import random
import re
import urllib.parse
import zipfile
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ("home", "location", "role", "routine", "unit")

# --------------------------------------------------------------------------------------------------------------
# persona configuration (everything that is not a post or a message)
# --------------------------------------------------------------------------------------------------------------
PERSONAS = {
    "p1-linkedin-diver": dict(
        platform="linkedin", tz="America/Vancouver", seed=11001, generated=(2025, 5, 30, 9, 12, 40),
        unit=["Fleet Diving Unit Cormorant Bay", "FDU Cormorant Bay", "FDU(CB)", "FDUCB", "Cormorant Bay"],
        role="clearance diver",
        office_name="Fleet Diving Unit Cormorant Bay, Building 212 / D-Jetty",
        officer="Declan Ouellette",
        person=dict(first="Declan", last="Ouellette", slug="declan-ouellette-cd",
                    email="declan.ouellette@example.com"),
    ),
    "p2-mastodon-protection": dict(
        platform="mastodon", tz="Asia/Taipei", seed=11002, generated=(2025, 6, 2, 3, 40, 11),
        unit=["憲兵第二四八營", "憲兵248營", "248營", "二四八營"],
        role="憲兵特勤隨扈",
        office_name="長泰營區（憲兵第二四八營）",
        officer="林冠廷",
        person=dict(username="kuanting", display="冠廷 Kuan-Ting 📷", host="formosa.example",
                    created="2022-11-08T13:55:02Z"),
    ),
    "p3-x-k9": dict(
        platform="x", tz="Asia/Singapore", seed=11003, generated=(2023, 5, 21, 2, 5, 9),
        unit=["Police Search Dog Unit", "PSDU", "Search Dog Unit"],
        role="explosive detection dog handler",
        office_name="Loyang Kennel Complex (Police Search Dog Unit)",
        officer="Hafiz Rahman",
        person=dict(username="hafizzz_r", display="Hafiz 🐾", account_id="10000311",
                    email="hafiz.rahman@example.com", created="2016-09-01T12:41:07.000Z",
                    tz_name="Singapore"),
    ),
    "p4-facebook-geoint": dict(
        platform="facebook", tz="Asia/Shanghai", seed=11004, generated=(2023, 9, 10, 6, 30, 0),
        unit=["秦川遥感测绘研究所", "秦川所", "秦川遥感所"],
        role="卫星影像判读员",
        office_name="秦川遥感测绘研究所3号楼",
        officer="周雨桐",
        person=dict(name="周雨桐", email="zhou.yutong@example.com"),
    ),
}

JITTER_M = {"office": 90, "home": 25, "routine": 45, "other": 90, "trip": 250}


# --------------------------------------------------------------------------------------------------------------
# content parsing
# --------------------------------------------------------------------------------------------------------------
def parse_content(path):
    places, contacts, posts, msgs = {}, {}, [], []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@place"):
                _, key, kind, lat, lon, name = [x.strip() for x in line.split("|")]
                places[key] = dict(key=key, kind=kind, lat=float(lat), lon=float(lon), name=name)
                continue
            if line.startswith("@contact"):
                _, key, handle, name, pid, susp = [x.strip() for x in line.split("|")]
                contacts[key] = dict(key=key, handle=handle, name=name, id=None if pid == "-" else pid,
                                     suspicious=(susp == "yes"))
                continue
            parts = line.split(" | ", 4)
            if len(parts) != 5:
                raise SystemExit(f"{path}:{lineno}: expected 5 fields: {line!r}")
            when, f2, f3, f4, text = parts
            text = text.replace("\\n", "\n")
            local = datetime.strptime(when.strip(), "%Y-%m-%d %H:%M")
            if f2.strip() == "dm":
                msgs.append(dict(local=local, contact=f3.strip(), direction=f4.strip(), text=text, line=lineno))
            else:
                labels = [] if f2.strip() == "-" else sorted(x.strip() for x in f2.split(","))
                for lab in labels:
                    if lab not in CATS:
                        raise SystemExit(f"{path}:{lineno}: unknown label {lab}")
                posts.append(dict(local=local, labels=labels, geo=f3.strip(), kind=f4.strip(), text=text,
                                  line=lineno))
    return places, contacts, posts, msgs


# --------------------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------------------
def to_utc(local, tzname, second):
    dt = local.replace(second=second, tzinfo=ZoneInfo(tzname))
    return dt.astimezone(timezone.utc)


def iso_z(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def jitter(rng, lat, lon, radius_m):
    d = radius_m * math.sqrt(rng.random())
    theta = rng.random() * 2 * math.pi
    dlat = d * math.cos(theta) / 111320.0
    dlon = d * math.sin(theta) / (111320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def digits_hash(*parts, n=17):
    h = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return str(int(h, 16))[:n]


def mojibake(s):
    """Meta's export: UTF-8 bytes written as \\u00XX escapes."""
    return s.encode("utf-8").decode("latin-1")


def fb_fix(obj):
    if isinstance(obj, str):
        return mojibake(obj)
    if isinstance(obj, list):
        return [fb_fix(x) for x in obj]
    if isinstance(obj, dict):
        return {k: fb_fix(v) for k, v in obj.items()}
    return obj


# ---- a tiny, valid baseline JPEG (JFIF, 16x16 greyscale, standard luminance Huffman tables, no EXIF) ----------
DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D]
AC_VALS = bytes.fromhex(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a"
    "3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a929394"
    "95969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8"
    "e9eaf1f2f3f4f5f6f7f8f9fa")


def huff_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


DC_CODES = huff_codes(DC_BITS, DC_VALS)
AC_CODES = huff_codes(AC_BITS, list(AC_VALS))


def _seg(marker, payload):
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload


def make_jpeg(seed_text):
    """16x16 greyscale baseline JPEG; four flat 8x8 blocks whose shades derive from seed_text."""
    h = hashlib.sha1(seed_text.encode("utf-8")).digest()
    dcs = [(h[i] % 96) - 48 for i in range(4)]         # DC coefficient per block (quant table all ones)
    out = bytearray(b"\xFF\xD8")
    out += _seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += _seg(0xDB, b"\x00" + bytes([1] * 64))
    out += _seg(0xC0, bytes([8, 0, 16, 0, 16, 1, 1, 0x11, 0]))
    out += _seg(0xC4, bytes([0x00] + DC_BITS + DC_VALS))
    out += _seg(0xC4, bytes([0x10] + AC_BITS) + AC_VALS)
    out += _seg(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    bitstr = []
    prev = 0
    for dc in dcs:
        diff = dc * 8 - prev                           # DC of a flat block = 8 * (level - 128)
        prev = dc * 8
        cat = abs(diff).bit_length()
        code, length = DC_CODES[cat]
        bitstr.append(format(code, f"0{length}b"))
        if cat:
            v = diff if diff > 0 else diff + (1 << cat) - 1
            bitstr.append(format(v, f"0{cat}b"))
        code, length = AC_CODES[0x00]                  # EOB
        bitstr.append(format(code, f"0{length}b"))
    bits = "".join(bitstr)
    bits += "1" * (-len(bits) % 8)
    for i in range(0, len(bits), 8):
        b = int(bits[i:i + 8], 2)
        out.append(b)
        if b == 0xFF:
            out.append(0x00)
    out += b"\xFF\xD9"
    return bytes(out)


def write_zip(path, entries, date_time):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            data = entries[name]
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(info, data)


def js_dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------------------------------------------
# common preparation: times, geo, ids
# --------------------------------------------------------------------------------------------------------------
class Persona:
    def __init__(self, key):
        self.key = key
        self.cfg = PERSONAS[key]
        self.rng = random.Random(self.cfg["seed"])
        self.places, self.contacts, self.posts, self.msgs = parse_content(os.path.join(HERE, "content", key + ".txt"))
        self.used = set()
        tz = self.cfg["tz"]
        for item in sorted(self.posts + self.msgs, key=lambda x: (x["local"], x["line"])):
            sec = self.rng.randrange(60)
            dt = to_utc(item["local"], tz, sec)
            while dt.timestamp() in self.used:
                dt = datetime.fromtimestamp(dt.timestamp() + 1, timezone.utc)
            self.used.add(dt.timestamp())
            item["utc"] = dt
        for p in self.posts:
            p["geo_out"] = None
            p["photo_gps"] = None
            p["place"] = None
            p["poi"] = None
            p["photo"] = False
            for tok in ([] if p["geo"] == "-" else p["geo"].split("+")):
                if tok == "photo":
                    p["photo"] = True
                elif tok.startswith("photo@"):
                    pl = self.places[tok[6:]]
                    p["photo"] = True
                    p["photo_gps"] = jitter(self.rng, pl["lat"], pl["lon"], JITTER_M[pl["kind"]])
                    p["place"] = pl
                elif tok.startswith("poi@"):
                    pl = self.places[tok[4:]]
                    p["poi"] = pl
                    p["geo_out"] = (round(pl["lat"], 6), round(pl["lon"], 6))
                    p["place"] = pl
                elif tok.startswith("@"):
                    pl = self.places[tok[1:]]
                    p["geo_out"] = jitter(self.rng, pl["lat"], pl["lon"], JITTER_M[pl["kind"]])
                    p["place"] = pl
                else:
                    raise SystemExit(f"{key}: bad geo token {tok!r} (line {p['line']})")
        self.posts.sort(key=lambda p: p["utc"])
        self.msgs.sort(key=lambda m: m["utc"])

    def label_posts(self):
        out = []
        for p in self.posts:
            if p.get("skip_label"):
                continue
            out.append({
                "created_at": iso_z(p["utc"]),
                "native_id": p["native_id"],
                "labels": sorted(p["labels"]),
                "text": p["label_text"],
                "geo": None if p["geo_out"] is None else {"lat": p["geo_out"][0], "lon": p["geo_out"][1]},
                "photo_gps": None if p["photo_gps"] is None else {"lat": p["photo_gps"][0], "lon": p["photo_gps"][1]},
            })
        return out

    def truth(self):
        pl = self.places
        return {
            "unit": list(self.cfg["unit"]),
            "role": self.cfg["role"],
            "office": {"lat": pl["office"]["lat"], "lon": pl["office"]["lon"], "name": self.cfg["office_name"]},
            "home": {"lat": pl["home"]["lat"], "lon": pl["home"]["lon"]},
            "routine_places": [{"name": p["name"], "lat": p["lat"], "lon": p["lon"]}
                               for p in pl.values() if p["kind"] == "routine"],
        }

    def contacts_out(self):
        return [{"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]}
                for c in self.contacts.values()]


# --------------------------------------------------------------------------------------------------------------
# LinkedIn
# --------------------------------------------------------------------------------------------------------------
def li_id(ms, rng):
    return str((ms << 22) | rng.getrandbits(22))


def csv_quote_dq(s):
    return '"' + s.replace('"', '""') + '"'


def csv_field_min(s):
    if any(c in s for c in ',"\n\r'):
        return csv_quote_dq(s)
    return s


def build_linkedin(P):
    rng = P.rng
    person = P.cfg["person"]
    owner_name = f"{person['first']} {person['last']}"
    owner_url = f"https://www.linkedin.com/in/{person['slug']}"
    share_rows, comment_rows, rich_rows = [], [], []
    for p in P.posts:
        ms = int(p["utc"].timestamp() * 1000) + rng.randrange(1000)
        date = p["utc"].strftime("%Y-%m-%d %H:%M:%S")
        p["label_text"] = p["text"]
        if p["kind"] in ("share", "share+img"):
            pid = li_id(ms, rng)
            p["native_id"] = pid
            link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{pid}"
            media = ""
            if p["kind"] == "share+img":
                code = "D56" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(12))
                media = (f"https://media.licdn.com/dms/image/v2/{code}/feedshare-shrink_2048_1536/"
                         f"feedshare-shrink_2048_1536/0/{ms}?e=2147483647&v=beta&t="
                         + base64.urlsafe_b64encode(hashlib.sha1(pid.encode()).digest()).decode().rstrip("="))
                when = p["utc"].strftime("%B %-d, %Y at %-I:%M %p")
                rich_rows.append((p["utc"], f"You uploaded a feed photo on {when} (GMT)", "", media))
            vis = "CONNECTIONS_ONLY" if rng.random() < 0.15 else "MEMBER_NETWORK"
            # LinkedIn's double-escaped multi-line commentary: each inner line break becomes  "\n"
            commentary = p["text"].replace("\n", '"\n"')
            share_rows.append((p["utc"], ",".join([date, link, csv_quote_dq(commentary), "", media, vis])))
        elif p["kind"] == "comment":
            parent_ms = ms - rng.randrange(3600 * 1000, 3 * 86400 * 1000)
            aid = li_id(parent_ms, rng)
            p["native_id"] = aid
            link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{aid}"
            msg = p["text"]
            if any(c in msg for c in ',"\n'):
                msg = '"' + msg.replace('"', '\\"') + '"'   # 2026-style backslash escapes
            comment_rows.append((p["utc"], ",".join([date, link, msg])))
        else:
            raise SystemExit(f"linkedin: unknown kind {p['kind']}")
    files = {}
    files["Shares.csv"] = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" + "".join(
        r + "\n" for _, r in sorted(share_rows, key=lambda x: x[0], reverse=True))
    files["Comments.csv"] = "Date,Link,Message\n" + "".join(
        r + "\n" for _, r in sorted(comment_rows, key=lambda x: x[0], reverse=True))
    files["Rich_Media.csv"] = "Date/Time,Media Description,Media Link\n" + "".join(
        ",".join([csv_field_min(a), csv_field_min(b), csv_field_min(c)]) + "\n"
        for _, a, b, c in sorted(rich_rows, key=lambda x: x[0], reverse=True))

    # messages.csv
    conv = {}
    for m in P.msgs:
        conv.setdefault(m["contact"], []).append(m)
    subjects = {"tran": "Contract opportunity – maritime security", "whitlock": "Opportunities at Seaboard Subsea",
                "renner": "Paid expert call – Pacific Rim port security"}
    rows = []
    order = sorted(conv, key=lambda k: max(x["utc"] for x in conv[k]), reverse=True)
    for ck in order:
        c = P.contacts[ck]
        cid = "2-" + base64.b64encode(hashlib.sha1((P.key + ck).encode()).hexdigest()[:32].encode()).decode()
        first = min(conv[ck], key=lambda x: x["utc"])
        for m in sorted(conv[ck], key=lambda x: x["utc"], reverse=True):
            if m["direction"] == "in":
                frm, furl, to, turl = c["name"], c["id"], owner_name, owner_url
            else:
                frm, furl, to, turl = owner_name, owner_url, c["name"], c["id"]
            subj = subjects.get(ck, "") if m is first else ""
            rows.append([cid, "", frm, furl, to, turl, m["utc"].strftime("%Y-%m-%d %H:%M:%S UTC"), subj,
                         m["text"], "INBOX", ""])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"])
    w.writerows(rows)
    files["messages.csv"] = buf.getvalue()

    def table(header, rows_):
        b = io.StringIO()
        wr = csv.writer(b, lineterminator="\n")
        wr.writerow(header)
        wr.writerows(rows_)
        return b.getvalue()

    files["Profile.csv"] = table(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
         "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [[person["first"], person["last"], "", "", "Mar 14",
          "Clearance Diver | Royal Canadian Navy | Diving Supervisor",
          "Navy diver from Moncton, NB, now on the West Coast. Mine countermeasures, underwater EOD and "
          "hyperbaric chamber operations.\nLearning Python on the side. Hockey, zucchini, bad puns.",
          "Armed Forces", "V9B", "Langford, British Columbia, Canada", "", "", ""]])
    files["Positions.csv"] = table(
        ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
        [["Royal Canadian Navy", "Clearance Diver (PO2)",
          "Fleet Diving Unit Cormorant Bay\n• Mine countermeasures and EOD diving, closed-circuit rebreathers\n"
          "• Diving Supervisor (2024) and hyperbaric chamber supervisor", "Victoria, British Columbia, Canada",
          "Feb 2022", ""],
         ["Royal Canadian Navy", "Clearance Diver", "East coast fleet diving unit.\n• QL3 and QL5 clearance diver",
          "Halifax, Nova Scotia, Canada", "Mar 2018", "Jan 2022"],
         ["Royal Canadian Navy", "Naval Boatswain", "", "Halifax, Nova Scotia, Canada", "Sep 2014", "Feb 2018"],
         ["Canadian Tire ", "Sales Associate", "", "Moncton, New Brunswick, Canada", "Jun 2011", "Aug 2014"]])
    files["Education.csv"] = table(
        ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
        [["École secondaire Champlain-Nord", "2009", "2013", "", "High School Diploma", "Hockey, swim team"],
         ["Westshore Code Academy", "2022", "2024", "Evening Python program", "Certificate", ""]])
    files["Skills.csv"] = table(["Name"], [[s] for s in [
        "Mine Countermeasures", "Underwater Demolition", "Rebreather Diving", "Hyperbaric Chamber Operation",
        "Dive Planning", "Team Leadership", "Python (Programming Language)", "First Aid"]])
    files["Certifications.csv"] = table(
        ["Name", "Url", "Authority", "Started On", "Finished On", "License Number"],
        [["Diving Supervisor", "", "Royal Canadian Navy", "Feb 2024", "", ""],
         ["Hyperbaric Chamber Supervisor", "", "Royal Canadian Navy", "Aug 2024", "", ""],
         ["Recompression Chamber Operator", "", "Royal Canadian Navy", "May 2022", "", ""],
         ["PADI Rescue Diver", "", "PADI", "Jul 2016", "", "1607RD0000"],
         ["Standard First Aid & CPR C", "", "Canadian Red Cross", "Mar 2024", "Mar 2027", ""]])
    files["Email Addresses.csv"] = table(["Email Address", "Confirmed", "Primary", "Updated On"],
                                         [[person["email"], "Yes", "Yes", "2/2/22, 4:05 AM"]])
    files["PhoneNumbers.csv"] = table(["Extension", "Number", "Type"], [["", "+1 250 555 0187", "Mobile"]])
    files["Registration.csv"] = table(["Registered At", "Registration Ip", "Subscription Types"],
                                      [["9/3/14, 2:11 AM", "203.0.113.45", ""]])
    files["Company Follows.csv"] = table(["Organization", "Followed On"],
                                         [["Royal Canadian Navy", "Thu Sep 04 02:15:00 UTC 2014"],
                                          ["PADI", "Sat Jul 16 19:20:00 UTC 2016"],
                                          ["Seaboard Subsea Services", "Wed Aug 17 15:30:00 UTC 2022"]])
    conn_people = [("Marc", "Belliveau", "marc-belliveau-ns", "Royal Canadian Navy", "Clearance Diver", "12 Mar 2018"),
                   ("Natalie", "Ouellette", "natalie-ouellette-rn", "Horizon Health Network", "Registered Nurse",
                    "03 Jan 2015"),
                   ("Dana", "Fraser", "dana-fraser-rcn", "Royal Canadian Navy", "Petty Officer", "21 Feb 2022"),
                   ("Kevin", "Osei", "kevin-osei-dev", "Freelance", "Software Developer", "11 Apr 2022"),
                   ("Jordan", "Whitlock", "jordan-whitlock-subsea", "Seaboard Subsea Services", "Talent Partner",
                    "17 Aug 2022"),
                   ("Sylvie", "Cormier", "sylvie-cormier", "Université de Moncton", "Program Coordinator",
                    "08 Jan 2016"),
                   ("Gerry", "MacLeod", "gerry-macleod-rcn", "Royal Canadian Navy", "Chief Petty Officer (retired)",
                    "30 May 2019"),
                   ("Jess", "Tremblay", "jess-tremblay", "BC Ferries", "Deck Officer", "14 Jun 2021")]
    files["Connections.csv"] = (
        "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are "
        "missing. You will only see email addresses for connections who have allowed their connections to see or "
        "download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can "
        "learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n"
        + table(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
                [[a, b, f"https://www.linkedin.com/in/{s}", "", co, pos, on] for a, b, s, co, pos, on in conn_people]))
    react = []
    for i in range(14):
        d = datetime(2022, 3, 1, tzinfo=timezone.utc).timestamp() + rng.randrange(0, 3 * 365 * 86400)
        dt = datetime.fromtimestamp(d, timezone.utc)
        react.append((dt, [dt.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["LIKE", "LIKE", "PRAISE", "EMPATHY"]),
                           f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{li_id(int(d * 1000), rng)}"]))
    files["Reactions.csv"] = table(["Date", "Type", "Link"], [r for _, r in sorted(react, reverse=True)])
    return files


# --------------------------------------------------------------------------------------------------------------
# Mastodon
# --------------------------------------------------------------------------------------------------------------
AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
MENTION_RE = re.compile(r"@([A-Za-z0-9_]+)@([A-Za-z0-9.\-]+[A-Za-z0-9])")
HASHTAG_RE = re.compile(r"(?<![\w/&])#(\w+)")


def masto_id(ms, rng):
    return str((ms << 16) | rng.getrandbits(16))


def masto_html(text, host):
    """Plain text -> Mastodon status HTML, plus its tag[] entries."""
    tags, out, pos = [], [], 0
    tokens = []
    for m in MENTION_RE.finditer(text):
        tokens.append((m.start(), m.end(), "mention", m))
    for m in HASHTAG_RE.finditer(text):
        if not any(s <= m.start() < e for s, e, _, _ in tokens):
            tokens.append((m.start(), m.end(), "tag", m))
    tokens.sort(key=lambda t: t[0])

    def esc(s):
        return html.escape(s, quote=True).replace("&#x27;", "&#39;").replace("\n", "<br />")

    for s, e, kind, m in tokens:
        out.append(esc(text[pos:s]))
        if kind == "mention":
            user, h = m.group(1), m.group(2)
            out.append(f'<span class="h-card" translate="no"><a href="https://{h}/@{user}" class="u-url mention">'
                       f'@<span>{user}</span></a></span>')
            tags.append({"type": "Mention", "href": f"https://{h}/users/{user}", "name": f"@{user}@{h}"})
        else:
            t = m.group(1)
            href = f"https://{host}/tags/{urllib.parse.quote(t.lower())}"
            out.append(f'<a href="{href}" class="mention hashtag" rel="tag">#<span>{t}</span></a>')
            tags.append({"type": "Hashtag", "href": href, "name": f"#{t.lower()}"})
        pos = e
    out.append(esc(text[pos:]))
    return "<p>" + "".join(out) + "</p>", tags


def strip_html(s):
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</p>\s*<p>", "\n\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def build_mastodon(P):
    rng = P.rng
    person = P.cfg["person"]
    host = person["host"]
    base = f"https://{host}"
    actor = f"{base}/users/{person['username']}"
    followers = f"{actor}/followers"
    items, files = [], {}
    conv_n = 20000000 + rng.randrange(1000000)

    def status_obj(p, sid, text, to, cc, in_reply_to, attachments):
        nonlocal conv_n
        conv_n += rng.randrange(3, 900)
        content, tags = masto_html(text, host)
        published = iso_z(p["utc"])
        obj = {
            "id": f"{actor}/statuses/{sid}",
            "type": "Note",
            "summary": None,
            "inReplyTo": in_reply_to,
            "published": published,
            "url": f"{base}/@{person['username']}/{sid}",
            "attributedTo": actor,
            "to": to,
            "cc": cc,
            "sensitive": False,
            "atomUri": f"{actor}/statuses/{sid}",
            "inReplyToAtomUri": in_reply_to,
            "conversation": f"tag:{host},{p['utc'].strftime('%Y-%m-%d')}:objectId={conv_n}:objectType=Conversation",
            "content": content,
            "contentMap": {"zh-TW": content},
            "attachment": attachments,
            "tag": tags,
            "replies": {"id": f"{actor}/statuses/{sid}/replies", "type": "Collection",
                        "first": {"type": "CollectionPage", "next":
                                  f"{actor}/statuses/{sid}/replies?only_other_accounts=true&page=true",
                                  "partOf": f"{actor}/statuses/{sid}/replies", "items": []}},
        }
        return obj, content

    everything = [("post", p) for p in P.posts] + [("dm", m) for m in P.msgs]
    everything.sort(key=lambda x: x[1]["utc"])
    for what, p in everything:
        ms = int(p["utc"].timestamp() * 1000) + rng.randrange(1000)
        sid = masto_id(ms, rng)
        if what == "dm":
            c = P.contacts[p["contact"]]
            user, h = c["handle"].split("@")
            text = f"@{c['handle']} {p['text']}"
            in_reply = f"https://{h}/users/{user}/statuses/{masto_id(ms - rng.randrange(600000, 86400000), rng)}"
            obj, _ = status_obj(p, sid, text, [c["id"]], [], in_reply, [])
            items.append({"id": f"{actor}/statuses/{sid}/activity", "type": "Create", "actor": actor,
                          "published": obj["published"], "to": obj["to"], "cc": obj["cc"], "object": obj})
            continue
        kind = p["kind"]
        if kind == "boost":
            p["skip_label"] = True
            target = p["text"].strip()
            tactor = target.split("/statuses/")[0]
            items.append({"id": f"{actor}/statuses/{sid}/activity", "type": "Announce", "actor": actor,
                          "published": iso_z(p["utc"]), "to": [AS_PUBLIC], "cc": [tactor, followers],
                          "object": target})
            continue
        p["native_id"] = sid
        in_reply = None
        attachments = []
        if kind.startswith("reply:"):
            in_reply = kind[len("reply:"):]
        elif kind.startswith("post+img:"):
            alt = kind[len("post+img:"):]
            aid = masto_id(ms - rng.randrange(5000, 90000), rng)
            groups = "/".join(aid.zfill(18)[i:i + 3] for i in range(0, 18, 3))
            fname = "%016x" % rng.getrandbits(64)
            path = f"media_attachments/files/{groups}/original/{fname}.jpeg"
            files[path] = make_jpeg(P.key + sid)
            w, hgt = rng.choice([(1440, 1080), (1080, 1440), (1440, 960)])
            attachments.append({"type": "Document", "mediaType": "image/jpeg", "url": path, "name": alt,
                                "blurhash": "".join(rng.choice(
                                    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~")
                                    for _ in range(36)),
                                "focalPoint": [0.0, 0.0], "width": w, "height": hgt})
        elif kind != "post":
            raise SystemExit(f"mastodon: unknown kind {kind}")
        mentioned = [f"https://{m.group(2)}/users/{m.group(1)}" for m in MENTION_RE.finditer(p["text"])]
        r = rng.random()
        if r < 0.10:
            to, cc = [followers], [AS_PUBLIC] + mentioned          # unlisted
        elif r < 0.16:
            to, cc = [followers] + mentioned, []                   # followers-only
        else:
            to, cc = [AS_PUBLIC], [followers] + mentioned          # public
        obj, content = status_obj(p, sid, p["text"], to, cc, in_reply, attachments)
        p["label_text"] = strip_html(content)
        items.append({"id": f"{actor}/statuses/{sid}/activity", "type": "Create", "actor": actor,
                      "published": obj["published"], "to": to, "cc": cc, "object": obj})
    outbox = {
        "@context": ["https://www.w3.org/ns/activitystreams",
                     {"ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri",
                      "inReplyToAtomUri": "ostatus:inReplyToAtomUri", "conversation": "ostatus:conversation",
                      "sensitive": "as:sensitive", "toot": "http://joinmastodon.org/ns#",
                      "votersCount": "toot:votersCount", "blurhash": "toot:blurhash",
                      "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"},
                      "Hashtag": "as:Hashtag"}],
        "id": "outbox.json", "type": "OrderedCollection", "totalItems": len(items), "orderedItems": items}
    files["outbox.json"] = json.dumps(outbox, ensure_ascii=False, separators=(",", ":"))
    pem_body = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(270))).decode()
    pem = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(pem_body[i:i + 64] for i in range(0, len(pem_body), 64)) + \
          "\n-----END PUBLIC KEY-----\n"
    actor_json = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1",
                     {"manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "toot": "http://joinmastodon.org/ns#",
                      "featured": {"@id": "toot:featured", "@type": "@id"}, "discoverable": "toot:discoverable",
                      "indexable": "toot:indexable", "schema": "http://schema.org#",
                      "PropertyValue": "schema:PropertyValue", "value": "schema:value"}],
        "id": actor, "type": "Person", "following": f"{actor}/following", "followers": followers,
        "inbox": f"{actor}/inbox", "outbox": "outbox.json", "featured": f"{actor}/collections/featured",
        "featuredTags": f"{actor}/collections/tags", "preferredUsername": person["username"],
        "name": person["display"],
        "summary": "<p>台北人 / 手搖飲成癮 / 二手相機新手 / 貓奴 🐈<br />偶爾發廢文 大部分時間在潛水</p>",
        "url": f"{base}/@{person['username']}", "manuallyApprovesFollowers": False, "discoverable": True,
        "indexable": False, "published": person["created"], "memorial": False,
        "publicKey": {"id": f"{actor}#main-key", "owner": actor, "publicKeyPem": pem},
        "tag": [],
        "attachment": [{"type": "PropertyValue", "name": "興趣", "value": "拍照、跑步、貓、棒球"},
                       {"type": "PropertyValue", "name": "所在地", "value": "台北 / 永和"}],
        "endpoints": {"sharedInbox": f"{base}/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpg"},
    }
    files["actor.json"] = json.dumps(actor_json, ensure_ascii=False, indent=2)
    files["avatar.jpg"] = make_jpeg(P.key + "avatar")
    files["header.jpg"] = make_jpeg(P.key + "header")
    likes = [f"https://mstdn.example/users/taipei_foodie/statuses/{masto_id(1680000000000 + i * 7777777, rng)}"
             for i in range(6)]
    files["likes.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                      "type": "OrderedCollection", "orderedItems": likes}, ensure_ascii=False)
    files["bookmarks.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams",
                                          "id": "bookmarks.json", "type": "OrderedCollection",
                                          "orderedItems": likes[:2]}, ensure_ascii=False)
    return files


# --------------------------------------------------------------------------------------------------------------
# X / Twitter
# --------------------------------------------------------------------------------------------------------------
TW_EPOCH = 1288834974657
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def snowflake(ms, rng):
    return str(((ms - TW_EPOCH) << 22) | rng.getrandbits(22))


def tco(rng):
    return "https://t.co/" + "".join(rng.choice(B62) for _ in range(10))


CITY_PLACES = {
    "SG": dict(name="Singapore", full_name="Singapore", country="Singapore", country_code="SG",
               bbox=(103.6059, 1.1644, 104.0853, 1.4784), id="6d2e7e3b1b1e2c4a"),
    "MY": dict(name="George Town", full_name="George Town, Pulau Pinang", country="Malaysia", country_code="MY",
               bbox=(100.2407, 5.3541, 100.3441, 5.4723), id="1c7d0b8a7f9e6a21"),
    "TH": dict(name="Bangkok", full_name="Bangkok, Thailand", country="Thailand", country_code="TH",
               bbox=(100.3279, 13.4940, 100.9384, 13.9554), id="4a9c2e5d7b3f1e08"),
}


def country_of(lat, lon):
    if lat < 7:
        return "MY" if lat > 3 else "SG"
    return "TH"


def place_obj(name, full_name, place_type, country, cc, bbox, pid):
    w, s, e, n = bbox
    ring = [[f"{w:.6f}", f"{s:.6f}"], [f"{e:.6f}", f"{s:.6f}"], [f"{e:.6f}", f"{n:.6f}"], [f"{w:.6f}", f"{n:.6f}"]]
    if place_type == "poi":
        ring = [[f"{w:.6f}", f"{s:.6f}"]] * 4
    return {"name": name, "full_name": full_name, "place_type": place_type, "country": country,
            "country_code": cc, "id": pid, "url": f"https://api.twitter.com/1.1/geo/id/{pid}.json",
            "contained_within": [], "bounding_box": {"type": "Polygon", "coordinates": [ring]}, "attributes": {}}


def build_x(P):
    rng = P.rng
    person = P.cfg["person"]
    uid = person["account_id"]
    uname = person["username"]
    files = {}
    tweets = []
    handle_ids = {c["handle"]: c["id"] for c in P.contacts.values()}
    for p in P.posts:
        ms = int(p["utc"].timestamp() * 1000) + rng.randrange(1000)
        tid = snowflake(ms, rng)
        p["native_id"] = tid
        text = p["text"]
        kind = p["kind"]
        src_app = rng.choice(["android"] * 3 + ["iphone"])
        source = ('<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>'
                  if src_app == "android" else
                  '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>')
        entities = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
        for m in re.finditer(r"(?<!\w)#(\w+)", text):
            entities["hashtags"].append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
        reply = None
        if kind.startswith("reply:"):
            _, sname, sid = kind.split(":")
            reply = (sname, sid, handle_ids.get(sname) or digits_hash(sname, n=9))
            kind = "tweet"
        for m in re.finditer(r"(?<!\w)@(\w+)", text):
            mid = handle_ids.get(m.group(1)) or digits_hash(m.group(1), n=9)
            entities["user_mentions"].append({"name": m.group(1), "screen_name": m.group(1),
                                              "indices": [str(m.start()), str(m.end())], "id_str": mid, "id": mid})
        full = text
        ext = None
        if kind == "swarm":
            source = '<a href="https://foursquare.com" rel="nofollow">Foursquare Swarm</a>'
            url = tco(rng)
            code = "".join(rng.choice(B62) for _ in range(8))
            start = len(full) + 1
            full = f"{full} {url}"
            entities["urls"].append({"url": url, "expanded_url": f"https://www.swarmapp.com/c/{code}",
                                     "display_url": f"swarmapp.com/c/{code}", "indices": [str(start), str(len(full))]})
        if kind == "tweet+img":
            mid = snowflake(ms - rng.randrange(2000, 60000), rng)
            mkey = "".join(rng.choice(B62 + "-_") for _ in range(15))
            url = tco(rng)
            start = len(full) + 1
            full = f"{full} {url}"
            media = {"expanded_url": f"https://twitter.com/{uname}/status/{tid}/photo/1",
                     "indices": [str(start), str(len(full))], "url": url,
                     "media_url": f"http://pbs.twimg.com/media/{mkey}.jpg",
                     "id_str": mid, "id": mid, "media_url_https": f"https://pbs.twimg.com/media/{mkey}.jpg",
                     "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                               "small": {"w": "680", "h": "510", "resize": "fit"},
                               "medium": {"w": "1200", "h": "900", "resize": "fit"},
                               "large": {"w": "2048", "h": "1536", "resize": "fit"}},
                     "type": "photo", "display_url": "pic.twitter.com/" + url.rsplit("/", 1)[1]}
            entities["media"] = [media]
            ext = {"media": [dict(media)]}
            files[f"data/tweets_media/{tid}-{mkey}.jpg"] = make_jpeg(P.key + tid)
        elif kind not in ("tweet", "swarm"):
            raise SystemExit(f"x: unknown kind {kind}")
        p["label_text"] = text if kind != "swarm" else full
        esc_full = full.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        t = {
            "edit_info": {"initial": {"editTweetIds": [tid],
                                      "editableUntil": datetime.fromtimestamp(p["utc"].timestamp() + 3600,
                                                                              timezone.utc).strftime(
                                          "%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": False}},
            "retweeted": False,
            "source": source,
            "entities": entities,
            "display_text_range": ["0", str(len(esc_full))],
            "favorite_count": str(rng.choice([0, 0, 1, 1, 2, 3, 4, 6, 9, 14])),
        }
        if reply:
            t["in_reply_to_status_id_str"] = reply[1]
            t["in_reply_to_user_id"] = reply[2]
            t["in_reply_to_status_id"] = reply[1]
            t["in_reply_to_screen_name"] = reply[0]
            t["in_reply_to_user_id_str"] = reply[2]
        t.update({"id_str": tid, "truncated": False, "retweet_count": str(rng.choice([0, 0, 0, 1, 2])), "id": tid})
        if ext:
            t["possibly_sensitive"] = False
        t.update({"created_at": p["utc"].strftime("%a %b %d %H:%M:%S +0000 %Y"), "favorited": False,
                  "full_text": esc_full, "lang": "en"})
        if ext:
            t["extended_entities"] = ext
        if p["poi"] is not None:
            pl = p["poi"]
            cc = country_of(pl["lat"], pl["lon"])
            c = CITY_PLACES[cc]
            pid = hashlib.sha1(pl["name"].encode()).hexdigest()[:16]
            t["place"] = place_obj(pl["name"], pl["name"], "poi", c["country"], cc,
                                   (pl["lon"], pl["lat"], pl["lon"], pl["lat"]), pid)
        elif p["geo_out"] is not None:
            lat, lon = p["geo_out"]
            t["geo"] = {"type": "Point", "coordinates": [f"{lat}", f"{lon}"]}
            t["coordinates"] = {"type": "Point", "coordinates": [f"{lon}", f"{lat}"]}
            if rng.random() < 0.5:
                cc = country_of(lat, lon)
                c = CITY_PLACES[cc]
                t["place"] = place_obj(c["name"], c["full_name"], "city", c["country"], cc, c["bbox"], c["id"])
        tweets.append((p["utc"], {"tweet": t}))
    tweets.sort(key=lambda x: x[0], reverse=True)
    part0 = [t for _, t in tweets[:100]]
    part1 = [t for _, t in tweets[100:]]
    files["data/tweets.js"] = "window.YTD.tweets.part0 = " + js_dump(part0)
    files["data/tweets-part1.js"] = "window.YTD.tweets.part1 = " + js_dump(part1)

    convs = {}
    for m in P.msgs:
        convs.setdefault(m["contact"], []).append(m)
    dm_out = []
    for ck in sorted(convs, key=lambda k: max(x["utc"] for x in convs[k]), reverse=True):
        c = P.contacts[ck]
        msgs = []
        for m in sorted(convs[ck], key=lambda x: x["utc"], reverse=True):
            ms = int(m["utc"].timestamp() * 1000) + rng.randrange(1000)
            snd, rcp = (c["id"], uid) if m["direction"] == "in" else (uid, c["id"])
            msgs.append({"messageCreate": {"recipientId": rcp, "reactions": [], "urls": [], "text": m["text"],
                                           "mediaUrls": [], "senderId": snd, "id": snowflake(ms, rng),
                                           "createdAt": datetime.fromtimestamp(ms / 1000, timezone.utc).strftime(
                                               "%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"}})
        lo, hi = sorted([uid, c["id"]], key=int)
        dm_out.append({"dmConversation": {"conversationId": f"{lo}-{hi}", "messages": msgs}})
    files["data/direct-messages.js"] = "window.YTD.direct_messages.part0 = " + js_dump(dm_out)
    files["data/direct-messages-group.js"] = "window.YTD.direct_messages_group.part0 = [ ]"
    files["data/deleted-tweets.js"] = "window.YTD.deleted_tweets.part0 = [ ]"
    files["data/account.js"] = "window.YTD.account.part0 = " + js_dump([{"account": {
        "email": person["email"], "createdVia": "android", "username": uname, "accountId": uid,
        "createdAt": person["created"], "accountDisplayName": person["display"]}}])
    files["data/account-timezone.js"] = "window.YTD.account_timezone.part0 = " + js_dump(
        [{"accountTimezone": {"accountId": uid, "timeZone": person["tz_name"]}}])
    avatar_key = "".join(rng.choice(B62) for _ in range(8))
    files["data/profile.js"] = "window.YTD.profile.part0 = " + js_dump([{"profile": {
        "description": {"bio": "dog dad 🐩 | kopi addict | east side best side | views my own", "website": "",
                        "location": "Singapore"},
        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{digits_hash(uname, n=19)}/{avatar_key}.jpg"}}])
    files[f"data/profile_media/{uid}-{avatar_key}.jpg"] = make_jpeg(P.key + "avatar")
    follows = [c["id"] for c in P.contacts.values() if not c["suspicious"]]
    files["data/following.js"] = "window.YTD.following.part0 = " + js_dump(
        [{"following": {"accountId": a, "userLink": f"https://twitter.com/intent/user?user_id={a}"}} for a in follows])
    files["data/follower.js"] = "window.YTD.follower.part0 = " + js_dump(
        [{"follower": {"accountId": a, "userLink": f"https://twitter.com/intent/user?user_id={a}"}} for a in follows])
    likes = []
    for i in range(8):
        lid = snowflake(1500000000000 + i * 9876543210, rng)
        likes.append({"like": {"tweetId": lid, "fullText": rng.choice([
            "Haze is back, stay indoors guys", "Best chicken rice in the east? Go", "Rainy season already?",
            "Who else queueing for the new bubble tea", "Dog parks in SG ranked", "Happy Hari Raya everyone!"]),
            "expandedUrl": f"https://twitter.com/i/web/status/{lid}"}})
    files["data/like.js"] = "window.YTD.like.part0 = " + js_dump(likes)
    gen = datetime(*P.cfg["generated"], tzinfo=timezone.utc)

    def ftype(fname, glob, count, media=None):
        d = {"files": [{"fileName": fname, "globalName": glob, "count": str(count)}]}
        if media:
            d = {"mediaDirectory": media, **d}
        return d

    manifest = {
        "userInfo": {"accountId": uid, "userName": uname, "displayName": person["display"]},
        "archiveInfo": {"sizeBytes": str(sum(len(v) if isinstance(v, bytes) else len(v.encode()) for v in files.values())),
                        "generationDate": gen.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "isPartialArchive": False,
                        "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {
            "account": ftype("data/account.js", "YTD.account.part0", 1),
            "accountTimezone": ftype("data/account-timezone.js", "YTD.account_timezone.part0", 1),
            "deletedTweets": ftype("data/deleted-tweets.js", "YTD.deleted_tweets.part0", 0,
                                   "data/deleted_tweets_media"),
            "directMessages": ftype("data/direct-messages.js", "YTD.direct_messages.part0", len(dm_out),
                                    "data/direct_messages_media"),
            "directMessagesGroup": ftype("data/direct-messages-group.js", "YTD.direct_messages_group.part0", 0,
                                         "data/direct_messages_group_media"),
            "follower": ftype("data/follower.js", "YTD.follower.part0", len(follows)),
            "following": ftype("data/following.js", "YTD.following.part0", len(follows)),
            "like": ftype("data/like.js", "YTD.like.part0", len(likes)),
            "profile": ftype("data/profile.js", "YTD.profile.part0", 1, "data/profile_media"),
            "tweets": {"mediaDirectory": "data/tweets_media", "files": [
                {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": str(len(part0))},
                {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": str(len(part1))}]},
        },
    }
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + js_dump(manifest)
    files["data/README.txt"] = (
        "Twitter Archive (generated " + gen.strftime("%Y-%m-%d") + ")\n\n"
        "tweets.js / tweets-part1.js - the Tweets posted by the account, newest first.\n"
        "For location data associated with the account, please refer to location in profile.js.\n"
        "account-timezone.js - the timezone configured in the account settings.\n"
        "direct-messages.js - one-to-one Direct Message conversations, messages newest first.\n")
    files["Your archive.html"] = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your archive</title>"
                                  "</head><body><p>Open this file in a browser to explore your archive.</p>"
                                  "</body></html>\n")
    return files


# --------------------------------------------------------------------------------------------------------------
# Facebook
# --------------------------------------------------------------------------------------------------------------
def build_facebook(P):
    rng = P.rng
    person = P.cfg["person"]
    name = person["name"]
    files = {}
    album = "TimelinePhotos_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
    posts_out = []
    place_ids = {}
    for p in P.posts:
        ts = int(p["utc"].timestamp())
        p["native_id"] = digits_hash(P.key, ts, p["text"])
        p["label_text"] = p["text"]
        obj = {"timestamp": ts, "data": [{"post": p["text"]}, {"update_timestamp": ts}]}
        attachments = []
        if p["kind"] == "checkin":
            pl = p["place"]
            assert p["geo_out"] is not None, p["line"]
            pid = place_ids.setdefault(pl["key"], str(100000000000000 + rng.randrange(10 ** 14)))
            lat, lon = p["geo_out"]
            obj["title"] = f"{name} was at {pl['name']}."
            attachments.append({"data": [{"place": {"name": pl["name"], "coordinate": {"latitude": lat, "longitude": lon},
                                                    "address": "", "url": f"https://www.facebook.com/pages/x/{pid}"}}]})
        elif p["kind"] == "photo":
            fname = (f"{rng.randrange(10**8, 10**9)}_{rng.randrange(10**14, 10**15)}_"
                     f"{rng.randrange(10**18, 10**19)}_n.jpg")
            uri = f"your_activity_across_facebook/posts/media/{album}/{fname}"
            files[uri] = make_jpeg(P.key + p["native_id"])
            taken = ts - rng.randrange(20, 900)
            ip = rng.choice(["198.51.100.", "203.0.113.", "192.0.2."]) + str(rng.randrange(2, 254))
            if p["photo_gps"] is not None:
                exif = {"upload_ip": ip, "taken_timestamp": taken, "modified_timestamp": taken,
                        "camera_make": "HUAWEI", "camera_model": rng.choice(["ELS-AN00", "NOH-AN00"]),
                        "exposure": rng.choice(["1/50", "1/100", "1/250", "1/33"]), "focal_length": "5.58",
                        "f_stop": "1.8", "iso": rng.choice([50, 64, 100, 200, 400]), "orientation": 1,
                        "original_width": 4096, "original_height": 3072,
                        "latitude": p["photo_gps"][0], "longitude": p["photo_gps"][1]}
            elif rng.random() < 0.5:
                exif = {"upload_ip": ip}
            else:
                exif = {"upload_ip": ip, "taken_timestamp": taken, "camera_make": "HUAWEI",
                        "camera_model": "ELS-AN00", "iso": 100, "orientation": 1,
                        "original_width": 4096, "original_height": 3072}
            obj["title"] = f"{name} added a new photo."
            attachments.append({"data": [{"media": {"uri": uri, "creation_timestamp": ts, "title": "Timeline Photos",
                                                    "description": p["text"],
                                                    "media_metadata": {"photo_metadata": {"exif_data": [exif]}}}}]})
        elif p["kind"] == "status":
            obj["title"] = f"{name} updated her status."
        else:
            raise SystemExit(f"facebook: unknown kind {p['kind']}")
        if attachments:
            obj["attachments"] = attachments
        posts_out.append((ts, obj))
    posts_out.sort(key=lambda x: x[0], reverse=True)
    files["your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json"] = json.dumps(
        fb_fix([o for _, o in posts_out]), indent=2)
    convs = {}
    for m in P.msgs:
        convs.setdefault(m["contact"], []).append(m)
    for i, ck in enumerate(sorted(convs)):
        c = P.contacts[ck]
        thread = f"{c['handle'].replace('.', '')}_{10000000000 + int(digits_hash(ck, n=9))}"
        msgs = [{"sender_name": c["name"] if m["direction"] == "in" else name,
                 "timestamp_ms": int(m["utc"].timestamp()) * 1000 + rng.randrange(1000),
                 "content": m["text"], "is_geoblocked_for_viewer": False}
                for m in sorted(convs[ck], key=lambda x: x["utc"], reverse=True)]
        doc = {"participants": [{"name": c["name"]}, {"name": name}], "messages": msgs, "title": c["name"],
               "is_still_participant": True, "thread_path": f"inbox/{thread}", "magic_words": []}
        files[f"your_activity_across_facebook/messages/inbox/{thread}/message_1.json"] = json.dumps(fb_fix(doc), indent=2)
    prof = {"profile_v2": {
        "name": {"full_name": name, "first_name": "雨桐", "middle_name": "", "last_name": "周"},
        "emails": {"emails": [person["email"]], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1993, "month": 4, "day": 18},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "current_city": {"name": "西安", "timestamp": 1591430000},
        "hometown": {"name": "宝鸡", "timestamp": 1591430000},
        "relationship": {"status": "Married", "partner": "阿杰", "timestamp": 1682956800},
        "education_experiences": [{"name": "长安理工大学", "start_timestamp": 1314835200, "end_timestamp": 1435708800,
                                   "graduated": True, "concentrations": ["遥感科学与技术"], "degree": "学士",
                                   "school_type": "大学", "timestamp": 1591430500}],
        "work_experiences": [],
        "websites": [],
        "username": "zhou.yutong.93",
        "registration_timestamp": 1591430000,
        "profile_uri": "https://www.facebook.com/zhou.yutong.93"}}
    files["personal_information/profile_information/profile_information.json"] = json.dumps(fb_fix(prof), indent=2)
    return files


BUILDERS = {"linkedin": build_linkedin, "mastodon": build_mastodon, "x": build_x, "facebook": build_facebook}


# --------------------------------------------------------------------------------------------------------------
def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_watchlist(P, path):
    t = P.truth()
    lines = [f"# What {P.cfg['officer']}'s security officer knows must not be revealed.",
             f"timezone = {toml_str(P.cfg['tz'])}", "",
             "[[unit]]", f"name = {toml_str(t['unit'][0])}",
             "aliases = [" + ", ".join(toml_str(a) for a in t["unit"][1:]) + "]", "",
             "[[role]]", f"name = {toml_str(t['role'])}", "",
             "[[site]]", f"name = {toml_str(t['office']['name'])}", f"lat = {t['office']['lat']}",
             f"lon = {t['office']['lon']}", "radius_m = 300", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def build(key):
    P = Persona(key)
    files = BUILDERS[P.cfg["platform"]](P)
    write_zip(os.path.join(HERE, key + ".zip"), files, P.cfg["generated"][:6])
    labels = {"persona": key, "platform": P.cfg["platform"], "archive": key + ".zip", "timezone": P.cfg["tz"],
              "truth": P.truth(), "contacts": P.contacts_out(), "posts": P.label_posts()}
    with open(os.path.join(HERE, key + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_watchlist(P, os.path.join(HERE, key + ".watchlist.toml"))
    n = len(labels["posts"])
    rev = sum(1 for p in labels["posts"] if set(p["labels"]) - {"home"})
    print(f"{key}: {n} posts, {rev} revealing ({rev / n:.0%}), {len(P.msgs)} messages, "
          f"{len(P.contacts)} contacts ({sum(c['suspicious'] for c in P.contacts.values())} suspicious)")


if __name__ == "__main__":
    for k in PERSONAS:
        build(k)
