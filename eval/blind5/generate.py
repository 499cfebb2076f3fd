#!/usr/bin/env python3
"""Blind evaluation set 5 for the mosaic detector: four invented personas.

Stdlib only.  Fixed random seeds and fixed zip timestamps, so every run writes
byte-identical files.  Usage:  python3 generate.py   (writes next to itself)

Per persona KEY it writes KEY.zip (the archive in the platform's real on-disk
layout), KEY.labels.json (ground truth, same schema as shared/eval/dev) and
KEY.watchlist.toml.  Everybody and everything here is invented.
"""
import hashlib
import json
import math
import os
import random
import re
import zipfile
from datetime import datetime, timedelta, timezone
from urllib.parse import quote
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
DOWS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


# ----------------------------------------------------------------- helpers
def jitter(rng, lat, lon, r_m):
    """A point uniformly inside a disc of radius r_m metres."""
    if r_m <= 0:
        return round(lat, 6), round(lon, 6)
    d = r_m * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = d * math.cos(a) / 111_320
    dlon = d * math.sin(a) / (111_320 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def metres(a_lat, a_lon, b_lat, b_lon):
    r = 6_371_000
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def parse_dows(tok):
    """'sun-thu', 'mon,wed', 'wk', 'we', 'any' -> set of weekday numbers."""
    if tok == "any":
        return set(range(7))
    if tok == "wk":
        return {0, 1, 2, 3, 4}
    if tok == "we":
        return {5, 6}
    out = set()
    for part in tok.split(","):
        if "-" in part:
            a, b = (DOWS.index(x) for x in part.split("-"))
            i = a
            while True:
                out.add(i)
                if i == b:
                    break
                i = (i + 1) % 7
        else:
            out.add(DOWS.index(part))
    return out


def hm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def parse_when(rng, spec, tz):
    """'2021-03 sun-thu 05:30-05:48' | '2021-07-09 14:20' | '2021-07-09 14:20-14:40'
    -> aware local datetime (random day / minute / second inside the window).
    A window may run past midnight ('23:40-00:30'); the minute is then added to
    the chosen day, so the post may land on the next calendar day."""
    parts = spec.split()
    day = parts[0]
    if len(day) == 7:                       # YYYY-MM: choose a day
        y, m = map(int, day.split("-"))
        allowed = parse_dows(parts[1])
        days = []
        d = datetime(y, m, 1)
        while d.month == m:
            if d.weekday() in allowed:
                days.append(d)
            d += timedelta(days=1)
        base = rng.choice(days)
        window = parts[2]
    else:
        base = datetime.strptime(day, "%Y-%m-%d")
        window = parts[1]
    if "-" in window:
        a, b = window.split("-")
        a, b = hm(a), hm(b)
        if b < a:
            b += 24 * 60
        minute = rng.randint(a, b)
    else:
        minute = hm(window)
    second = rng.randint(0, 59)
    local = base + timedelta(minutes=minute, seconds=second)
    return local.replace(tzinfo=ZoneInfo(tz))


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(dt):
    return int(dt.astimezone(UTC).timestamp())


def moji(s):
    """Meta's export bug: UTF-8 bytes written as U+00XX code points."""
    return s.encode("utf-8").decode("latin-1")


def moji_all(obj):
    if isinstance(obj, str):
        return moji(obj)
    if isinstance(obj, list):
        return [moji_all(x) for x in obj]
    if isinstance(obj, dict):
        return {moji_all(k): moji_all(v) for k, v in obj.items()}
    return obj


def meta_json(obj):
    """Facebook / Instagram style: mojibake, ASCII escapes, 2-space indent."""
    return json.dumps(moji_all(obj), indent=2, ensure_ascii=True)


def jackson(obj, ind=0):
    """Twitter's 2020-era pretty printer: `"k" : v`, objects on new lines,
    arrays inline with spaces, `[ ]` / `{ }` when empty."""
    pad = "  " * ind
    if isinstance(obj, dict):
        if not obj:
            return "{ }"
        items = [f'{pad}  {json.dumps(k, ensure_ascii=False)} : {jackson(v, ind + 1)}'
                 for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[ ]"
        return "[ " + ", ".join(jackson(v, ind) for v in obj) + " ]"
    return json.dumps(obj, ensure_ascii=False)


def ytd(name, records):
    return f"window.YTD.{name}.part0 = " + jackson(records)


# A tiny but valid baseline JPEG (grey, 64x48) so media files are real images.
def _bits_writer():
    buf, acc, n = bytearray(), 0, 0

    def put(value, length):
        nonlocal acc, n
        for i in range(length - 1, -1, -1):
            acc = (acc << 1) | ((value >> i) & 1)
            n += 1
            if n == 8:
                buf.append(acc)
                if acc == 0xFF:
                    buf.append(0)
                acc, n = 0, 0

    def done():
        nonlocal acc, n
        if n:
            put((1 << (8 - n)) - 1, 8 - n)
        return bytes(buf)
    return put, done


def tiny_jpeg(seed, w=64, h=48):
    rng = random.Random(seed)
    base = rng.randint(-40, 40)
    seg = lambda marker, body: bytes([0xFF, marker]) + (len(body) + 2).to_bytes(2, "big") + body
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xDB, b"\x00" + bytes([16] + [1] * 63))
    out += seg(0xC0, b"\x08" + h.to_bytes(2, "big") + w.to_bytes(2, "big") + b"\x01\x01\x11\x00")
    # DC table: categories 0..7, all 4-bit codes; AC table: only EOB, code '0'
    out += seg(0xC4, b"\x00" + bytes([0, 0, 0, 8] + [0] * 12) + bytes(range(8)))
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    put, done = _bits_writer()
    prev = 0
    for by in range(h // 8):
        for bx in range(w // 8):
            q = max(-63, min(63, base + (bx * 3 + by * 2) - 10 + rng.randint(-2, 2)))
            diff = q - prev
            prev = q
            cat = 0 if diff == 0 else abs(diff).bit_length()
            put(cat, 4)
            if cat:
                put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
            put(0, 1)                      # EOB
    out += done() + b"\xff\xd9"
    return out


def write_zip(path, files, date_time):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 3
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(info, data)


def stable_digits(*parts, n=10):
    h = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()
    return str(int(h, 16))[:n]


# ------------------------------------------------------- post spec parsing
def parse_block(block):
    """Lines 'when | opts | labels | text'.  '-' = no labels.  '#' lines skipped."""
    out = []
    for line in block.strip("\n").split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        f = [x.strip() for x in line.split("|", 3)]
        if len(f) != 4:
            raise ValueError(f"bad line: {line!r}")
        when, opts, labels, text = f
        o = {}
        for tok in opts.split():
            if tok.startswith("@"):
                o["gps"] = tok[1:]
            elif "=" in tok:
                k, v = tok.split("=", 1)
                o[k] = v
            else:
                o[tok] = True
        labs = [] if labels == "-" else labels.split()
        for l in labs:
            assert l in ("unit", "role", "location", "routine", "home"), line
        out.append({"when": when, "opts": o, "labels": labs, "text": text.replace("\\n", "\n")})
    return out


LABEL_ORDER = ["unit", "role", "location", "routine", "home"]


def materialise(persona, seed):
    """Turn spec lines into posts with local time, UTC time and GPS point."""
    rng = random.Random(seed)
    tz = persona["timezone"]
    places = persona["places"]
    posts, used = [], set()
    for spec in parse_block(persona["posts"]):
        dt = parse_when(rng, spec["when"], tz)
        while epoch(dt) in used:
            dt += timedelta(seconds=7)
        used.add(epoch(dt))
        point = None
        pname = spec["opts"].get("gps")
        if pname:
            p = places[pname]
            point = jitter(rng, p["lat"], p["lon"], p["r"])
            kind = p["kind"]
            labs = set(spec["labels"])
            if kind == "office":
                assert "location" in labs, spec
            elif kind == "home":
                assert "home" in labs, spec
            elif kind == "routine":
                assert "routine" in labs, spec
            else:
                assert not labs & {"location", "home"}, spec
        spec = dict(spec)
        spec["labels"] = sorted(set(spec["labels"]), key=LABEL_ORDER.index)
        spec["local"] = dt
        spec["point"] = point
        spec["rng"] = random.Random(rng.random())
        posts.append(spec)
    posts.sort(key=lambda p: epoch(p["local"]))
    return posts


def check_places(persona):
    """No 'other' place may sit within 1 km of the office or home."""
    pl = persona["places"]
    for name, p in pl.items():
        if p["kind"] != "other":
            continue
        for key in ("office", "home"):
            q = pl[key]
            assert metres(p["lat"], p["lon"], q["lat"], q["lon"]) > 1000, (name, key)


def labels_doc(persona, posts, contacts):
    pl = persona["places"]
    truth = {
        "unit": persona["unit"],
        "role": persona["role"],
        "office": {"lat": pl["office"]["lat"], "lon": pl["office"]["lon"], "name": persona["office_name"]},
        "home": {"lat": pl["home"]["lat"], "lon": pl["home"]["lon"]},
        "routine_places": [{"name": p["name"], "lat": p["lat"], "lon": p["lon"]}
                           for p in pl.values() if p["kind"] == "routine"],
    }
    out_posts = []
    for p in posts:
        out_posts.append({
            "created_at": iso_z(p["local"]),
            "native_id": p["native_id"],
            "labels": p["labels"],
            "text": p["label_text"],
            "geo": p.get("geo"),
            "photo_gps": p.get("photo_gps"),
        })
    return {
        "persona": persona["key"],
        "platform": persona["platform"],
        "archive": persona["key"] + ".zip",
        "timezone": persona["timezone"],
        "truth": truth,
        "contacts": contacts,
        "posts": out_posts,
    }


def watchlist_toml(persona):
    pl = persona["places"]["office"]
    q = lambda s: json.dumps(s, ensure_ascii=False)
    lines = [f"# What {persona['who']}'s security officer knows must not be revealed.",
             f"timezone = {q(persona['timezone'])}", "",
             "[[unit]]", f"name = {q(persona['unit'][0])}",
             "aliases = [" + ", ".join(q(a) for a in persona["unit"][1:]) + "]", "",
             "[[role]]", f"name = {q(persona['watch_role'])}", "",
             "[[site]]", f"name = {q(persona['office_name'])}",
             f"lat = {pl['lat']}", f"lon = {pl['lon']}", "radius_m = 300", ""]
    return "\n".join(lines)


def emit(persona, posts, contacts, files, zip_time):
    key = persona["key"]
    write_zip(os.path.join(OUT, key + ".zip"), files, zip_time)
    doc = labels_doc(persona, posts, contacts)
    with open(os.path.join(OUT, key + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, key + ".watchlist.toml"), "w", encoding="utf-8") as f:
        f.write(watchlist_toml(persona))
    counts = {c: sum(1 for p in doc["posts"] if c in p["labels"]) for c in LABEL_ORDER}
    benign = sum(1 for p in doc["posts"] if not p["labels"])
    print(f"{key}: {len(doc['posts'])} posts, {counts}, benign {benign} "
          f"({benign / len(doc['posts']):.0%}), span {doc['posts'][0]['created_at'][:10]}"
          f" .. {doc['posts'][-1]['created_at'][:10]}")


# =================================================================== n1
# Instagram, current (2024) layout.  Mari Keane, correctional officer on the
# restrictive-housing wing ("Delta") of an invented state maximum-security
# prison in rural Missouri.  America/Chicago (DST).  Works day watch Sun-Thu,
# regular days off Fri/Sat.
N1 = {
    "key": "n1-instagram-corrections",
    "platform": "instagram",
    "who": "Mari Keane",
    "timezone": "America/Chicago",
    "unit": ["Cold Creek Correctional Center", "Cold Creek", "CCCC", "Quad C", "Delta Wing", "D-Wing"],
    "role": "correctional officer (restrictive housing unit), later sergeant; CERT member",
    "watch_role": "correctional officer",
    "office_name": "Cold Creek Correctional Center staff lot / Route 8 gate",
    "places": {
        "office": {"name": "Cold Creek Correctional Center", "lat": 37.9531, "lon": -91.5127, "r": 70, "kind": "office"},
        "home": {"name": "home (Harlow, MO)", "lat": 37.9986, "lon": -91.4402, "r": 12, "kind": "home"},
        "gas": {"name": "Kwik Fuel, Hwy 8 & Main, Harlow", "lat": 37.9862, "lon": -91.4630, "r": 20, "kind": "routine"},
        "gym": {"name": "Iron Mill Fitness", "lat": 38.0061, "lon": -91.4545, "r": 20, "kind": "routine"},
        "bar": {"name": "The Rusty Spur (Thursday trivia)", "lat": 37.9915, "lon": -91.4258, "r": 18, "kind": "routine"},
        "gulf1": {"name": "Gulf Shores public beach", "lat": 30.2463, "lon": -87.6995, "r": 80, "kind": "other"},
        "gulf2": {"name": "Orange Beach seafood place", "lat": 30.2790, "lon": -87.5830, "r": 30, "kind": "other"},
        "gulf3": {"name": "Orange Beach parasail dock", "lat": 30.2816, "lon": -87.5528, "r": 30, "kind": "other"},
        "gulf4": {"name": "Gulf State Park pier", "lat": 30.2567, "lon": -87.6442, "r": 40, "kind": "other"},
        "pumpkin": {"name": "pumpkin farm", "lat": 38.0700, "lon": -91.3400, "r": 60, "kind": "other"},
        "paintball": {"name": "paintball park", "lat": 37.9300, "lon": -91.3200, "r": 80, "kind": "other"},
        "lake": {"name": "Lake of the Ozarks", "lat": 38.1580, "lon": -92.6500, "r": 150, "kind": "other"},
        "escape": {"name": "escape room, Rolla", "lat": 37.9510, "lon": -91.7710, "r": 20, "kind": "other"},
        "rolla": {"name": "restaurant, Rolla", "lat": 37.9480, "lon": -91.7630, "r": 25, "kind": "other"},
        "fair": {"name": "state fairgrounds", "lat": 38.7000, "lon": -93.2250, "r": 150, "kind": "other"},
        "stl": {"name": "ballpark, St. Louis", "lat": 38.6226, "lon": -90.1928, "r": 60, "kind": "other"},
        "square": {"name": "Harlow town square", "lat": 38.0042, "lon": -91.4520, "r": 40, "kind": "other"},
        "venue": {"name": "barn wedding venue", "lat": 38.1200, "lon": -91.2800, "r": 50, "kind": "other"},
        "lights": {"name": "christmas lights drive-thru", "lat": 37.9180, "lon": -91.6300, "r": 80, "kind": "other"},
        "mall": {"name": "mall, St. Louis County", "lat": 38.6320, "lon": -90.3460, "r": 80, "kind": "other"},
        "parents": {"name": "parents' house", "lat": 37.9650, "lon": -91.3900, "r": 15, "kind": "other"},
        "river": {"name": "Current River float put-in", "lat": 37.3000, "lon": -91.4000, "r": 100, "kind": "other"},
        "mizzou": {"name": "dorm, Columbia", "lat": 38.9400, "lon": -92.3270, "r": 60, "kind": "other"},
        "airshow": {"name": "regional airport airshow", "lat": 38.1300, "lon": -91.7700, "r": 200, "kind": "other"},
    },
    "posts": r"""
2021-03-07 05:41-05:50 | @office | role location routine | first day back on days after 6 weeks of evenings and my body has NO idea what 5am is 🫠 #COlife
2021-03 sat 19:00-21:30 | @home n=3 | home | Biscuit turned 3 today!! pup cup, squeaky taco AND a new bandana. spoiled rotten and he knows it 🐶🎂
2021-03 sat 13:00-16:30 | - | - | Shawshank is on TNT again and yes I'm watching the whole thing. again. Red's narration is basically a weighted blanket
2021-03 fri 09:30-11:00 | - | - | hot take: ranch belongs on pizza and I will die on this hill 🍕
2021-04 sun-thu 05:14-05:36 | @gas | routine | gas station cappuccino and a dream ☕ #5amclub
2021-04 mon,wed 14:50-16:05 | @gym | routine | post-shift leg day. my quads have filed a formal complaint
2021-04 sat 10:00-12:00 | - | - | farmers market haul 🍓 strawberries are already unreal this year
2021-04 tue 19:30-21:00 | - | role | training the new fish class this month. rule #1: you are not their friend. rule #2: see rule #1. rule #3: never ever turn your back on an open tray slot
2021-04 thu 19:05-21:10 | @bar | routine | Trivia night at the Spur 🍻 team Quiz Khalifa came in 2nd AGAIN. robbed on a question about belgian waffles
2021-05 sun-thu 14:04-14:30 | @office | location routine | phones stay in the locker so y'all get the parking lot sky. it's a good one today ☁️
2021-05 fri 20:00-22:30 | - | - | rewatching Orange Is the New Black and Pennsatucky's arc still wrecks me every single time
2021-05 sat 11:00-15:00 | @paintball n=2 | - | paintball w/ the cousins. I have welts in places I cannot post on here 🟣🟢 10/10 would get shot again
2021-05 mon 20:00-21:30 | - | role unit | count cleared on the first try this morning on Delta, which basically never happens. somebody go buy a lotto ticket
2021-05 sun-thu 05:14-05:36 | story @gas | routine |
2021-06 sun-thu 05:14-05:36 | @gas | routine | same Kwik Fuel, same cashier, same "mornin sunshine". Brenda is the real MVP of this town
2021-06 sat 14:00-17:00 | - | - | Dad's old unit had their reunion at the VFW today. 40 guys telling the same 3 stories louder every year 😂🇺🇸
2021-06 mon,wed 14:50-16:05 | @gym | routine | PR on deadlift, 245 🏋🏽‍♀️ the girls at work are gonna hear about this for weeks
2021-06-24 22:35-22:55 | - | role | 16 hrs. got mandated AGAIN. second time this week. if you see me asleep in the Kroger parking lot, no you didn't #mandatedOT
2021-07-09 14:10-14:40 | @gulf1 | - | OFFICIALLY ON VACATION 🌊🌴 phone's on do not disturb, don't even try
2021-07-10 19:30-20:10 | @gulf2 n=3 | - | sunburnt and happy. the royal red shrimp here is unreal 🦐
2021-07-11 11:00-11:40 | @gulf3 | - | PARASAILING!!! Jess screamed the entire time and I have it on video lmao
2021-07-12 08:45-09:30 | story @gulf4 | - |
2021-07 thu 19:05-21:10 | @bar n=2 | routine | TRIVIA CHAMPS!! finally!!! Quiz Khalifa reigns 👑 (the category was 90s country so we had an unfair advantage)
2021-08-18 19:10-20:00 | @home | unit location home | PSA for everybody coming to the hiring event Saturday: park in the visitor lot off County Road J, NOT the staff gate on Route 8, they will turn you around. bring 2 forms of ID 🪪 #ColdCreek #nowhiring #corrections
2021-08 sat 15:00-17:00 | - | - | AC unit died. in August. in Missouri. I have become one with the couch and the couch is sweaty
2021-09-11 20:30-21:45 | - | routine | recording the Chiefs game tomorrow bc I work Sundays 🏈 NOBODY text me spoilers I'm serious
2021-09 sun-thu 14:50-15:30 | story @gym | routine |
2021-09 wed 19:30-21:00 | - | role | nothing humbles you like a shakedown on a tier where they had 3 days warning. pulled a fishing line made out of a bedsheet + 40 ft of dental floss out of a vent. creative, I'll give em that 🧵
2021-09 sat 10:00-13:00 | - | - | book club pick this month is a thriller about a missing hiker and I stayed up til 1am finishing it. no regrets (some regrets)
2021-10 sat 13:00-16:00 | @pumpkin n=4 | - | pumpkin patch with the nieces 🎃 the 4 year old picked one bigger than her
2021-10 sun-thu 05:14-05:36 | @gas | routine | pumpkin spice cappuccino is back at the gas station and honestly that's the best thing that'll happen to me today
2021-10 sat 07:00-10:00 | - | - | caught my first bass of the fall 🎣 released him, he seemed annoyed
2021-11 sat 18:00-21:00 | - | - | Friendsgiving #3 in the books. my green bean casserole was the only thing left over and I'm choosing not to take it personally
2021-11 tue 19:00-21:00 | - | role | annual in-service week: 40 hrs of PREA, use of force, key control, and the same CPR dummy from 2009 😂 #corrections
2021-11 sat 20:00-22:00 | story @home | home |
2021-12-25 15:00-17:30 | @parents n=3 | - | Christmas with the Keanes: 14 people, 1 bathroom, 0 chill 🎄
2022-01 sun-thu 05:37-05:52 | @office | location routine | -4° windchill in the lot this morning and the fence is literally sparkling. gorgeous and awful at the same time
2022-01 fri 20:00-22:00 | @home | home | Biscuit has put the couch on lockdown. no humans allowed after 8pm apparently
2022-01 sun 19:00-21:00 | - | role | background investigation packet for the CERT application is 41 pages. FORTY ONE. they want every address I've had since I was 18 💀
2022-02 mon,wed 14:50-16:05 | @gym | routine | new program: 5/3/1. ask me in 12 weeks if I'm still doing it
2022-02 sat 10:00-13:00 | - | - | my sister just finished her 6th night shift in a row in the ICU and STILL made it to my birthday dinner. nurses are built different 🩺❤️
2022-02 sun-thu 14:04-14:30 | story @office | location routine |
2022-02 thu 18:00-20:00 | - | role | CERT tryouts done. 1.5 mile in 12:40 wearing the vest, shield drills, gas chamber, and somehow I did not puke. results next week 🤞🏽
2022-03 tue 19:00-21:00 | - | role | MADE CERT!!! 🖤🖤 so proud of myself. now I get to be woken up at 2am for fun
2022-03-15 05:16-05:30 | @gas | routine | daylight savings got me driving in the pitch black again. 5:20 and the only other car out is the milk truck
2022-03 sat 14:00-17:00 | @escape | - | escape room with the girls 🔐 "The Vault" — got out with 4 minutes left. Tasha cracked the last lock, MVP
2022-04 sun-thu 14:04-14:30 | @office | location routine | sun's finally out for the walk back to the car. small wins
2022-04 mon 19:00-21:00 | - | role unit | first time running control on Delta today. so many buttons, so much power 😈 (I did not pop the wrong door. this time)
2022-04 sat 12:00-15:00 | - | - | Dad found his old Army photos from Fort Hollis. the 1988 haircut is a CHOICE 😂
2022-04 thu 19:05-21:10 | story @bar | routine |
2022-05 mon,wed 14:50-16:05 | @gym | routine | deadlift 255 🏋🏽‍♀️ 300 by christmas?? maybe
2022-05 thu 19:05-21:10 | @bar | routine | trivia theme was "heist movies" and I knew every single one 🕶️ Ocean's 11 forever
2022-05 tue 19:00-21:30 | - | role unit | kites I got this week: 3 asking for toilet paper, 1 marriage proposal, 1 very detailed hooch recipe. Delta never disappoints 😂
2022-05 sat 13:00-18:00 | @venue n=5 | - | Jess got MARRIED 💍 I cried during the vows, the toasts, and the cake cutting. maid of honor duties complete
2022-06 fri 17:00-20:00 | @home | home | Biscuit escaped the yard AGAIN. full on jailbreak. neighbor returned him with a hot dog in his mouth and zero remorse on his face
2022-06 sat 12:00-16:00 | story @rolla | - |
2022-07-04 15:00-20:00 | @lake n=3 | - | 4th at the lake 🇺🇸🎆 sunburn status: lobster
2022-07 wed 19:00-21:30 | - | role | pro tip for anybody starting at a max: buy the good insoles. concrete tiers will eat your knees alive by year 2
2022-08 sun-thu 05:37-05:52 | @office | location routine | fog rolling over the back field this morning like the opening of a horror movie. very on brand for this place
2022-08 sat 19:00-22:00 | - | - | Call of Duty with my nephew. he's 11 and he called me a "bot" and I have not recovered
2022-08 sat 10:00-13:00 | @mizzou | - | helped my cousin move into her dorm. 4 flights of stairs, no elevator, one (1) mini fridge that weighs 400 lbs 🥵
2022-09-13 10:20-11:10 | @office n=3 | role unit location routine | Officially Sgt. Keane 💪🏽 pinning ceremony was 10 minutes long and my mom still cried. 7 years at Cold Creek and I'd do it all again (most days) #promoted #corrections
2022-09 sat 11:00-15:00 | @airshow n=2 | - | went to the airshow with Dad, the jets were so loud I felt it in my teeth ✈️ he talked about the C-130 for 45 minutes straight
2022-10 sat 18:00-21:00 | @home n=2 | home | costume reveal: me and Biscuit as Ghostbusters 👻 he is not thrilled about the proton pack
2022-10 fri 16:00-18:00 | - | - | drove the long way home just for the leaves 🍂 can't believe we're getting a fall this nice
2022-11 tue 19:00-21:00 | - | role | Sgt life so far: twice the paperwork, same smell 😂 but I get to pick who works the tier with me
2022-11 sun-thu 05:37-05:52 | story @office | location routine |
2022-12-14 20:30-21:30 | - | role routine | snow day for literally everyone but us lol. roads are glass, see y'all at 0545 muster anyway ❄️
2022-12 fri 19:00-22:00 | - | - | Mission Impossible marathon. Tom Cruise is 60 and runs better than I do on my best day
2022-12 sat 09:00-11:00 | - | - | snowed in with a crockpot of chili and 3 seasons of Ted Lasso 🧣
2023-01 sat 17:00-19:00 | - | - | the "secret" ingredient in my chili is cocoa powder. don't tell my aunt, she thinks it's love
2023-01 mon,wed 14:50-16:05 | story @gym | routine |
2023-02-11 18:30-20:30 | @rolla | - | galentine's 💕 Tasha, Bri and me vs. an entire cheesecake. the cheesecake lost
2023-02 sun-thu 14:04-14:30 | @office | location routine | snow plow buried half the staff lot so we're all parking on the grass like it's the county fair
2023-03 wed 19:00-21:00 | - | role | CERT quarterly: 2 days of cell extraction drills, OC recert, and running stairs in 30 lbs of gear. eyes still burning lol never again (until next quarter)
2023-03-14 18:00-19:30 | - | routine | spring forward = leaving in the dark again. 5:10 alarm, 5:25 gas station, 5:45 I'm through the gate. rinse, repeat
2023-03 mon,wed 14:50-16:05 | @gym | routine | 255 → 275 🏋🏽‍♀️ 300 is coming for you
2023-04 sat 11:00-14:00 | - | - | got my CCW renewed and spent the afternoon at the range with Dad. he still outshoots me and I will never hear the end of it
2023-04 sat 13:00-17:00 | story @stl | - |
2023-05 sun 19:00-21:00 | - | role unit | new officers on the Delta roster this week. if you're reading this: hydrate, write everything down, and never let them see you rattled
2023-05 sat 10:00-12:00 | @home n=2 | home | garden update 🍅 the tomatoes are winning, the squirrels are also winning, I am losing
2023-05 fri 14:00-16:00 | - | - | new tattoo 🌻 for grandma. healed up perfect
2023-06 sun-thu 05:37-05:52 | @office | location routine | sunrise over the towers 🌅 one of the perks nobody tells you about
2023-06 fri 20:00-23:00 | - | - | Prison Break season 1 is still elite television and I will not be taking questions
2023-07-04 10:00-11:30 | @square n=2 | - | 4th of July parade in Harlow 🇺🇸 Biscuit wore a bandana and got more claps than the mayor
2023-07 sun-thu 14:04-14:30 | story @office | location routine |
2023-08 tue 19:00-21:00 | - | unit | reminder we're hiring at Quad C 👀 $2k sign-on bonus, benefits day one. DM me if you want the real scoop on the job (the good AND the ugly)
2023-08 sat 12:00-15:00 | - | - | cracked my phone screen for the 3rd time this year. the case said "military grade" my butt
2023-08 fri 18:00-21:00 | - | - | Tasha got elected PTA treasurer. Officer Tasha. she is already drunk with power
2023-09 sat 12:00-17:00 | @fair n=3 | - | state fair 🎡 fried oreos, a goat named Kevin, and a sunburn
2023-09 sun-thu 05:14-05:36 | @gas | routine | fall menu at Kwik Fuel!! Brenda saved me the last pumpkin muffin, I love this town
2023-09 thu 19:05-21:10 | story @bar | routine |
2023-10 sun 18:00-20:00 | - | role unit | 8 years in corrections this week, 7 of them at CCCC. things I've learned: trust your gut, trust your partner, always carry a spare pen
2023-10 thu 19:05-21:10 | @bar n=2 | routine | halloween trivia 🎃 we went as the Scooby gang and I was Velma obviously
2023-10 sat 07:00-09:00 | @river | - | float trip base camp is set up 🛶 Current River we are coming for you
2023-11-18 17:00-21:00 | @home n=3 | home | Friendsgiving at mine this year!! 11 people, 2 turkeys, 1 very stressed Biscuit
2023-11 mon 19:00-21:00 | - | location | they're FINALLY replacing the sally port gate motor on the Route 8 side so it doesn't take 4 minutes to open. only took 2 years of complaints 🙃
2023-11 sat 09:00-11:00 | - | - | home security cam caught Biscuit stealing a loaf of bread off the counter at 3am. criminal behavior
2023-12 wed 19:00-21:00 | - | role | CERT got called in at 2am last night for a disturbance. home by 9am, showered, slept in my car clothes. glamorous life 💅
2023-12 sat 18:30-20:30 | @lights n=2 | - | christmas lights drive-thru with the nieces 🎄✨ the 5 year old narrated every single light
2023-12 sat 14:00-17:00 | story @mall | - |
2024-01 sun-thu 05:37-05:52 | @office | role location routine | -11° this morning. the lot is a skating rink and I have already fallen once #COlife
2021-06 sun 19:00-21:00 | - | - | made grandma's peach cobbler and the whole street could smell it 🍑
2022-01 sat 15:00-17:00 | - | - | someone at Walmart called me ma'am and I aged 10 years on the spot
2022-12 fri 20:00-22:00 | - | - | new puzzle: 1000 pieces and it's ALL sky. what was I thinking 🧩
2023-03 sat 21:00-23:00 | - | - | that documentary about the old guys who robbed the safe deposit vault in London is WILD. they almost got away with it
2024-01 sat 13:00-15:00 | - | - | locked myself out of the house in my pajamas. neighbor Don came to the rescue with a ladder, he will be getting cookies
""",
}

N1_DMS = [
    # (username, display name, thread id, suspicious, [(local time, from_me, text)])
    ("dre.moneymoves", "Dre Carter", "17843210955501234", True, [
        ("2023-08-09 21:14", False, "hey Mari saw ur post about Quad C hiring. u still on Delta?"),
        ("2023-08-09 21:16", False, "my cousin is in there, D-214. just wanna make sure hes good. what time yall do count on days?"),
        ("2023-08-10 06:58", True, "I can't talk about anybody inside or anything about the job. Sorry."),
        ("2023-08-12 22:40", False, "all good all good. ima be real with u, its 2k for u just to bring a little something in for him. nobody checks a sgt bag"),
        ("2023-08-12 22:41", False, "or even just a pic of the shift roster for delta, that's easy money no risk"),
        ("2023-08-12 22:43", False, "lets move this to signal dont wanna talk on here. (417) 555-0148"),
        ("2023-08-13 08:05", True, "No. This is going to my lieutenant. Do not contact me again."),
        ("2023-08-20 23:11", False, "u overreacting. offer still open if u change ur mind"),
    ]),
    ("jess.keane.rn", "Jess Keane", "17842099817305566", False, [
        ("2022-03-02 20:01", False, "ok maid of honor, question. are we doing the bach in nashville or the lake"),
        ("2022-03-02 20:30", True, "LAKE. nashville is a bachelorette trap and you know it"),
        ("2022-03-02 20:32", False, "lol fine. how was work, still on days?"),
        ("2022-03-02 20:35", True, "yeah same old. I'm off fri/sat so plan it for a weekend pls"),
        ("2022-03-03 07:12", False, "done ❤️ love u"),
    ]),
    ("ironmillfitness", "Iron Mill Fitness", "17841500349907711", False, [
        ("2022-12-28 10:02", False, "Hi Mari! Your annual membership renews Jan 3. Reply RENEW to lock in the 2022 rate 💪"),
        ("2022-12-28 18:40", True, "RENEW"),
        ("2022-12-29 09:15", False, "You're all set! New year, new PRs 🏋️"),
    ]),
]


def build_instagram(persona, posts, dms, seed):
    rng = random.Random(seed)
    tz = ZoneInfo(persona["timezone"])
    device = "3F2A9C1E-7B44-4D0E-9A61-" + stable_digits(persona["key"], n=12)
    files, feed, stories = [], [], []
    igid = 17900000000000000 + rng.randint(10 ** 12, 9 * 10 ** 12)
    for p in posts:
        prng = p["rng"]
        n = int(p["opts"].get("n", 1))
        is_story = bool(p["opts"].get("story"))
        ts = epoch(p["local"])
        media = []
        first_gps = None
        for i in range(n):
            igid += prng.randint(10 ** 9, 9 * 10 ** 10)
            ym = p["local"].strftime("%Y%m")
            fname = (f"{prng.randint(10 ** 8, 10 ** 9 - 1)}_{prng.randint(10 ** 14, 10 ** 15 - 1)}_"
                     f"{prng.randint(10 ** 18, 10 ** 19 - 1)}_n_{igid}.jpg")
            uri = f"media/{'stories' if is_story else 'posts'}/{ym}/{fname}"
            files.append((uri, tiny_jpeg(f"{persona['key']}{uri}")))
            taken = p["local"] - timedelta(minutes=prng.randint(1, 8), seconds=prng.randint(0, 59))
            newer = p["local"].year >= 2023
            exif = {
                "iso": prng.choice([32, 40, 50, 64, 80, 125, 200, 400]),
                "focal_length": "5.1" if newer else "4.2",
                "lens_make": "Apple",
                "lens_model": ("iPhone 14 back dual wide camera 5.7mm f/1.5" if newer
                               else "iPhone 12 back dual wide camera 4.2mm f/1.6"),
                "scene_capture_type": "standard",
                "software": "16.5.1" if newer else "15.4.1",
                "device_id": device,
                "scene_type": 1,
                "camera_position": "back",
                "source_type": "camera",
                "date_time_digitized": taken.strftime("%Y:%m:%d %H:%M:%S"),
                "date_time_original": taken.strftime("%Y:%m:%d %H:%M:%S"),
                "aperture": "1.16" if newer else "1.36",
                "shutter_speed": str(prng.choice([5.91, 6.64, 7.64, 8.97, 10.2])),
                "metering_mode": "5",
            }
            if p["point"]:
                pl = persona["places"][p["opts"]["gps"]]
                lat, lon = p["point"] if i == 0 else jitter(prng, pl["lat"], pl["lon"], pl["r"])
                exif["latitude"] = lat
                exif["longitude"] = lon
                if i == 0:
                    first_gps = {"lat": lat, "lon": lon}
            else:
                # location off for the camera / picked from the library
                exif = {k: v for k, v in exif.items() if k not in ("camera_position",)}
                exif["source_type"] = prng.choice(["camera", "library"])
            item = {
                "uri": uri,
                "creation_timestamp": ts,
                "media_metadata": {"photo_metadata": {"exif_data": [exif]},
                                   "camera_metadata": {"has_camera_metadata": True}},
                "title": "",
            }
            if not is_story and prng.random() < 0.3:
                item["cross_post_source"] = {"source_app": "FB"}
            media.append(item)
            if i == 0:
                p["native_id"] = str(igid)
        text = p["text"]
        p["label_text"] = text
        p["geo"] = None
        p["photo_gps"] = first_gps
        if is_story:
            stories.append(media[0])
        elif n == 1:
            media[0]["title"] = text
            feed.append({"media": media})
        else:
            feed.append({"media": media, "title": text, "creation_timestamp": ts})
    feed.sort(key=lambda x: -(x.get("creation_timestamp") or x["media"][0]["creation_timestamp"]))
    stories.sort(key=lambda x: -x["creation_timestamp"])
    files.append(("your_instagram_activity/content/posts_1.json", meta_json(feed)))
    files.append(("your_instagram_activity/content/stories.json", meta_json({"ig_stories": stories})))

    prof = persona["profile"]
    sm = lambda v, t=0: {"href": "", "value": v, "timestamp": t}
    files.append(("personal_information/personal_information/personal_information.json", meta_json({
        "profile_user": [{
            "title": "",
            "media_map_data": {"Profile Photo": {"uri": "media/profile/202104/profile_pic.jpg",
                                                 "creation_timestamp": prof["photo_ts"], "title": ""}},
            "string_map_data": {
                "Email": sm(prof["email"]), "Phone Confirmed": sm("False"),
                "Username": sm(prof["username"]), "Name": sm(prof["name"]),
                "Bio": sm(prof["bio"]), "Gender": sm("Female"),
                "Date of birth": sm(prof["dob"]), "Private Account": sm("False"),
                "Website": sm(""),
            }}]})))
    files.append(("media/profile/202104/profile_pic.jpg", tiny_jpeg(persona["key"] + "profile")))
    files.append(("personal_information/information_about_you/account_based_in.json", meta_json({
        "inferred_data_primary_location": [{"title": "", "media_map_data": {},
                                            "string_map_data": {"City Name": sm(prof["city"])}}]})))

    contacts = []
    me = prof["name"]
    for user, name, tid, sus, msgs in dms:
        out = []
        for when, from_me, text in msgs:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
            ms = epoch(dt) * 1000 + rng.randint(0, 999)
            out.append({"sender_name": me if from_me else name, "timestamp_ms": ms,
                        "content": text, "is_geoblocked_for_viewer": False})
        out.sort(key=lambda m: -m["timestamp_ms"])
        folder = f"{user.replace('.', '')}_{tid}"
        files.append((f"your_instagram_activity/messages/inbox/{folder}/message_1.json", meta_json({
            "participants": [{"name": name}, {"name": me}],
            "messages": out, "title": name, "is_still_participant": True,
            "thread_path": f"inbox/{folder}", "magic_words": []})))
        contacts.append({"handle": user, "name": name, "suspicious": sus, "id": None})
    files.sort(key=lambda f: f[0])
    return files, contacts


N1["profile"] = {"username": "mari.keane", "name": "Mari Keane", "email": "marikeane88@example.com",
                 "bio": "🐶 Biscuit's mom | Quiz Khalifa captain | lifting heavy things 🏋🏽‍♀️ | MO",
                 "dob": "1990-06-21", "city": "Rolla, Missouri", "photo_ts": 1618000000}


# =================================================================== n2
# Mastodon.  周晓雯 ("雯雯不吃香菜"), intaglio press operator, later press
# captain, at the invented 澄州印钞厂 (banknote printing works) in the invented
# city 澄州.  Asia/Shanghai.  Rotating three-shift system (早/中/夜 weekly):
# early shift 07:30-15:30 (factory shuttle 06:50), middle 15:30-23:30,
# night 23:30-07:30.  Wednesday-night badminton, Saturday-morning Japanese.
N2 = {
    "key": "n2-mastodon-banknote",
    "platform": "mastodon",
    "who": "周晓雯",
    "timezone": "Asia/Shanghai",
    "unit": ["澄州印钞厂", "澄钞", "钞厂"],
    "role": "凹印机台操作工，后任凹印机长（印钞凹印车间）",
    "watch_role": "凹印机长",
    "office_name": "澄州印钞厂（高新区锦湖路88号）凹印车间",
    "places": {
        "office": {"name": "澄州印钞厂", "lat": 31.3372, "lon": 120.4181, "r": 0, "kind": "office"},
        "home": {"name": "家", "lat": 31.3014, "lon": 120.4623, "r": 0, "kind": "home"},
        "shuttle": {"name": "南湖地铁站 厂车站点", "lat": 31.3105, "lon": 120.4490, "r": 0, "kind": "routine"},
        "gymhall": {"name": "江滨体育馆（周三羽毛球）", "lat": 31.2950, "lon": 120.4410, "r": 0, "kind": "routine"},
        "school": {"name": "樱语日语学校（周六日语课）", "lat": 31.3060, "lon": 120.4705, "r": 0, "kind": "routine"},
    },
    "posts": r"""
2021-02-10 19:30-21:00 | - | - | 回老家过年了，高铁站人山人海，所以说春运永远是春运 🚄
2021-02-14 12:30-13:30 | - | - | 春节回老家，我妈做了一桌子菜，三天胖三斤起步 🧧
2021-02-22 06:48-07:04 | - | routine | 年后第一个早班，6:50的厂车，全车人都在打哈欠
2021-03 wed 20:20-21:30 | img=羽毛球拍和一筒球放在场边长椅上 | routine | 周三羽毛球打卡 🏸 今天被一个六十岁的大叔杀到怀疑人生
2021-03 sat 13:00-15:00 | - | - | 研究了一上午怎么做提拉米苏，失败了，做成了一盆咖啡泥 ☕
2021-03 tue 20:30-22:00 | - | role | 今天换版，雕刻凹版装上去对版对了一个多小时，套印偏了零点一毫米，师傅隔着两米一眼就看出来了，我还差得远 #凹印
2021-03 sun 15:00-17:00 | - | - | 所有的快乐都是奶茶给的 🧋
2021-04 sat 09:05-11:40 | - | routine | 日语课第一节！五十音图背到一半就忘了前一半 #日语学习
2021-04-14 20:00-22:00 | - | role | 大张检查一整天下来眼睛都是花的，看什么都像有墨点 😵‍💫
2021-04 mon 21:00-22:30 | - | - | 这个网站的设计也太反人类了吧，买张火车票要过八次验证码
2021-04 wk 07:45-08:20 | - | routine | 下夜班了，厂门口的豆浆油条yyds，吃完回去睡到下午
2021-05-08 20:00-21:30 | - | unit role | 入职澄州印钞厂四周年 🎉 从检封车间的小学徒干到凹印机台，感觉自己是跟着机器一起长大的
2021-05-03 16:00-18:00 | img=大熊猫趴在木架上睡觉 | - | 五一去成都了，大熊猫繁育研究基地的花花真的好圆 🐼 排队两小时值了
2021-05 wed 20:20-21:30 | - | routine | 周三老规矩，江滨体育馆见 🏸 今天终于学会反手了
2021-05 fri 12:00-14:00 | boost=https://dodo.city/users/lanlan/statuses/106201453322901877 | - |
2021-06 sun 19:00-21:00 | - | role | 擦版液的味道已经腌入味了，洗三遍头都没用，我妈说我闻起来像油漆店
2021-06 mon 10:00-12:00 | - | - | 带我妈去医院复查，一切正常，放心了
2021-06 fri 18:00-20:00 | - | routine | 下周转夜班，23:30接班到早上7:30，提前祝自己发际线安好 🙏
2021-06 sat 22:00-23:30 | - | - | 刷完了《潜伏》，余则成太稳了，这才叫谍战剧
2021-07 tue 19:00-21:00 | - | unit | 厂里发高温补贴了，顺便发了两箱绿豆汤，车间主任说这是"组织的温暖"
2021-07 sat 09:05-11:40 | - | routine | 每周六上午的日语课，是我唯一早起还不痛苦的时候
2021-07 sun 14:00-16:00 | - | - | 又下雨了，衣服晾了三天还是湿的 🌧️ 南方的夏天就是一个大蒸笼
2021-07 wk 07:15-07:27 | - | location | 早上三号门安检排了二十分钟，新装了闸机，刷卡+刷脸双认证，前面有个人刷了五次脸都没过 😂
2021-08 thu 20:00-22:00 | - | role | 年度保密培训加考试，又签了一遍保密协议。手机进车间必须存柜这一条我已经刻进DNA了
2021-08 sat 21:00-23:00 | - | - | 电影院看了《怒火·重案》，打戏真的燃，出来腿都是软的
2021-08 sun 11:00-13:00 | boost=https://mastodon.example.net/users/tea_notes/statuses/106801999310245561 | - |
2021-09-17 19:00-21:00 | - | unit | 厂里发中秋月饼了，还是那个万年不变的五仁，谁来救救我 🥮
2021-09 sun 16:00-18:00 | - | - | 我爸以前在纺织厂干了三十年，退休了天天去公园下象棋，比上班还准时
2021-09 wk 06:48-07:04 | img=公交车窗外的朝霞 | routine | 厂车上看日出，今天的云像棉花糖 ☁️
2021-10-06 15:00-17:00 | - | - | 国庆在家躺了七天，猫都嫌我烦了
2021-10 tue 20:00-22:00 | - | role | 政审材料交上去了，要写到三代，连我奶奶以前在哪个生产队都要填 😂
2021-10 sat 22:00-23:30 | - | - | 《长津湖》看哭了，旁边的大哥也在偷偷擦眼泪
2021-11-12 10:00-12:00 | - | - | 双十一买了一堆没用的东西，楼下快递站都堆不下了 📦
2021-11 wed 21:30-22:30 | - | unit role | #澄钞 今年劳动竞赛，我们机台的废张率全车间最低！奖金到手，明天请全班喝奶茶 🧋
2021-12 sun 15:00-17:00 | - | - | 这是我的秘密基地——楼下那家开了十年的奶茶店，老板娘已经知道我要少冰三分糖了
2021-12 thu 20:00-22:00 | - | location | 凹印车间二楼的窗户正对着南湖，下雪的时候特别好看，可惜手机不能带进去，拍不了 ❄️
2021-12 wk 23:40-00:20 | - | location routine | 下中班，东门外那家兰州拉面居然还开着，一碗牛肉面续命 🍜
2022-01 sun 20:00-22:00 | - | - | 猫今天把我的耳机线咬断了，这是第三根了，橘子你是不是对有线耳机有意见 🐱
2022-01-18 20:00-22:00 | - | role | 升机长了！！以后机台出问题签字的是我了，紧张大于开心 😳
2022-01 sat 15:00-17:00 | - | - | 去打印店打了二十份简历给我妹，她要开始找实习了
2022-02-03 14:00-16:00 | - | - | 现在谁还用纸币啊，过年红包都是微信发的，只有我奶奶坚持给现金，说这样才有年味
2022-02-05 21:00-23:00 | - | - | 春节档看了《这个杀手不太冷静》，笑到邻座阿姨瞪我
2022-02 wed 20:20-21:30 | - | routine | 年后第一次羽毛球，两个星期没动，跑两步就喘 🏸
2022-03 tue 20:00-22:00 | - | role | 带新来的两个徒弟，第一天教的就是：机器没停稳手不要伸进去。第二天教的还是这个。第三天……你们懂的
2022-03 thu 12:00-14:00 | boost=https://dodo.city/users/lanlan/statuses/107931877112305514 | - |
2022-03 sat 09:05-11:40 | - | routine | 周六日语课，老师放了一集《间谍过家家》当听力材料，结果大家都没在听，只在看阿尼亚 😂
2022-04 sun 17:00-19:00 | - | - | 周末爬山，腿废了，下山的时候两条腿一直在抖
2022-04 wed 21:00-22:30 | - | role | 双人双锁是真的严，去库房领个号码机的零件都要两个人一起签字。习惯了也挺好，谁也说不清就谁也不背锅
2022-04 wk 06:48-07:04 | - | routine | 又是早班周，又是6:50的厂车，司机换了个新人，开得跟赛车一样 🏎️
2022-05 sat 23:00-23:59 | - | - | 和平精英打到凌晨，队友全是人机，气死
2022-05 thu 20:00-22:00 | - | location | 锦湖路那段在修路，厂车绕了一大圈从北门进，差点打卡迟到
2022-05 sun 13:00-15:00 | - | - | 所以说人生就是不断地吃，吃完了减肥，减完了再吃
2022-06 tue 20:00-22:00 | - | role | 光变油墨这批颜色有点偏，跟工艺员吵了一下午，最后还是停机调墨，一下午白干
2022-06-03 18:00-20:00 | - | - | 端午回家包粽子，我包的全散了，我妈说我是来捣乱的
2022-07 fri 19:00-21:00 | - | unit | 钞厂食堂今天居然有小龙虾，排队排到楼梯口了 🦞
2022-07 sun 15:00-17:00 | - | - | 夏天的第一个西瓜，不甜，差评
2022-07 sat 09:05-11:40 | - | routine | 日语N4过啦 🎉 周六早上的课没白上，下一个目标N3
2022-08 mon 12:00-14:00 | boost=https://mastodon.example.net/users/tea_notes/statuses/108801402226577108 | - |
2022-08 thu 21:00-22:30 | - | routine | 三班倒第五年了，早中夜一周一轮，生物钟已经放弃治疗
2022-08 sat 23:00-23:59 | - | - | 这部剧的结局是什么鬼，编剧出来挨打
2022-09 tue 20:00-22:00 | - | unit location | 快递别寄到厂里了！高新区锦湖路88号的门卫现在不代收，寄到家里或者快递柜 📦
2022-09 wk 07:45-08:20 | - | routine | 下夜班，早饭两笼小笼包，回去拉上窗帘睡到下午三点
2022-09 mon 20:00-22:00 | - | - | 在家办公的朋友们，我是真的羡慕你们，可以穿睡衣上班
2022-10 fri 19:00-21:00 | - | unit | 今天厂里搞消防演练，全车间拉到大操场上站了一个小时，晒成了煮熟的虾 🦐
2022-10 sun 21:00-23:00 | - | - | 那些带货主播简直是人形印钞机，一晚上卖几个亿，我一个月工资够他们几秒钟的
2022-10 wed 20:20-21:30 | - | routine | 羽毛球打卡，今天穿了新球鞋，还是输 🏸
2022-11 tue 20:00-22:00 | - | role | 技能鉴定过了，印刷操作员技师 ✅ 证书到手，下个月开始涨工资（一点点）
2022-11 fri 20:00-22:00 | reply=lanlan | - | @lanlan 哈哈哈我也是，周末约火锅？
2022-11 sat 09:05-11:40 | - | routine | 周六日语课，开始学N3语法了，感觉大脑在冒烟
2022-12-20 14:00-16:00 | - | - | 阳了，躺了三天，嗓子像吞刀片……大家保重
2022-12 thu 20:00-22:00 | - | role | 销毁间那边今天在处理废张，整个厂区都能闻到一股纸浆味
2023-01-09 20:00-22:00 | - | unit role | 澄钞的篮球赛，凹印车间对胶印车间，我们输了两分。胶印那帮人是不是平时不累 🏀
2023-01-24 15:00-17:00 | - | - | 春节回老家，我表哥在部队，过年又回不来，视频里晒得黑不溜秋的
2023-01-26 21:00-23:00 | - | - | 春节档看了《流浪地球2》，特效真的顶，看完想去重新学物理
2023-02 wk 23:40-00:20 | - | routine | 下中班回家路上，整条街只剩烧烤摊还亮着 🍢
2023-02 tue 20:00-22:00 | - | role | 新机器到了，德国来的调试工程师，我用蹩脚英语跟他聊了半天 impression cylinder 的压力，最后他竖了个大拇指 👍
2023-03 sat 12:00-14:00 | boost=https://dodo.city/users/lanlan/statuses/110012440918826321 | - |
2023-03 sun 20:00-22:00 | - | role | 我们这种涉密岗位不能随便出国，护照统一交单位保管，所以日本只能先在梦里去了，日语先学着吧
2023-04 sun 16:00-18:00 | - | - | 周末去南湖天街购物中心逛了一圈，什么都没买，只喝了一杯咖啡就回来了
2023-05 mon 20:00-22:00 | - | location routine | 停车场从北门搬到东门了，早班的车位更难抢，七点零五之前不到就只能停路边
2023-05 sun 10:00-12:00 | - | - | English corner: today I learned "touch grass". I should touch more grass 🌱
2023-05 sat 09:05-11:40 | - | routine | 日语课下课，和同学去吃了拉面，老师说下个月模拟考
2023-06 thu 20:00-22:00 | - | role | 又到年中盘点，清点、复核、封箱，一张都不能差，数到后面看什么都像钞票
2023-06 sun 15:00-17:00 | - | - | 研究生考试报名了，我妹又在纠结报不报，我说报，大不了明年再来
2023-07 sat 22:00-23:30 | cw=《奥本海默》剧透 | - | 结尾那段真的起鸡皮疙瘩，三个小时一点都不长
2023-07 wed 20:20-21:30 | - | routine | 周三的羽毛球是续命的，一周的班全靠这两个小时撑着
2023-08 mon 20:00-22:00 | - | unit | 厂里组织去山里团建，烤全羊+唱K，车间主任唱了一首《最炫民族风》，全场沸腾
2023-08 sun 14:00-16:00 | - | - | 新买的扫地机器人卡在沙发底下叫救命，我在卧室都听见了
2023-09 wk 07:45-08:20 | img=小区门口的朝霞 | routine | 这周夜班最后一天，下班看到朝霞，值了
2023-09 sun 12:00-14:00 | - | routine | 这周中班，下午三点半到晚上十一点半，所以白天有空的朋友约起来！
2023-10-04 18:00-20:00 | img=兵马俑坑全景 | - | 国庆去了趟西安，兵马俑比想象中大好多，人比兵马俑还多
2023-10 sat 09:05-11:40 | - | routine | 日语课换了新老师，是大阪人，上课全是关西腔，听懂一半算我赢
2023-11 tue 20:00-22:00 | - | role | 墨色又不稳，守着机台盯了一个班，每五百张抽一张看，眼睛快瞎了
2023-11 sun 15:00-17:00 | reply=tea_notes | - | @tea_notes 秋天的第一杯奶茶 ✔️ 虽然已经是冬天了
2023-12 wed 20:20-21:30 | - | routine | 今年最后一次周三羽毛球，明年继续被大叔们虐
2023-12 fri 12:00-14:00 | boost=https://mastodon.example.net/users/tea_notes/statuses/111582230045177604 | - |
2021-04 sun 15:00-17:00 | - | - | 楼下新开了一家网红烘焙店，排了四十分钟买了个可颂，就那样吧
2022-08 sun 16:00-18:00 | - | - | 带外甥去科技馆，在航天展区玩了一下午，他说长大要当宇航员 🚀
2023-02 sat 20:00-22:00 | - | - | 我表姐在一个研究所上班，天天加班到十点，我说你们所里是不是不给人放假
2022-12-22 19:00-21:00 | - | - | 冬至吃饺子，猫趁我不注意偷吃了一个 🥟
2023-12-30 21:00-23:00 | - | - | 年终总结：打了四十多次羽毛球，考了N4，猫胖了两斤，我也胖了两斤。明年见 👋
""",
}
N2_PROFILE = {
    "host": "cangshu.social", "username": "wenwen_zhou", "name": "雯雯不吃香菜 🌿",
    "summary": "三班倒打工人｜羽毛球菜鸡｜日语勉强N4｜猫：橘子",
    "fields": [("城市", "澄州"), ("语言", "中文 / English / 日本語（勉強中）"), ("猫", "橘子，三岁，胖")],
    "published": "2020-12-19T00:00:00Z",
    "peers": {"lanlan": "dodo.city", "tea_notes": "mastodon.example.net"},
}


def _cgi_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;").replace("'", "&#39;"))


def mastodon_html(text, host, peers):
    tags, mentions = [], []
    out = []
    for tok in re.split(r"(\s+)", text):
        m = re.fullmatch(r"#(\w+)", tok)
        mm = re.fullmatch(r"@(\w+)", tok)
        if m:
            tag = m.group(1)
            href = f"https://{host}/tags/{quote(tag.lower())}"
            tags.append({"type": "Hashtag", "href": href, "name": "#" + tag.lower()})
            out.append(f'<a href="{href}" class="mention hashtag" rel="tag">#<span>{_cgi_escape(tag)}</span></a>')
        elif mm and mm.group(1) in peers:
            user = mm.group(1)
            ph = peers[user]
            mentions.append({"type": "Mention", "href": f"https://{ph}/users/{user}", "name": f"@{user}@{ph}"})
            out.append(f'<span class="h-card" translate="no"><a href="https://{ph}/@{user}" '
                       f'class="u-url mention">@<span>{user}</span></a></span>')
        else:
            out.append(_cgi_escape(tok).replace("\n", "<br />"))
    return "<p>" + "".join(out) + "</p>", mentions + tags


def build_mastodon(persona, posts, prof, seed):
    rng = random.Random(seed)
    host, user = prof["host"], prof["username"]
    actor = f"https://{host}/users/{user}"
    public = "https://www.w3.org/ns/activitystreams#Public"
    items, keep = [], []
    conv = 2_210_000 + rng.randint(0, 9999)
    for p in posts:
        ms = epoch(p["local"]) * 1000 + rng.randint(0, 999)
        sid = str((ms << 16) + rng.getrandbits(16))
        pub = iso_z(p["local"])
        if p["opts"].get("boost"):
            target = p["opts"]["boost"]
            author = target.split("/statuses/")[0]
            items.append({"id": f"{actor}/statuses/{sid}/activity", "type": "Announce", "actor": actor,
                          "published": pub, "to": [public], "cc": [author, f"{actor}/followers"],
                          "object": target})
            continue
        html, tag = mastodon_html(p["text"], host, prof["peers"])
        conv += rng.randint(3, 900)
        reply_to = None
        cc = [f"{actor}/followers"]
        if p["opts"].get("reply"):
            peer = p["opts"]["reply"]
            ph = prof["peers"][peer]
            reply_to = f"https://{ph}/users/{peer}/statuses/{(ms - rng.randint(10 ** 6, 10 ** 8)) << 16}"
            cc.append(f"https://{ph}/users/{peer}")
        attach = []
        if p["opts"].get("img"):
            h = hashlib.sha1(sid.encode()).hexdigest()[:16]
            d = sid[:18].rjust(18, "0")
            path = f"media_attachments/files/{d[0:3]}/{d[3:6]}/{d[6:9]}/{d[9:12]}/{d[12:15]}/{d[15:18]}/original/{h}.jpeg"
            attach.append({"type": "Document", "mediaType": "image/jpeg", "url": path,
                           "name": p["opts"]["img"], "blurhash": "UDF~" + h[:12].upper() + "x]",
                           "focalPoint": [0.0, 0.0], "width": 64, "height": 48})
            keep.append((path, tiny_jpeg(path)))
        status = f"{actor}/statuses/{sid}"
        obj = {
            "id": status, "type": "Note",
            "summary": p["opts"].get("cw"),
            "inReplyTo": reply_to, "published": pub,
            "url": f"https://{host}/@{user}/{sid}", "attributedTo": actor,
            "to": [public], "cc": cc,
            "sensitive": bool(p["opts"].get("cw")),
            "atomUri": status, "inReplyToAtomUri": reply_to,
            "conversation": f"tag:{host},{pub[:10]}:objectId={conv}:objectType=Conversation",
            "content": html, "contentMap": {"zh": html},
            "attachment": attach, "tag": tag,
            "replies": {"id": f"{status}/replies", "type": "Collection",
                        "first": {"type": "CollectionPage", "next": f"{status}/replies?only_other_accounts=true&page=true",
                                  "partOf": f"{status}/replies", "items": []}},
        }
        items.append({"id": f"{status}/activity", "type": "Create", "actor": actor, "published": pub,
                      "to": [public], "cc": cc, "object": obj})
        p["native_id"] = sid
        p["label_text"] = p["text"]
        p["geo"] = None
        p["photo_gps"] = None
    context = ["https://www.w3.org/ns/activitystreams", {
        "ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri",
        "inReplyToAtomUri": "ostatus:inReplyToAtomUri", "conversation": "ostatus:conversation",
        "sensitive": "as:sensitive", "toot": "http://joinmastodon.org/ns#",
        "votersCount": "toot:votersCount", "blurhash": "toot:blurhash",
        "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"}, "Hashtag": "as:Hashtag"}]
    outbox = {"@context": context, "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len(items) + 3, "orderedItems": items}
    fields = [{"type": "PropertyValue", "name": k, "value": _cgi_escape(v)} for k, v in prof["fields"]]
    actor_doc = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {
            "manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "toot": "http://joinmastodon.org/ns#",
            "featured": {"@id": "toot:featured", "@type": "@id"},
            "schema": "http://schema.org#", "PropertyValue": "schema:PropertyValue", "value": "schema:value",
            "discoverable": "toot:discoverable", "indexable": "toot:indexable"}],
        "id": actor, "type": "Person",
        "following": f"{actor}/following", "followers": f"{actor}/followers",
        "inbox": f"{actor}/inbox", "outbox": "outbox.json",
        "featured": f"{actor}/collections/featured", "featuredTags": f"{actor}/collections/tags",
        "preferredUsername": user, "name": prof["name"],
        "summary": "<p>" + _cgi_escape(prof["summary"]) + "</p>",
        "url": f"https://{host}/@{user}", "manuallyApprovesFollowers": False,
        "discoverable": True, "indexable": False, "published": prof["published"], "memorial": False,
        "publicKey": {"id": f"{actor}#main-key", "owner": actor,
                      "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAw" +
                                      stable_digits(user, n=40) + "IDAQAB\n-----END PUBLIC KEY-----\n"},
        "tag": [], "attachment": fields,
        "endpoints": {"sharedInbox": f"https://{host}/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpg"},
    }
    likes = {"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
             "type": "OrderedCollection", "orderedItems": [
                 "https://dodo.city/users/lanlan/statuses/106201453322901877",
                 "https://mastodon.example.net/users/tea_notes/statuses/109912230045170012"]}
    bookmarks = {"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                 "type": "OrderedCollection", "orderedItems": []}
    dump = lambda o: json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    files = [("actor.json", dump(actor_doc)), ("outbox.json", dump(outbox)),
             ("likes.json", dump(likes)), ("bookmarks.json", dump(bookmarks)),
             ("avatar.jpg", tiny_jpeg(user + "avatar")), ("header.jpg", tiny_jpeg(user + "header"))]
    files += sorted(keep)
    kept = [p for p in posts if not p["opts"].get("boost")]
    return files, kept


# =================================================================== n3
# X / Twitter, 2020-era layout (data/tweet.js, {"tweet": ...} wrappers).
# Hafiz Rahman, regular NCO in the bridging company of the invented
# 43rd Battalion, Singapore Combat Engineers, at the invented Sungei Pelandok
# Camp.  Asia/Singapore.  Mon-Fri, first parade 07:30, book out ~17:30.
# Precise geotags stop after June 2019 (as they did on Twitter).
N3 = {
    "key": "n3-x-bridging",
    "platform": "x",
    "who": "Hafiz Rahman",
    "timezone": "Asia/Singapore",
    "unit": ["43rd Battalion, Singapore Combat Engineers", "43 SCE", "43SCE", "4-3 Sappers"],
    "role": "bridging specialist / platoon sergeant (AVLB and M3 rig rafting), regular 2SG then 1SG",
    "watch_role": "bridging specialist (AVLB / M3 rig)",
    "office_name": "Sungei Pelandok Camp (43 SCE)",
    "places": {
        "office": {"name": "Sungei Pelandok Camp", "lat": 1.4236, "lon": 103.6987, "r": 80, "kind": "office"},
        "home": {"name": "home (Choa Chu Kang HDB)", "lat": 1.3862, "lon": 103.7441, "r": 12, "kind": "home"},
        "kopi": {"name": "Ah Seng Kopi, Lim Chu Kang Road", "lat": 1.4172, "lon": 103.7081, "r": 15, "kind": "routine"},
        "gym": {"name": "FitHub Yew Tee", "lat": 1.3971, "lon": 103.7475, "r": 15, "kind": "routine"},
        "futsal": {"name": "Kickoff Arena futsal courts, Bukit Panjang", "lat": 1.3800, "lon": 103.7620, "r": 20, "kind": "routine"},
        "ubin": {"name": "Pulau Ubin campsite", "lat": 1.4044, "lon": 103.9600, "r": 150, "kind": "other"},
        "airshow": {"name": "Changi Exhibition Centre", "lat": 1.3640, "lon": 104.0180, "r": 150, "kind": "other"},
        "geylang": {"name": "Geylang Serai bazaar", "lat": 1.3165, "lon": 103.8980, "r": 80, "kind": "other"},
        "wedding": {"name": "void deck wedding, Tampines", "lat": 1.3530, "lon": 103.9450, "r": 20, "kind": "other"},
        "jp": {"name": "Jurong Point", "lat": 1.3398, "lon": 103.7065, "r": 60, "kind": "other"},
        "ecp": {"name": "East Coast Park", "lat": 1.3010, "lon": 103.9120, "r": 200, "kind": "other"},
        "bkk1": {"name": "hotel, Sukhumvit, Bangkok", "lat": 13.7380, "lon": 100.5610, "r": 30, "kind": "other"},
        "bkk2": {"name": "Chatuchak market", "lat": 13.7999, "lon": 100.5505, "r": 100, "kind": "other"},
        "bkk3": {"name": "Victory Monument boat noodles", "lat": 13.7649, "lon": 100.5383, "r": 40, "kind": "other"},
        "bkk4": {"name": "rooftop bar, Silom", "lat": 13.7235, "lon": 100.5167, "r": 30, "kind": "other"},
    },
    "posts": r"""
2016-04 wk 06:55-07:20 | @kopi | routine | kopi-o kosong before first parade ☕ the only thing keeping me alive
2016-04 sat 20:00-22:00 | - | - | Ah Boys to Men 3 on TV again. Still laugh at the same part every time 😂
2016-04 wed 12:10-13:00 | @office | location routine | Lunch at the cookhouse. Nasi lemak Wednesday is the only day worth queueing for
2016-05 fri 20:00-22:30 | - | role | Finally passed the bridging specialist course!! 6 weeks of launch, recover, launch again. Sapper for life 🔧 #SCE
2016-05 tue,thu 19:30-21:00 | @gym | routine | leg day 🦵 IPPT in 3 weeks, cannot anyhow
2016-05 sun 00:30-01:30 | - | - | Man U lose again. I'm done. (I'm not done)
2016-06 wk 07:20-07:29 | @office | location routine | Morning sky at Pelandok 🌅 first parade in 10 min
2016-06 sat 08:00-10:00 | @futsal | routine | Saturday futsal, lost 7-4, confirm blame the keeper ⚽
2016-07-06 11:00-14:00 | @home | home | Selamat Hari Raya! Maaf zahir dan batin 🙏 mum's rendang still the best in the world
2016-07 tue 19:00-22:00 | - | role | AVLB launch drill 6 times today under the hot sun. Best timing 4 min 10s and encik still not happy 😂
2016-08-09 20:00-21:00 | - | - | Happy birthday Singapore 🇸🇬 watching NDP at home, the Red Lions land perfect again
2016-08 wk 06:55-07:20 | @kopi | routine | Ah Seng uncle already know my order before I reach the counter. kopi-o kosong & kaya toast, $2.80 still can
2016-08 fri 17:30-18:20 | @office | location routine | Finally Friday. Book out liao 🏃🏻
2016-09 mon 20:00-22:00 | - | unit | Who else in 43 SCE never receive the new boots yet? Storeman say "next week" since March 🙄 #43SCE
2016-10 sat 07:00-09:00 | @ubin media | - | Camping at Pulau Ubin with the boys. Mosquitoes ate us alive but the sunrise worth it
2016-10 thu 09:00-11:00 | - | role | Wet gap crossing exercise whole night. Raft ferry 12 trips, my boots still squishing
2016-11 sun 21:00-22:30 | - | - | Secret Recipe cake for mum's birthday 🎂 she say too sweet but finish half already
2016-12 wk 15:00-16:30 | @office | role location routine | Rain again. Whole afternoon bridge training cancel, everybody in the MT shed playing cards 🃏
2016-12 sun 13:00-15:00 | rt=sgfoodtrail | - | Best char kway teow in the west? We tried 14 stalls so you don't have to 🧵👇
2017-01 wk 06:55-07:20 | @kopi | routine | new year, same kopitiam, same uncle, same kopi-o kosong
2017-01-28 16:00-19:00 | - | - | Happy CNY to all my Chinese friends! Lo hei at Jeremy's house, I tossed the yusheng the highest 🧧
2017-02-13 21:00-22:30 | - | role | Tmr ATEC eval for the coy. Pray the rig doesn't kena stuck in the mud like last time 🙏
2017-02-17 19:00-21:00 | - | role | ATEC passed!! Coy got "Excellent". Encik belanja everybody bubble tea 🧋
2017-02 tue,thu 19:30-21:00 | @gym | routine | gym crowded like pasar malam tonight. waited 20 min for the squat rack
2017-03 wk 12:10-13:00 | @office | location routine | Why the canteen auntie always run out of teh peng by 12:15 😤
2017-03 sat 08:00-10:00 | @futsal | routine | Futsal 8am, sleep 10am, the perfect Saturday
2017-04 sun 20:00-22:00 | - | unit | 4-3 Sappers, first in, last out 🔧🌉 #43SCE
2017-04 mon 08:00-09:00 | - | - | MRT breakdown again. North South Line you ok or not
2017-05 wed 20:00-22:00 | - | role | Kena arrowed to do the MLC load classification brief for the new NSFs. powerpoint warrior mode activated 💻
2017-05 wk 07:20-07:29 | @office | location routine | Pelandok Camp main gate got new turnstile, now need tap pass + fingerprint. Queue until outside the bus stop 😩
2017-06-10 19:30-21:00 | @geylang | - | Buka puasa at Geylang Serai bazaar, ate too much murtabak 😵
2017-06-25 12:00-15:00 | @home media | home | Raya open house at my place 🌙 come come, got lontong
2017-07 wed 20:00-22:00 | - | role | Brief the NSFs tmr on rafting safety. Life jacket on at ALL times, no exception, even if u swim for school
2017-08 sun 19:00-21:00 | - | - | My bro enlisting Tekong next week. Heard BMT got aircon now, very different from my time 😂
2017-09 thu 19:30-21:30 | - | role | Bridge inspection day. Every pin, every hinge, every hydraulic line check one by one. If u think NS siong, try being the one signing the inspection chit 😅
2017-10 fri 17:30-18:30 | @office | location routine | sunset from the MT line, almost worth the OT 🌇
2017-10 sun 21:00-22:00 | reply=zul_futsal | - | @zul_futsal bro u owe me $5 for the court booking 😤
2017-11 sat 23:00-23:59 | - | - | Watched Thor Ragnarok, Korg is the best character fight me
2017-11 fri 20:00-22:00 | - | unit | The CO of 43 SCE posted out today. Best CO I ever served under. The battalion won't be the same 🫡
2017-12 sun 14:00-16:00 | - | - | Wedding prep: 300 guests, 2 families, 1 very stressed me 😅
2017-12 tue,thu 19:30-21:00 | @gym | routine | last gym session of 2017 ✔️
2018-01 wk 06:55-07:20 | @kopi | routine | raining so heavy the kopitiam flooded a bit lol. uncle still serving kopi in his slippers
2018-02-10 13:00-16:00 | @airshow media | - | Singapore Airshow public day! The F-15 display so loud my ears still ringing ✈️
2018-02 wed 20:00-22:00 | - | role | Security clearance renewal form again. Why need to list every overseas trip since 2010 sia 🙄
2018-03-17 14:00-17:00 | @wedding media | - | Got married!!! 💍 Alhamdulillah. Thank you everyone who came 🙏
2018-03 mon 12:10-13:00 | @office | location routine | Monday again 🙃
2018-04 sat 08:00-10:00 | @futsal | routine | first futsal as a married man, wife say come back by 11 😂
2018-04 tue 12:00-13:00 | - | - | Wife WFH today so I tapau lunch for her. good husband points +10 📈
2018-05 thu 19:00-21:00 | - | role | My boys set new coy record for M3 rig coupling. 9 min from water entry to full bridge. Steady lah 2nd platoon 💯
2018-05 tue,thu 19:30-21:00 | @gym | routine | back to gym after 2 weeks honeymoon 🏝️ everything heavy
2018-06-15 10:00-12:00 | @home | home | Raya with the in-laws for the first time. 4 houses in one day, we start here 😵
2018-07-02 19:00-21:00 | - | role | Promoted to 1SG today 🙏 Alhamdulillah. Thank you encik, thank you my boys in 2nd platoon
2018-07 wk 07:20-07:29 | @office | location routine | hot like siao already at 7:20am 🥵
2018-08 sat 23:00-23:59 | - | - | Crazy Rich Asians damn nice, Singapore looks so atas on screen 😂
2018-09-15 10:00-12:00 | @office media | unit location | 43 SCE Family Day! Kids allowed to climb on the bridge layer, my nephew refuse to come down 😂 #43SCE
2018-10 sat 02:00-02:40 | - | - | PUBG with the boys until 2am, wife not happy
2018-10-19 21:00-22:30 | - | role | Overseas exercise 3 weeks starting Monday, no signal in the field. Miss my wife's cooking already 😢
2018-11-14 20:00-22:00 | - | role | Back from overseas ex. 3 weeks of rafting in brown river water, my skin now 2 shades darker 😂
2018-11 tue,thu 19:30-21:00 | @gym | routine | after 3 weeks no gym my bench drop to 80kg 😭
2018-12-14 15:00-17:00 | @bkk1 | - | Bangkok!! 🇹🇭 first overseas trip with wife since the honeymoon
2018-12-15 12:00-14:00 | @bkk2 media | - | Chatuchak weekend market, spent all my baht in 2 hours
2018-12-16 13:00-15:00 | @bkk3 | - | Boat noodles, 12 bowls between 2 people, no regrets 🍜
2018-12-17 20:00-22:00 | @bkk4 | - | last night in BKK, rooftop view is crazy 🌃
2019-01-02 21:00-22:00 | - | routine | New year resolution: gym every Tue & Thu after work, Sat morning futsal, Sunday sleep. Don't jio me other days 😂
2019-01 wk 07:20-07:29 | @office | location routine | first parade in the rain, whole coy soaked before 7:30 ☔
2019-02 sat 08:00-10:00 | @futsal | routine | Kickoff got new turf, damn nice to play on
2019-02-05 15:00-18:00 | - | - | CNY visiting with wife's colleagues, collected 0 angpao but ate 100 pineapple tarts 🍍
2019-03 mon 20:00-22:00 | link=https://www.example.sg/careers/engineers | role unit | Bridging platoon of 43 SCE looking for 2 more regulars! If you like heavy machines and big rivers, DM me 😎 #43SCE #SAFcareers
2019-03 thu 12:10-13:00 | @office | location routine | cookhouse finally got chicken rice on Thursday 🍗
2019-04 fri 23:00-23:59 | - | - | Endgame spoiler-free review: cried 3 times. Wife cried 4 times.
2019-04 tue,thu 19:30-21:00 | @gym | routine | deadlift 180kg 🏋️‍♂️ finally
2019-05-08 21:00-22:00 | - | routine | Ramadan schedule: sahur 5am, work, buka at home 7.10pm, terawih 8.30. Gym paused until Raya 🙏
2019-06-05 11:00-14:00 | @home | home | Raya 2019 🌙 wife's first time making rendang, mum approved 👍
2019-06 fri 17:30-18:20 | @office | location routine | book out 🏃🏻 long weekend
2019-06 sat 08:00-10:00 | @futsal | routine | futsal ⚽ haze not bad today, can play
2019-07 thu 20:00-22:00 | - | role | Annual bridge proof-load test today. MLC 70 tank roll over and the bridge don't even flinch. Proud of my boys 🌉
2019-07 tue 07:00-08:00 | rt=mrt_updates_sg | - | [EWL] Due to a track fault, pls add 20mins travel time between Jurong East and Boon Lay.
2019-08-09 18:00-19:00 | - | - | Watching the NDP flypast from the void deck. Still get goosebumps when the Black Knights do the bomb burst 🇸🇬
2019-08 wed 20:00-22:00 | - | routine | Guard duty this Saturday 0800 to Sunday 0800. Pls bring me food 🙏
2019-09 sat 09:00-10:00 | - | - | Haze is back 😷 PSI 120 in the west. Futsal cancelled
2019-09 sun 18:00-20:00 | - | - | My cousin just passed out from the SCDF firefighter course! Proud of u bro 🚒
2019-10 sun 20:00-22:00 | - | - | Base camp for the Gunung Ledang climb next month confirmed, who's in? 🏔️
2019-10 mon 20:00-22:00 | - | role | Kena detailed as conducting officer for the new AVLB crew course. 10 NSFs, 6 weeks, pray for me 🙏
2019-11 sat 12:00-14:00 | - | - | Finally collected the keys to our BTO unit!! 🏠 Punggol here we come
2019-11 sun 16:00-18:00 | - | - | Bukit Panjang LRT station lift spoil again, carrying mum's groceries up the stairs 😤
2019-12 fri 18:00-20:00 | - | unit | Last parade of 2019 at 43 SCE. Thank you my boys, see you in 2020 🫡 #43SCE
2019-12 sat 23:00-23:59 | - | - | Rise of Skywalker... ok it's fine lah
2018-06 sun 19:00-21:00 | - | - | Regular customer at the prata shop liao, uncle give me extra curry without asking 😂
2017-07 sun 11:00-13:00 | - | - | Durian season!! D24 for mum, Mao Shan Wang for me 🤤
2019-03 sun 09:00-11:00 | @ecp | - | East Coast cycling with wife, 20km then sotong ball ✔️
2018-01 sun 13:00-15:00 | @jp | - | Jurong Point food court on a Sunday = war zone
2018-09 sun 21:00-22:30 | link=https://www.example.sg/food/best-kopi-west | - | This kopi ranking never include my kopitiam, fake news 😤
2019-05-02 20:00-22:00 | - | unit | 5 years today with the 43rd Battalion, Singapore Combat Engineers. Same camp, same boots, new knees needed 😂
2017-11 wed 18:30-20:00 | - | unit | #43SCE boys won the inter-battalion tug of war!! 💪 the other bn never stood a chance
2018-07 sun 20:00-22:00 | - | - | wife bought an air fryer, now everything also must air fry. even the kaya toast 😑
2017-09 sun 21:00-22:30 | - | - | F1 weekend traffic around Marina jialat sia, Grab surcharge also siao
2016-11 tue 19:00-21:00 | - | - | Paiseh to everyone who msg me, phone spoil, now using mum's old Nokia 😂 snake game still best
2018-10 wed 22:00-23:30 | - | - | Haidilao for wife's birthday, the staff dance until she paiseh 🎂
2017-07 sat 22:00-23:59 | - | - | Watched Dunkirk at the cinema, so loud the whole seat shaking 🔊
2019-10 sat 18:00-20:00 | - | - | My neighbour's cat always sleep at our door. I think she adopted us 🐈
2019-12-31 23:55-23:59 | - | - | Happy new year everyone 🎆 2020 let's go
""",
}
N3_ACCOUNT = {"id": "781234567", "username": "hafiz_rmn", "name": "Hafiz R.",
              "email": "hafiz.rmn@example.com", "created": "2012-08-19T11:02:44.000Z",
              "bio": "Sapper 🔧 | kopi-o kosong | MUFC till I die | views my own",
              "location": "Choa Chu Kang", "tz": "Singapore"}
N3_PEERS = {"zul_futsal": ("2875533190", "Zul"), "sgfoodtrail": ("912345678", "SG Food Trail"),
            "mrt_updates_sg": ("1423456789", "MRT updates SG")}
N3_DMS = [
    ("sg_defence_insights", "Grace Lim", "1055832140067311616", True, [
        ("2018-11-20 21:12", False, "Hi Hafiz! Saw your tweets about your bridging platoon, very impressive 😊 I'm a researcher with Asia Defence Insight, we write industry reports for clients."),
        ("2018-11-22 20:45", False, "Would you be open to a paid consultation? Just general things like how many AVLBs your battalion operates and typical launch timings. SGD 500 per hour."),
        ("2018-11-23 07:10", True, "Sorry, I can't discuss work stuff."),
        ("2018-11-26 21:30", False, "Totally understand! Even some photos of the bridge equipment during exercises would help, nothing classified of course. Can we continue on Telegram? easier for me, @gracelim_adi"),
        ("2018-11-29 22:05", False, "Or WeChat if you prefer. My client is very generous 🙏"),
        ("2018-11-30 06:58", True, "Not interested. Pls don't message me again."),
    ]),
    ("zul_futsal", "Zul", "2875533190", False, [
        ("2017-10-13 22:01", False, "bro court booked sat 8am kickoff"),
        ("2017-10-13 22:15", True, "ok can, I bring ball"),
        ("2017-10-14 11:30", False, "u still owe me $5 lol"),
        ("2017-10-14 11:32", True, "paylah u tonight"),
    ]),
    ("nadia_sk", "Nadia", "3312098456", False, [
        ("2018-04-17 16:50", False, "abang buy milk on the way home pls"),
        ("2018-04-17 17:41", True, "ok sayang, booking out now"),
        ("2018-04-17 17:42", False, "❤️"),
    ]),
]


def snowflake(dt, rng):
    ms = epoch(dt) * 1000 + rng.randint(0, 999)
    return str(((ms - 1288834974657) << 22) | rng.getrandbits(22))


def tco(rng):
    al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "https://t.co/" + "".join(rng.choice(al) for _ in range(10))


def build_x(persona, posts, acct, peers, dms, seed):
    rng = random.Random(seed)
    tz = ZoneInfo(persona["timezone"])
    files, records = [], []
    for p in posts:
        prng = p["rng"]
        tid = snowflake(p["local"], prng)
        text = p["text"]
        o = p["opts"]
        ents = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
        start = 0
        rec_extra = {}
        if o.get("rt"):
            sn = o["rt"]
            text = f"RT @{sn}: " + text
            if len(text) > 140:
                text = text[:139] + "…"
            ents["user_mentions"].append({"name": peers[sn][1], "screen_name": sn,
                                          "indices": ["3", str(4 + len(sn))],
                                          "id_str": peers[sn][0], "id": peers[sn][0]})
        if o.get("reply"):
            sn = o["reply"]
            ents["user_mentions"].append({"name": peers[sn][1], "screen_name": sn,
                                          "indices": ["0", str(1 + len(sn))],
                                          "id_str": peers[sn][0], "id": peers[sn][0]})
            parent = str(int(tid) - (prng.randint(10 ** 5, 10 ** 7) << 22))
            rec_extra = {"in_reply_to_status_id_str": parent, "in_reply_to_status_id": parent,
                         "in_reply_to_user_id": peers[sn][0], "in_reply_to_user_id_str": peers[sn][0],
                         "in_reply_to_screen_name": sn}
            start = 2 + len(sn)
        for m in re.finditer(r"(?<!\w)#(\w+)", text):
            ents["hashtags"].append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
        visible_end = len(text)
        if o.get("link"):
            short = tco(prng)
            i0 = len(text) + 1
            text = text + " " + short
            visible_end = len(text)
            ents["urls"].append({"url": short, "expanded_url": o["link"],
                                 "display_url": o["link"].split("://", 1)[1][:26] + "…",
                                 "indices": [str(i0), str(len(text))]})
        media = None
        if o.get("media"):
            short = tco(prng)
            mid = str(int(tid) - prng.randint(10 ** 6, 10 ** 8))
            base = "".join(prng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                           for _ in range(15))
            i0 = len(text) + 1
            text = text + " " + short
            media = {"expanded_url": f"https://twitter.com/{acct['username']}/status/{tid}/photo/1",
                     "indices": [str(i0), str(len(text))], "url": short,
                     "media_url": f"http://pbs.twimg.com/media/{base}.jpg", "id_str": mid, "id": mid,
                     "media_url_https": f"https://pbs.twimg.com/media/{base}.jpg",
                     "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                               "large": {"w": "2048", "h": "1536", "resize": "fit"},
                               "medium": {"w": "1200", "h": "900", "resize": "fit"},
                               "small": {"w": "680", "h": "510", "resize": "fit"}},
                     "type": "photo", "display_url": "pic.twitter.com/" + short[-10:]}
            ents["media"] = [media]
            files.append((f"data/tweet_media/{tid}-{base}.jpg", tiny_jpeg(tid)))
        html_text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        rec = {
            "retweeted": False,
            "source": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
            "entities": ents,
            "display_text_range": [str(start), str(visible_end)],
            "favorite_count": str(0 if o.get("rt") else prng.choice([0, 0, 1, 2, 3, 5, 8, 13])),
            "id_str": tid,
            "truncated": False,
            "retweet_count": str(prng.choice([0, 0, 0, 1, 2])),
            "id": tid,
            "created_at": p["local"].astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorited": False,
            "full_text": html_text,
            "lang": "en",
        }
        if media:
            rec["possibly_sensitive"] = False
            rec["extended_entities"] = {"media": [media]}
        rec.update(rec_extra)
        if p["point"]:
            lat, lon = p["point"]
            rec["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
            rec["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
            p["geo"] = {"lat": lat, "lon": lon}
            assert p["local"] < datetime(2019, 7, 1, tzinfo=tz), "precise geotags ended mid-2019"
        else:
            p["geo"] = None
        p["photo_gps"] = None
        p["native_id"] = tid
        p["label_text"] = text
        records.append({"tweet": rec})
    records.sort(key=lambda r: -int(r["tweet"]["id"]))
    files.append(("data/tweet.js", ytd("tweet", records)))
    aid = acct["id"]
    files.append(("data/account.js", ytd("account", [{"account": {
        "email": acct["email"], "createdVia": "web", "username": acct["username"],
        "accountId": aid, "createdAt": acct["created"], "accountDisplayName": acct["name"]}}])))
    files.append(("data/account-timezone.js", ytd("account_timezone", [{"accountTimezone": {
        "accountId": aid, "timeZone": acct["tz"]}}])))
    files.append(("data/profile.js", ytd("profile", [{"profile": {
        "description": {"bio": acct["bio"], "website": "", "location": acct["location"]},
        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1009876543210987520/Hq3x_Vp2.jpg"}}])))
    convs, contacts = [], []
    for handle, name, uid, sus, msgs in dms:
        cid = "-".join(sorted([aid, uid], key=int))
        out = []
        for when, from_me, text in msgs:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
            mid = snowflake(dt, rng)
            out.append({"messageCreate": {
                "recipientId": uid if from_me else aid, "reactions": [], "urls": [], "text": text,
                "mediaUrls": [], "senderId": aid if from_me else uid, "id": mid,
                "createdAt": dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"}})
        out.sort(key=lambda m: -int(m["messageCreate"]["id"]))
        convs.append({"dmConversation": {"conversationId": cid, "messages": out}})
        contacts.append({"handle": handle, "name": name, "suspicious": sus, "id": uid})
    files.append(("data/direct-messages.js", ytd("direct_message", convs)))
    files.append(("data/direct-messages-group.js", "window.YTD.direct_message_group.part0 = [ ]"))
    manifest = {"userInfo": {"accountId": aid, "userName": acct["username"], "displayName": acct["name"]},
                "archiveInfo": {"sizeBytes": "0", "generationDate": "2020-11-02T05:41:13.000Z",
                                "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "dataTypes": {
                    "tweet": {"mediaDirectory": "data/tweet_media",
                              "files": [{"fileName": "data/tweet.js", "globalName": "YTD.tweet.part0",
                                         "count": str(len(records))}]},
                    "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
                    "accountTimezone": {"files": [{"fileName": "data/account-timezone.js",
                                                   "globalName": "YTD.account_timezone.part0", "count": "1"}]},
                    "profile": {"mediaDirectory": "data/profile_media",
                                "files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
                    "directMessages": {"mediaDirectory": "data/direct_messages_media",
                                       "files": [{"fileName": "data/direct-messages.js",
                                                  "globalName": "YTD.direct_message.part0", "count": str(len(convs))}]},
                    "directMessagesGroup": {"files": [{"fileName": "data/direct-messages-group.js",
                                                       "globalName": "YTD.direct_message_group.part0", "count": "0"}]},
                }}
    files.append(("data/manifest.js", "window.__THAR_CONFIG = " + jackson(manifest)))
    files.append(("Your archive.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your Twitter Data</title></head>"
                                       "<body><div id=\"root\"></div><script src=\"assets/js/main.js\"></script></body></html>\n"))
    files.append(("data/README.txt", "Twitter Archive\n\nThis archive contains the data described in the manifest.js file.\n"))
    files.sort(key=lambda f: f[0])
    return files, contacts


# =================================================================== n4
# Facebook, pre-2022 layout (posts/your_posts_1.json at the top level).
# 林冠宇, storage & transfer operator, later shift supervisor (值班主任), at
# the invented 觀濱戰備儲油中心 (strategic oil reserve depot) on the Taoyuan
# coast.  Asia/Taipei.  Four-crew two-shift rota (四班二輪, 08:00/20:00 change
# of shift, 2 on 2 off), so work days are not fixed weekdays.
N4 = {
    "key": "n4-facebook-oilreserve",
    "platform": "facebook",
    "who": "林冠宇",
    "timezone": "Asia/Taipei",
    "unit": ["觀濱戰備儲油中心", "觀濱儲油中心", "觀濱油庫", "北儲"],
    "role": "儲運操作員（油槽巡檢、收發油），後任值班主任",
    "watch_role": "儲運操作員 / 值班主任",
    "office_name": "觀濱戰備儲油中心 大門 / 管理大樓",
    "places": {
        "office": {"name": "觀濱戰備儲油中心", "lat": 25.0213, "lon": 121.0561, "r": 90, "kind": "office"},
        "port": {"name": "觀濱漁港", "lat": 25.0228, "lon": 121.0545, "r": 0, "kind": "office"},
        "home": {"name": "家（中壢）", "lat": 24.9568, "lon": 121.2247, "r": 12, "kind": "home"},
        "breakfast": {"name": "阿珠早餐", "lat": 24.9781, "lon": 121.1556, "r": 12, "kind": "routine"},
        "gym": {"name": "鐵人健身工廠 中壢店", "lat": 24.9630, "lon": 121.2150, "r": 15, "kind": "routine"},
        "hospital": {"name": "中壢婦幼醫院", "lat": 24.9700, "lon": 121.2400, "r": 0, "kind": "other"},
        "ccp": {"name": "清泉崗空軍基地 營區開放", "lat": 24.2640, "lon": 120.6210, "r": 0, "kind": "other"},
        "mall": {"name": "青埔購物中心", "lat": 25.0020, "lon": 121.3010, "r": 0, "kind": "other"},
        "naha": {"name": "國際通", "lat": 26.2150, "lon": 127.6850, "r": 0, "kind": "other"},
        "aquarium": {"name": "美麗海水族館", "lat": 26.6944, "lon": 127.8779, "r": 60, "kind": "other"},
        "kouri": {"name": "古宇利大橋", "lat": 26.6950, "lon": 128.0210, "r": 0, "kind": "other"},
        "american": {"name": "美國村", "lat": 26.3160, "lon": 127.7580, "r": 50, "kind": "other"},
        "arena": {"name": "台北小巨蛋", "lat": 25.0518, "lon": 121.5498, "r": 0, "kind": "other"},
        "kinmen": {"name": "翟山坑道", "lat": 24.3950, "lon": 118.3180, "r": 0, "kind": "other"},
        "cinema": {"name": "中壢威秀影城", "lat": 24.9600, "lon": 121.2400, "r": 0, "kind": "other"},
    },
    "posts": r"""
2017-02-06 08:30-09:00 | chk @office | unit location routine | 報到第一天！觀濱戰備儲油中心，請多指教 🙏 #觀濱儲油中心
2017-02 any 12:00-13:00 | chk @port | location routine | 觀濱漁港的海鮮粥，午休時間衝一碗，湯頭超鮮 🦐
2017-02-11 20:00-21:30 | - | - | 元宵節快樂！老婆煮的芝麻湯圓一次吃了十顆，明天再減肥
2017-03 any 07:05-07:30 | chk @breakfast | routine | 阿珠早餐的蘿蔔糕加蛋，上班前的儀式感 ☕
2017-03 any 20:30-22:00 | - | role | 今天跟著學長巡檢12座油槽，走了快兩萬步，爬到浮頂上面風大到帽子差點飛走 😂
2017-03 any 21:00-23:00 | - | - | 吐槽一下，新買的掃地機器人一直撞牆，是在撞什麼啦
2017-04 sun 18:00-21:00 | - | - | 悠遊卡儲值了一千，一個禮拜就沒了，台北捷運到底多貴
2017-04 any 10:00-11:30 | pic @gym | routine | 休假日的早上就是要來練背 💪
2017-04 any 19:40-19:58 | pic @office | location routine | 今天的夕陽直接把整排油槽染成橘色 🌅 準備接夜班
2017-05 any 20:30-22:30 | - | role | 四用氣體偵測器校正完，一台一台測，LEL、O2、CO、H2S 都正常才能發出去，safety first
2017-05 sat 15:00-18:00 | - | - | 研究了一下午的冷氣，所有的牌子看起來都一樣，最後還是買最便宜的 XD
2017-05 any 07:05-07:30 | pic @breakfast | routine | 老闆娘已經知道我要大冰奶了，完全不用開口
2017-06 any 18:00-20:00 | - | - | 梅雨季，機車雨衣穿到懷疑人生 ☔
2017-06 any 21:00-23:00 | - | role routine | 四班二輪的人生：做二休二，白班早上8點到晚上8點，夜班晚上8點到早上8點，過年照排 😑
2017-07 any 12:00-13:00 | chk @port | location routine | 漁港旁邊的冰店，午休吃一碗芒果冰消暑 🥭
2017-07 sat 22:00-23:30 | - | - | 《敦克爾克大行動》IMAX 看完耳朵還在嗡嗡叫，諾蘭真的很會
2017-07-30 02:00-03:30 | - | role unit | 颱風夜留守，全中心只剩我們這一班，外面風雨超大，浮頂排水一直盯著不敢離開
2017-07-28 21:00-22:00 | - | - | 所以說颱風假到底放不放啦，快點決定好嗎
2017-08 any 10:00-11:30 | pic @gym | routine | 深蹲 100kg 達成 🎉
2017-09 any 20:00-22:00 | - | role | 考過乙級公共危險物品保安監督人了！！讀了三個月總算沒白費 ✌️
2017-10-04 18:00-21:00 | pic n=3 | - | 中秋烤肉，鄰居全家都來了，烤了十斤肉 🥩
2017-10 any 07:40-07:58 | pic @office | location routine | 大門口警衛室換了新的門禁系統，手機鏡頭還要貼貼紙才能進去 😂
2017-10 sun 21:00-23:00 | - | - | 重看《報告班長》，當兵的回憶都回來了，班長的台詞我到現在都會背
2017-11 any 20:30-22:00 | - | unit | 我們中心今年安全績效又拿獎了，主任開心到請全部人吃雞排 🍗
2017-11 any 07:05-07:30 | chk @breakfast | routine | 今天吃鐵板麵加蛋，吃完去接班
2017-12 sat 20:00-22:00 | - | - | 老婆的小金庫被我發現了 😏 裡面有三千塊跟一張刮刮樂
2017-12 any 10:00-11:30 | pic @gym | routine | 年底最後一次練腿，走路像企鵝 🐧
2017-12-31 23:30-23:59 | - | - | 跨年在家看煙火直播，老了老了，明年見
2018-01 any 20:30-22:30 | - | role | 動火許可單簽到手軟，今天管線那邊要補焊，氣體偵測一小時測一次，一點都不能馬虎
2018-01 sat 18:00-20:00 | pic @home | home | 寒流來了，在家煮薑母鴨 🦆
2018-02-09 21:00-23:00 | - | unit | 北儲的尾牙今年辦在海邊的活動中心，抽到一台氣炸鍋 😆
2018-02-15 20:00-22:00 | - | - | 新年快樂！回岳父家吃年夜飯，紅包發到破產 🧧
2018-03 any 19:40-19:58 | pic @office | role location routine | 交班前最後一圈巡檢，海風好舒服
2018-03 sun 11:00-13:00 | - | - | 高鐵站接老媽，她帶了三大袋菜上來，說北部的菜太貴
2018-04 any 20:00-22:00 | - | role | 侷限空間作業主管訓練18小時，最後考試手心都是汗
2018-04 any 07:05-07:30 | chk @breakfast | routine | 早餐店電視在播油價又要漲了，老闆娘說她的機車要改騎腳踏車了 😂
2018-05 any 20:30-22:30 | - | role | 清槽作業第三天，穿全套防護衣在槽裡面鏟油泥，出來整個人像剛從烤箱出來 🥵
2018-06 any 21:00-23:00 | - | - | 這個網站訂票一直當機，端午節回嘉義的票搶不到 😭
2018-07 any 08:30-10:00 | - | role | 收油收了一整晚，油輪靠SPM卸油，外海風浪大，控制室盯到眼睛都乾了
2018-07 sat 15:00-18:00 | pic @home | home | 嬰兒床組好了！說明書看了三遍還是多出兩顆螺絲 🤔
2018-08-31 19:00-21:00 | - | - | 加油！中華隊！⚾ 亞運棒球衝啊
2018-08 any 07:05-07:30 | pic @breakfast | routine | 一個人吃早餐的日子倒數中（預產期下個月）
2018-09-12 14:00-16:00 | chk @hospital | - | 安安出生了！3280g，母女均安 ❤️ 謝謝醫院的護理師們
2018-09 any 20:00-22:00 | - | - | 油飯彌月禮盒試吃，這家的香菇超大塊
2018-10 sun 15:00-18:00 | pic @home n=2 | home | 安安滿月，爸爸已經成功換了一百片尿布 💪
2018-10 any 12:00-13:00 | - | - | 老婆今天在家工作，我負責煮午餐，番茄炒蛋上線 🍅
2018-11 any 20:30-22:00 | - | unit role | 油庫今年的消防演練，泡沫車一噴整片白茫茫，像下雪一樣 ❄️
2018-11 any 10:00-11:30 | pic @gym | routine | 半夜顧小孩加上輪班，健身只剩休假的早上，今天還是來了
2018-12-01 10:00-12:00 | chk @ccp | - | 清泉崗空軍基地開放參觀，IDF 低空通過，安安被嚇哭，爸爸超興奮 ✈️
2018-12 any 19:40-19:58 | chk @office | unit location routine | 觀濱油庫的狗狗們又多了兩隻，警衛大哥說是自己跑進來的 🐕
2019-01 any 20:30-22:30 | - | role | 安全查核的表格又來了，親戚朋友誰在大陸工作都要寫，我三叔在昆山開工廠算不算 😂
2019-02-06 18:00-20:00 | - | - | 過年帶安安回嘉義，她第一次坐高鐵，一路睡到下車 🚄
2019-02 sat 23:00-23:59 | - | - | 戰車世界打到半夜，老婆已經不想理我了
2019-03-01 20:00-22:00 | - | role | 升值班主任了 😳 以後整個班出事都我要扛，壓力山大，但還是謝謝主任的信任 🙏
2019-03-04 07:40-07:58 | pic @office | role location routine | 新官上任第一天，七點四十就到大門口了，比菜鳥還早
2019-04 any 20:30-22:00 | - | role | 帶新人第一課：閥門不確定就不要開。第二課：還是一樣。第三課：有問題就問，問十次也沒關係
2019-04 sun 14:00-17:00 | chk @mall | - | 週末帶安安去購物中心，她只對電梯有興趣，上上下下玩了半小時
2019-05 any 10:00-11:30 | pic @gym | routine | 硬舉 160kg，老婆問我是不是中年危機 😂
2019-05 any 21:00-22:30 | - | - | 老爸退休前在煉油廠做了三十年，今天他又說現在年輕人都不懂手動閥，我只能一直點頭
2019-06 any 20:30-22:00 | - | role | 新的DCS畫面上線，老鳥們都在罵看不習慣，我覺得還好啦，至少警報不會擠成一團
2019-06 any 12:00-13:00 | chk @port | location routine | 午休在漁港堤防吹風，今天海超藍 🌊
2019-07-12 16:00-18:00 | chk @naha | - | 沖繩第一天！國際通好多人，安安在推車裡睡得好香
2019-07-13 11:00-13:00 | pic @aquarium n=3 | - | 美麗海水族館的鯨鯊好大！安安一直喊「魚魚」🐋
2019-07-14 10:00-12:00 | chk @kouri | - | 古宇利大橋的海也太藍了吧 😍
2019-07-15 13:00-15:00 | pic @american | - | 最後一天在美國村吃了 A&W 的沙士跟捲捲薯，回家囉 ✈️
2019-08-09 21:00-23:00 | - | - | 颱風天泡麵配韓劇，老婆說這才是人生
2019-08 any 07:05-07:30 | chk @breakfast | routine | 老闆娘今天請我喝紅茶，說我是她開店以來最準時的客人 😂
2019-09-12 19:00-21:00 | pic @home n=2 | home | 安安一歲生日 🎂 抓周抓到遙控器，未來的沙發馬鈴薯
2019-09 any 20:30-22:00 | - | unit | 北儲 x 消防局聯合演練，演練完大家一起吃便當，滿滿的人情味 🚒
2019-10 sat 21:00-23:30 | chk @cinema | - | 去電影院看《返校》，嚇到差點把爆米花丟出去
2019-10 any 10:00-11:30 | pic @gym | routine | 三個月沒破PR，今天終於臥推 100 ✌️
2019-11 any 18:00-19:30 | - | routine | 這週輪夜班，晚上八點交接，有事 LINE 我，白天可能在睡覺 😴
2019-11 sun 14:00-17:00 | pic | - | 車庫終於整理乾淨了，可以停兩台機車加一台嬰兒推車
2019-12 any 20:30-22:00 | - | role | 防溢堤裡面的雜草長太高，今天全班拿鐮刀當園丁 🌿
2019-12 any 20:05-20:30 | pic @office | location routine | 下班，今天的月亮超圓，油槽上一整排燈好像聖誕樹 🎄
2019-12-31 22:00-23:00 | - | - | 2019 掰掰，謝謝這一年，2020 繼續加油 💪
2020-01-01 00:10-00:40 | chk @arena | - | 跨年演唱會，嗓子喊啞了 🎤
2020-02 any 20:30-22:00 | - | unit role | 疫情期間中心改成分艙分流，交班不能碰面，全靠白板留言
2020-02 any 16:00-18:00 | - | - | 醫院現在進出都要量體溫，帶安安打預防針排了半小時
2020-03 sat 22:00-23:59 | - | - | 《神鬼認證》系列一口氣重看完，Jason Bourne 才是真男人
2020-04 any 20:00-22:00 | - | routine | 下週開始排白班，早上七點四十要到大門刷卡，晚上八點半才到家，安安醒著的時間都看不到 QQ
2020-04 sun 15:00-17:00 | pic @home | home | 在家陪安安畫畫，她把牆壁當畫布 🖍️
2020-04-22 20:00-22:00 | - | - | 油價又跌了，機車加滿不用一百五，難得的好消息
2020-05 any 12:00-13:00 | chk @port | location routine | 漁港的海產店終於可以內用了，午休吃一盤炒海瓜子慶祝
2020-06 any 20:30-22:00 | - | role | 證照複訓六小時，老師講的案例都是真實意外，聽完全班都很安靜
2020-06-27 13:00-15:00 | chk @kinmen | - | 第一次來金門，翟山坑道裡面好涼，當年挖這個的阿兵哥真的辛苦了
2020-07-18 10:00-12:00 | chk @office n=2 | unit location | 觀濱儲油中心今年的家庭日！安安第一次看到消防車，興奮到尖叫 🚒
2020-07 any 07:05-07:30 | pic @breakfast | routine | 夏天的早餐就是要大冰奶，三年如一日
2020-08-25 19:00-21:00 | - | - | 七夕帶老婆去吃牛排，安安給阿嬤顧 ❤️
2020-08 any 20:00-22:00 | - | location | 送貨的請走海濱路三段的二號門，不要跑去正門，警衛會趕人喔（幫廠商朋友轉一下）
2020-09-12 18:00-20:00 | - | - | 安安兩歲了 🎂 已經會說「爸爸去上班班」了
2020-09 any 10:00-11:30 | pic @gym | routine | 休假日照樣來報到，教練說我是全館最準時的 💪
2020-09 any 18:00-20:00 | link=https://www.example.tw/typhoon-prep | - | 這篇颱風防災懶人包很實用，大家存起來
2020-10 any 20:30-22:00 | - | role | 颱風過後巡檢，浮頂上面積水、排水管卡滿落葉，一個一個清
2020-10-10 10:00-11:30 | - | - | 國慶日看閱兵直播，安安跟著國歌拍手 🇹🇼
2020-10 any 19:40-19:58 | pic @office | location routine | 今天的晚霞好誇張，交班前拍一張 🌇
2018-06 sat 21:00-23:00 | - | - | 夜市戰利品：大腸包小腸、雞排、地瓜球，明天再跑步
2019-06 sun 17:00-19:00 | - | - | 安安會走路了！搖搖晃晃走了五步就撲到我身上 🥹
2020-01 any 17:00-19:00 | - | - | 機車大保養花了三千多，荷包大失血
2020-03-18 21:00-22:30 | - | - | 老婆生日，偷偷訂了一束花，結果她說花好貴還不如去吃火鍋 😂
2017-03 sat 22:00-23:59 | - | - | 重看《鋼鐵英雄》，戰爭場面還是看得很難受
2020-10 sun 09:00-11:00 | pic | - |
""",
}
N4_PROFILE = {"name": "林冠宇", "first": "冠宇", "last": "林", "slug": "kuanyu.lin.5"}
N4_DMS = [
    ("chen.jingli.energy", "陳經理", "chenjingli_Qx7Lm2Pa9K", True, [
        ("2019-04-10 21:05", False, "林主任您好，冒昧打擾，我們是做能源產業研究的顧問公司，看到您在北儲服務，想請教一些產業問題 🙏"),
        ("2019-04-10 21:07", False, "主要想了解觀濱那邊的油槽數量、各槽容量跟目前的儲存天數，純粹做市場報告用"),
        ("2019-04-11 09:20", True, "不好意思，工作上的事情不方便談"),
        ("2019-04-13 20:41", False, "了解了解～我們可以付顧問費，一小時五千，保證不會寫出您的名字"),
        ("2019-04-13 20:43", False, "如果方便的話，廠區配置圖或是幾張現場照片也可以，報酬可以再談"),
        ("2019-04-13 20:44", False, "這邊講話不方便，要不要加個LINE或Telegram？ID: energy_chen88"),
        ("2019-04-14 08:15", True, "請不要再傳訊息了，我會跟公司報告"),
    ]),
    ("mama.huang", "黃秀琴", "huangxiuqin_Tz4Rk8Wn1B", False, [
        ("2019-11-20 18:02", False, "這禮拜六回來吃飯嗎？"),
        ("2019-11-20 21:40", True, "這週輪夜班，下禮拜啦"),
        ("2019-11-20 21:41", False, "好，安安的疫苗記得去打"),
        ("2019-11-21 07:30", True, "有啦 媽妳放心"),
    ]),
    ("akai.wu", "吳凱文", "wukaiwen_Hm3Vc6Ys0D", False, [
        ("2020-05-06 12:10", False, "禮拜六早上打球？"),
        ("2020-05-06 20:15", True, "我那天白班 QQ 下禮拜"),
        ("2020-05-06 20:16", False, "輪班仔 XD OK 下禮拜"),
    ]),
]


def build_facebook(persona, posts, prof, dms, seed):
    rng = random.Random(seed)
    tz = ZoneInfo(persona["timezone"])
    me = prof["name"]
    files, out = [], []
    album = "MobileUploads_Kp3x8Wq2Lm"
    for i, p in enumerate(posts):
        prng = p["rng"]
        o = p["opts"]
        ts = epoch(p["local"])
        text = p["text"]
        entry = {"timestamp": ts}
        attachments = []
        p["geo"] = None
        p["photo_gps"] = None
        place = persona["places"].get(o.get("gps")) if o.get("gps") else None
        title = f"{me} updated his status."
        if o.get("chk"):
            lat, lon = place["lat"], place["lon"]
            if place["r"]:
                lat, lon = p["point"]
            attachments.append({"data": [{"place": {
                "name": place["name"], "coordinate": {"latitude": lat, "longitude": lon},
                "address": "", "url": f"https://www.facebook.com/pages/{stable_digits(place['name'], n=15)}"}}]})
            p["geo"] = {"lat": lat, "lon": lon}
            title = f"{me} was at {place['name']}."
        n = int(o.get("n", 1)) if (o.get("pic") or o.get("n")) else 0
        if o.get("pic") or (o.get("chk") and o.get("n")):
            media = []
            for k in range(n):
                a = prng.randint(10 ** 8, 10 ** 9 - 1)
                b = 1000000000000 + ts * 7 + k * 13 + prng.randint(0, 999)
                uri = f"posts/media/{album}/{a}_{b}_{prng.randint(10 ** 15, 10 ** 16 - 1)}_n_{b}.jpg"
                files.append((uri, tiny_jpeg(uri)))
                taken = ts - prng.randint(40, 480)
                exif = {"upload_ip": f"203.0.113.{prng.randint(2, 250)}"}
                if o.get("pic"):
                    exif.update({"taken_timestamp": taken, "modified_timestamp": taken,
                                 "camera_make": "samsung", "camera_model": "SM-G9650",
                                 "exposure": prng.choice(["1/60", "1/120", "1/250", "1/500"]),
                                 "f_stop": "1.5", "iso": prng.choice([50, 64, 100, 200, 400]),
                                 "focal_length": "4.3", "orientation": 1,
                                 "original_width": 4032, "original_height": 3024})
                    if place and not o.get("chk"):
                        if k == 0:
                            lat, lon = p["point"]
                        else:
                            lat, lon = jitter(prng, place["lat"], place["lon"], place["r"])
                        exif["latitude"], exif["longitude"] = lat, lon
                        if k == 0:
                            p["photo_gps"] = {"lat": lat, "lon": lon}
                media.append({"media": {"uri": uri, "creation_timestamp": ts,
                                        "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
                                        "title": "Mobile Uploads", "description": text}})
            attachments.insert(0, {"data": media})
            if not o.get("chk"):
                title = f"{me} added a new photo." if n == 1 else f"{me} added {n} new photos."
        if o.get("link"):
            attachments.append({"data": [{"external_context": {"url": o["link"]}}]})
            title = f"{me} shared a link."
        if attachments:
            entry["attachments"] = attachments
        data = []
        if text:
            data.append({"post": text})
        if prng.random() < 0.15:
            data.append({"update_timestamp": ts + prng.randint(60, 3600)})
        entry["data"] = data
        entry["title"] = title
        out.append(entry)
        p["native_id"] = "fb" + stable_digits(persona["key"], ts, text, n=16)
        p["label_text"] = text
    out.sort(key=lambda e: -e["timestamp"])
    files.append(("posts/your_posts_1.json", meta_json(out)))
    files.append(("profile_information/profile_information.json", meta_json({"profile": {
        "name": {"full_name": me, "first_name": prof["first"], "middle_name": "", "last_name": prof["last"]},
        "emails": {"emails": ["kuanyu.lin87@example.com"], "previous_emails": [], "pending_emails": [],
                   "ad_account_emails": []},
        "birthday": {"year": 1987, "month": 4, "day": 12},
        "gender": {"gender_option": "MALE", "pronoun": "MALE"},
        "previous_names": [], "other_names": [],
        "current_city": {"name": "Zhongli, Taoyuan, Taiwan", "timestamp": 1420070400},
        "hometown": {"name": "Chiayi, Taiwan", "timestamp": 1262304000},
        "relationship": {"status": "Married", "partner": "陳怡瑜", "anniversary": {"year": 2016, "month": 10, "day": 22},
                         "timestamp": 1477123200},
        "family_members": [{"name": "陳怡瑜", "relation": "Wife", "timestamp": 1477123200}],
        "education_experiences": [{"name": "嘉南海事工商專科學校", "graduated": True,
                                   "concentrations": ["化工科"], "school_type": "College", "timestamp": 1262304000}],
        "work_experiences": [],
        "languages": [{"name": "中文", "timestamp": 1262304000}, {"name": "English", "timestamp": 1262304000}],
        "about_me": "安安的爸爸｜重訓｜能吃就是福",
        "registration_timestamp": 1262304000,
        "profile_uri": f"https://www.facebook.com/{prof['slug']}"}})))
    contacts = []
    for handle, name, folder, sus, msgs in dms:
        ms_list = []
        for when, from_me, text in msgs:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
            ms_list.append({"sender_name": me if from_me else name,
                            "timestamp_ms": epoch(dt) * 1000 + rng.randint(0, 999),
                            "content": text, "type": "Generic"})
        ms_list.sort(key=lambda m: -m["timestamp_ms"])
        files.append((f"messages/inbox/{folder}/message_1.json", meta_json({
            "participants": [{"name": name}, {"name": me}], "messages": ms_list, "title": name,
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{folder}"})))
        contacts.append({"handle": handle, "name": name, "suspicious": sus, "id": None})
    files.sort(key=lambda f: f[0])
    return files, contacts


# ================================================================== main
def main():
    for persona in (N1, N2, N3, N4):
        check_places(persona)
    seeds = {"n1": 5101, "n2": 5202, "n3": 5303, "n4": 5404}

    posts = materialise(N1, seeds["n1"])
    files, contacts = build_instagram(N1, posts, N1_DMS, seeds["n1"] + 1)
    emit(N1, posts, contacts, files, (2024, 2, 3, 9, 12, 0))

    posts = materialise(N2, seeds["n2"])
    files, kept = build_mastodon(N2, posts, N2_PROFILE, seeds["n2"] + 1)
    emit(N2, kept, [], files, (2024, 1, 6, 14, 30, 0))

    posts = materialise(N3, seeds["n3"])
    files, contacts = build_x(N3, posts, N3_ACCOUNT, N3_PEERS, N3_DMS, seeds["n3"] + 1)
    emit(N3, posts, contacts, files, (2020, 11, 2, 5, 41, 12))

    posts = materialise(N4, seeds["n4"])
    files, contacts = build_facebook(N4, posts, N4_PROFILE, N4_DMS, seeds["n4"] + 1)
    emit(N4, posts, contacts, files, (2020, 11, 15, 10, 0, 0))


if __name__ == "__main__":
    main()
