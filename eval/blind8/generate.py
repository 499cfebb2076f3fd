#!/usr/bin/env python3
"""Builds the four blind8 personas (archives, labels, watchlists).

Deterministic: every random choice comes from a per-persona seeded
random.Random, zip entries carry a fixed timestamp, so two runs produce
byte-identical output.

usage: python3 generate.py            # writes into the directory of this file
"""
import csv
import hashlib
import html
import io
import json
import math
import random
import re
import struct
import sys
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import content_p1  # noqa: E402
import content_p2  # noqa: E402
import content_p3  # noqa: E402
import content_p4  # noqa: E402

UTC = timezone.utc
ZIP_TIME = (2024, 12, 1, 12, 0, 0)


# =====================================================================
# planning helpers
# =====================================================================
class Post:
    def __init__(self, local, utc, text, labels, geo, photo_gps, kind, meta):
        self.local = local          # aware datetime in persona zone
        self.utc = utc              # aware UTC datetime (whole seconds)
        self.text = text            # str, or list (Telegram rich text)
        self.labels = sorted(set(labels))
        self.geo = geo
        self.photo_gps = photo_gps
        self.kind = kind
        self.meta = meta
        self.native_id = None

    @property
    def plain(self):
        if isinstance(self.text, list):
            return "".join(x if isinstance(x, str) else x["text"] for x in self.text)
        return self.text


class Plan:
    def __init__(self, key, platform, tz, seed, start, end):
        self.key, self.platform, self.tzname = key, platform, tz
        self.tz = ZoneInfo(tz)
        self.rng = random.Random(seed)
        self.start, self.end = start, end
        self.posts = []
        self.extra = []             # messages by other people (not scored)
        self.blocked = set()
        self.used = set()

    # ---- dates
    def days(self, start=None, end=None):
        d, end = start or self.start, end or self.end
        while d <= end:
            yield d
            d += timedelta(days=1)

    def block(self, days):
        self.blocked.update(days)

    def spread(self, n, ok=lambda d: True, start=None, end=None):
        """n dates spread evenly over [start, end], each satisfying ok, not blocked."""
        start, end = start or self.start, end or self.end
        span = (end - start).days + 1
        out = []
        for i in range(n):
            lo = start + timedelta(days=span * i // n)
            hi = start + timedelta(days=span * (i + 1) // n - 1)
            cands = [d for d in self.days(lo, hi) if ok(d) and d not in self.blocked]
            widen = 0
            while not cands:
                widen += 7
                cands = [d for d in self.days(max(start, lo - timedelta(widen)), min(end, hi + timedelta(widen)))
                         if ok(d) and d not in self.blocked]
            out.append(self.rng.choice(cands))
        return sorted(out)

    def pick(self, ok=lambda d: True, start=None, end=None):
        cands = [d for d in self.days(start, end) if ok(d) and d not in self.blocked]
        return self.rng.choice(cands)

    def at(self, d, h0, h1):
        """naive local datetime on day d between hours h0 and h1 (h may exceed 24)."""
        secs = self.rng.randrange(int(h0 * 3600), int(h1 * 3600))
        return datetime(d.year, d.month, d.day) + timedelta(seconds=secs)

    def near(self, lat, lon, radius_m):
        r = radius_m * math.sqrt(self.rng.random())
        a = self.rng.random() * 2 * math.pi
        dlat = r * math.cos(a) / 111_320
        dlon = r * math.sin(a) / (111_320 * math.cos(math.radians(lat)))
        return (round(lat + dlat, 6), round(lon + dlon, 6))

    # ---- adding
    def _utc(self, naive):
        aware = naive.replace(tzinfo=self.tz)
        utc = aware.astimezone(UTC).replace(microsecond=0)
        while int(utc.timestamp()) in self.used:
            utc += timedelta(seconds=13)
        self.used.add(int(utc.timestamp()))
        return utc.astimezone(self.tz), utc

    def add(self, naive, text, labels=(), geo=None, photo_gps=None, kind="text", **meta):
        local, utc = self._utc(naive)
        p = Post(local, utc, text, labels, geo, photo_gps, kind, meta)
        self.posts.append(p)
        return p

    def other(self, naive, sender, text, **meta):
        local, utc = self._utc(naive)
        m = dict(local=local, utc=utc, sender=sender, text=text, **meta)
        self.extra.append(m)
        return m

    def place_texts(self, texts, fixed, ok=lambda d: True, hours=(7.5, 22.5), **add_kw):
        """Spread texts over the period; texts whose prefix is in `fixed` go to a
        constrained date. fixed: prefix -> callable(Plan) returning a date."""
        free = []
        out = []
        for t in texts:
            key = t if isinstance(t, str) else t[0]
            rule = next((v for k, v in fixed.items() if key.startswith(k)), None)
            if rule:
                out.append((rule(self), t))
            else:
                free.append(t)
        self.rng.shuffle(free)
        for d, t in zip(self.spread(len(free), ok), free):
            out.append((d, t))
        return out


def constrain(P, days, i, pred, ok=lambda d: True):
    """Move days[i] to a date satisfying pred, keeping the list in order when possible."""
    if pred(days[i]):
        return
    lo = days[i - 1] if i > 0 else P.start
    hi = days[i + 1] if i + 1 < len(days) else P.end
    cands = [d for d in P.days(lo + timedelta(1), hi - timedelta(1)) if pred(d) and ok(d) and d not in P.blocked]
    if not cands:
        cands = [d for d in P.days() if pred(d) and ok(d) and d not in P.blocked and d not in days]
    days[i] = P.rng.choice(cands)


def hours_for(text, hints, default):
    return next((v for k, v in hints.items() if text.startswith(k)), default)


def months_rule(months, years=None, weekdays=None):
    def rule(P):
        return P.pick(lambda d: d.month in months and (years is None or d.year in years)
                      and (weekdays is None or d.weekday() in weekdays))
    return rule


def date_rule(*ds):
    def rule(P):
        return P.rng.choice([d for d in ds if d not in P.blocked])
    return rule


def tiny_jpeg(tag):
    """A valid 8x8 grey baseline JPEG with a comment; no EXIF (platforms strip it)."""
    tag = tag.encode()
    parts = [
        b"\xff\xd8",
        b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
        b"\xff\xfe" + struct.pack(">H", len(tag) + 2) + tag,
        b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64),
        b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 8, 8, 1) + b"\x01\x11\x00",
        b"\xff\xc4" + struct.pack(">H", 20) + b"\x00" + bytes([1] + [0] * 15) + b"\x00",
        b"\xff\xc4" + struct.pack(">H", 20) + b"\x10" + bytes([1] + [0] * 15) + b"\x00",
        b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00",
        b"\x3f",
        b"\xff\xd9",
    ]
    return b"".join(parts)


def write_zip(path, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in files:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            data = files[name]
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def digits(seed_text, n):
    h = hashlib.sha256(seed_text.encode("utf-8")).hexdigest()
    return str(int(h, 16))[:n]


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def label_record(p):
    return {
        "created_at": iso_z(p.utc),
        "native_id": p.native_id,
        "labels": p.labels,
        "text": p.plain,
        "geo": None if p.geo is None else {"lat": p.geo[0], "lon": p.geo[1]},
        "photo_gps": None if p.photo_gps is None else {"lat": p.photo_gps[0], "lon": p.photo_gps[1]},
    }


def write_labels(P, archive, truth, contacts):
    posts = sorted(P.posts, key=lambda p: p.utc)
    out = {
        "persona": P.key,
        "platform": P.platform,
        "archive": archive,
        "timezone": P.tzname,
        "truth": truth,
        "contacts": contacts,
        "posts": [label_record(p) for p in posts],
    }
    (HERE / f"{P.key}.labels.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_watchlist(P, who, truth, site_name):
    lines = [f"# What {who}'s security officer knows must not be revealed.",
             f'timezone = "{P.tzname}"', "", "[[unit]]",
             f'name = "{truth["unit"][0]}"',
             "aliases = [" + ", ".join(f'"{a}"' for a in truth["unit"][1:]) + "]", "",
             "[[role]]", f'name = "{truth["role"]}"', "",
             "[[site]]", f'name = "{site_name}"',
             f'lat = {truth["office"]["lat"]}', f'lon = {truth["office"]["lon"]}', "radius_m = 300", ""]
    (HERE / f"{P.key}.watchlist.toml").write_text("\n".join(lines), encoding="utf-8")


# =====================================================================
# persona 1: LinkedIn, health physics technician, naval dockyard
# =====================================================================
P1_OFFICE = (57.6866, -4.1585)
P1_HOME = (57.6945, -4.2560)


P1_HOURS = {
    "Sunday roast for ten": (16.5, 20.0), "Spent Sunday clearing": (17.0, 21.0), "Cup of tea and a caramel": (14.0, 17.5),
    "Ross County away day": (18.0, 22.0), "Lovely weekend catching up": (18.0, 22.0), "Snow on the hills": (7.5, 8.6),
    "Took a day's annual leave": (17.0, 22.0), "Isla's school nativity": (17.0, 21.0), "Huge thanks to everyone": (13.0, 17.0),
    "Isla lost her first tooth": (7.2, 9.0), "The saltmarsh at Nigg Bay": (9.0, 12.0), "Three generations": (16.0, 20.0),
    "Ticked off Ben Wyvis": (17.0, 21.0), "Great afternoon at the Inverness": (16.0, 20.0), "Taught Isla to ride": (16.0, 20.0),
    "Tried Lindy Hop": (21.0, 23.0), "Tablet-making": (15.0, 19.0), "Sourdough": (8.0, 12.0),
}


def p1_shared(text):
    return next((u for k, u in content_p1.SHARED_URLS.items() if text.startswith(k)), None)


def plan_p1():
    C = content_p1
    P = Plan("p1-linkedin-dockyard", "linkedin", "Europe/London", 810001, date(2022, 2, 1), date(2024, 11, 30))
    wk = lambda d: d.weekday() < 5  # noqa: E731

    trip = [date(2023, 10, 14) + timedelta(i) for i in range(5)]
    P.block(trip)
    for d, t in zip(trip, C.LISBON):
        P.add(P.at(d, 19.0, 22.5), t)

    sat = lambda d: d.weekday() == 5  # noqa: E731
    days = P.spread(len(C.PARKRUN), sat)
    for i, t in enumerate(C.PARKRUN):
        if t.startswith("Frosty"):
            constrain(P, days, i, lambda d: d.month in (12, 1, 2), sat)
        if t.startswith("Sunshine"):
            constrain(P, days, i, lambda d: d.month in (5, 6, 7, 8), sat)
        if t.startswith("Averon in the rain"):
            constrain(P, days, i, lambda d: d.month >= 6, sat)
    for d, t in zip(days, C.PARKRUN):
        P.add(P.at(d, 10.3, 11.8), t, ["routine"])
    tue = lambda d: d.weekday() == 1  # noqa: E731
    days = P.spread(len(C.SWIM), tue)
    for i, t in enumerate(C.SWIM):
        if t.startswith("Dalmore at dusk"):
            constrain(P, days, i, lambda d: d.month in (4, 9), tue)
        if "hailstorm" in t:
            constrain(P, days, i, lambda d: d.month in (11, 12, 1, 2, 3), tue)
    for d, t in zip(days, C.SWIM):
        P.add(P.at(d, 20.1, 21.3), t, ["routine"])

    def work_time(d):
        return P.at(d, 12.2, 13.4) if P.rng.random() < 0.5 else P.at(d, 18.0, 22.0)

    role_posts = list(C.ROLE)
    P.rng.shuffle(role_posts)
    for d, t in zip(P.spread(len(role_posts), wk), role_posts):
        P.add(work_time(d), t, ["role"], shared_url=p1_shared(t))
    P.add(P.at(P.pick(wk, date(2022, 9, 1), date(2023, 3, 1)), 3.1, 3.6), C.ROLE_NIGHT, ["role"])

    unit_fixed = {"Five years at Saltmarsh": lambda P: P.pick(lambda d: wk(d), date(2024, 3, 4), date(2024, 3, 15)),
                  "Family day at HMNB": months_rule({6, 7}, weekdays={6}),
                  "Our lot at the Yard raised": months_rule({12}, weekdays={0, 1, 2})}
    for d, t in P.place_texts(C.UNIT, unit_fixed, wk):
        P.add(P.at(d, 17.5, 21.5), t, ["unit"])
    for d, t in P.place_texts(C.UNIT_ROLE, {}, wk):
        P.add(work_time(d), t, ["unit", "role"])
    for d, (t, url) in P.place_texts(C.LOCATION_UNIT, {}, lambda d: d.weekday() in (0, 1, 2)):
        P.add(P.at(d, 12.1, 13.3), t, ["unit", "location"], shared_url=url)
    for d, t in P.place_texts(C.LOCATION, {}, wk):
        P.add(P.at(d, 7.4, 8.4) if t.startswith("Basin") else P.at(d, 12.1, 13.5), t, ["location"])
    P.add(P.at(P.pick(lambda d: wk(d) and d.month in (1, 2, 12)), 12.0, 13.0), C.LOCATION_ROLE, ["location", "role"])
    for d, t in P.place_texts(C.LOCATION_ROUTINE, {}, wk):
        P.add(P.at(d, 5.5, 5.7) if t.startswith("0530") else P.at(d, 6.3, 6.9), t, ["location", "routine"])
    for t, hint in C.ROUTINE_TEXT:
        if hint == "sun_eve":
            d = P.pick(lambda d: d.weekday() == 6)
            P.add(P.at(d, 19.0, 22.0), t, ["routine"])
        elif hint == "morning":
            d = P.pick(lambda d: d.weekday() in (1, 2, 3))
            P.add(P.at(d, 7.3, 8.2), t, ["routine"])
        elif hint == "fri_eve":
            d = P.pick(lambda d: d.weekday() == 4)
            P.add(P.at(d, 18.0, 21.0), t, ["routine"])
        else:
            d = P.pick(lambda d: d.month in (1, 2) and d.year == 2023)
            P.add(P.at(d, 18.0, 21.5), t, ["routine"])

    fixed = {
        "Booked our first proper holiday": lambda P: P.pick(start=date(2023, 5, 1), end=date(2023, 6, 30)),
        "Happy International Women": date_rule(date(2022, 6, 23), date(2023, 6, 23), date(2024, 6, 23)),
        "Snow on the hills": months_rule({1, 2, 12}, weekdays={0, 1, 2, 3, 4}),
        "Made it to the end of Dry January": date_rule(date(2023, 1, 31), date(2024, 1, 31), date(2024, 2, 1)),
        "First harvest from the veg patch": months_rule({7, 8}),
        "Our Christmas tree": months_rule({12}),
        "New year, same resolution": date_rule(date(2023, 1, 2), date(2024, 1, 2)),
        "The Royal Highland Show": months_rule({6}),
        "The Northern Lights": months_rule({2, 3, 10, 11}),
        "Flu jab done": months_rule({10, 11}),
        "Mum turned 70": months_rule({5}, weekdays={6}),
        "Half-term with a six-year-old": months_rule({10}, years={2022, 2024}),
        "Isla's school nativity": months_rule({12}, weekdays={0, 1, 2, 3}),
        "Just back from a week on Skye": months_rule({7, 8}),
        "Working from home today": months_rule(set(range(1, 13)), weekdays={1, 2, 3}),
        "Who writes the dosage": lambda P: P.pick(),
        "Binge-watched Vigil": months_rule({9, 10}, years={2022}, weekdays={6}),
        "Sunday roast for ten": months_rule(set(range(1, 13)), weekdays={6}),
        "Spent Sunday clearing the loft": months_rule(set(range(1, 13)), weekdays={6}),
        "Cup of tea and a caramel wafer": months_rule(set(range(4, 11)), weekdays={6}),
        "Ross County away day": months_rule({8, 9, 10, 11, 12, 1, 2, 3, 4, 5}, weekdays={5}),
        "Lovely weekend catching up": months_rule(set(range(1, 13)), weekdays={6}),
        "Took a day's annual leave": months_rule(set(range(1, 13)), weekdays={0, 1, 2, 3, 4}),
        "Huge thanks to everyone who turned out": months_rule(set(range(4, 10)), weekdays={6}),
        "Three generations of Corrigans": months_rule({5, 6, 7, 8}, weekdays={5, 6}),
        "Ticked off Ben Wyvis": months_rule({5, 6, 7, 8, 9}, weekdays={5, 6}),
        "Great afternoon at the Inverness Science": months_rule({4, 5}, weekdays={5, 6}),
        "Taught Isla to ride": months_rule(set(range(4, 10)), weekdays={5, 6}),
    }
    P1_HOURS.update({"Who writes the dosage": (21.0, 23.0), "Working from home": (9.0, 10.5)})
    placed = P.place_texts(C.BENIGN + C.TRAPS, fixed)
    for d, t in placed:
        P.add(P.at(d, *hours_for(t, P1_HOURS, (7.5, 22.5))), t, shared_url=p1_shared(t))
    return P


def li_commentary(text):
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    return "\n".join('"' + ln + '"' for ln in lines)[1:-1]


def csv_field(s):
    s = "" if s is None else str(s)
    if any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def csv_text(header, rows):
    return "".join(",".join(csv_field(x) for x in row) + "\n" for row in [header] + rows)


def write_p1(P):
    C = content_p1
    rng = P.rng
    files = {}
    rows = []
    for p in sorted(P.posts, key=lambda p: p.utc, reverse=True):
        ms = int(p.utc.timestamp() * 1000)
        nid = (ms << 22) | rng.getrandbits(22)
        p.native_id = str(nid)
        kind = "share" if rng.random() < 0.8 else "ugcPost"
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3A{kind}%3A{nid}"
        media = ""
        if rng.random() < 0.25:
            media = (f"https://media.licdn.com/dms/image/D4E22AQ{digits(p.plain, 10)}/feedshare-shrink_800/0/{ms}"
                     f"?e=1735776000&v=beta&t={digits('t' + p.plain, 12)}")
        vis = rng.choice(["MEMBER_NETWORK"] * 6 + ["PUBLIC"] * 3 + ["CONNECTIONS_ONLY"])
        rows.append([p.utc.strftime("%Y-%m-%d %H:%M:%S"), link, li_commentary(p.plain),
                     p.meta.get("shared_url") or "", media, vis])
    files["Shares.csv"] = csv_text(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"], rows)

    o = C.OWNER
    files["Profile.csv"] = csv_text(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
         "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [[o["first"], o["last"], "", "", o["birth"], o["headline"], o["summary"], "Environmental Services",
          "", o["geo"], "", "", ""]])
    files["Positions.csv"] = csv_text(["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
                                      [list(r) for r in C.POSITIONS])
    files["Education.csv"] = csv_text(["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
                                      [list(r) for r in C.EDUCATION])

    me = f'{o["first"]} {o["last"]}'
    msg_rows = []
    contacts = []
    for key, script in C.CONVERSATIONS.items():
        c = C.CONTACTS[key]
        cname = f'{c["first"]} {c["last"]}'
        conv = "2-" + __import__("base64").b64encode(hashlib.md5(key.encode()).digest()).decode()
        for who, text, stamp in script:
            local = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(second=rng.randrange(60), tzinfo=P.tz)
            utc = local.astimezone(UTC)
            if who == "me":
                frm, furl, to, turl = me, o["url"], cname, c["url"]
            else:
                frm, furl, to, turl = cname, c["url"], me, o["url"]
            msg_rows.append((utc, [conv, "", frm, furl, to, turl, utc.strftime("%Y-%m-%d %H:%M:%S UTC"), "", text, "INBOX"]))
        contacts.append({"handle": c["url"].rsplit("/", 1)[1], "name": cname, "suspicious": c["suspicious"], "id": c["url"]})
    msg_rows.sort(key=lambda r: r[0], reverse=True)
    files["messages.csv"] = csv_text(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                                      "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
                                     [r for _, r in msg_rows])

    conn_rows = []
    for key, c in C.CONTACTS.items():
        first = datetime.strptime(C.CONVERSATIONS[key][0][2], "%Y-%m-%d %H:%M").date()
        conn_rows.append([c["first"], c["last"], c["url"], "", c["company"], c["position"],
                          (first - timedelta(days=rng.randrange(2, 400))).strftime("%d %b %Y")])
    conn_rows += [list(r) for r in C.CONNECTIONS_EXTRA]
    notes = ('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. '
             'You will only see email addresses for connections who have allowed their connections to see or download '
             'their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more '
             'here https://www.linkedin.com/help/linkedin/answer/261"\n\n')
    files["Connections.csv"] = notes + csv_text(["First Name", "Last Name", "URL", "Email Address", "Company",
                                                 "Position", "Connected On"], conn_rows)

    write_zip(HERE / f"{P.key}.zip", files)
    truth = {
        "unit": ["Saltmarsh Naval Dockyard", "Saltmarsh Dockyard", "HMNB Saltmarsh", "SND"],
        "role": "health physics technician",
        "office": {"lat": P1_OFFICE[0], "lon": P1_OFFICE[1], "name": "Saltmarsh Naval Dockyard Health Physics building"},
        "home": {"lat": P1_HOME[0], "lon": P1_HOME[1]},
        "routine_places": [{"name": "Averon parkrun (Saturday 09:30)", "lat": 57.6978, "lon": -4.2465},
                           {"name": "Dalmore beach (Tuesday evening swim)", "lat": 57.6880, "lon": -4.2300},
                           {"name": "Shore Road gate (weekday 06:15)", "lat": 57.6880, "lon": -4.1570}],
    }
    write_labels(P, f"{P.key}.zip", truth, contacts)
    write_watchlist(P, "Niamh Corrigan", truth, "Saltmarsh Naval Dockyard Health Physics building")


# =====================================================================
# persona 2: Telegram, satellite ground-station engineer
# =====================================================================
P2_OFFICE = (40.7920, 117.6360)
P2_HOME = (40.9600, 117.9500)
P2_BUS = (40.9685, 117.9330)
P2_GYM = (40.9520, 117.9610)


def plan_p2():
    C = content_p2
    P = Plan("p2-telegram-groundstation", "telegram", "Asia/Shanghai", 820002, date(2022, 6, 1), date(2024, 9, 30))
    rng = P.rng
    trip = [date(2023, 10, 2) + timedelta(i) for i in range(5)]
    P.block(trip)
    # weekends on duty at the station: every fourth weekend
    duty_sat = {d for d in P.days() if d.weekday() == 5 and ((d - date(2022, 6, 4)).days // 7) % 4 == 2}

    def on_station_day(d):
        return d.weekday() < 5 or d in duty_sat or (d - timedelta(1)) in duty_sat

    def add_reply(p, chat, delay=(1, 25)):
        if chat in C.REPLIES and rng.random() < 0.45:
            members = [C.CHATS[chat][1]] if C.CHATS[chat][0] == "personal_chat" else [m[0] for m in C.GROUP_MEMBERS[chat]]
            P.other(p.local.replace(tzinfo=None) + timedelta(minutes=rng.randint(*delay)), rng.choice(members),
                    rng.choice(C.REPLIES[chat]), chat=chat)

    def ask(chat, naive, what):
        if rng.random() < 0.5:
            members = [C.CHATS[chat][1]] if C.CHATS[chat][0] == "personal_chat" else [m[0] for m in C.GROUP_MEMBERS[chat]][:2]
            P.other(naive - timedelta(minutes=rng.randint(3, 20)), rng.choice(members), rng.choice(C.ASK_WHERE[what]), chat=chat)

    # Xiamen trip (family group): benign
    for i, (kind, name, addr, lat, lon, text) in enumerate(C.XIAMEN):
        d = trip[min(i // 2, 4)]
        naive = P.at(d, 10.0 + (i % 2) * 6, 13.0 + (i % 2) * 8)
        if kind == "venue":
            P.add(naive, "", [], geo=(lat, lon), kind="venue", chat="family", place_name=name, address=addr)
        elif kind == "location":
            P.add(naive, "", [], geo=P.near(lat, lon, 50), kind="location", chat="family")
        elif kind == "photo":
            P.add(naive, text, [], kind="photo", chat="family")
        else:
            P.add(naive, text, [], chat="family")

    # Monday shuttle pickup, ~06:55: routine
    for i, d in enumerate(P.spread(13, lambda d: d.weekday() == 0)):
        chat = "wife" if i % 4 else "family"
        naive = P.at(d, 6.80, 7.05)
        ask(chat, naive, "bus")
        P.add(naive, "", ["routine"], geo=P.near(*P2_BUS, 35), kind="location", chat=chat)
    # Saturday badminton venue, ~15:20: routine
    for d in P.spread(11, lambda d: d.weekday() == 5 and d not in duty_sat):
        P.add(P.at(d, 15.2, 15.6), "", ["routine"], geo=P2_GYM, kind="venue", chat="badminton",
              place_name="市体育中心羽毛球馆", address="河北省承德市双桥区体育中心")
    # at the station, on shift (weekdays incl. nights; duty weekends)
    windows = [(9.0, 11.5), (14.0, 17.0), (19.5, 23.0), (25.0, 28.5)]
    station_days = P.spread(16, on_station_day)
    for i, d in enumerate(station_days):
        chat = ["family", "wife"][i % 2]
        if d.weekday() == 0:
            h0, h1 = windows[1 + i % 3]
        elif d.weekday() == 4:
            h0, h1 = windows[i % 2]
        else:
            h0, h1 = windows[i % 4]
        naive = P.at(d, h0, h1)
        ask(chat, naive, "station_night" if naive.hour < 6 or naive.hour >= 22 else "station")
        live = {"live_location_period_seconds": 900} if i % 5 == 3 else {}
        P.add(naive, "", ["location", "routine"], geo=P.near(*P2_OFFICE, 110), kind="location", chat=chat, **live)
    # one-off station visits: location only
    P.add(P.at(date(2023, 4, 23), 10.5, 11.5), "", ["location"], geo=P.near(*P2_OFFICE, 80), kind="location", chat="family")
    d = P.pick(lambda d: d.weekday() == 5 and d not in duty_sat, date(2024, 5, 1), date(2024, 6, 30))
    naive = P.at(d, 10.0, 10.5)
    P.add(naive, "回站里拿个东西，中午前回来", ["unit"], chat="wife")
    P.add(naive + timedelta(minutes=55), "", ["location"], geo=P.near(*P2_OFFICE, 80), kind="location", chat="wife")
    # home
    home_chats = ["mom", "mom", "family", "chen", "family"]
    for i, d in enumerate(P.spread(5, lambda d: d.weekday() in (4, 5, 6) and d not in duty_sat)):
        naive = P.at(d, 19.2, 21.5) if d.weekday() == 4 else P.at(d, 10.0, 21.0)
        P.add(naive, "", ["home"], geo=P.near(*P2_HOME, 25), kind="location", chat=home_chats[i])
        if C.HOME_TEXT[i]:
            P.add(naive + timedelta(seconds=rng.randint(20, 90)), C.HOME_TEXT[i], [], chat=home_chats[i])
    # one-off venues in town
    for chat, name, addr, lat, lon, text in C.ONE_OFF_VENUES:
        d = P.pick(lambda d: d.weekday() >= 5 and d not in duty_sat)
        naive = P.at(d, 11.0, 19.0)
        P.add(naive, "", [], geo=(lat, lon), kind="venue", chat=chat, place_name=name, address=addr)
        P.add(naive + timedelta(minutes=rng.randint(2, 30)), text, [], chat=chat)

    # sensitive text
    def station_evening(d):
        return P.at(d, 19.5, 22.8)
    for (chat, text), d in zip(C.UNIT, P.spread(len(C.UNIT), lambda d: d.weekday() in (1, 2, 3))):
        p = P.add(station_evening(d), text, ["unit"], chat=chat)
        add_reply(p, chat)
    for (chat, text), d in zip(C.UNIT_ROLE, P.spread(len(C.UNIT_ROLE), lambda d: d.weekday() in (1, 2, 3))):
        if "流浪地球" in text:
            d = P.pick(lambda d: d.weekday() in (1, 2, 3), date(2023, 1, 24), date(2023, 2, 28))
        p = P.add(station_evening(d), text, ["unit", "role"], chat=chat)
        add_reply(p, chat)
    for (chat, text, hint), d in zip(C.ROLE, P.spread(len(C.ROLE), lambda d: d.weekday() in (0, 1, 2, 3))):
        h = {"night": (29.0, 30.0) if "LOS" not in text else (24.3, 25.0), "late": (24.5, 25.5),
             "day": (10.0, 16.5), "eve": (19.5, 22.5)}[hint]
        p = P.add(P.at(d, *h), text, ["role"], chat=chat)
        add_reply(p, chat)
    for chat, text, labels, kind in C.LOCATION_TEXT:
        d = P.pick(lambda d: d.weekday() == 0) if "班车" in text else P.pick(lambda d: d.weekday() in (1, 2, 3))
        naive = P.at(d, 8.3, 9.0) if "班车" in text else P.at(d, 16.5, 18.5)
        p = P.add(naive, text, labels, kind="photo" if kind == "photo" else "text", chat=chat)
        add_reply(p, chat)
    for chat, text, hint in C.ROUTINE_TEXT:
        if hint == "sun_eve":
            d = P.pick(lambda d: d.weekday() == 6)
            naive = P.at(d, 20.0, 22.0)
        elif hint == "mon_morning":
            d = P.pick(lambda d: d.weekday() == 0)
            naive = P.at(d, 7.2, 7.8)
        elif hint == "fri_eve":
            d = P.pick(lambda d: d.weekday() == 4)
            naive = P.at(d, 20.0, 22.0)
        else:
            d = P.pick(lambda d: d.weekday() in (1, 2, 3))
            naive = P.at(d, 20.0, 22.0)
        p = P.add(naive, text, ["routine"], chat=chat)
        add_reply(p, chat)
    for chat, text in C.STATION_PHOTO_BENIGN:
        d = P.pick(lambda d: d.weekday() in (1, 2, 3))
        P.add(P.at(d, 17.5, 19.0), text, [], kind="photo", chat=chat)

    # benign chatter and traps
    fixed = {"妈生日快乐": date_rule(date(2022, 11, 3), date(2023, 11, 3)),
             "过年我们初二回去": months_rule({1}, years={2023, 2024}),
             "新年快乐": date_rule(date(2023, 1, 22), date(2024, 2, 10)),
             "中秋节快乐": date_rule(date(2022, 9, 10), date(2024, 9, 17)),
             "端午节快乐": date_rule(date(2023, 6, 22), date(2024, 6, 10)),
             "下雪了": months_rule({12, 1}),
             "暖气费交了吗": months_rule({10, 11}),
             "天冷了记得穿秋裤": months_rule({10, 11}),
             "妹妹生日快乐": date_rule(date(2023, 3, 14), date(2024, 3, 14)),
             "天宫课堂": date_rule(date(2022, 10, 12), date(2023, 9, 21)),
             "《三体》电视剧看完了": months_rule({2, 3}, years={2023}),
             "今天在家办公": months_rule(set(range(1, 13)), weekdays={1, 2, 3}),
             "今天食堂有红烧鱼": months_rule(set(range(1, 13)), weekdays={1, 2, 3}),
             "下午开会开得头疼": months_rule(set(range(1, 13)), weekdays={0, 1, 2, 3})}
    for chat, texts in C.BENIGN.items():
        items = [(t, chat) for t in texts] + [(t, c) for c, t in C.TRAPS if c == chat]
        for d, (text, _) in P.place_texts(items, fixed):
            if chat in ("wife", "mom", "chen") and on_station_day(d) and d.weekday() < 5:
                naive = P.at(d, 19.0, 22.8)
            elif chat == "saved":
                naive = P.at(d, 8.0, 23.0)
            else:
                naive = P.at(d, 9.0, 22.0)
            kind = "photo" if any(text.startswith(k) for k in C.PHOTO_CAPTIONS) else "text"
            p = P.add(naive, text, [], kind=kind, chat=chat)
            add_reply(p, chat)
    # scripted DMs with the two suspicious contacts: owner lines are posts, theirs are extra
    for key, script in C.DM_SCRIPTS.items():
        for who, text, stamp in script:
            naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M") + timedelta(seconds=rng.randrange(60))
            if who == "me":
                P.add(naive, text, [], chat=key)
            else:
                P.other(naive, C.CHATS[key][1], text, chat=key)
    # a few messages from the ordinary contacts that start a conversation
    starters = {"wife": ["周末回来吗", "朵朵发烧了，37度8，别担心已经退了"], "mom": ["明远，过年回来吗", "你爸今天去钓鱼了"],
                "chen": ["周六打球不", "新球馆开了，去试试？"]}
    for chat, lines in starters.items():
        for line in lines:
            d = P.pick()
            P.other(P.at(d, 12.0, 21.0), C.CHATS[chat][1], line, chat=chat)
    return P


def tg_entities(text):
    if isinstance(text, list):
        ents = []
        for x in text:
            if isinstance(x, str):
                if x:
                    ents.append({"type": "plain", "text": x})
            else:
                ents.append(dict(x))
        return [x for x in text if x != ""], ents
    if text == "":
        return "", []
    if "http" in text or "@" in text:
        parts, ents = [], []
        pos = 0
        for m in re.finditer(r"https?://\S+|[\w.+-]+@[\w.-]+\.\w+", text):
            if m.start() > pos:
                parts.append(text[pos:m.start()])
                ents.append({"type": "plain", "text": text[pos:m.start()]})
            t = "link" if m.group().startswith("http") else "email"
            parts.append({"type": t, "text": m.group()})
            ents.append({"type": t, "text": m.group()})
            pos = m.end()
        if pos < len(text):
            parts.append(text[pos:])
            ents.append({"type": "plain", "text": text[pos:]})
        return parts, ents
    return text, [{"type": "plain", "text": text}]


def write_p2(P):
    C = content_p2
    rng = P.rng
    o = C.OWNER
    owner_from_id = f"user{o['id']}"
    member_ids = {C.CHATS[k][1]: C.CHATS[k][2] for k in C.CHATS if C.CHATS[k][0] == "personal_chat"}
    for ms in C.GROUP_MEMBERS.values():
        for n, i in ms:
            member_ids[n] = i

    # every message (owner posts + others + group creation) in time order gets an account-wide id
    items = [("post", p.utc, p) for p in P.posts] + [("other", m["utc"], m) for m in P.extra]
    creations = {}
    for g, created in (("family", datetime(2019, 2, 3, 12, 0, tzinfo=P.tz)),
                       ("badminton", datetime(2020, 9, 5, 21, 10, tzinfo=P.tz)),
                       ("college", datetime(2021, 7, 1, 20, 30, tzinfo=P.tz))):
        creations[g] = created
        items.append(("create", created.astimezone(UTC), g))
    items.sort(key=lambda x: x[1])
    msg_id = 31870
    chats = {k: [] for k in C.CHATS}
    photo_n = {k: 0 for k in C.CHATS}
    chat_dir = {k: f"chats/chat_{i + 1:03d}" for i, k in enumerate(C.CHATS)}
    files = {}
    for kind, utc, obj in items:
        msg_id += rng.randint(1, 4)
        local = utc.astimezone(P.tz)
        base = {"id": msg_id, "type": "message", "date": local.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(int(utc.timestamp()))}
        if kind == "create":
            g = obj
            m = {"id": msg_id, "type": "service", "date": base["date"], "date_unixtime": base["date_unixtime"],
                 "actor": o["name"], "actor_id": owner_from_id, "action": "create_group",
                 "title": C.CHATS[g][1], "members": [o["name"]] + [n for n, _ in C.GROUP_MEMBERS[g]],
                 "text": "", "text_entities": []}
            chats[g].append(m)
            continue
        if kind == "other":
            chat = obj["chat"]
            m = dict(base)
            m["from"] = obj["sender"]
            m["from_id"] = f"user{member_ids[obj['sender']]}"
            text, ents = tg_entities(obj["text"])
            m["text"], m["text_entities"] = text, ents
            chats[chat].append(m)
            continue
        p = obj
        p.native_id = str(msg_id)
        chat = p.meta["chat"]
        m = dict(base)
        if rng.random() < 0.04 and p.kind == "text":
            ed = utc + timedelta(seconds=rng.randint(30, 400))
            m["edited"] = ed.astimezone(P.tz).strftime("%Y-%m-%dT%H:%M:%S")
            m["edited_unixtime"] = str(int(ed.timestamp()))
        m["from"] = o["name"]
        m["from_id"] = owner_from_id
        if p.kind == "photo":
            photo_n[chat] += 1
            name = f"{chat_dir[chat]}/photos/photo_{photo_n[chat]}@{local.strftime('%d-%m-%Y_%H-%M-%S')}.jpg"
            m["photo"] = name
            m["width"], m["height"] = rng.choice([(1280, 960), (960, 1280), (1280, 720)])
            files[name] = tiny_jpeg(f"{P.key} {p.native_id}")
        elif p.kind == "location":
            if "live_location_period_seconds" in p.meta:
                m["live_location_period_seconds"] = p.meta["live_location_period_seconds"]
            m["location_information"] = {"latitude": p.geo[0], "longitude": p.geo[1]}
        elif p.kind == "venue":
            m["place_name"] = p.meta["place_name"]
            m["address"] = p.meta["address"]
            m["location_information"] = {"latitude": p.geo[0], "longitude": p.geo[1]}
        text, ents = tg_entities(p.text)
        m["text"], m["text_entities"] = text, ents
        chats[chat].append(m)

    chat_list = []
    for k, (ctype, name, cid) in C.CHATS.items():
        entry = {}
        if ctype != "saved_messages":
            entry["name"] = name
        entry["type"] = ctype
        entry["id"] = cid
        entry["messages"] = chats[k]
        chat_list.append(entry)
    # Telegram lists chats most-recent-first
    chat_list.sort(key=lambda c: -(int(c["messages"][-1]["date_unixtime"]) if c["messages"] else 0))

    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others. Telegram only keeps the information it needs to function as a secure and feature-rich cloud service.\n\nCheck out Settings > Privacy & Security > Data Settings.",
        "personal_information": {"user_id": o["id"], "first_name": o["first"], "last_name": o["last"],
                                 "phone_number": o["phone"], "username": o["username"], "bio": o["bio"]},
        "profile_pictures": [],
        "contacts": {"about": "This is your contact list.",
                     "list": [{"user_id": 0,
                               "first_name": f, "last_name": l, "phone_number": ph,
                               "date": dt, "date_unixtime": str(int(datetime.fromisoformat(dt).replace(tzinfo=P.tz).timestamp()))}
                              for f, l, ph, dt in C.CONTACTS_LIST]},
        "frequent_contacts": {"about": "This is a list of people and chats you message frequently. It is used to show suggestions.",
                              "list": [{"id": C.CHATS[k][2], "category": "people", "type": "user",
                                        "name": C.CHATS[k][1], "rating": round(rng.uniform(0.5, 3.0), 6)}
                                       for k in ("wife", "mom", "chen")]},
        "chats": {"about": "This page lists all chats from this export.", "list": chat_list},
        "left_chats": {"about": "This page lists all supergroups and channels from this export that you've left.", "list": []},
    }
    contact_ids = [5288310452, 5301277719, 5099812345, 5366012001]
    for entry, cid in zip(result["contacts"]["list"], contact_ids):
        entry["user_id"] = cid
    files = {"result.json": json.dumps(result, ensure_ascii=False, indent=1), **dict(sorted(files.items()))}
    write_zip(HERE / f"{P.key}.zip", files)

    contacts = []
    for k in ("zhou", "kevin", "wife", "mom", "chen"):
        contacts.append({"handle": None, "name": C.CHATS[k][1], "suspicious": k in ("zhou", "kevin"),
                         "id": str(C.CHATS[k][2])})
    truth = {
        "unit": ["青峦卫星测控站", "青峦测控站", "青峦站", "QL站"],
        "role": "测控工程师",
        "office": {"lat": P2_OFFICE[0], "lon": P2_OFFICE[1], "name": "青峦卫星测控站主控楼"},
        "home": {"lat": P2_HOME[0], "lon": P2_HOME[1]},
        "routine_places": [{"name": "人民广场班车点 (Monday ~06:55)", "lat": P2_BUS[0], "lon": P2_BUS[1]},
                           {"name": "市体育中心羽毛球馆 (Saturday ~15:20)", "lat": P2_GYM[0], "lon": P2_GYM[1]}],
    }
    write_labels(P, f"{P.key}.zip", truth, contacts)
    write_watchlist(P, "贺明远", truth, "青峦卫星测控站主控楼")


# =====================================================================
# persona 3: X (old Grailbird layout), border intelligence analyst
# =====================================================================
P3_OFFICE = (-37.6655, 144.8440)
P3_HOME = (-37.5780, 144.7280)
P3_PARKRUN = (-37.5842, 144.7395)
P3_CRICKET = (-37.6830, 144.9190)
ROSTER_START = date(2015, 8, 29)


def shift_of(d):
    """4 on / 4 off; each on-block is earlies, lates or nights in rotation."""
    n = (d - ROSTER_START).days
    cycle, pos = divmod(n, 8)
    if pos >= 4:
        return None
    return ("early", "late", "night")[cycle % 3]


WORK_SPEC = {
    "servo pie": ("early", 6.5, 8.5), "fog's rolled": ("early", 6.3, 9.0), "night shift snack": ("night", 22.5, 23.9),
    "coffee number 3": ("early", 7.3, 7.9), "sunrise from": ("early", 6.4, 7.4), "it's 3am": ("night", 27.0, 27.8),
    "hail on the": ("late", 15.0, 20.0), "A380": ("late", 14.5, 21.0), "vending": ("late", 16.0, 21.0),
    "wind's howling": ("late", 14.5, 20.0), "4am and": ("night", 28.0, 28.6), "last hour": ("late", 21.0, 21.9),
    "who stole": ("early", 11.0, 13.5), "Maccas run": ("night", 23.0, 25.0), "quiet night": ("night", 24.0, 28.0),
    "dawn's cracking": ("night", 29.2, 29.8), "someone brought": ("late", 15.0, 18.0), "air con": ("early", 9.0, 13.0),
}


P3_HOURS = {
    "arvo nap": (15.5, 18.0), "AFLW game today": (17.0, 21.0), "Hottest 100 party": (12.0, 14.0),
    "had a chicken parma": (19.0, 22.0), "the line at Maccas drive-thru at 1am": (25.0, 25.6),
    "Bathurst on the telly": (11.0, 16.0), "fish and chips at the beach": (17.0, 20.0), "dinner at the in-laws": (20.0, 22.0),
    "cricket on the telly": (11.0, 17.0), "Christmas lunch": (14.0, 18.0), "mowed the lawn": (14.0, 18.0),
    "tried making pavlova": (18.0, 22.0), "Steph made a lasagne": (18.0, 21.0), "bottle-o run": (12.0, 17.0),
    "spent the arvo at the tip": (16.0, 19.0), "Sunday sesh": (16.0, 20.0), "learning to cook a proper curry": (18.0, 21.5),
    "brunch in Fitzroy": (11.0, 14.0), "Vegemite on toast": (7.0, 9.5), "servo coffee": (7.0, 10.0),
    "the neighbours' rooster": (5.0, 6.5), "Dad's 60th": (18.0, 22.0),
}


def plan_p3():
    C = content_p3
    P = Plan("p3-x-border", "x", "Australia/Melbourne", 830003, date(2015, 9, 1), date(2018, 5, 31))
    bali = [date(2017, 7, 10) + timedelta(i) for i in range(4)]
    P.block(bali)
    for i, (t, lat, lon) in enumerate(C.BALI):
        d = bali[min(i // 2, 3)]
        P.add(P.at(d, 9.0 + (i % 2) * 8, 13.0 + (i % 2) * 8), t, [], geo=P.near(lat, lon, 60))

    for t in C.WORK_GEO:
        shift, h0, h1 = next(v for k, v in WORK_SPEC.items() if t.startswith(k))
        d = P.pick(lambda d, s=shift: shift_of(d) == s)
        P.add(P.at(d, h0, h1), t, ["location", "routine"], geo=P.near(*P3_OFFICE, 90))
    d = P.pick(lambda d: d.weekday() == 6 and shift_of(d) is None and d.month in (10, 11), date(2016, 9, 1), date(2016, 12, 1))
    P.add(P.at(d, 11.0, 14.0), C.WORK_GEO_ONEOFF[0], ["location"], geo=P.near(*P3_OFFICE, 90))
    d = P.pick(lambda d: shift_of(d) is None and shift_of(d - timedelta(1)) is None)
    P.add(P.at(d, 11.0, 16.0), C.WORK_GEO_ONEOFF[1], ["location"], geo=P.near(*P3_OFFICE, 90))

    for t, d in zip(C.CRICKET, P.spread(len(C.CRICKET), lambda d: d.weekday() == 2 and shift_of(d) in (None, "early"))):
        P.add(P.at(d, 21.0, 21.8), t, ["routine"], geo=P.near(*P3_CRICKET, 40))
    summer = lambda d: d.month in (12, 1, 2)  # noqa: E731
    pr_ok = lambda d: (d.weekday() == 5 and shift_of(d) in (None, "late")  # noqa: E731
                       and shift_of(d - timedelta(1)) != "night")
    days = P.spread(len(C.PARKRUN), pr_ok)
    for i, t in enumerate(C.PARKRUN):
        need = (lambda d: d.month in (9, 10)) if t.startswith("magpie") else summer if t.startswith("40 degree") else None
        if need and not need(days[i]):
            days[i] = P.pick(lambda d, f=need: pr_ok(d) and f(d) and d not in days)
    for t, d in zip(C.PARKRUN, days):
        P.add(P.at(d, 9.0, 9.8), t, ["routine"], geo=P.near(*P3_PARKRUN, 40))

    home_ok = lambda d: shift_of(d) is None  # noqa: E731
    days = P.spread(len(C.HOME_GEO), home_ok)
    for i, t in enumerate(C.HOME_GEO):
        if t.startswith("lazy Sunday"):
            constrain(P, days, i, lambda d: d.weekday() == 6, home_ok)
        if t.startswith("backyard bbq"):
            constrain(P, days, i, lambda d: d.month in (11, 12, 1, 2, 3), home_ok)
        if t.startswith("fire pit"):
            constrain(P, days, i, lambda d: d.month in (5, 6, 7, 8), home_ok)
    for t, d in zip(C.HOME_GEO, days):
        P.add(P.at(d, 14.0, 18.0) if t.startswith("lazy") else P.at(d, 17.0, 21.5), t, ["home"], geo=P.near(*P3_HOME, 20))
    for t, lat, lon in C.ONE_OFF_GEO:
        d = P.pick(lambda d: d.weekday() >= 5 and shift_of(d) is None and d.month in (4, 5, 6, 7, 8)) if "Bombers" in t \
            else P.pick(lambda d: shift_of(d) is None)
        P.add(P.at(d, 13.0, 19.0), t, [], geo=P.near(lat, lon, 50))

    off = lambda d: shift_of(d) is None  # noqa: E731
    for t, d in zip(C.UNIT, P.spread(len(C.UNIT), off)):
        if t.startswith("PAU Christmas"):
            d = P.pick(lambda d: d.month == 12 and d.day < 20 and off(d) and d.weekday() == 5, date(2016, 12, 1), date(2016, 12, 31))
        if t.startswith("2 years at ABF"):
            d = P.pick(off, date(2017, 8, 1), date(2017, 8, 31))
        P.add(P.at(d, 12.0, 21.0), t, ["unit"])
    for t, d in zip(C.UNIT_ROLE, P.spread(len(C.UNIT_ROLE), off)):
        if t.startswith("nine months"):
            d = P.pick(off, date(2016, 6, 1), date(2016, 6, 30))
        P.add(P.at(d, 12.0, 21.0), t, ["unit", "role"])
    for t in C.ROLE:
        if t.startswith("PNR data at 3am"):
            d = P.pick(lambda d: shift_of(d) == "night")
            P.add(P.at(d, 27.0, 27.5), t, ["role"])
        else:
            d = P.pick(off)
            P.add(P.at(d, 12.0, 21.5), t, ["role"])
    for t, labels in C.LOCATION_TEXT:
        if "5:40am" in t:
            d = P.pick(lambda d: shift_of(d) == "early")
            P.add(P.at(d, 5.75, 5.95), t, labels)
        elif "car park" in t:
            d = P.pick(lambda d: shift_of(d) == "early")
            P.add(P.at(d, 6.0, 6.25), t, labels)
        else:
            d = P.pick(lambda d: shift_of(d) == "late")
            P.add(P.at(d, 14.5, 16.0), t, labels)
    for t, hint in C.ROUTINE_TEXT:
        if "nights tomorrow" in t:
            d = P.pick(lambda d: off(d) and shift_of(d + timedelta(1)) == "night")
        elif "earlies" in t:
            d = P.pick(lambda d: off(d) and shift_of(d + timedelta(1)) == "early")
        elif "christmas day" in t:
            y = next(y for y in (2017, 2016, 2015) if shift_of(date(y, 12, 25)) == "late")
            d = P.pick(lambda d: d.month == 11 and off(d), date(y, 11, 1), date(y, 11, 30))
        elif "on nights this week" in t:
            d = P.pick(lambda d: shift_of(d) == "night")
        else:
            d = P.pick(off)
        P.add(P.at(d, 18.0, 21.0) if "on nights this week" not in t else P.at(d, 16.0, 19.0), t, ["routine"])

    fixed = {
        "Christmas lunch at Mum's": date_rule(*[date(y, 12, 25) for y in (2015, 2016, 2017) if shift_of(date(y, 12, 25)) is None]),
        "New Year's resolution": date_rule(date(2016, 1, 3), date(2017, 1, 3), date(2018, 1, 3)),
        "Melbourne Cup sweep": date_rule(date(2015, 11, 3), date(2016, 11, 1), date(2017, 11, 7)),
        "Grand Final week": date_rule(date(2016, 9, 28), date(2017, 9, 27)),
        "Hottest 100 party": date_rule(date(2016, 1, 26), date(2017, 1, 28), date(2018, 1, 27)),
        "the heatwave has broken": months_rule({1, 2}),
        "38 degrees": months_rule({12, 1, 2}),
        "magpies are out": months_rule({9}),
        "you know it's winter": months_rule({6, 7, 8}),
        "got the tree up": months_rule({12}),
        "going to the Royal Melbourne Show": months_rule({9}),
        "Sunbury Show this weekend": months_rule({11}, weekdays={3, 4}),
        "Bathurst on the telly": months_rule({10}, weekdays={6}),
        "AFLW game today": months_rule({2, 3}, years={2017, 2018}, weekdays={5, 6}),
        "mate's bucks party in Torquay": date_rule(date(2017, 11, 3)),
        "our unit's aircon": months_rule({1, 2}),
        "cricket on the telly": months_rule({12, 1}),
        "Grand": months_rule({9}),
        "booked tix to see Cold Chisel": months_rule({3, 4}, years={2018}),
        "Border Security marathon": lambda P: P.pick(),
        "Sunday sesh at Jono's": months_rule(set(range(1, 13)), weekdays={6}),
        "bottle-o run before the game": months_rule({4, 5, 6, 7, 8}, weekdays={5}),
        "Dad's 60th today": lambda P: P.pick(),
    }
    for d, t in P.place_texts(C.BENIGN + C.TRAPS, fixed):
        P.add(P.at(d, *hours_for(t, P3_HOURS, (7.0, 23.0))), t)
    for (sn, name, uid, text), d in zip(C.RETWEETS, P.spread(len(C.RETWEETS))):
        P.add(P.at(d, 9.0, 21.0), f"RT @{sn}: {text}", [], kind="rt", rt=(sn, name, uid, text))
    for (sn, uid, text), d in zip(C.REPLIES, P.spread(len(C.REPLIES))):
        P.add(P.at(d, 9.0, 22.0), f"@{sn} {text}", [], kind="reply", reply=(sn, uid))
    return P


SNOWFLAKE_EPOCH = 1288834974657


def grail_json(obj):
    s = json.dumps(obj, ensure_ascii=False, indent=2, separators=(",", " : "))
    return s.replace("/", "\\/").replace("<", "\\u003C").replace(">", "\\u003E")


def write_p3(P):
    C = content_p3
    rng = P.rng
    o = C.OWNER
    user = {"name": o["name"], "screen_name": o["screen_name"], "protected": False, "id_str": o["id"],
            "profile_image_url_https": "https://pbs.twimg.com/profile_images/6651203398/brodz_normal.jpg",
            "id": int(o["id"]), "verified": False}
    source = '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>'
    months = {}
    csv_rows = []
    for p in sorted(P.posts, key=lambda p: p.utc):
        ms = int(p.utc.timestamp() * 1000) + rng.randrange(1000)
        tid = ((ms - SNOWFLAKE_EPOCH) << 22) | (rng.randrange(32) << 17) | (rng.randrange(4096))
        p.native_id = str(tid)
        text = p.plain
        ents = {"user_mentions": [], "media": [], "hashtags": [], "urls": []}
        for m in re.finditer(r"#(\w+)", text):
            ents["hashtags"].append({"text": m.group(1), "indices": [m.start(), m.end()]})
        t = {"source": source, "entities": ents}
        if p.geo:
            t["geo"] = {"type": "Point", "coordinates": [p.geo[0], p.geo[1]]}
        else:
            t["geo"] = {}
        t["id_str"] = p.native_id
        t["text"] = html.escape(text, quote=False)
        t["id"] = tid
        t["created_at"] = p.utc.strftime("%Y-%m-%d %H:%M:%S +0000")
        rt_id = rt_uid = rt_ts = ""
        if p.kind == "reply":
            sn, uid = p.meta["reply"]
            irt = str(tid - rng.randrange(10 ** 12, 10 ** 13))
            ents["user_mentions"].append({"name": sn, "screen_name": sn, "indices": [0, len(sn) + 1],
                                          "id_str": uid, "id": int(uid)})
            t = {"source": source, "entities": ents, "in_reply_to_status_id_str": irt,
                 "in_reply_to_status_id": int(irt), "in_reply_to_user_id": int(uid),
                 "in_reply_to_screen_name": sn, "in_reply_to_user_id_str": uid,
                 **{k: t[k] for k in ("geo", "id_str", "text", "id", "created_at")}}
        if p.kind == "rt":
            sn, name, uid, rtext = p.meta["rt"]
            ents["user_mentions"].append({"name": name, "screen_name": sn, "indices": [3, 4 + len(sn)],
                                          "id_str": uid, "id": int(uid)})
            rtid = tid - rng.randrange(10 ** 9, 10 ** 11)
            rts = (p.utc - timedelta(minutes=rng.randint(5, 300))).strftime("%Y-%m-%d %H:%M:%S +0000")
            t["retweeted_status"] = {"source": '<a href="https://about.twitter.com/products/tweetdeck" rel="nofollow">TweetDeck</a>',
                                     "entities": {"user_mentions": [], "media": [], "hashtags": [], "urls": []},
                                     "geo": {}, "id_str": str(rtid), "text": html.escape(rtext, quote=False),
                                     "id": rtid, "created_at": rts,
                                     "user": {"name": name, "screen_name": sn, "protected": False, "id_str": uid,
                                              "profile_image_url_https": f"https://pbs.twimg.com/profile_images/{uid}/logo_normal.jpg",
                                              "id": int(uid), "verified": True}}
            rt_id, rt_uid, rt_ts = str(rtid), uid, rts
        t["user"] = user
        key = (p.utc.year, p.utc.month)
        months.setdefault(key, []).append(t)
        csv_rows.append([p.native_id, t.get("in_reply_to_status_id_str", ""), t.get("in_reply_to_user_id_str", ""),
                         t["created_at"], source, text, rt_id, rt_uid, rt_ts, ""])

    files = {}
    index = []
    for (y, m) in sorted(months, reverse=True):
        tweets = sorted(months[(y, m)], key=lambda t: t["id"], reverse=True)
        var = f"tweets_{y}_{m:02d}"
        files[f"data/js/tweets/{y}_{m:02d}.js"] = f"Grailbird.data.{var} = \n" + grail_json(tweets)
        index.append({"file_name": f"data/js/tweets/{y}_{m:02d}.js", "year": y, "var_name": var,
                      "tweet_count": len(tweets), "month": m})
    files["data/js/tweet_index.js"] = "var tweet_index =  " + grail_json(index)
    files["data/js/user_details.js"] = "var user_details =  " + grail_json(
        {"screen_name": o["screen_name"], "location": o["location"], "full_name": o["name"], "bio": o["bio"],
         "id": o["id"], "created_at": o["created_at"]})
    files["data/js/payload_details.js"] = "var payload_details =  " + grail_json(
        {"tweets": len(P.posts), "created_at": "2018-06-03 10:12:51 +0000", "lang": "en"})
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(["tweet_id", "in_reply_to_status_id", "in_reply_to_user_id", "timestamp", "source", "text",
                "retweeted_status_id", "retweeted_status_user_id", "retweeted_status_timestamp", "expanded_urls"])
    for r in sorted(csv_rows, key=lambda r: int(r[0]), reverse=True):
        w.writerow(r)
    files["tweets.csv"] = out.getvalue()
    files["index.html"] = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Your Twitter archive</title>"
                           "<script src=\"data/js/tweet_index.js\"></script><script src=\"data/js/user_details.js\"></script>"
                           "<script src=\"data/js/payload_details.js\"></script></head>\n<body>Your Twitter archive</body>\n</html>\n")
    files["data/account-timezone.js"] = "window.YTD.account_timezone.part0 = " + json.dumps(
        [{"accountTimezone": {"accountId": o["id"], "timeZone": o["tz_name"]}}], indent=2, separators=(",", " : "))

    convs = []
    contacts = []
    for key, script in C.DM_SCRIPTS.items():
        c = C.CONTACTS[key]
        msgs = []
        for who, text, stamp in script:
            local = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(second=rng.randrange(60), tzinfo=P.tz)
            utc = local.astimezone(UTC)
            ms = int(utc.timestamp() * 1000) + rng.randrange(1000)
            mid = str(((ms - SNOWFLAKE_EPOCH) << 22) | rng.randrange(1 << 22))
            s, r = (o["id"], c["id"]) if who == "me" else (c["id"], o["id"])
            msgs.append({"messageCreate": {"recipientId": r, "reactions": [], "urls": [], "text": text,
                                           "mediaUrls": [], "senderId": s, "id": mid,
                                           "createdAt": utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"}})
        msgs.reverse()
        a, b = sorted([o["id"], c["id"]], key=int)
        convs.append({"dmConversation": {"conversationId": f"{a}-{b}", "messages": msgs}})
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]})
    files["data/direct-messages.js"] = "window.YTD.direct_messages.part0 = " + json.dumps(convs, ensure_ascii=False, indent=2)
    write_zip(HERE / f"{P.key}.zip", dict(sorted(files.items())))

    truth = {
        "unit": ["Tullamarine Passenger Analysis Unit", "Passenger Analysis Unit", "PAU"],
        "role": "border intelligence analyst",
        "office": {"lat": P3_OFFICE[0], "lon": P3_OFFICE[1], "name": "Passenger Analysis Unit, Melbourne Airport freight precinct"},
        "home": {"lat": P3_HOME[0], "lon": P3_HOME[1]},
        "routine_places": [{"name": "Jacksons Creek parkrun (Saturday ~09:15)", "lat": P3_PARKRUN[0], "lon": P3_PARKRUN[1]},
                           {"name": "Broadmeadows indoor cricket (Wednesday ~21:20)", "lat": P3_CRICKET[0], "lon": P3_CRICKET[1]}],
    }
    write_labels(P, f"{P.key}.zip", truth, contacts)
    write_watchlist(P, "Brodie Halloran", truth, "Passenger Analysis Unit, Melbourne Airport")


# =====================================================================
# persona 4: Facebook (posts/your_posts_1.json), police EOD technician
# =====================================================================
P4_OFFICE = (22.4475, 114.0915)
P4_HOME = (22.4510, 114.0360)
P4_STATION = (22.4348, 114.0631)
P4_DIMSUM = (22.4445, 114.0245)
FB_CYCLE_START = date(2019, 8, 30)


def fb_shift(d):
    """D D N N O O O O: two 08-20 day shifts, two 20-08 nights, four off."""
    pos = (d - FB_CYCLE_START).days % 8
    return ("D", "D", "N", "N", None, None, None, None)[pos]


FB_WORK_SPEC = {
    "又係一個通宵": ("N", 21.0, 23.0), "凌晨三點": ("N", 27.0, 27.5), "夜媽媽": ("N", 23.0, 26.0),
    "天光喇": ("N", 30.5, 31.8), "早晨☀️": ("D", 8.2, 9.0), "朝早啲霧": ("D", 8.2, 9.5), "食飯時間": ("D", 12.5, 13.5),
    "夕陽好靚": ("D", 17.5, 18.8), "收工前最後": ("D", 19.0, 19.8),
}


def plan_p4():
    C = content_p4
    P = Plan("p4-facebook-eod", "facebook", "Asia/Hong_Kong", 840004, date(2019, 9, 1), date(2022, 2, 28))
    rng = P.rng
    trip = [date(2019, 12, 20) + timedelta(i) for i in range(5)]
    P.block(trip)
    for i, (kind, name, addr, lat, lon, text) in enumerate(C.TAIPEI):
        d = trip[min(i * 5 // len(C.TAIPEI), 4)]
        naive = P.at(d, 10.0 + (i % 2) * 7, 14.0 + (i % 2) * 8)
        if kind == "checkin":
            P.add(naive, text, [], geo=(lat, lon), kind="checkin", place_name=name, address=addr)
        else:
            P.add(naive, text, [], photo_gps=P.near(lat, lon, 60), kind="photo")

    # commute: MTR station ~07:30 on day-shift days
    for i, (t, d) in enumerate(zip(C.COMMUTE, P.spread(len(C.COMMUTE), lambda d: fb_shift(d) == "D"))):
        naive = P.at(d, 7.42, 7.62)
        if i % 3 == 2:
            P.add(naive, t, ["routine"], photo_gps=P.near(*P4_STATION, 40), kind="photo")
        else:
            P.add(naive, t, ["routine"], geo=P4_STATION, kind="checkin", place_name="錦上路站 Kam Sheung Road Station",
                  address="錦上路")
    # Sunday dim sum ~10:15
    for i, (t, d) in enumerate(zip(C.DIMSUM, P.spread(len(C.DIMSUM), lambda d: d.weekday() == 6 and fb_shift(d) is None))):
        naive = P.at(d, 10.1, 10.6)
        if i % 3 == 1:
            P.add(naive, t, ["routine"], photo_gps=P.near(*P4_DIMSUM, 25), kind="photo")
        else:
            P.add(naive, t, ["routine"], geo=P4_DIMSUM, kind="checkin", place_name="福滿樓酒家 (元朗)",
                  address="元朗青山公路元朗段")
    # at the base on shift
    for i, t in enumerate(C.WORK_GEO):
        spec = next((v for k, v in FB_WORK_SPEC.items() if t.startswith(k)), None)
        if spec is None:
            s = "D" if i % 3 else "N"
            spec = (s, 9.0, 19.5) if s == "D" else (s, 20.5, 30.0)
        s, h0, h1 = spec
        d = P.pick(lambda d, s=s: fb_shift(d) == s)
        naive = P.at(d, h0, h1)
        if i % 4 == 3:
            P.add(naive, t, ["location", "routine"], geo=P.near(*P4_OFFICE, 60), kind="place",
                  place_name="錦田八鄉", address="")
        else:
            P.add(naive, t, ["location", "routine"], photo_gps=P.near(*P4_OFFICE, 100), kind="photo")
    d = P.pick(lambda d: d.weekday() == 6 and fb_shift(d) is None, date(2021, 10, 1), date(2021, 12, 31))
    P.add(P.at(d, 14.0, 16.0), C.WORK_GEO_ONEOFF[0], ["location", "role"], photo_gps=P.near(*P4_OFFICE, 80), kind="photo")
    d = P.pick(lambda d: fb_shift(d) is None and d.weekday() < 5)
    P.add(P.at(d, 11.0, 16.0), C.WORK_GEO_ONEOFF[1], ["location"], photo_gps=P.near(*P4_OFFICE, 80), kind="photo")

    for t, d in zip(C.HOME_GEO, P.spread(len(C.HOME_GEO), lambda d: fb_shift(d) is None)):
        P.add(P.at(d, 18.5, 22.5), t, ["home"], photo_gps=P.near(*P4_HOME, 20), kind="photo")
    for kind, name, addr, lat, lon, text in C.ONE_OFF_GEO:
        d = P.pick(lambda d: fb_shift(d) is None)
        if kind == "checkin":
            P.add(P.at(d, 12.0, 20.0), text, [], geo=(lat, lon), kind="checkin", place_name=name, address=addr)
        else:
            P.add(P.at(d, 9.0, 16.0), text, [], photo_gps=P.near(lat, lon, 60), kind="photo")

    off = lambda d: fb_shift(d) is None  # noqa: E731
    for t, d in zip(C.UNIT, P.spread(len(C.UNIT), off)):
        if t.startswith("爆炸品處理組聖誕"):
            d = P.pick(lambda d: off(d) and d.month == 12 and 15 <= d.day <= 24, date(2020, 12, 1), date(2020, 12, 31))
        if t.startswith("NTN EOD 龍舟"):
            d = P.pick(lambda d: off(d) and d.month == 6, date(2021, 6, 1), date(2021, 6, 30))
        P.add(P.at(d, 12.0, 22.0), t, ["unit"])
    for t, d in zip(C.UNIT_ROLE, P.spread(len(C.UNIT_ROLE), off)):
        P.add(P.at(d, 12.0, 22.0), t, ["unit", "role"])
    for t in C.ROLE:
        if "通宵" in t:
            d = P.pick(lambda d: fb_shift(d - timedelta(1)) == "N" and fb_shift(d) == "N")
            P.add(P.at(d, 8.6, 10.0), t, ["role"])
        elif t.startswith("standby"):
            d = P.pick(lambda d: fb_shift(d) == "N")
            P.add(P.at(d, 21.0, 23.5), t, ["role"])
        else:
            d = P.pick(off)
            P.add(P.at(d, 11.0, 22.0), t, ["role"])
    for t, labels in C.LOCATION_TEXT:
        if "閘口" in t:
            d = P.pick(lambda d: fb_shift(d) == "D")
            P.add(P.at(d, 8.05, 8.3), t, labels)
        else:
            d = P.pick(lambda d: d.month in (3, 4) and off(d))
            P.add(P.at(d, 18.0, 22.0), t, labels)
    for t, hint in C.ROUTINE_TEXT:
        if hint == "before_nights":
            d = P.pick(lambda d: fb_shift(d) == "D" and fb_shift(d + timedelta(1)) == "N")
            P.add(P.at(d, 21.0, 22.5), t, ["routine"])
        elif hint == "sun_noon":
            d = P.pick(lambda d: d.weekday() == 6 and off(d))
            P.add(P.at(d, 12.0, 13.0), t, ["routine"])
        else:
            d = P.pick(off)
            P.add(P.at(d, 19.0, 22.5), t, ["routine"])

    cny = [date(2020, 1, 25), date(2021, 2, 12), date(2022, 2, 1)]
    fixed = {
        "八號風球": months_rule({7, 8, 9, 10}),
        "聖誕節快樂": date_rule(date(2020, 12, 25), date(2021, 12, 25)),
        "排咗一個鐘買口罩": lambda P: P.pick(start=date(2020, 1, 28), end=date(2020, 2, 20)),
        "新年快樂": date_rule(*cny),
        "中秋節快樂": date_rule(date(2020, 10, 1), date(2021, 9, 21)),
        "睇咗場歐國盃": lambda P: P.pick(start=date(2021, 6, 12), end=date(2021, 7, 11)),
        "今年嘅年宵冇得行": date_rule(date(2021, 2, 10), date(2021, 2, 11)),
        "冬至食飯": date_rule(date(2019, 12, 22), date(2020, 12, 21), date(2021, 12, 21)),
        "疫苗打咗第二針": lambda P: P.pick(start=date(2021, 4, 1), end=date(2021, 8, 31)),
        "天文台話今晚好凍": months_rule({12, 1, 2}),
        "WFH 第三日": lambda P: P.pick(lambda d: d.weekday() < 5, date(2020, 2, 3), date(2020, 3, 13)),
        "打邊爐季節": months_rule({11, 12}),
        "仔仔第一日返幼稚園": lambda P: P.pick(lambda d: d.weekday() < 5 and fb_shift(d) is None, date(2021, 9, 1), date(2021, 9, 10)),
    }
    generic = [t for t in C.BENIGN + C.TRAPS if t in C.ANY_DAY]
    outing = [t for t in C.BENIGN + C.TRAPS if t not in C.ANY_DAY]
    placed = P.place_texts(outing, fixed, off) + P.place_texts(generic, fixed)
    for d, t in placed:
        h = {"D": (20.6, 23.3), "N": (10.0, 18.5)}.get(fb_shift(d), (9.0, 23.0))
        P.add(P.at(d, *h), t, [], kind="photo" if rng.random() < 0.3 else "status")
    return P


def mojibake(obj):
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {mojibake(k): mojibake(v) for k, v in obj.items()}
    return obj


def fb_json(obj):
    return json.dumps(mojibake(obj), ensure_ascii=True, indent=2)


def write_p4(P):
    C = content_p4
    rng = P.rng
    o = C.OWNER
    files = {}
    posts_json = []
    checkins = []
    album = "TimelinePhotos_" + digits(P.key, 9)
    n_photo = 0
    for p in sorted(P.posts, key=lambda p: p.utc, reverse=True):
        ts = int(p.utc.timestamp())
        text = p.plain
        if p.kind == "checkin":
            fbid = digits(f"fbid{ts}", 16)
            p.native_id = fbid
            checkins.append({
                "timestamp": ts, "fbid": fbid, "media": [],
                "label_values": [
                    {"label": "Message", "value": text},
                    {"label": "Place tags", "dict": [
                        {"label": "Name", "value": p.meta["place_name"]},
                        {"label": "Address", "value": p.meta.get("address", "")},
                        {"label": "Coordinates", "value": f"({p.geo[0]} , {p.geo[1]})"},
                    ]},
                ],
            })
            continue
        p.native_id = "1" + digits(f"post{ts}{text}", 16)
        entry = {"timestamp": ts, "data": [{"post": text}, {"update_timestamp": ts}]}
        if p.kind == "photo":
            n_photo += 1
            uri = f"posts/media/{album}/{ts}_{n_photo}_n.jpg"
            files[uri] = tiny_jpeg(f"{P.key} {ts}")
            taken = ts - rng.randint(20, 900)
            exif = {"upload_ip": f"112.118.{rng.randrange(256)}.{rng.randrange(1, 255)}"}
            if p.photo_gps:
                exif.update({"latitude": p.photo_gps[0], "longitude": p.photo_gps[1]})
            exif.update({"taken_timestamp": taken, "modified_timestamp": taken, "camera_make": "Apple",
                         "camera_model": "iPhone 11 Pro" if ts < 1622505600 else "iPhone 12 Pro",
                         "iso": rng.choice([25, 32, 50, 64, 100, 200, 400]),
                         "focal_length": rng.choice(["4.25", "6", "1.54"]),
                         "exposure": rng.choice(["1/60", "1/120", "1/250", "1/1000", "1/30"]),
                         "f_stop": rng.choice(["1.8", "2", "2.4"]), "orientation": 1,
                         "original_width": 4032, "original_height": 3024})
            entry["attachments"] = [{"data": [{"media": {
                "uri": uri, "creation_timestamp": ts,
                "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
                "title": "Timeline Photos", "description": text}}]}]
            entry["title"] = f"{o['name']} added a new photo."
        elif p.kind == "place":
            entry["attachments"] = [{"data": [{"place": {
                "name": p.meta["place_name"],
                "coordinate": {"latitude": p.geo[0], "longitude": p.geo[1]},
                "address": p.meta.get("address", ""),
                "url": f"https://www.facebook.com/pages/x/{digits(p.meta['place_name'], 10)}"}}]}]
            entry["title"] = f"{o['name']} was at {p.meta['place_name']}."
        else:
            entry["title"] = f"{o['name']} updated his status."
        posts_json.append(entry)

    files["posts/your_posts_1.json"] = fb_json(posts_json)
    files["posts/check-ins.json"] = fb_json(checkins)
    files["profile_information/profile_information.json"] = fb_json({"profile_v2": {
        "name": {"full_name": o["name"], "first_name": "家俊", "middle_name": "", "last_name": "陳"},
        "current_city": {"name": o["city"], "timestamp": 0},
        "hometown": {"name": o["hometown"], "timestamp": 0},
        "about_me": o["about"],
        "work_experiences": [],
        "registration_timestamp": 1262304000,
        "profile_uri": "https://www.facebook.com/kachun.chan.1990"}})

    contacts = []
    for key, script in C.DM_SCRIPTS.items():
        c = C.CONTACTS[key]
        msgs = []
        for who, text, stamp in script:
            local = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(second=rng.randrange(60), tzinfo=P.tz)
            msgs.append({"sender_name": o["name"] if who == "me" else c["name"],
                         "timestamp_ms": int(local.timestamp()) * 1000 + rng.randrange(1000),
                         "content": text, "is_geoblocked_for_viewer": False})
        msgs.sort(key=lambda m: -m["timestamp_ms"])
        slug = c["handle"].replace(".", "")
        folder = f"{slug}_{c['thread']}"
        files[f"messages/inbox/{folder}/message_1.json"] = fb_json({
            "participants": [{"name": c["name"]}, {"name": o["name"]}], "messages": msgs,
            "title": c["name"], "is_still_participant": True, "thread_path": f"inbox/{folder}", "magic_words": []})
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": None})
    write_zip(HERE / f"{P.key}.zip", dict(sorted(files.items())))

    truth = {
        "unit": ["新界北爆炸品處理組", "爆炸品處理組", "EOD組", "NTN EOD"],
        "role": "爆炸品處理技術員",
        "office": {"lat": P4_OFFICE[0], "lon": P4_OFFICE[1], "name": "新界北爆炸品處理組基地 (錦田)"},
        "home": {"lat": P4_HOME[0], "lon": P4_HOME[1]},
        "routine_places": [{"name": "錦上路站 (day-shift mornings ~07:30)", "lat": P4_STATION[0], "lon": P4_STATION[1]},
                           {"name": "福滿樓酒家 元朗 (Sunday ~10:15)", "lat": P4_DIMSUM[0], "lon": P4_DIMSUM[1]}],
    }
    write_labels(P, f"{P.key}.zip", truth, contacts)
    write_watchlist(P, "陳家俊", truth, "新界北爆炸品處理組基地")


def main():
    for plan, write in ((plan_p1, write_p1), (plan_p2, write_p2), (plan_p3, write_p3), (plan_p4, write_p4)):
        P = plan()
        write(P)
        counts = {}
        for p in P.posts:
            for l in p.labels:
                counts[l] = counts.get(l, 0) + 1
        print(f"{P.key}: {len(P.posts)} posts, {sum(1 for p in P.posts if not p.labels)} benign, {counts}")


if __name__ == "__main__":
    main()
