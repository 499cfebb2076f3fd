#!/usr/bin/env python3
"""Blind evaluation set 4 for the mosaic-effect detector.

Writes four invented personas into this folder, each as KEY.zip (the archive in
the platform's real on-disk layout), KEY.labels.json (ground truth, same schema as
../shared/eval/dev) and KEY.watchlist.toml, plus README.md with the summary table.

    python3 generate.py          # (re)generate everything, then self-check
    python3 generate.py --check  # only re-read the archives and compare to labels

Standard library only. Every random choice comes from a seeded random.Random and
every zip entry gets a fixed timestamp, so reruns are byte-identical.
All people, units, worksites, homes and routine venues (and their coordinates) are
invented; real cities appear only as background and as one-off trip destinations.
"""
import csv
import hashlib
import html
import io
import json
import math
import os
import random
import re
import sys
import zipfile
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2025, 6, 1, 12, 0, 0)
UTC = timezone.utc

# --------------------------------------------------------------------------
# Scheduling: turn "when" specs (local time) into UTC instants
# --------------------------------------------------------------------------
WEEKDAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def parse_days(spec):
    out = set()
    for part in spec.split(","):
        if part == "wd":
            out |= {0, 1, 2, 3, 4}
        elif part == "we":
            out |= {5, 6}
        elif part == "any":
            out |= set(range(7))
        else:
            out.add(WEEKDAY[part])
    return out


class Scheduler:
    """Picks local times for posts and converts them to UTC.

    when is either "YYYY-MM-DD HH:MM[:SS]" (explicit local time) or
    "DAYS HH:MM-HH:MM [YYYY-MM-DD..YYYY-MM-DD]" where DAYS is wd, we, any, mon..sun
    or a comma list; a window whose end is before its start runs past midnight
    (the weekday is the day the window starts on, as for a night shift).
    """

    def __init__(self, tz, start, end, seed, blocked=()):
        self.tz = ZoneInfo(tz)
        self.start = date.fromisoformat(start)
        self.end = date.fromisoformat(end)
        self.rng = random.Random(seed)
        self.used = []
        self.blocked = set(date.fromisoformat(d) for d in blocked)

    def _aware(self, naive):
        aware = naive.replace(tzinfo=self.tz)
        back = aware.astimezone(UTC).astimezone(self.tz).replace(tzinfo=None)
        if back != naive:  # falls in a DST gap
            return None
        return aware

    def _free(self, ts, gap=150):
        return all(abs(ts - u) >= gap for u in self.used)

    def place(self, when):
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d) (\d\d):(\d\d)(?::(\d\d))?", when)
        if m:
            sec = int(m.group(4)) if m.group(4) else self.rng.randint(0, 59)
            naive = datetime.fromisoformat(f"{m.group(1)} {m.group(2)}:{m.group(3)}:00") + timedelta(seconds=sec)
            for _ in range(200):
                aware = self._aware(naive)
                if aware and self._free(aware.timestamp(), gap=60):
                    break
                naive += timedelta(seconds=61)
            else:
                raise RuntimeError(f"cannot place {when}")
            self.used.append(aware.timestamp())
            return aware.astimezone(UTC), naive
        m = re.fullmatch(r"(\S+) (\d\d):(\d\d)-(\d\d):(\d\d)(?: (\d{4}-\d\d-\d\d)\.\.(\d{4}-\d\d-\d\d))?", when)
        if not m:
            raise ValueError(when)
        days = parse_days(m.group(1))
        a = int(m.group(2)) * 60 + int(m.group(3))
        b = int(m.group(4)) * 60 + int(m.group(5))
        length = (b - a) % 1440 or 1440
        lo = date.fromisoformat(m.group(6)) if m.group(6) else self.start
        hi = date.fromisoformat(m.group(7)) if m.group(7) else self.end
        span = (hi - lo).days
        for _ in range(5000):
            d = lo + timedelta(days=self.rng.randint(0, span))
            if d.weekday() not in days or d in self.blocked:
                continue
            minute = a + self.rng.randint(0, length)
            naive = datetime(d.year, d.month, d.day) + timedelta(minutes=minute, seconds=self.rng.randint(0, 59))
            if naive.date() in self.blocked:
                continue
            aware = self._aware(naive)
            if not aware or not self._free(aware.timestamp()):
                continue
            self.used.append(aware.timestamp())
            return aware.astimezone(UTC), naive
        raise RuntimeError(f"cannot place {when}")


def jitter(rng, lat, lon, max_m):
    r = max_m * math.sqrt(rng.random())
    th = rng.random() * 2 * math.pi
    dlat = r * math.cos(th) / 111320.0
    dlon = r * math.sin(th) / (111320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def metres(a_lat, a_lon, b_lat, b_lon):
    r = 6_371_000
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def P(when, labels, text, geo=None, **extra):
    """One post spec. labels is a space-separated string ("" = benign)."""
    d = {"when": when, "labels": sorted(labels.split()), "text": text, "geo": geo}
    d.update(extra)
    return d


def schedule(persona):
    """Resolve times and coordinates for every post spec of a persona."""
    sch = Scheduler(persona["tz"], persona["start"], persona["end"], persona["seed"],
                    persona.get("blocked", ()))
    rng = random.Random(persona["seed"] + 1)
    # explicit times first so random picks avoid them
    order = sorted(range(len(persona["posts"])),
                   key=lambda i: 0 if re.match(r"\d{4}-", persona["posts"][i]["when"]) else 1)
    for i in order:
        p = persona["posts"][i]
        p["utc"], p["local"] = sch.place(p["when"])
        p["lat"] = p["lon"] = None
        g = p["geo"]
        if g is None:
            continue
        if isinstance(g, tuple):
            p["lat"], p["lon"] = jitter(rng, g[0], g[1], g[2] if len(g) > 2 else 25)
        else:
            place = persona["places"][g]
            if place.get("fixed"):
                p["lat"], p["lon"] = place["lat"], place["lon"]
            else:
                p["lat"], p["lon"] = jitter(rng, place["lat"], place["lon"], place["r"])
    persona["posts"].sort(key=lambda p: p["utc"])
    return persona


# --------------------------------------------------------------------------
# Small helpers shared by the writers
# --------------------------------------------------------------------------
def tiny_jpeg(comment):
    """A valid 8x8 grey baseline JPEG (JFIF) with a COM segment; no EXIF."""
    def seg(marker, payload):
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xDB, b"\x00" + bytes([1] * 64))
    out += seg(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")   # DC: one 1-bit code, category 0
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")   # AC: one 1-bit code, EOB
    out += seg(0xFE, comment.encode("ascii"))
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    out += b"\x3f"  # DC cat 0 ('0'), EOB ('0'), padded with 1s
    out += b"\xff\xd9"
    return out


def write_zip(path, files):
    """files: list of (name, bytes). Fixed timestamps, fixed order, deflate."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            z.writestr(info, data)


def fb_encode(obj):
    """Facebook's exporter writes each UTF-8 byte as a \\u00XX escape (mojibake)."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [fb_encode(x) for x in obj]
    if isinstance(obj, dict):
        return {fb_encode(k): fb_encode(v) for k, v in obj.items()}
    return obj


def fb_dumps(obj):
    return json.dumps(fb_encode(obj), indent=2, ensure_ascii=True).encode("ascii")


def fb_fix(s):
    """What a loader does: undo the mojibake per string, fall back on error."""
    if isinstance(s, str) and all(ord(c) < 256 for c in s):
        try:
            return s.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return s
    return s


def tw_json(v, ind=0):
    """Twitter archive pretty-printer: 2-space indent, ' : ', empty '[ ]'."""
    sp = "  "
    if isinstance(v, dict):
        if not v:
            return "{ }"
        items = [f"{sp * (ind + 1)}{json.dumps(k, ensure_ascii=False)} : {tw_json(x, ind + 1)}" for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + sp * ind + "}"
    if isinstance(v, list):
        if not v:
            return "[ ]"
        items = [sp * (ind + 1) + tw_json(x, ind + 1) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + sp * ind + "]"
    return json.dumps(v, ensure_ascii=False)


class Raw(str):
    """A pre-formatted JSON token (Telegram numbers)."""


def tg_json(v, depth=0):
    """Telegram Desktop JsonWriter style: 1-space indent per level, '": "'."""
    if isinstance(v, Raw):
        return str(v)
    if isinstance(v, dict):
        items = [("\n" + " " * (depth + 1) + json.dumps(k, ensure_ascii=False) + ": " + tg_json(x, depth + 1))
                 for k, x in v.items()]
        return "{" + ",".join(items) + "\n" + " " * depth + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        items = ["\n" + " " * (depth + 1) + tg_json(x, depth + 1) for x in v]
        return "[" + ",".join(items) + "\n" + " " * depth + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        s = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        return '"' + s.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + '"'
    raise TypeError(type(v))


def tg_num(x):
    """std::to_string(double) as used by tdesktop: fixed, 6 decimals."""
    return Raw(f"{x:.6f}")


def snowflake(rng, dt, epoch_ms=1288834974657):
    ms = int(dt.timestamp() * 1000) + rng.randint(0, 999)
    return str(((ms - epoch_ms) << 22) | rng.getrandbits(22))


def li_share_id(rng, dt):
    ms = int(dt.timestamp() * 1000) + rng.randint(0, 999)
    return str((ms << 22) | rng.getrandbits(22))


# ==========================================================================
# m1 — LinkedIn, Australian English, Australia/Adelaide (DST), guided weapons
# ==========================================================================
def persona_m1():
    posts = [
        # ---- unit (named in several ways) --------------------------------
        P("2023-02-13 12:21", "role unit",
          "Four years ago today I walked into Kowari Guided Weapons Facility as an ex-RAAF avionics tech who reckoned he knew test sets.\n"
          "\n"
          "Turns out I knew about half of it.\n"
          "\n"
          "Massive thanks to the crew at KGWF for teaching me the other half – especially the Level 4s who let me make my mistakes on the training rounds and not the real ones.\n"
          "\n"
          "Here's to the next four.\n"
          "\n"
          "#KGWF #guidedweapons #defenceindustry #SouthAustralia"),
        P("wd 12:05-12:50 2022-03-01..2022-04-30", "role unit",
          "Kowari GWF is hiring 🔧\n"
          "\n"
          "We're after avionics or electronics techs (ex-ADF very welcome) who don't mind a bit of paperwork with their soldering. You'll need to be able to hold an NV1 and be happy to sit your EO licence in the first year.\n"
          "\n"
          "Flick me a message and I'll point you at the right people.\n"
          "\n"
          "#hiring #avionics #veterans #adelaidejobs"),
        P("wd 19:30-21:30 2022-10-04..2022-10-28", "role unit",
          "Stoked to share I've been made a Level 3 technician at the GW shop. In practice it means my name goes on the maintenance record as the certifying tech, not just the bloke holding the spanner. Thanks to everyone who signed off my competencies over the last 18 months 🙏"),
        P("wd 12:05-12:45", "unit",
          "Our place made the Defence news this week for ten years without a lost-time injury. Ten years of people looking out for each other. Proud to be a small part of it at Kowari."),
        P("wd 19:40-21:00", "role unit",
          "Really proud of our two apprentices who signed off their first all-up round inspection unsupervised this week. The training cell at KGWF is the best-kept secret in SA defence industry."),
        P("sun 16:00-19:30", "unit",
          "Families day at Kowari GWF today. No phones past the gatehouse so no photos, but my daughter has decided the fire truck is the most important thing we've got. She might be right."),
        P("fri 17:00-20:00", "unit",
          "#KowariGWF took out the tug-of-war at the base sports day for the third year running. Turns out lifting canisters all week is decent training 💪"),
        P("wd 12:10-12:50 2024-02-01..2025-05-20", "role unit",
          "10,000th round through the ATE at our place since the line opened. Cake was had. Photos were not (you know why)."),
        P("wd 19:30-21:00 2024-06-01..2025-05-20", "role unit",
          "Six years in guided weapons at Kowari. Three things I'd tell my younger self:\n"
          "\n"
          "1. The paperwork IS the job. The round is just the bit you get to touch.\n"
          "2. Nothing is ever \"just a quick look\".\n"
          "3. The shelf-life tracker is your best mate. Feed it.\n"
          "\n"
          "#guidedweapons #avionics #maintenance"),

        # ---- role through shop talk ---------------------------------------
        P("wd 16:30-20:30", "role",
          "Spent the whole arvo chasing an intermittent on a seeker head. BIT passes stone cold, then throws a fault about twenty minutes into the cool-down. Love a gremlin. Hate a gremlin."),
        P("wd 16:30-21:00", "role",
          "Nothing humbles you quite like torquing up a control section to spec while the QA rep stands behind you reading the tech pubs out loud."),
        P("wd 12:00-13:00 2021-05-01..2021-12-15", "role",
          "Passed my Explosive Ordnance licence recert this morning. Forty questions, two practicals and one very stern assessor. Good for another three years 👍"),
        P("wd 19:00-21:30 2022-08-01..2022-11-30", "role",
          "NV1 revalidation pack submitted. If you know, you know – every address, every overseas trip and every flatmate since 2009. Shout-out to my 2011 flatmate whose surname I had to dig off an old electricity bill."),
        P("wd 19:00-21:30", "role",
          "Underrated hero of our trade: the humidity indicator card. A little pink-and-blue square inside every canister that tells you whether the round's been breathing damp air for five years. Check it first. Every time."),
        P("wd 12:00-12:45", "role",
          "ESD strap tested. Earth point tested. Second-person check done.\n"
          "Multiply by about thirty a day and that's my job in three sentences.\n"
          "The day you skip one is the day it matters."),
        P("wd 19:00-21:00", "role",
          "One tip for anyone starting out on automatic test equipment: write the fault code down BEFORE you hit reset. Every. Single. Time. Future you (and the engineer you'll be ringing) will thank you."),
        P("fri 15:00-18:00 2023-03-01..2023-09-30", "role",
          "Five days on the OEM's course for the new-generation test set. Three days of slides, two days of finally plugging things in. The new self-test is heaps quicker but I'll miss the old green screen."),
        P("we 18:00-21:00", "role",
          "Someone at a barbie asked what a guided weapons tech actually does. Best short answer I've got: we make sure a missile that's sat in a box for eight years will work the one time it's asked to."),
        P("wd 15:45-18:30", "role",
          "Reminder from today's toolbox talk: dropping a canister lid is a reportable. It wasn't me. I was the second person. I have now also written a report."),
        P("wd 12:00-12:50", "location role",
          "Ran the HERO brief for our new starters this morning – no phones, radios or smartwatches past the yellow line into the Building 40 test bay. Had to explain what a pager was. I'm 36."),
        P("wd 19:00-21:00 2023-05-01..2023-06-30", "role",
          "Mentoring two RAAF armament techs on secondment with us this month. Forgot how much you learn when you have to explain WHY we do things the way we do."),
        P("wd 16:00-19:00", "role",
          "Cryo bottle swaps on a full rack of rounds today. Gloves, face shield, and that hiss still makes me jump every single time."),
        P("wd 12:00-13:00 2024-03-01..2024-05-31", "role",
          "Finished the Defence Industry Security Program refresher today. Good reminder that the threat isn't a bloke in a trench coat – it's usually a friendly stranger on here asking a few too many questions about your work."),
        P("wd 16:00-19:30 2023-02-01..2023-12-15", "role",
          "Signed off my first captive-carry inspection as the certifying tech. Small thing on paper, big thing for me."),

        # ---- location (text only: LinkedIn has no geo) --------------------
        P("sun 19:00-21:00", "location routine unit",
          "Pro tip if you're starting at KGWF: Gate 3 on Tarrant Road opens at 6:30, Gate 1 not until 7. Use Gate 3 and you'll skip the twenty-minute queue behind the contractors' utes."),
        P("wd 12:00-12:50 2023-11-01..2024-02-28", "location role",
          "Building 40's aircon has carked it again. The test bay is held at 21 degrees for the kit, so the techs are the only things in the building sweating. Priorities 😂"),
        P("wd 12:05-12:40 2024-07-01..2024-09-30", "location",
          "Moved desks today into the new workshop block, B42, right next door to the test bay. More natural light, same terrible coffee."),
        P("wd 12:00-12:45 2022-09-05..2022-10-20", "location unit",
          "Swooping season is back. The magpie on the Tarrant Road gate at Kowari has already got two of the apprentices this week. Cable ties on the helmets, lads."),
        P("mon 18:30-20:30", "location routine",
          "The queue at the Tarrant Road gate at 6:45 on a Monday is the real security test. Badge, boots, bag check, coffee going cold."),

        # ---- routine (text-stated schedules) -------------------------------
        P("fri 10:00-13:30", "routine",
          "9-day fortnight life: RDO every second Friday. Today's RDO = Bunnings, a flat white and a nap before school pick-up."),
        P("wd 19:00-21:30", "routine",
          "Out the door at 5:55, the 6:20 bus from the Kowari Plains park'n'ride, tools down at 3:30. Early starts aren't for everyone but I love having the arvo back."),
        P("tue 21:30-22:45", "routine",
          "Tuesday night futsal in the Saltbush social comp is the only thing keeping my knees honest. 8pm kick-off, every week, rain or shine ⚽"),
        P("sat 08:40-11:00 2023-04-01..2025-05-20", "routine",
          "Parkrun #150 this morning at Saltbush Creek. Same 8am Saturday start since 2019 and finally under 23 minutes 🏃"),
        P("wed 06:40-06:55", "routine",
          "6am spin on Wednesdays before work is the best decision I made this year. Worst decision: telling the instructor I'd be there every week."),
        P("wd 22:40-23:55 2024-08-01..2024-08-31", "role routine",
          "Surge fortnight at work – we're on a 1500 to 2330 afternoon shift until Friday week to turn around the rounds coming back from the exercise. Kids reckon I've moved out."),
        P("sat 12:00-14:00", "routine",
          "Coaching the under-10s every Saturday morning at Saltbush Oval. We lost 6.2 to 1.0 and the kids celebrated like it was a grand final."),

        # ---- benign, including traps ----------------------------------------
        P("we 19:00-22:00 2022-07-01..2025-05-20", "",
          "Watched Top Gun: Maverick again on the flight home from Brisbane. Still not how any of it works. Still got goosebumps."),
        P("wd 20:00-21:30", "",
          "Leadership lesson I keep coming back to from Band of Brothers: Winters never asked anyone to do something he wouldn't do first. Works just as well in a footy club committee."),
        P("sun 17:00-20:00", "",
          "Finally finished the Airfix F-111 with my son. Four months of Sunday arvos and the decals nearly ended me. Worth it."),
        P("mon 19:00-21:00 2023-03-01..2023-04-30", "",
          "Took the kids to the Southern Skies Airshow on the weekend. Loud, hot, dusty, and my youngest has decided she's going to be a fighter pilot. Sunscreen budget blown."),
        P("wd 19:00-21:00", "",
          "So proud of my little sister Mai who started as a grad nurse at Northern Districts Hospital this week. Night shifts, here she comes 💪"),
        P("fri 18:00-21:00", "",
          "My brother-in-law got his wings at the Army Aviation Training Centre today. Whole family drove up for the parade. Absolute legend."),
        P("sat 15:00-19:00 2022-10-01..2022-12-15", "",
          "We sold our first little unit in Glenelg today. Bought it in 2014, redid the bathroom ourselves and learned exactly how little I know about tiling."),
        P("sat 14:00-18:00", "",
          "The secret to a good sausage sizzle fundraiser: onions on first, bread on the side, and someone's mum running the float."),
        P("wd 21:00-22:30", "",
          "Picking up Python in the evenings. Tonight: unit testing. Never thought I'd enjoy writing code whose only job is to check my other code."),
        P("wd 10:00-15:00", "",
          "Working from home today with a sick six-year-old. Productivity: low. Bluey episodes watched: 11."),
        P("2022-04-25 08:40", "",
          "Anzac Day dawn service with Dad this morning. Lest we forget."),
        P("2024-04-25 09:05", "",
          "Dawn service in the drizzle. Dad marched this year with his old mates, first time in a decade. Lest we forget."),
        P("we 20:00-22:00", "",
          "Chernobyl rewatch. The bit where they read the dosimeter still makes my palms sweat."),
        P("fri 21:30-23:30", "",
          "Call of Duty with my old RAAF mates on a Friday night is better therapy than anything I've ever paid for."),
        P("sat 07:30-10:00 2024-01-01..2024-02-28", "",
          "Pager went off at 2am – grass fire on the Saltbush boundary. Our CFS brigade had two trucks out until sunrise. Volunteers are the backbone of the bush. Now sleeping."),
        P("sun 10:00-13:00", "",
          "Base model ute, no bullbar, 280,000 km on the clock. She owes me nothing."),
        P("wd 12:10-12:50", "",
          "Good read on how small businesses in regional SA are growing their customer base by buying local. Worth five minutes."),
        P("wd 19:00-21:00 2022-09-01..2022-09-15", "",
          "R U OK? Day reminder: ask your mates, then actually listen to the answer. Especially the blokes who are \"all good\"."),
        P("sun 18:00-20:30", "",
          "Our \"secret\" family lasagne recipe is the one on the back of the pasta box. Don't tell Mum."),
        P("2023-01-31 09:10", "",
          "First day of school for our youngest. Didn't cry. The car park doesn't count."),
        P("sat 16:00-19:00", "",
          "Hot take: the best servo pie in SA is on the highway out past Saltbush. Pepper steak, don't @ me."),
        P("wd 19:00-21:00", "",
          "Congrats to my mate Josh on starting his own electrical business! If you need a sparky in the northern suburbs, he's your bloke."),
        P("sun 20:00-22:00 2022-06-01..2025-05-20", "",
          "Finished Slow Horses in a weekend. Jackson Lamb is the boss I'd hate and secretly want."),
        P("sun 14:00-17:00", "",
          "Cleaned out the shed and found my old apprenticeship logbook from 2010. My handwriting was worse than I remembered."),
        P("mon 20:00-21:30", "",
          "Footy tipping update: 14th out of 15. The person below me picks by jumper colour."),
        P("wd 20:00-21:30", "",
          "Grateful for a boss who says \"go, family first\" when the school rings. That matters more than any perk you can put in a job ad."),
        P("wd 19:30-21:00 2024-01-15..2024-03-29", "",
          "Five years since I left the RAAF. Still fold my socks the way the corporal taught me."),
        P("sun 19:00-21:00", "",
          "Reading Atomic Habits for the third time. The bit about systems beating goals got me again."),
        P("sat 22:00-23:30", "",
          "Happy 40th to the best wife and mum. Surprise party pulled off with zero leaks – a miracle given our family group chat 🎉"),
        P("sun 15:00-18:00", "",
          "Anyone else's kid obsessed with rockets? Built a bottle rocket with the 8-year-old this arvo and it cleared the neighbour's fence. Sorry, Gary."),
        P("wd 12:10-12:50", "",
          "Interesting piece on the skills shortage in SA trades. We need more apprentices, full stop – and more employers willing to take a punt on a mature-age one."),
        P("wd 21:00-22:30", "",
          "Learning Vietnamese on Duolingo so I can talk to my grandmother properly. 100-day streak today. Bà is very unimpressed with my tones."),
        P("sat 17:00-19:00 2023-12-01..2023-12-20", "",
          "Spent the day helping at the Lions Club Christmas tree sale. Sap in places sap should never be."),
        P("sun 11:00-14:00", "",
          "Our old station wagon finally died. 22 years, three kids, one dog. RIP Big Blue."),
        P("wd 19:00-21:00", "",
          "If you're hiring a project coordinator, my wife Sarah is looking for her next role after eight years in hospital admin. Most organised person I know. Hire her before someone else does."),
        P("sun 19:30-22:00", "",
          "Mission: Impossible marathon on the couch. The train sequence is ridiculous and perfect."),
        P("fri 16:00-18:00 2024-09-20..2024-10-04", "",
          "Taking a week off to drive the Nullarbor with the family. Out of office on, phone off (mostly). See you on the other side."),
        P("wd 12:00-12:40", "",
          "Hot tip for new grads: your first manager matters more than your first salary. Pick the person, not the logo."),
        P("sun 18:00-20:00", "",
          "Mum's 70th today. She's still the only person who can get all five of us in one room and on time."),
    ]
    return {
        "key": "m1-linkedin-guidedweapons",
        "platform": "linkedin",
        "layout": "LinkedIn full export, 2025/2026 CSV generation (UTF-8 comma CSV, Shares.csv with the double-escaped multi-line quirk), files at the zip root",
        "language": "English (Australian)",
        "tz": "Australia/Adelaide",
        "who": "Lachlan Tran, guided weapons technician (Level 3) at the invented Kowari Guided Weapons Facility, north of Adelaide; ex-RAAF avionics",
        "start": "2021-03-01", "end": "2025-05-28", "seed": 4101,
        "posts": posts,
        "places": {},
        "truth": {
            "unit": ["Kowari Guided Weapons Facility", "KGWF", "Kowari GWF", "GW shop", "KowariGWF"],
            "role": "guided weapons technician",
            "office": {"lat": -34.63817, "lon": 138.61192, "name": "KGWF Building 40, Tarrant Road, Kowari Plains"},
            "home": {"lat": -34.77104, "lon": 138.64518},
            "routine_places": [
                {"name": "Kowari Plains park'n'ride (6:20 bus)", "lat": -34.66010, "lon": 138.62075},
                {"name": "Saltbush Creek parkrun / Saltbush Oval", "lat": -34.74890, "lon": 138.63012},
            ],
        },
        "watchlist": {
            "owner": "Lachlan Tran",
            "unit": "Kowari Guided Weapons Facility", "aliases": ["KGWF", "Kowari GWF"],
            "role": "guided weapons technician",
            "site": "KGWF Building 40, Tarrant Road, Kowari Plains",
        },
    }


def extras_m1(p):
    p["profile"] = {
        "first": "Lachlan", "last": "Tran", "birth": "Aug 14",
        "headline": "Avionics & guided weapons technician | ex-RAAF | Adelaide",
        "summary": "Twelve years fixing things that fly, first on the flight line with the RAAF and now in defence industry. "
                   "I like test equipment, good paperwork and teaching apprentices. Northern suburbs local, footy coach, parkrun regular.",
        "industry": "Defense and Space Manufacturing",
        "geo": "Adelaide, South Australia, Australia",
        "url": "https://www.linkedin.com/in/lachlan-tran-avtech",
    }
    p["positions"] = [
        ("Kowari Guided Weapons Facility", "Guided Weapons Technician (Level 3)",
         "Test, maintenance and certification of air-launched guided weapons.\n• Automatic test equipment operator and certifying technician\n• Explosive Ordnance licence holder\n• Apprentice mentor",
         "Kowari Plains, South Australia, Australia", "Oct 2022", ""),
        ("Kowari Guided Weapons Facility", "Guided Weapons Technician",
         "Maintenance and test of guided weapon sections on automatic test equipment.",
         "Kowari Plains, South Australia, Australia", "Feb 2019", "Oct 2022"),
        ("Royal Australian Air Force", "Avionics Technician",
         "Flight-line and deeper maintenance of aircraft avionics systems.",
         "Australia", "Jan 2010", "Jan 2019"),
    ]
    p["education"] = [("TAFE SA", "Mar 2016", "Nov 2017", "", "Diploma of Electronics and Communications Engineering", "", "")]
    p["skills"] = ["Avionics", "Automatic Test Equipment (ATE)", "Electronics Troubleshooting", "Explosive Ordnance",
                   "Quality Assurance", "Technical Documentation", "Mentoring", "Soldering"]
    me = ("Lachlan Tran", p["profile"]["url"])
    p["dms"] = [
        {"handle": "daniel-mercer-b71a3029", "name": "Daniel Mercer", "suspicious": True,
         "url": "https://www.linkedin.com/in/daniel-mercer-b71a3029", "conv": "2-YjZmNDU0NDQtOGE3Ny00ZjI1LWI5ZDktN2E2ZjNlM2E5NzRmXzAxMA==",
         "msgs": [
             ("2024-05-14 19:42", "them", "Hi Lachlan, came across your profile – impressive background in guided weapons. I run a small advisory that helps overseas clients understand the Australian defence sustainment market. Would you be open to a paid chat?"),
             ("2024-05-14 21:05", "me", "Hi Daniel, thanks, but I'm pretty limited in what I can talk about. What sort of thing?"),
             ("2024-05-15 08:31", "them", "Nothing sensitive! Just general things – roughly how many rounds you get through a month, turnaround times, which types are coming back for rework. We'd pay AUD 1,500 for an hour."),
             ("2024-05-15 19:12", "me", "That's not something I can discuss, sorry. Those numbers aren't public."),
             ("2024-05-20 20:03", "them", "Understood. Even an old test report with the serials blacked out would help a lot, and we can pay more for that. Probably easier to continue on Signal or WhatsApp – what's your mobile?"),
             ("2024-05-20 21:40", "me", "No thanks. Please don't contact me again."),
         ]},
        {"handle": "sophie-lim-talent", "name": "Sophie Lim", "suspicious": False,
         "url": "https://www.linkedin.com/in/sophie-lim-talent", "conv": "2-NGQ0ZTg5YzEtMzQ1Ni00ZDBhLWE2NjEtYzg3YjM0ZmQ3NTIyXzAxMA==",
         "msgs": [
             ("2023-08-08 10:15", "them", "Hi Lachlan, I'm recruiting for an avionics team lead role with a Tier 2 supplier in the northern suburbs. Permanent, day shift, great team. Would you be open to a quick chat?"),
             ("2023-08-08 19:20", "me", "Thanks Sophie, appreciate you thinking of me, but I'm happy where I am for now."),
             ("2023-08-09 09:02", "them", "No worries at all – thanks for getting back to me. I'll keep you in mind if anything changes. All the best!"),
         ]},
        {"handle": "josh-kearney-sparky", "name": "Josh Kearney", "suspicious": False,
         "url": "https://www.linkedin.com/in/josh-kearney-sparky", "conv": "2-ZTExMmI3YjgtOWQ3Zi00MjU3LTk1M2QtMDM0ZGJjMDZlZDJmXzAxMA==",
         "msgs": [
             ("2024-11-03 18:44", "them", "Mate! Saw the bottle rocket post, absolute classic. Beers next month when I'm down for the cricket?"),
             ("2024-11-03 19:10", "me", "Too right. Send me the dates and I'll sort a pass from the missus."),
             ("2024-11-04 07:55", "them", "Legend. Second weekend of December. I'll bring the good stuff."),
         ]},
    ]
    p["connections"] = [
        ("Daniel", "Mercer", "https://www.linkedin.com/in/daniel-mercer-b71a3029", "", "Meridian Strategic Insights", "Principal", "12 May 2024"),
        ("Sophie", "Lim", "https://www.linkedin.com/in/sophie-lim-talent", "", "Northline Talent", "Senior Talent Partner", "07 Aug 2023"),
        ("Josh", "Kearney", "https://www.linkedin.com/in/josh-kearney-sparky", "josh.kearney@example.com", "Kearney Electrical", "Owner", "19 Jan 2019"),
        ("Priya", "Raman", "https://www.linkedin.com/in/priya-raman-qa", "", "Kowari Guided Weapons Facility", "Quality Assurance Lead", "02 Mar 2019"),
        ("Tom", "Ashdown", "https://www.linkedin.com/in/tom-ashdown-eo", "", "Kowari Guided Weapons Facility", "Workshop Supervisor", "15 Feb 2019"),
        ("Sarah", "Tran", "https://www.linkedin.com/in/sarah-tran-admin", "", "", "", "30 Nov 2015"),
        ("Mai", "Tran", "https://www.linkedin.com/in/mai-tran-rn", "", "Northern Districts Hospital", "Graduate Registered Nurse", "11 Feb 2022"),
    ]
    return p


# ==========================================================================
# m2 — X/Twitter, Traditional Chinese (Hong Kong, Cantonese), Asia/Hong_Kong
# ==========================================================================
def persona_m2():
    posts = [
        # ---- unit ----------------------------------------------------------
        P("2021-06-15 19:12", "role unit",
          "結業會操完！正式派咗去鷺湖入境事務中心做IO 🙏 阿媽話我終於唔使再喺宿舍瞓碌架床"),
        P("wd 19:00-22:30 2023-06-01..2024-06-30", "unit",
          "返咗鷺湖兩年，飯堂姐姐終於記得我要走蔥走芫茜 🥲"),
        P("2023-02-12 13:40", "unit",
          "#ELIC 今年又組隊跑渣打10K，隊衫好醜但好暖 🏃‍♀️ 跑完成隊去飲茶"),
        P("wd 19:30-22:30", "role unit",
          "雀湖今日好熱鬧，一架車載咗十幾個新收押，收到七點先收工 😵"),
        P("wd 18:30-21:30", "unit",
          "Egret Lake Immigration Centre 今日有人嚟巡視，成間嘢抹到發晒光，好似酒店咁 ✨"),
        P("wd 19:00-22:00", "unit",
          "鷺湖中心嘅傳統：同事生日大家夾錢買蛋糕。今日輪到我，蛋糕上面寫錯咗我個名 😂"),
        P("wd 20:00-23:00", "role unit",
          "個中心最近多咗好多講越南話同烏爾都語嘅羈留者，我部電話嘅 Google Translate 紀錄已經爆晒"),
        P("wd 20:00-23:00 2024-03-01..2024-11-30", "role unit",
          "鷺湖今個月收押人數破晒紀錄，張張床都有人瞓，同事輪流頂OT 😮‍💨"),

        # ---- role ------------------------------------------------------------
        P("wd 17:30-21:00", "role",
          "今朝四點半起身押解去機場，個人成程一句嘢都冇講。見到佢行入機艙門嗰下，先鬆得一口氣"),
        P("wd 18:00-22:00", "role",
          "點名點咗三次都唔夠數，原來有一個喺醫療室等睇醫生。心臟停咗半秒"),
        P("wd 19:00-23:00", "role",
          "巡倉巡到腳軟，手機話我今日行咗兩萬八千步，全部喺同一條走廊 🙃"),
        P("wd 20:00-23:30", "role",
          "絕食第三日，每四個鐘要記錄一次體重同飲水量，醫生姑娘同我都攰到傻"),
        P("2023-03-22 20:41", "role",
          "晉升面試過咗！下個月開始做當值主任，要學識一個人睇住成層 😤"),
        P("wd 18:30-22:00", "role",
          "上咗成日 control and restraint 複修，扣手扣扣到手腕紅晒，仲俾教官話太慢"),
        P("wd 20:30-23:30", "role",
          "免遣返聲請嘅 file 又多咗一疊，堆到差唔多頂到天花板。有時覺得自己係文員多過紀律部隊"),
        P("wd 19:00-22:30 2022-01-01..2025-02-20", "role",
          "新同事第一日跟更，問我點解搜身要搜得咁仔細。我冇出聲，俾佢睇咗上年搵到嗰支磨尖咗嘅牙刷"),
        P("we 21:00-23:30", "role",
          "做呢份工最難唔係體力，係要記住每個羈留者叫咩名、邊度嚟、聽唔聽得明英文定廣東話"),
        P("wd 17:45-20:00", "role",
          "押解車喺公路死火，一車人喺路邊等拖車等咗個半鐘，期間點咗三次名"),
        P("wd 18:00-21:00 2022-05-01..2022-12-31", "role",
          "保安審查終於批咗，下個禮拜開始可以入控制室坐 CCTV 位"),
        P("wd 19:00-22:30", "role",
          "今日去咗機場幫手押解，一家四口遣返，兩個細路全程拖住我隻手。返到屋企都仲諗緊"),

        # ---- location by text -----------------------------------------------
        P("we 10:00-13:00", "location routine",
          "每朝八點前喺三號閘排隊過安檢，手機要鎖入儲物櫃，所以朝早唔好 whatsapp 我，覆唔到"),
        P("wd 12:30-13:30", "location unit",
          "鷺湖B座三樓茶水間個雪櫃又壞咗，成層樓嘅飯盒危危乎 🍱"),
        P("wd 19:00-21:30 2022-06-01..2022-09-30", "location routine",
          "落接駁巴要行十分鐘上斜先到閘口，夏天行到成身汗，返到更衣室即刻要換過件衫"),

        # ---- routine by text --------------------------------------------------
        P("tue,thu 21:15-22:30", "routine",
          "逢星期二四收工就去碧湖做gym，風雨不改 💪"),
        P("sun 20:00-23:00", "routine",
          "星期一至五朝早七點半出門，七點四十幾搭接駁巴，八點前打卡。規律到連隻貓都識得喺門口送我"),
        P("sun 21:00-23:00 2023-08-01..2023-08-31", "routine",
          "今個月冇俾人抽去做夜更，星期一至五正常返，星期六日休息 🙏"),
    ]
    # geotagged at the centre, weekday working hours -> location + routine
    office_texts = ["飯堂今日有咖喱雞 🍛", "落雨落到好似倒水咁", "又OT…", "下晝茶時間 ☕", "熱到溶 🫠",
                    "食完飯行兩個圈消化下", "天氣好到唔似返工", "今日好靜", "食緊飯盒",
                    "嗰隻流浪貓又嚟咗門口 🐈", "頂硬上", "收工前最後一杯奶茶"]
    slots = ["wd 12:35-13:25", "wd 08:05-08:25", "wd 12:35-13:25", "wd 15:30-16:00", "wd 12:35-13:25",
             "wd 13:00-13:25", "wd 12:35-13:25", "wd 08:05-08:25", "wd 12:35-13:25", "wd 12:35-13:25",
             "wd 08:05-08:25", "wd 17:00-17:25"]
    for t, s in zip(office_texts, slots):
        posts.append(P(s, "location routine", t, "office"))
    # geotagged at the centre outside the usual hours -> location only
    posts.append(P("sat 11:00-15:00", "location", "星期六都要返嚟補文件 😑", "office"))
    posts.append(P("2022-12-26 11:30", "location", "公眾假期返嚟頂更，成座樓得返我哋幾個", "office"))
    # shuttle bus stop, weekday mornings
    for t in ["早晨 ☀️", "又係呢班車", "今日好大霧", "冇位坐，企成程", "差少少走咗車 😮‍💨", "耳筒冇電，好悶",
              "落雨天，把遮唔見咗"]:
        posts.append(P("wd 07:36-07:48", "routine", t, "shuttle"))
    # gym, Tuesday and Thursday evenings
    for t in ["leg day 🦵", "硬拉PB 80kg!!", "教練今日好狠", "做完core，想死", "跑步機二十分鐘熱身",
              "今日成間gym得我一個女仔 💁‍♀️"]:
        posts.append(P("tue,thu 20:05-21:05", "routine", t, "gym"))
    # home
    for w, t in [("we 19:00-22:00", "打邊爐 🍲"), ("wd 22:00-23:30", "隻貓霸咗我張被"),
                 ("wd 21:30-23:30", "公仔麵加蛋，宵夜之王"), ("sun 13:00-17:00", "執屋執咗成個下晝"),
                 ("2024-09-07 21:30", "生日蛋糕 🎂 多謝大家"), ("sat 20:00-23:00", "喺屋企煲劇")]:
        posts.append(P(w, "home", t, "home"))
    # one-off trip to Osaka (benign, 4 geotags)
    posts += [
        P("2023-11-18 12:40", "", "大阪第一餐，章魚燒熱到辣親條脷 🐙", (34.668790, 135.501280, 40)),
        P("2023-11-19 15:10", "", "環球影城排咗兩個鐘玩馬利奧，值得 🍄", (34.665420, 135.432270, 60)),
        P("2023-11-20 11:25", "", "奈良啲鹿好惡，搶咗我張地圖食咗", (34.685080, 135.843040, 60)),
        P("2023-11-21 20:05", "", "最後一晚，燒肉放題 🥩 唔想返香港", (34.702490, 135.496150, 40)),
        P("2023-11-22 19:45", "", "大阪返嚟，機場入境排咗成個鐘，e道仲壞咗兩條 🙄"),
    ]
    # local one-off outings with a geotag (benign)
    posts += [
        P("sun 09:30-12:00 2022-11-01..2022-12-31", "", "行到大帽山頂，雲海靚到喊 ☁️", (22.410540, 114.124400, 80)),
        P("sun 14:00-16:30 2023-12-01..2024-01-10", "", "大棠紅葉 🍁 人多過樹", (22.408330, 114.036800, 80)),
    ]
    # benign text, traps included
    posts += [
        P("we 21:00-23:59", "", "睇返《無間道》，天台嗰場睇幾多次都仲係起雞皮"),
        P("wd 22:00-23:59", "", "Prison Break 重溫到第二季，Michael 個紋身設計真係天才"),
        P("sat 12:00-18:00", "", "睇咗三個單位，個 unit 細到張床一擺落去就冇位企，香港樓真係…"),
        P("2022-07-02 21:10", "", "阿哥喺差館做咗十年，今日終於升咗沙展，全家去食海鮮慶祝 🦞"),
        P("sun 20:00-22:30", "", "老豆以前喺海關做，一講起以前關口啲故仔就講足成晚"),
        P("sun 18:00-21:00", "", "秘密武器：煲湯落兩粒蜜棗，阿媽教嘅"),
        P("sat 23:00-23:59", "", "base 喺元朗，出九龍食餐飯好似去旅行"),
        P("fri 23:30-23:59", "", "Call of Duty 打到而家，聽日死梗"),
        P("sun 18:00-21:00", "", "同中學同學去玩 war game，成身都係彩彈印 🔫"),
        P("sat 11:00-16:00", "", "陪姪仔去機場睇飛機，佢叫每一架都係『大飛機』✈️"),
        P("wd 14:00-18:00", "", "放大假喺屋企，Netflix 由朝睇到晚，呢個先係人生"),
        P("sat 19:00-22:30", "", "去咗荃灣海濱購物中心睇戲，細爆谷都要五十幾蚊"),
        P("sun 13:00-17:00", "", "去體育中心打羽毛球，打完成身骨痛"),
        P("sun 15:00-18:00", "", "執屋搵返中學作文，老師評語：『欠缺中心思想』😂"),
        P("sat 10:00-12:00", "", "荃灣站等車等咗十五分鐘，港鐵你搞咩"),
        P("2023-09-01 20:30", "", "八號風球 🌀 全香港人都喺屋企煮公仔麵"),
        P("2023-09-08 01:15", "", "黑雨，把遮完全冇用"),
        P("wd 15:00-17:00", "", "凍檸茶少甜走冰，人生必需品"),
        P("sat 09:30-11:00", "", "豬仔包加煉奶奶油，卡路里唔存在"),
        P("sun 11:00-14:00", "", "阿媽生日，一家人去飲茶，點咗成檯點心"),
        P("sun 21:00-23:30", "", "研究咗成晚點砌 IKEA 衣櫃，最後剩低三粒螺絲 🔩"),
        P("sat 17:00-20:00", "", "第一次整芝士蛋糕，裂咗但好食"),
        P("wd 21:00-23:00", "", "有冇人推介元朗好食嘅車仔麵？"),
        P("sat 13:00-17:00", "", "貓貓今日去咗打針，返嚟成日唔睬我"),
        P("wd 10:00-10:30", "", "抽到演唱會飛！！！😭"),
        P("sat 23:00-23:59", "", "演唱會完，聲都嗌啞咗"),
        P("wd 21:00-23:00", "", "今日股市又跌，唔睇喇"),
        P("2022-03-18 16:40", "", "考到車牌！第二次先過 🚗"),
        P("sat 22:00-23:59", "", "朋友嘅婚禮，做姊妹好攰但好開心 💍"),
        P("2024-02-10 00:05", "", "新年快樂 🧧 恭喜發財，利是逗來"),
        P("2022-09-10 21:30", "", "中秋玩燈籠，好似返咗細個"),
        P("2023-12-22 21:00", "", "冬至飯，阿媽煮咗一大煲雞"),
        P("wd 13:00-14:00", "", "成日話要減肥，今日又食咗碗豬扒飯"),
        P("sat 15:00-18:00", "", "新買嘅波鞋 👟 著住行咗成日都唔痛腳"),
        P("sun 22:00-23:59", "", "秘密花園拼圖砌咗一個月，終於砌完"),
        P("2022-05-28 23:40", "", "睇咗《Top Gun: Maverick》，IMAX 真係一定要睇"),
        P("wd 21:00-23:00 2022-01-10..2022-03-31", "", "打完第三針，手臂痛到舉唔起"),
        P("2024-07-17 19:30", "", "阿妹考到大學！🎓 全家最叻就係佢"),
        P("sun 20:00-22:00", "", "喺屋企煲咗紅豆沙，陳皮落得啱啱好"),
        P("wd 21:00-23:00", "", "M&M 朱古力又加價，仲要細咗包 🍫"),
        P("wd 20:00-22:00", "", "天文台話今晚會好凍，記得著多件衫"),
        P("2025-01-04 22:40", "", "Squid Game 第二季，麻麻地"),
        P("wd 21:30-23:30", "", "@yan_ho_yan 聽日記得幫我攞速遞呀"),
        P("sun 10:00-12:00", "", "朝早去街市，豬肉佬話我瘦咗 🥹"),
    ]
    return {
        "key": "m2-x-immigrationcentre",
        "platform": "x",
        "layout": "X archive (2024 layout): data/tweets.js (YTD.tweets.part0) + data/tweets-part1.js (YTD.tweets.part1), manifest.js listing both, account-timezone.js, geo/coordinates on geotagged tweets, direct-messages.js",
        "language": "Traditional Chinese (Hong Kong, Cantonese colloquial, English code-switching)",
        "tz": "Asia/Hong_Kong",
        "who": "何卓霖 (Cheuk-lam Ho), Immigration Officer in detention and escort duties at the invented 鷺湖入境事務中心 (Egret Lake Immigration Centre), New Territories",
        "start": "2021-06-01", "end": "2025-02-25", "seed": 4202,
        "blocked": ["2023-11-18", "2023-11-19", "2023-11-20", "2023-11-21"],
        "posts": posts,
        "places": {
            "office": {"lat": 22.49582, "lon": 114.05831, "r": 90},
            "home": {"lat": 22.44503, "lon": 114.02651, "r": 20},
            "shuttle": {"lat": 22.44681, "lon": 114.03682, "r": 30},
            "gym": {"lat": 22.43921, "lon": 114.03548, "r": 25},
        },
        "truth": {
            "unit": ["鷺湖入境事務中心", "Egret Lake Immigration Centre", "鷺湖中心", "鷺湖", "ELIC", "雀湖"],
            "role": "入境事務主任（羈留及押解）",
            "office": {"lat": 22.49582, "lon": 114.05831, "name": "鷺湖入境事務中心 B座"},
            "home": {"lat": 22.44503, "lon": 114.02651},
            "routine_places": [
                {"name": "鷺湖接駁巴士站（元朗）", "lat": 22.44681, "lon": 114.03682},
                {"name": "碧湖健身", "lat": 22.43921, "lon": 114.03548},
            ],
        },
        "watchlist": {
            "owner": "何卓霖",
            "unit": "鷺湖入境事務中心", "aliases": ["Egret Lake Immigration Centre", "ELIC", "鷺湖中心"],
            "role": "入境事務主任",
            "site": "鷺湖入境事務中心",
        },
    }


def extras_m2(p):
    p["account"] = {"id": "742118963", "username": "lamlam_ho", "display": "霖霖 Lam",
                    "created": "2016-08-02T11:20:41.000Z", "email": "lamlam.ho@example.com",
                    "tzname": "Hong Kong",
                    "bio": "元朗人｜行山｜豬仔包愛好者｜貓奴", "location": "元朗"}
    p["dms"] = [
        {"handle": "hk_policywatch", "name": "Kelvin Yip 葉先生", "id": "1509876543210987521", "suspicious": True,
         "msgs": [
             ("2024-04-02 21:14", "them", "你好，見你成日講押解同羈留嘅嘢，我哋係一間政策研究機構，做緊一個關於入境羈留嘅研究，方唔方便傾下？"),
             ("2024-04-02 22:40", "me", "你好，我唔太方便講工作嘅嘢喎"),
             ("2024-04-03 09:05", "them", "明白明白，唔會寫你個名。其實只係想知鷺湖而家大概關住幾多人、邊幾個國籍最多，同埋押解去機場通常係星期幾。"),
             ("2024-04-03 20:18", "me", "呢啲唔可以講，唔好意思"),
             ("2024-04-08 21:30", "them", "我哋有顧問費，一個鐘 HK$3,000。如果你可以影張更表或者人數表俾我參考，費用可以再加。"),
             ("2024-04-08 21:31", "them", "呢度講唔方便，不如加我 Signal 或者 Telegram 再傾？"),
             ("2024-04-09 08:02", "me", "唔使喇，唔好再搵我。"),
         ]},
        {"handle": "yan_ho_yan", "name": "欣欣", "id": "3318842201", "suspicious": False,
         "msgs": [
             ("2023-10-05 17:52", "them", "家姐今晚返唔返嚟食飯？阿媽煲咗湯"),
             ("2023-10-05 18:03", "me", "返，七點幾到"),
             ("2023-10-05 18:04", "them", "記得順手買支豉油"),
             ("2023-10-05 18:10", "me", "ok 👌"),
         ]},
        {"handle": "bihu_fitness", "name": "碧湖健身 Bihu Fitness", "id": "1102938475", "suspicious": False,
         "msgs": [
             ("2024-08-20 11:30", "them", "會員你好！你嘅會籍將於下月到期，而家續會有九折優惠，歡迎喺前台辦理 💪"),
             ("2024-08-20 21:12", "me", "好呀，星期四去到順便續"),
             ("2024-08-20 21:20", "them", "多謝支持！星期四見"),
         ]},
    ]
    return p


# ==========================================================================
# m3 — Facebook 2024+ layout, British English, Europe/London (BST), shift work
# ==========================================================================
def persona_m3():
    posts = [
        # ---- unit ----------------------------------------------------------
        P("2022-03-04 21:15", "role unit",
          "Officially a Nursing Officer at the Royal Fenmoor Defence Hospital 🎉 Still can't quite believe it. Mam cried, Dad pretended he didn't."),
        P("2022-12-10 01:20", "unit",
          "RFDH Christmas do was carnage. Who let the anaesthetists anywhere near the karaoke 🎤"),
        P("2024-03-04 09:30", "role unit",
          "Two years on Ward 19 today. Best team I've ever worked with, even if nobody outside will ever know what we actually do 🤐"),
        P("any 10:00-18:00", "unit",
          "The Fen's canteen has started doing jacket potatoes on nights. Honestly the small wins are everything 🥔"),
        P("any 12:00-20:00 2023-05-01..2023-07-31", "unit",
          "So proud of our SCU team, commended by the Surgeon General today. Can't say what for. You'll just have to trust me that they're brilliant 💙"),
        P("any 11:00-17:00", "location role unit",
          "Block C lifts broken AGAIN at RFDH. Three flights of stairs with a resus bag on your back builds character apparently."),
        P("2023-10-21 18:30", "unit",
          "Bake sale for the RFDH Benevolent Fund raised £740! Thank you to everyone who bought my slightly burnt Welsh cakes 💛"),

        # ---- role ------------------------------------------------------------
        P("any 08:30-12:00", "role",
          "Obs every 15 minutes all night on a poorly one. NEWS2 went from 7 to 2 by morning though, so I'll take that 💪"),
        P("any 11:00-16:00 2022-10-01..2023-01-31", "role",
          "Finally got my DV through! Eleven months, two interviews and one very awkward question about my ex. Onwards."),
        P("any 14:00-18:00 2024-06-01..2024-08-31", "role",
          "NMC revalidation done ✅ Five reflective accounts, 35 hours of CPD and a confirmer who made me a brew. See you in three years."),
        P("any 09:00-13:00", "role",
          "Aeromed came in at 3am. Whole team up and ready in ten minutes. Never stops amazing me what people can do at that hour."),
        P("any 10:00-14:00", "role",
          "Phones go in the lockers before the airlock, so if I'm ignoring your texts on a shift day I'm not, I physically can't see them 🔒"),
        P("any 09:00-12:00", "role",
          "Controlled drug check at 06:00 and the count's out by one ampoule. Forty minutes later: found it, wrong cupboard. My heart rate still hasn't recovered."),
        P("any 08:45-11:30 2023-01-01..2024-12-15", "role",
          "Nurse in charge for the first time last night. The bleep did not stop. Nobody died. Counting it as a win."),
        P("any 10:00-15:00", "role",
          "Our patients come in under ward aliases, so half my handover is me saying \"Mr Oak in bed 4\" with a completely straight face 🌳"),
        P("any 17:00-21:00", "role",
          "CBRN decon drill today in full kit. I have never been so sweaty in my life and I've done nights in August."),
        P("any 15:00-20:00 2023-09-01..2024-12-15", "role",
          "My preceptee got signed off today! So proud of her. I remember being that terrified newly qualified Band 5 like it was yesterday."),
        P("any 12:00-16:00", "role",
          "Role 4 bed state meeting at 8, straight into the drug round, then an escort to CT with two Military Police in tow. The radiographer's face 😂"),
        P("any 13:00-18:00", "role",
          "Vetting aftercare questionnaire wants every trip abroad since the last one. Lisbon, I'm listing you. Mam's caravan in Tenby, I'm not."),

        # ---- location by text --------------------------------------------------
        P("any 12:00-18:00", "location unit",
          "If you're visiting someone at RFDH, Gate B off Saltby Road is the only gate open to visitors after 8pm. The main gate shuts."),
        P("mon 12:00-16:00", "location routine",
          "Car park P3 at 07:10 on a Monday is the Hunger Games. Get in before 7 or park in the next county."),
        P("any 10:00-16:00", "location",
          "Block C, second floor, end of the corridor, past the door with no sign on it. That's where the good biscuits live 🍪"),

        # ---- routine by text ---------------------------------------------------------
        P("any 10:00-15:00", "routine",
          "New rota's out: 3 nights, 4 off, 2 long days, 3 off, repeat. Please stop inviting me to things on Thursdays 🙏"),
        P("any 11:00-16:00", "routine",
          "Long days are 07:30 to 20:00 and nights are 19:45 to 08:15, in case anyone wondered why I'm always either asleep or eating 😴"),
        P("mon 12:00-15:00", "routine",
          "Monday swim after nights is the only thing that resets my body clock. 9am, lane 3, don't talk to me."),
    ]
    # check-ins at the hospital on shift (nights and weekends are working hours)
    for w, t in [("tue 21:00-22:30", "Night 1 of 3. Let's do this ☕"),
                 ("sat 02:00-03:30", "2am toast in the staff room hits different 🍞"),
                 ("sun 12:30-14:00", "Sunday long day. Roast dinner from the canteen was… an attempt."),
                 ("fri 23:00-23:59", "Friday night and I'm out out ✨ (at work)"),
                 ("wed 15:30-17:00", "Halfway through a long day. Feet have lodged a formal complaint."),
                 ("2023-12-24 22:40", "Christmas Eve on nights. Mince pies in the staff room and a tiny tinsel tree on the nurses' station 🎄"),
                 ("mon 03:30-04:30", "4am. The hour when everything is funny and nothing is."),
                 ("sat 10:00-11:30", "Weekend long day, sun's out, I'm in. Standard."),
                 ("thu 02:30-03:45", "Quiet one so far. Don't say the Q word. Oh no.")]:
        posts.append(P(w, "location routine", t, "hosp"))
    # photos taken at the hospital on shift, GPS in exif_data
    for w, t in [("sun 07:50-08:10", "Sunrise over the car park after nights 🌅 bed time"),
                 ("2023-01-18 12:40", "Snow on the helipad this morning ❄️"),
                 ("wed 01:00-01:40", "Night sky from the smoking shelter (I don't smoke, it's just the only bench out there)"),
                 ("any 19:20-19:40", "Golden hour from the fire escape before handover")]:
        posts.append(P(w, "location routine", t, "hosp_photo"))
    # at the hospital but not on shift
    posts.append(P("2024-05-19 11:20", "location unit", "RFDH fun run for the Benevolent Fund! 5k round the perimeter road in a tutu 🏃‍♀️", "hosp_photo"))
    # pre-shift café
    for w, t in [("any 06:55-07:12", "Fuel ☕"),
                 ("any 19:00-19:22", "Flat white and a flapjack before nights, the usual"),
                 ("any 06:55-07:12", "They start my order when they see the car pull in now. Is that sad?"),
                 ("any 19:00-19:22", "Pre-shift ritual ☕🥐"),
                 ("any 06:55-07:12", "Raining sideways. Coffee first, questions later."),
                 ("fri 19:00-19:22", "Caramel latte because it's Friday and I'm working it"),
                 ("any 06:55-07:12", "Same table, same order, same sleepy face")]:
        posts.append(P(w, "routine", t, "cafe"))
    # Monday pool after nights
    for t in ["Post-nights swim. Lane 3 is mine 🏊‍♀️", "40 lengths ✅", "Pool was freezing today 🥶"]:
        posts.append(P("mon 09:05-09:50", "routine", t, "pool"))
    # Saturday parkrun, photo GPS
    for w, t in [("sat 09:30-10:10", "Parkrun #23 ✅"), ("sat 09:30-10:10", "PB!! 27:41 🏃‍♀️"),
                 ("sat 09:30-10:10", "Muddy one today"), ("sat 09:30-10:10", "Hannah dragged me round 😅"),
                 ("sat 09:30-10:10 2024-06-01..2024-12-15", "50th parkrun 🎉 got my milestone t-shirt")]:
        posts.append(P(w, "routine", t, "park"))
    # home, photo GPS
    for w, t in [("any 13:00-17:00", "Sourdough attempt number four. We're getting there 🍞"),
                 ("any 14:00-18:00", "The cat has claimed the radiator and I'm not going to argue"),
                 ("sun 15:00-18:00 2023-04-01..2023-05-31", "Garden finally planted 🌷"),
                 ("2023-08-19 20:15", "Anniversary dinner at home and Dan cooked! Nobody got food poisoning ❤️"),
                 ("2022-12-03 17:30", "Tree's up 🎄 cat has already climbed it"),
                 ("any 12:00-16:00", "New bookshelf, built it myself (with only one leftover screw)")]:
        posts.append(P(w, "home", t, "home"))
    # one-off trip to Lisbon: two check-ins, two photos (benign)
    posts += [
        P("2024-05-06 15:20", "", "Lisbon! ☀️ Finally.", (38.707350, -9.145820, 5), kind="checkin", place="Tasca da Ribeira", address="Rua da Ribeira 14, Lisboa"),
        P("2024-05-07 10:05", "", "Pastéis de nata for breakfast, lunch and tea. No regrets.", (38.697610, -9.203180, 40), kind="photo"),
        P("2024-05-08 13:40", "", "Tram 28 queue was worth it", (38.711940, -9.131020, 40), kind="photo"),
        P("2024-05-09 20:30", "", "Last night. Sunset at the miradouro and a very large glass of vinho verde 🍷", (38.715640, -9.132810, 5), kind="checkin", place="Miradouro do Castelinho", address="Lisboa, Portugal"),
    ]
    # benign text, traps included
    posts += [
        P("2022-05-03 22:50", "", "Line of Duty finale rewatch. Ted Hastings is the only man I trust."),
        P("any 13:00-17:00", "", "Finally started Slow Horses. Jackson Lamb is my spirit animal."),
        P("sun 21:00-23:00", "", "Rewatching The Night Manager. Tom Hiddleston in a suit, no further questions."),
        P("any 21:00-23:00", "", "Chernobyl rewatch. Never again before bed."),
        P("sun 17:00-20:00 2022-06-01..2022-07-31", "", "Fitted the new kitchen units ourselves. Only one swear jar fill. Dan says two."),
        P("2022-12-16 21:40", "", "Secret Santa at book club: I got a candle that smells of \"library\". Whoever you are, you know me too well."),
        P("any 10:00-14:00 2023-02-01..2023-02-28", "", "Our Rhys is off to sea again for six months 😢 Navy life. Proud of you bro ⚓"),
        P("sun 18:00-21:00", "", "Dan painted forty tiny Space Marines this weekend. I've lost him to Warhammer. Send help."),
        P("wd 12:00-15:00", "", "Dan's WFH today so the cat's had more attention than me."),
        P("sat 18:00-21:00 2023-07-01..2023-08-31", "", "Fenmoor airshow was unreal – the display team did a heart in the sky and I cried a bit ✈️"),
        P("sun 16:00-19:00", "", "Cycled 40 miles across the Fens with Hannah. Flat as a pancake and somehow still uphill into the wind the whole way 🚴‍♀️"),
        P("any 15:00-19:00", "", "Welsh cakes: the secret is lard. Fight me."),
        P("2023-06-30 19:30", "", "Mam's retiring from the surgery after 30 years on reception 🥹 Half of Cwm Tawel came to the do."),
        P("fri 20:00-22:00", "", "Girls' night in: wine, face masks and Bake Off. Bliss."),
        P("2024-01-14 20:10", "", "Booked! Lisbon in May ✈️"),
        P("2022-11-05 20:30", "", "Bonfire night at the rugby club 🎆 sparkler burn count: one"),
        P("any 10:00-18:00", "", "Tesco had no oat milk. Society is collapsing."),
        P("2024-03-16 17:10", "", "Wales lost to Italy. At home. I'm going to bed. 🏴󠁧󠁢󠁷󠁬󠁳󠁿"),
        P("any 12:00-18:00", "", "Dog-sitting my sister's spaniel. He has eaten a sock. Again."),
        P("any 15:00-19:00", "", "Base layer of the cake is set, now for the ganache. Wish me luck."),
        P("2023-04-12 21:00", "", "Happy birthday Hannah 💛 best running buddy, worst singing voice"),
        P("2022-12-25 21:30", "", "Call the Midwife Christmas special has absolutely ruined me"),
        P("any 09:00-13:00", "", "Army of ants in the kitchen. Where do they even come from."),
        P("any 10:00-17:00", "", "The station car park in Fenmoor is £9 a day now?? For a puddle?"),
        P("sun 13:00-16:00", "", "Sunday roast, hold the sprouts. Yorkshires the size of my head."),
        P("2024-07-13 23:10", "", "Mam's 60th at Cwm Tawel rugby club. Fabulous night, sore feet."),
        P("any 14:00-19:00", "", "Does anyone have a decent plumber in Saltby Fen? Asking for a leaking kitchen."),
        P("any 10:00-16:00", "", "Charity shop find: a whole Le Creuset for £12. I'm buzzing."),
        P("sun 19:00-22:00", "", "Just finished the new Richard Osman. Cosy crime is my comfort blanket."),
        P("any 11:00-17:00", "", "Reminder that it's ok to not be ok. Ring your mates. x"),
        P("sat 17:00-20:00", "", "Cwm Tawel v Fenmoor Vets, the battle of my two homes. Ended 24–24, diplomacy wins."),
        P("any 12:00-18:00", "", "Finally passed my driving theory for the motorbike 🏍️ Dan is terrified."),
        P("2022-09-08 19:40", "", "RIP Your Majesty. End of an era."),
        P("any 15:00-19:00", "", "Made my first ever sourdough starter. His name is Gareth."),
        P("sun 10:00-13:00", "", "Boot sale haul: three jigsaws, a lamp and a questionable painting of a horse."),
        P("any 09:00-12:00", "", "Hay fever season is here and I've chosen violence."),
        P("sat 11:00-15:00", "", "Farmers' market haul: asparagus, a pork pie the size of a wheel and far too much cheese."),
        P("any 19:00-22:00", "", "Anyone watched Baby Reindeer? I need to talk to someone about it."),
        P("2023-03-19 15:30", "", "Happy Mother's Day Mam 💐 drove home to Cwm Tawel for a Sunday dinner and a nap on her sofa."),
        P("any 10:00-15:00", "", "Finally cancelled the gym membership I haven't used since March. Growth."),
        P("any 13:00-17:00", "", "Our Rhys sent a video call from the middle of the Atlantic. Signal better than mine in Saltby Fen."),
        P("any 14:00-18:00", "", "Dentist said my teeth are \"fine\". I'll take fine."),
        P("sun 15:00-18:00", "", "Family quiz: lost on the sport round, won on musicals. Balance."),
        P("any 12:00-17:00", "", "Hospital radio at Mam's local hospital are looking for volunteers if anyone fancies it – she's been doing it for a year and loves it."),
    ]
    # a few photos without GPS
    posts += [
        P("any 13:00-18:00", "", "Welsh cakes round two, less burnt this time", photo=True),
        P("sun 12:00-16:00", "", "Spaniel vs sock: the aftermath", photo=True),
    ]
    return {
        "key": "m3-facebook-defencehospital",
        "platform": "facebook",
        "layout": "Facebook 2024+ export: your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json (+ posts/check-ins.json, posts/media/), personal_information/profile_information/profile_information.json, your_facebook_activity/messages/inbox/*/message_1.json; escaped-UTF-8 mojibake throughout",
        "language": "English (British, Welsh family)",
        "tz": "Europe/London",
        "who": "Ffion Pritchard, nursing officer (staff nurse) on Ward 19, the secure care ward of the invented Royal Fenmoor Defence Hospital, Lincolnshire; rotating long days and nights",
        "start": "2022-01-10", "end": "2024-12-18", "seed": 4303,
        "blocked": ["2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09", "2024-05-10"],
        "posts": posts,
        "places": {
            "hosp": {"lat": 53.041206, "lon": -0.123377, "fixed": True, "kind": "checkin",
                     "name": "Royal Fenmoor Defence Hospital", "address": "Saltby Road, Fenmoor"},
            "hosp_photo": {"lat": 53.041206, "lon": -0.123377, "r": 110, "kind": "photo"},
            "cafe": {"lat": 53.058130, "lon": -0.100892, "fixed": True, "kind": "checkin",
                     "name": "Bean & Gone", "address": "Unit 4, Fenmoor Retail Park, Fenmoor"},
            "pool": {"lat": 53.062044, "lon": -0.095127, "fixed": True, "kind": "checkin",
                     "name": "Fenmoor Leisure Centre", "address": "Marsh Lane, Fenmoor"},
            "park": {"lat": 53.049318, "lon": -0.150266, "r": 120, "kind": "photo"},
            "home": {"lat": 53.072519, "lon": -0.084033, "r": 15, "kind": "photo"},
        },
        "truth": {
            "unit": ["Royal Fenmoor Defence Hospital", "RFDH", "Ward 19", "SCU", "Secure Care Unit", "the Fen"],
            "role": "nursing officer (staff nurse), secure care ward",
            "office": {"lat": 53.041206, "lon": -0.123377, "name": "Royal Fenmoor Defence Hospital, Block C (Ward 19)"},
            "home": {"lat": 53.072519, "lon": -0.084033},
            "routine_places": [
                {"name": "Bean & Gone, Fenmoor Retail Park", "lat": 53.058130, "lon": -0.100892},
                {"name": "Fenmoor Leisure Centre pool", "lat": 53.062044, "lon": -0.095127},
                {"name": "Fenmoor Country Park parkrun", "lat": 53.049318, "lon": -0.150266},
            ],
        },
        "watchlist": {
            "owner": "Ffion Pritchard",
            "unit": "Royal Fenmoor Defence Hospital", "aliases": ["RFDH", "Ward 19", "Secure Care Unit"],
            "role": "staff nurse, secure care ward",
            "site": "Royal Fenmoor Defence Hospital",
        },
    }


def extras_m3(p):
    p["profile"] = {
        "full_name": "Ffion Pritchard", "first": "Ffion", "last": "Pritchard",
        "city": "Fenmoor, Lincolnshire", "hometown": "Cwm Tawel, Wales",
        "birthday": (1993, 6, 11), "registration": 1262512800,
    }
    p["dms"] = [
        {"handle": "marcusvell", "name": "Marcus Vell", "thread": "marcusvell_7409182735519204", "suspicious": True,
         "msgs": [
             ("2024-02-06 20:14", "them", "Hi Ffion, sorry for the random message – I'm researching a book on modern military medicine and saw you work at Royal Fenmoor. Would you be up for a chat?"),
             ("2024-02-07 10:32", "me", "Hi, sorry, I can't really talk about work."),
             ("2024-02-07 11:05", "them", "Totally understand. Nothing secret – I'm just curious who's on Ward 19 at the moment and whether any of them are special forces lads. I can pay £500 for an hour of your time, cash or bank transfer."),
             ("2024-02-07 11:40", "me", "No. I can't share anything about patients."),
             ("2024-02-12 19:58", "them", "What about a photo of the ward board or the bed state sheet with the names covered? Nobody would ever know it came from you."),
             ("2024-02-12 19:59", "them", "Might be easier on Signal – I'm on +44 7700 900417."),
             ("2024-02-12 21:15", "me", "Please don't contact me again. I've reported this."),
         ]},
        {"handle": "gwenpritchard", "name": "Gwen Pritchard", "thread": "gwenpritchard_5518274610092736", "suspicious": False,
         "msgs": [
             ("2023-11-20 17:45", "them", "Are you on nights this week love? Want me to drop a lasagne round x"),
             ("2023-11-20 18:02", "me", "Yes Tues to Thurs, lasagne would be amazing thank you Mam x"),
             ("2023-11-20 18:05", "them", "I'll leave it with Dan. Sleep well in the day xx"),
         ]},
        {"handle": "hannahbright", "name": "Hannah Bright", "thread": "hannahbright_6620193847561123", "suspicious": False,
         "msgs": [
             ("2024-09-12 20:30", "them", "Parkrun Saturday?"),
             ("2024-09-12 20:41", "me", "Obvs. Usual spot by the café, see you there 🏃‍♀️"),
             ("2024-09-12 20:42", "them", "Bring cake money for after 😂"),
         ]},
    ]
    return p


# ==========================================================================
# m4 — Telegram Desktop result.json, Simplified Chinese, Asia/Shanghai
# ==========================================================================
def persona_m4():
    posts = [
        # ---- unit ----------------------------------------------------------
        P("2023-07-10 21:35", "role unit",
          "入职鹤屿卫星发射中心三周年。从一个只会画图的毕业生，到现在能独立顶一个岗位，谢谢师父一路带着我。"),
        P("wd 19:30-22:30", "unit",
          "43基地篮球赛，我们室拿了第一，奖品是一箱椰子🥥 明天全室喝椰汁。"),
        P("2024-02-06 21:20", "unit",
          "鹤屿中心今年的春节联欢会，我又被拉去合唱，排练了两个礼拜，嗓子都哑了。"),
        P("2023-11-16 02:10", "role unit",
          "#鹤屿 又一发圆满成功！塔架这边零故障，回去睡个好觉。"),
        P("wd 12:10-13:20", "unit",
          "中心里的食堂今天有椰子鸡！排队的人从窗口排到门口。"),
        P("wd 19:00-22:00 2024-04-01..2024-12-31", "location unit",
          "鹤屿发射中心东门的安检又升级了，现在连充电宝都要登记编号。"),
        P("we 20:00-22:30", "unit",
          "我们中心今年新来了二十多个学生，宿舍楼一下子热闹起来了。"),

        # ---- role ------------------------------------------------------------
        P("wd 18:30-22:00", "role",
          "今天摆杆合练，三个摆杆依次摆开，时间误差都在两秒以内，舒服了。"),
        P("wd 18:30-22:30", "role",
          "回转平台的减速机又漏油，下午钻进去拆了三个小时，出来一身黄油。"),
        P("2023-04-19 20:15", "location role",
          "岗位证考核过了！以后二号工位的塔架我可以独立上岗了💪"),
        P("wd 21:00-23:30", "role",
          "总检查前一天晚上，把操作规程又背了一遍。双岗制，一人念一人做，一个字都不能错。"),
        P("2023-06-03 02:05", "role",
          "质量问题归零报告写到凌晨两点，一个电磁阀的问题写了二十页。"),
        P("wd 19:00-22:00 2023-01-01..2024-12-31", "role",
          "政审材料又要更新，连表哥在哪上班、姨妈退没退休都要写清楚。"),
        P("wd 20:00-23:00", "role",
          "射前撤收，塔架上最后一个下来的是我们岗。站在导流槽边上回头看它，心里特别踏实。"),
        P("wd 19:00-22:00", "role",
          "今天给新来的学生讲液压系统，讲到脐带塔连接器的时候他们眼睛都亮了。"),
        P("we 10:00-13:00", "role",
          "任务期间进厂房要交手机、过两道门禁，上个厕所都得登记，习惯了也就还好。"),
        P("wd 18:00-21:00", "role",
          "喷水降噪系统试喷，整个工位像下暴雨，我们几个在塔上淋成落汤鸡。"),
        P("we 19:00-22:00 2023-03-01..2025-03-31", "role",
          "又签了一份保密承诺书。涉密人员出省要报备，这次回老家得提前两周申请。"),
        P("wd 21:00-23:30", "role",
          "零号指挥的口令一响，“摆杆摆开”，那几秒是我一年里心跳最快的时候。"),
        P("wd 17:40-19:00", "role",
          "在塔架七十米的平台上看日落，风大得站不稳，但真的好看。", photo=True),

        # ---- location by text --------------------------------------------------
        P("we 20:00-22:00", "location routine",
          "每天七点十分在海澄汽车站坐班车，七点五十到技术区北门，刷卡、换鞋、进厂房。"),
        P("wd 19:00-21:00", "location",
          "总装测试厂房五楼的窗户正对着二号工位，午休的时候看塔架发呆是一种享受。"),

        # ---- routine by text ---------------------------------------------------------
        P("tue,thu 21:00-22:30", "routine",
          "每周二、四晚上雷打不动去体育公园打球，打完一身汗回家冲凉，一周最开心的两个晚上。"),
        P("wd 20:00-22:00", "routine",
          "班车早上七点十分开，错过了就只能打车，八十块，肉疼。"),
        P("wd 09:00-11:00 2023-11-01..2023-11-14", "routine",
          "任务期间三班倒，零点到八点这个班最熬人，下了班吃碗粉倒头就睡。"),
    ]
    # location shares at the technical area in working hours (text is empty on Telegram location messages)
    for s in ["wd 08:05-08:25", "wd 12:10-13:20", "wd 12:10-13:20", "wd 16:30-17:20", "wd 08:05-08:25",
              "wd 12:10-13:20", "wd 14:00-16:00", "wd 12:10-13:20"]:
        posts.append(P(s, "location routine", "", "office", kind="location"))
    # location shares at launch pad 2 in working hours
    for s in ["wd 10:00-11:30", "wd 14:30-16:30"]:
        posts.append(P(s, "location routine", "", "pad", kind="location"))
    # launch night at the pad: a one-off, not part of the daily pattern
    posts.append(P("2023-11-16 01:32", "location", "", "pad", kind="location"))
    # shuttle bus stop (venue), weekday mornings
    for _ in range(7):
        posts.append(P("wd 06:56-07:08", "routine", "", "bus", kind="venue"))
    # basketball court (venue), Tuesday and Thursday evenings
    for _ in range(6):
        posts.append(P("tue,thu 19:30-20:40", "routine", "", "court", kind="venue"))
    # home
    for s in ["we 10:00-21:00", "wd 21:00-23:00", "we 10:00-21:00", "wd 21:00-23:00", "we 10:00-21:00"]:
        posts.append(P(s, "home", "", "home", kind="location"))
    # one-off trip to Chengdu (benign): venues plus text
    posts += [
        P("2024-10-02 10:40", "", "", (30.732800, 104.145600, 5), kind="venue", place="锦屏大熊猫基地", address="成都市成华区熊猫大道"),
        P("2024-10-02 11:05", "", "熊猫基地人山人海，熊猫全在睡觉，只看到一个屁股🐼"),
        P("2024-10-03 19:20", "", "", (30.653800, 104.078200, 5), kind="venue", place="玉林老码头火锅(玉林店)", address="成都市武侯区玉林北路"),
        P("2024-10-03 20:45", "", "火锅辣哭，第二天还得还。"),
        P("2024-10-04 15:10", "", "", (30.669700, 104.055300, 5), kind="venue", place="青羊老茶馆", address="成都市青羊区"),
        P("2024-10-05 09:30", "", "", (30.579200, 103.947600, 5), kind="venue", place="双流国际机场T2", address="成都市双流区"),
    ]
    # benign text, traps included
    posts += [
        P("sun 10:00-12:00", "", "所以说，周末还是得睡到自然醒。"),
        P("2023-11-13 21:00", "", "所有的快递都堆在门口，双十一的报应来了。"),
        P("we 20:00-22:30", "", "研究了一晚上怎么做椰子鸡，结果还是外面的好吃。"),
        P("2024-01-05 20:03", "", "网站又崩了，春节的票一张没抢到。"),
        P("sat 15:00-18:00", "", "海澄购物中心新开了一家奶茶店，排队排到门口，我也排了。"),
        P("wd 10:00-11:30 2023-11-01..2024-03-31", "", "火箭又输了，这赛季没救了。"),
        P("2024-01-01 00:02", "", "跨年倒计时，在广场上挤了一晚上，新年快乐！🎆"),
        P("sat 18:00-20:00", "", "周末在海边烧烤，点火点了半小时，最后还是借了隔壁的喷枪。"),
        P("sat 21:00-23:30", "", "重温《流浪地球》，“北京第三区交通委提醒您”，每次都想笑。"),
        P("sun 21:00-23:30", "", "《潜伏》看第三遍了，余则成太难了。"),
        P("fri 22:00-23:59", "", "打了一晚上《使命召唤》，被队友坑惨了。"),
        P("sun 15:00-18:00", "", "带侄子在小区玩水火箭，飞得比楼还高，他说长大要造真火箭。"),
        P("2024-02-12 20:30", "", "表哥在航空公司当机务，过年回来给我们讲飞机的八卦，一桌人听得入迷。"),
        P("wd 21:30-23:30 2024-06-01..2025-04-15", "", "老婆在医院上夜班，我在家哄娃睡觉，讲了五个故事还没睡。"),
        P("wd 10:00-11:30 2024-10-08..2024-10-20", "", "今天休假在家，远程开了一个小时的业主群会议😂"),
        P("sat 12:00-16:00", "", "给爸妈装了卫星电视，他们终于能看戏曲频道了。"),
        P("sun 16:00-19:00", "", "看了个新楼盘，单价按单位面积算下来还是太贵了，再等等。"),
        P("wd 20:00-22:00", "", "单位发了新工装，橘色的，穿上像个柿子。"),
        P("sun 09:00-11:00", "", "小区的中心花园终于修好了，早上一堆大爷大妈打太极。"),
        P("sat 13:00-17:00", "", "去机场接我妈，航班晚点两个小时，在到达口数飞机。"),
        P("sun 14:00-17:00", "", "给侄子在阳台搭了个秘密基地，纸箱子加床单，他说今晚要睡里面。"),
        P("sat 08:00-10:00", "", "菜市场的芒果三块钱一斤，买了一箱。"),
        P("2024-09-05 19:00", "", "台风要来了，超市的水和面包都被抢光了。"),
        P("2024-09-06 14:30", "", "台风过境，小区的树倒了一半，停电停水，点蜡烛吃泡面。"),
        P("sun 19:00-22:00", "", "老婆生日，做了一桌菜，糖醋排骨翻车了，其他都还行。"),
        P("sat 20:00-23:00", "", "国足又输了，习惯了。"),
        P("wd 21:00-23:00", "", "今天体检，医生说要少吃夜宵。我：好的。（点了烧烤）"),
        P("sun 16:00-18:00", "", "女儿第一次叫爸爸！录下来了，循环播放一百遍。"),
        P("sat 17:00-20:00", "", "海边散步，看到好多人放风筝，明天也去买一个。"),
        P("wd 21:00-23:00", "", "最近在看《三体》，看到面壁者那段，睡不着了。"),
        P("2024-06-18 23:40", "", "618 又冲动消费了，买了个不知道干嘛用的空气炸锅。"),
        P("sun 10:00-12:00", "", "早茶店的虾饺还是老味道，一笼不够。"),
        P("wd 20:00-22:00", "", "老同学结婚，份子钱又涨了，这个月吃土。"),
        P("2024-09-17 21:10", "", "中秋快乐！月亮好圆，月饼好甜🥮"),
        P("sat 14:00-17:00", "", "学会了用手冲壶，咖啡还是苦的，但仪式感满满。"),
        P("sun 20:00-22:00", "", "老妈又在家族群里转发养生文章了，今天的主题是“隔夜茶致癌”。"),
        P("wd 21:00-23:00", "", "研究生同学在深圳做芯片，年薪翻倍了，羡慕。"),
        P("sat 10:00-12:00", "", "洗车店排队排了一个小时，出来就下雨了。"),
        P("sun 17:00-19:00 2024-03-01..2025-04-15", "", "带娃去海洋馆，她盯着水母看了二十分钟。"),
        P("2025-01-28 21:30", "", "除夕！年夜饭吃撑了，春晚还是那个味儿。"),
        P("wd 21:00-23:00", "", "今天把车送去保养，师傅说刹车片该换了。"),
    ]
    return {
        "key": "m4-telegram-launchsite",
        "platform": "telegram",
        "layout": "Telegram Desktop full-account export, machine-readable JSON: DataExport_2025-04-26/result.json (zipped with its folder); posts are the messages of the person's own private channel (signed), DMs are personal_chat dialogs; geo only from location and venue messages",
        "language": "Simplified Chinese (mainland)",
        "tz": "Asia/Shanghai",
        "who": "周毅 (Zhou Yi), launch-pad tower electromechanical engineer at the invented 鹤屿卫星发射中心 (Heyu Satellite Launch Centre), on an invented stretch of the south China coast",
        "start": "2022-09-01", "end": "2025-04-20", "seed": 4404,
        "blocked": ["2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05"],
        "posts": posts,
        "places": {
            "office": {"lat": 20.905210, "lon": 110.149730, "r": 100},
            "pad": {"lat": 20.888120, "lon": 110.165040, "r": 40},
            "bus": {"lat": 20.962410, "lon": 110.102360, "fixed": True, "name": "海澄汽车站", "address": "海澄镇滨海大道12号"},
            "court": {"lat": 20.955830, "lon": 110.095410, "fixed": True, "name": "滨海体育公园篮球场", "address": "海澄镇滨海大道体育公园内"},
            "home": {"lat": 20.968750, "lon": 110.110280, "r": 15},
        },
        "truth": {
            "unit": ["鹤屿卫星发射中心", "鹤屿发射中心", "鹤屿中心", "43基地", "鹤屿"],
            "role": "发射工位塔架机电工程师",
            "office": {"lat": 20.905210, "lon": 110.149730, "name": "鹤屿卫星发射中心技术区（总装测试厂房）"},
            "home": {"lat": 20.968750, "lon": 110.110280},
            "routine_places": [
                {"name": "海澄汽车站（班车点）", "lat": 20.962410, "lon": 110.102360},
                {"name": "滨海体育公园篮球场", "lat": 20.955830, "lon": 110.095410},
            ],
        },
        "watchlist": {
            "owner": "周毅",
            "unit": "鹤屿卫星发射中心", "aliases": ["鹤屿发射中心", "鹤屿中心", "43基地"],
            "role": "塔架机电工程师",
            "site": "鹤屿卫星发射中心技术区",
        },
    }


def extras_m4(p):
    p["account"] = {"user_id": 5823104477, "first": "周毅", "last": "", "phone": "+86 138 0000 4477",
                    "username": "@zhouyi_hy", "bio": "机械狗｜打球｜海边长大",
                    "channel": {"id": 1873300451, "name": "小周的碎碎念", "created": "2022-08-28 22:14"},
                    "export_date": "2025-04-26"}
    p["dms"] = [
        {"handle": "陈经理", "name": "陈 经理", "user_id": 6120394857, "suspicious": True, "phone": "",
         "msgs": [
             ("2024-06-11 20:12", "them", "周工您好，我是做航天产业咨询的，看了您的频道，很专业，想交个朋友。"),
             ("2024-06-11 21:40", "me", "你好，有什么事？"),
             ("2024-06-12 09:15", "them", "我们有客户对商业航天很感兴趣，想了解一下鹤屿下半年的发射安排，大概几发、什么时间窗口。"),
             ("2024-06-12 12:30", "me", "这个不能说。"),
             ("2024-06-15 20:05", "them", "理解理解。我们有咨询费，一次两万。您要是方便，拍几张二号工位的照片，或者岗位手册的目录发给我们参考就行。"),
             ("2024-06-15 20:06", "them", "这里不太安全，我们换个软件聊？我发您一个 Signal 号。"),
             ("2024-06-15 22:18", "me", "不用了，别再联系我。"),
         ]},
        {"handle": "妈妈", "name": "妈妈", "user_id": 5523001122, "suspicious": False, "phone": "+86 139 0000 1122",
         "msgs": [
             ("2024-03-07 18:20", "them", "儿子，周末回来吃饭吗？"),
             ("2024-03-07 19:02", "me", "回，周六中午到"),
             ("2024-03-07 19:03", "them", "好，给你炖汤，把孙女也带上"),
         ]},
        {"handle": "刘洋", "name": "刘洋", "user_id": 5631178820, "suspicious": False, "phone": "+86 137 0000 8820",
         "msgs": [
             ("2024-08-29 12:40", "them", "周末有空吗？出来吃烧烤"),
             ("2024-08-29 13:05", "me", "周六晚上可以，老地方？"),
             ("2024-08-29 13:06", "them", "行，我订位"),
         ]},
    ]
    return p


# ==========================================================================
# Writers: one per platform. Each returns (zip entries, label posts, contacts)
# ==========================================================================
def label_post(created, native_id, text, labels, geo=None, photo=None):
    return {"created_at": iso_z(created), "native_id": str(native_id), "labels": labels, "text": text,
            "geo": {"lat": geo[0], "lon": geo[1]} if geo else None,
            "photo_gps": {"lat": photo[0], "lon": photo[1]} if photo else None}


def local_of(persona, utc_dt):
    return utc_dt.astimezone(ZoneInfo(persona["tz"])).replace(tzinfo=None)


# ---------------------------------------------------------------- LinkedIn
def li_csv(rows, quote_empty=False, header=None):
    out = []
    if header:
        out.append(",".join(header))
    for row in rows:
        cells = []
        for v in row:
            v = "" if v is None else str(v)
            if v == "":
                cells.append('""' if quote_empty else "")
            elif any(c in v for c in ',"\n\r'):
                cells.append('"' + v.replace('"', '""') + '"')
            else:
                cells.append(v)
        out.append(",".join(cells))
    return ("\n".join(out) + "\n").encode("utf-8")


LI_SHARED = {
    "Good read on how small businesses": "https://www.southernreport.com.au/business/2023/regional-sa-small-business-buy-local",
    "Interesting piece on the skills shortage": "https://www.southernreport.com.au/careers/2024/sa-trades-skills-shortage-apprentices",
    "R U OK? Day reminder": "https://www.ruok.org.au/",
    "Hot tip for new grads": "https://www.linkedin.com/pulse/your-first-manager-matters-more-than-logo",
}
LI_MEDIA = ("Finally finished the Airfix", "Parkrun #150", "Our old station wagon", "Four years ago today")


def write_linkedin(p):
    rng = random.Random(p["seed"] + 7)
    rows, labels = [], []
    for post in p["posts"]:
        sid = li_share_id(rng, post["utc"])
        shared = next((u for k, u in LI_SHARED.items() if post["text"].startswith(k)), "")
        media = ""
        if post["text"].startswith(LI_MEDIA):
            media = ("https://media.licdn.com/dms/image/v2/D5622AQ" + hashlib.sha1(sid.encode()).hexdigest()[:12].upper()
                     + "/feedshare-shrink_2048_1536/feedshare-shrink_2048_1536/0/" + str(int(post["utc"].timestamp() * 1000))
                     + "?e=1752710400&v=beta&t=" + hashlib.md5(sid.encode()).hexdigest()[:22])
        commentary = '"\n"'.join(post["text"].split("\n"))  # LinkedIn's double-escaped multi-line quirk
        rows.append((post["utc"].strftime("%Y-%m-%d %H:%M:%S"),
                     "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A" + sid,
                     commentary, shared, media, "MEMBER_NETWORK"))
        labels.append(label_post(post["utc"], sid, post["text"], post["labels"]))
    rows.sort(key=lambda r: r[0], reverse=True)
    files = []
    pr = p["profile"]
    files.append(("Profile.csv", li_csv(
        [(pr["first"], pr["last"], "", "", pr["birth"], pr["headline"], pr["summary"], pr["industry"], "",
          pr["geo"], "", "", "")],
        header=["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
                "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"])))
    files.append(("Positions.csv", li_csv(p["positions"], header=["Company Name", "Title", "Description", "Location",
                                                                    "Started On", "Finished On"])))
    files.append(("Shares.csv", li_csv(rows, quote_empty=True,
                                       header=["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"])))
    notes = ('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. '
             'You will only see email addresses for connections who have allowed their connections to see or download their '
             'email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here '
             'https://www.linkedin.com/help/linkedin/answer/261"\n\n').encode("utf-8")
    files.append(("Connections.csv", notes + li_csv(p["connections"], header=[
        "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])))
    tz = ZoneInfo(p["tz"])
    me_name, me_url = pr["first"] + " " + pr["last"], pr["url"]
    msg_rows, contacts = [], []
    for c in p["dms"]:
        convo = []
        for when, who, text in c["msgs"]:
            utc = datetime.fromisoformat(when).replace(tzinfo=tz).astimezone(UTC) + timedelta(seconds=rng.randint(0, 59))
            if who == "me":
                convo.append((c["conv"], "", me_name, me_url, c["name"], c["url"], utc, "", text, "INBOX"))
            else:
                convo.append((c["conv"], "", c["name"], c["url"], me_name, me_url, utc, "", text, "INBOX"))
        convo.sort(key=lambda r: r[6], reverse=True)
        msg_rows += [r[:6] + (r[6].strftime("%Y-%m-%d %H:%M:%S UTC"),) + r[7:] for r in convo]
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["url"]})
    files.append(("messages.csv", li_csv(msg_rows, header=[
        "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
        "DATE", "SUBJECT", "CONTENT", "FOLDER"])))
    return files, labels, contacts


# ---------------------------------------------------------------- X / Twitter
def tw_date(dt):
    return dt.strftime("%a %b %d %H:%M:%S +0000 %Y")


def tw_ms(dt, rng):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % rng.randint(0, 999)


def write_x(p):
    rng = random.Random(p["seed"] + 7)
    acc = p["account"]
    known = {c["handle"]: (c["id"], c["name"]) for c in p["dms"]}
    tweets, labels = [], []
    for post in p["posts"]:
        tid = snowflake(rng, post["utc"])
        text = post["text"]
        hashtags = [{"text": m.group(1), "indices": [str(m.start()), str(m.end())]}
                    for m in re.finditer(r"#(\w+)", text)]
        mentions = []
        for m in re.finditer(r"@(\w+)", text):
            uid, name = known.get(m.group(1), ("0", m.group(1)))
            mentions.append({"name": name, "screen_name": m.group(1), "indices": [str(m.start()), str(m.end())],
                             "id_str": uid, "id": uid})
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
        t = {
            "edit_info": {"initial": {"editTweetIds": [tid],
                                      "editableUntil": tw_ms(post["utc"] + timedelta(hours=1), rng),
                                      "editsRemaining": "5",
                                      "isEditEligible": post["utc"] >= datetime(2022, 10, 1, tzinfo=UTC)}},
            "retweeted": False,
            "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
            "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": []},
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(rng.choice([0, 0, 1, 1, 2, 3, 4, 6, 9])),
        }
        if mentions and text.startswith("@"):
            t["in_reply_to_status_id_str"] = snowflake(rng, post["utc"] - timedelta(minutes=rng.randint(5, 90)))
            t["in_reply_to_status_id"] = t["in_reply_to_status_id_str"]
            t["in_reply_to_user_id"] = mentions[0]["id_str"]
            t["in_reply_to_user_id_str"] = mentions[0]["id_str"]
            t["in_reply_to_screen_name"] = mentions[0]["screen_name"]
        t.update({
            "id_str": tid, "truncated": False, "retweet_count": "0", "id": tid,
            "created_at": tw_date(post["utc"]), "favorited": False,
            "full_text": html.escape(text, quote=False), "lang": lang,
        })
        geo = None
        if post["lat"] is not None:
            geo = (post["lat"], post["lon"])
            la, lo = "%.6f" % post["lat"], "%.6f" % post["lon"]
            t["geo"] = {"type": "Point", "coordinates": [la, lo]}
            t["coordinates"] = {"type": "Point", "coordinates": [lo, la]}
        tweets.append((post["utc"], {"tweet": t}))
        labels.append(label_post(post["utc"], tid, text, post["labels"], geo=geo))
    tweets.sort(key=lambda x: x[0], reverse=True)
    split = len(tweets) * 11 // 20
    part0 = [t for _, t in tweets[:split]]
    part1 = [t for _, t in tweets[split:]]

    def ytd(name, part, data):
        return (f"window.YTD.{name}.part{part} = " + tw_json(data)).encode("utf-8")

    # direct messages
    convs, contacts = [], []
    tz = ZoneInfo(p["tz"])
    for c in p["dms"]:
        msgs = []
        for when, who, text in c["msgs"]:
            utc = datetime.fromisoformat(when).replace(tzinfo=tz).astimezone(UTC) + timedelta(seconds=rng.randint(0, 59))
            sender, recip = (acc["id"], c["id"]) if who == "me" else (c["id"], acc["id"])
            msgs.append((utc, {"messageCreate": {
                "recipientId": recip, "reactions": [], "urls": [], "text": text, "mediaUrls": [],
                "senderId": sender, "id": snowflake(rng, utc), "createdAt": tw_ms(utc, rng)}}))
        msgs.sort(key=lambda x: x[0], reverse=True)
        a, b = sorted([acc["id"], c["id"]], key=int)
        convs.append({"dmConversation": {"conversationId": f"{a}-{b}", "messages": [m for _, m in msgs]}})
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]})

    def mf(entries):
        lines = []
        for key, files, media in entries:
            body = []
            if media:
                body.append(f'      "mediaDirectory" : "{media}"')
            if files is not None:
                fl = ", ".join("{\n" + f'        "fileName" : "{fn}",\n        "globalName" : "{gn}",\n        "count" : "{n}"\n      }}'
                               for fn, gn, n in files)
                body.append(f'      "files" : [ {fl} ]')
            lines.append(f'    "{key}" : {{\n' + ",\n".join(body) + "\n    }")
        return ",\n".join(lines)

    manifest = ("window.__THAR_CONFIG = {\n"
                '  "userInfo" : {\n'
                f'    "accountId" : "{acc["id"]}",\n'
                f'    "userName" : "{acc["username"]}",\n'
                f'    "displayName" : "{acc["display"]}"\n'
                "  },\n"
                '  "archiveInfo" : {\n'
                '    "sizeBytes" : "1873461",\n'
                '    "generationDate" : "2025-03-02T09:41:17.318Z",\n'
                '    "isPartialArchive" : false,\n'
                '    "maxPartSizeBytes" : "53687091200"\n'
                "  },\n"
                '  "readmeInfo" : {\n'
                '    "fileName" : "data/README.txt",\n'
                '    "directory" : "data/",\n'
                '    "name" : "README.txt"\n'
                "  },\n"
                '  "dataTypes" : {\n'
                + mf([
                    ("account", [("data/account.js", "YTD.account.part0", 1)], None),
                    ("accountTimezone", [("data/account-timezone.js", "YTD.account_timezone.part0", 1)], None),
                    ("directMessages", [("data/direct-messages.js", "YTD.direct_messages.part0", len(convs))], "data/direct_messages_media"),
                    ("directMessagesGroup", [("data/direct-messages-group.js", "YTD.direct_messages_group.part0", 0)], "data/direct_messages_group_media"),
                    ("profile", [("data/profile.js", "YTD.profile.part0", 1)], "data/profile_media"),
                    ("tweets", [("data/tweets.js", "YTD.tweets.part0", len(part0)),
                                ("data/tweets-part1.js", "YTD.tweets.part1", len(part1))], "data/tweets_media"),
                ]) + "\n  }\n}").encode("utf-8")
    readme = ("Twitter Archive\n\nThis archive contains data for the account @" + acc["username"] + ".\n\n"
              "tweets.js and tweets-part1.js - This JSON file contains all the Tweets and Retweets you have sent.\n"
              "account-timezone.js - The timezone for the account.\n").encode("utf-8")
    files = [
        ("Your archive.html", b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Your archive</title></head><body></body></html>\n"),
        ("data/README.txt", readme),
        ("data/manifest.js", manifest),
        ("data/account.js", ytd("account", 0, [{"account": {
            "email": acc["email"], "createdVia": "web", "username": acc["username"], "accountId": acc["id"],
            "createdAt": acc["created"], "accountDisplayName": acc["display"]}}])),
        ("data/account-timezone.js", ytd("account_timezone", 0, [{"accountTimezone": {
            "accountId": acc["id"], "timeZone": acc["tzname"]}}])),
        ("data/profile.js", ytd("profile", 0, [{"profile": {
            "description": {"bio": acc["bio"], "website": "", "location": acc["location"]},
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1532207718290251776/Qm4sT1yZ.jpg"}}])),
        ("data/tweets.js", ytd("tweets", 0, part0)),
        ("data/tweets-part1.js", ytd("tweets", 1, part1)),
        ("data/direct-messages.js", ytd("direct_messages", 0, convs)),
        ("data/direct-messages-group.js", ytd("direct_messages_group", 0, [])),
    ]
    return files, labels, contacts


# ---------------------------------------------------------------- Facebook
def write_facebook(p):
    rng = random.Random(p["seed"] + 7)
    pr = p["profile"]
    name = pr["full_name"]
    album = "your_facebook_activity/posts/media/Mobileuploads_4Lq7pXz2Rk"
    items, checkins, labels, media_files = [], [], [], []
    phone = ("Apple", "iPhone 13")
    for post in p["posts"]:
        ts = int(post["utc"].timestamp())
        text = post["text"]
        place = p["places"].get(post["geo"]) if isinstance(post["geo"], str) else None
        kind = post.get("kind") or (place or {}).get("kind") or ("photo" if post.get("photo") else "status")
        data = [{"post": text}, {"update_timestamp": ts}] if text else [{"update_timestamp": ts}]
        if kind == "checkin":
            pname = place["name"] if place else post["place"]
            paddr = place["address"] if place else post["address"]
            fbid = str(10150000000000000 + rng.getrandbits(44))
            page = str(100000000000000 + (int(hashlib.md5(pname.encode()).hexdigest(), 16) % 10 ** 14))
            items.append({"timestamp": ts,
                          "attachments": [{"data": [{"place": {
                              "name": pname,
                              "coordinate": {"latitude": post["lat"], "longitude": post["lon"]},
                              "address": paddr,
                              "url": "https://www.facebook.com/" + page}}]}],
                          "data": data,
                          "title": f"{name} was at {pname}."})
            lv = ([{"label": "Message", "value": text}] if text else []) + [
                {"label": "Place tags", "dict": [
                    {"label": "Name", "value": pname},
                    {"label": "Address", "value": paddr},
                    {"label": "Coordinates", "value": f"({post['lat']!r} , {post['lon']!r})"}]}]
            checkins.append({"timestamp": ts, "fbid": fbid, "media": [], "label_values": lv})
            labels.append(label_post(post["utc"], fbid, text, post["labels"], geo=(post["lat"], post["lon"])))
        elif kind == "photo":
            mid = str(10160000000000000 + rng.getrandbits(44))
            fname = f"{rng.randint(300000000, 499999999)}_{mid}_{rng.randint(1000000000000000, 9999999999999999)}_n.jpg"
            uri = f"{album}/{fname}"
            taken = ts - rng.randint(20, 900)
            exif = {"upload_ip": "2a02:c7c:%x:%x::%x" % (rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(12)),
                    "taken_timestamp": taken, "modified_timestamp": taken,
                    "camera_make": phone[0], "camera_model": phone[1],
                    "exposure": rng.choice(["1/60", "1/120", "1/250", "1/1000"]), "focal_length": "5.1",
                    "f_stop": "1.6", "iso": rng.choice([32, 50, 64, 100, 200, 640]),
                    "orientation": 1, "original_width": 4032, "original_height": 3024}
            gps = None
            if post["lat"] is not None:
                exif["latitude"] = post["lat"]
                exif["longitude"] = post["lon"]
                gps = (post["lat"], post["lon"])
            items.append({"timestamp": ts,
                          "attachments": [{"data": [{"media": {
                              "uri": uri, "creation_timestamp": ts,
                              "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
                              "title": "Mobile uploads", "description": text}}]}],
                          "data": data,
                          "title": f"{name} added a new photo."})
            media_files.append((uri, tiny_jpeg("fb " + mid)))
            labels.append(label_post(post["utc"], mid, text, post["labels"], photo=gps))
        else:
            items.append({"timestamp": ts, "data": data, "title": f"{name} updated her status."})
            labels.append(label_post(post["utc"], ts, text, post["labels"]))
    items.sort(key=lambda x: x["timestamp"], reverse=True)
    checkins.sort(key=lambda x: x["timestamp"], reverse=True)
    y, m, d = pr["birthday"]
    profile = {"profile_v2": {
        "name": {"full_name": name, "first_name": pr["first"], "middle_name": "", "last_name": pr["last"]},
        "emails": {"emails": ["ffion.pritchard@example.co.uk"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": y, "month": m, "day": d},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "current_city": {"name": pr["city"], "timestamp": 1641920400},
        "hometown": {"name": pr["hometown"], "timestamp": 1262512800},
        "relationship": {"status": "Married", "partner": "Dan Pritchard", "anniversary": {"year": 2019, "month": 8, "day": 17}, "timestamp": 1566079200},
        "family_members": [{"name": "Rhys Morgan", "relation": "Brother", "timestamp": 1388534400},
                           {"name": "Gwen Pritchard", "relation": "Mother", "timestamp": 1388534400}],
        "education_experiences": [{"name": "Prifysgol Abertawe – Swansea University", "start_timestamp": 1317427200,
                                   "end_timestamp": 1436918400, "graduated": True, "concentrations": ["Adult Nursing"],
                                   "school_type": "College", "timestamp": 1436918400}],
        "work_experiences": [],
        "websites": [],
        "registration_timestamp": pr["registration"],
        "profile_uri": "https://www.facebook.com/ffion.pritchard.93",
    }}
    files = [("personal_information/profile_information/profile_information.json", fb_dumps(profile)),
             ("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", fb_dumps(items)),
             ("your_facebook_activity/posts/check-ins.json", fb_dumps(checkins))]
    files += sorted(media_files)
    contacts = []
    tz = ZoneInfo(p["tz"])
    for c in p["dms"]:
        msgs = []
        for when, who, text in c["msgs"]:
            utc = datetime.fromisoformat(when).replace(tzinfo=tz).astimezone(UTC)
            ms = int(utc.timestamp()) * 1000 + rng.randint(0, 59999)
            msgs.append({"sender_name": name if who == "me" else c["name"], "timestamp_ms": ms,
                         "content": text, "is_geoblocked_for_viewer": False})
        msgs.sort(key=lambda x: x["timestamp_ms"], reverse=True)
        thread = {"participants": [{"name": c["name"]}, {"name": name}], "messages": msgs, "title": c["name"],
                  "is_still_participant": True, "thread_path": "inbox/" + c["thread"], "magic_words": []}
        files.append((f"your_facebook_activity/messages/inbox/{c['thread']}/message_1.json", fb_dumps(thread)))
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": None})
    return files, labels, contacts


# ---------------------------------------------------------------- Telegram
def tg_text(text):
    """(text, text_entities) the way tdesktop serialises them."""
    parts = []
    pos = 0
    for m in re.finditer(r"#\w+", text):
        if m.start() > pos:
            parts.append(("plain", text[pos:m.start()]))
        parts.append(("hashtag", m.group(0)))
        pos = m.end()
    if pos < len(text):
        parts.append(("plain", text[pos:]))
    if not parts:
        return "", []
    ents = [{"type": t, "text": s} for t, s in parts]
    if len(parts) == 1 and parts[0][0] == "plain":
        return text, ents
    return [s if t == "plain" else {"type": t, "text": s} for t, s in parts], ents


def write_telegram(p):
    rng = random.Random(p["seed"] + 7)
    acc = p["account"]
    tz = ZoneInfo(p["tz"])
    ch = acc["channel"]
    root = f"DataExport_{acc['export_date']}/"

    def stamp(utc):
        return {"date": utc.astimezone(tz).strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(int(utc.timestamp()))}

    created = datetime.fromisoformat(ch["created"]).replace(tzinfo=tz).astimezone(UTC)
    msgs = [dict(id=Raw("1"), type="service", **stamp(created), actor=ch["name"], actor_id=f"channel{ch['id']}",
                 action="create_channel", title=ch["name"], text="", text_entities=[])]
    labels, media = [], []
    mid = 1
    for post in p["posts"]:
        mid += rng.choice([1, 1, 1, 2])
        m = {"id": Raw(str(mid)), "type": "message"}
        m.update(stamp(post["utc"]))
        if post["text"] and rng.random() < 0.08:
            ed = post["utc"] + timedelta(seconds=rng.randint(30, 600))
            m["edited"] = ed.astimezone(tz).strftime("%Y-%m-%dT%H:%M:%S")
            m["edited_unixtime"] = str(int(ed.timestamp()))
        m["from"] = ch["name"]
        m["from_id"] = f"channel{ch['id']}"
        m["author"] = (acc["first"] + " " + acc["last"]).strip()
        kind = post.get("kind")
        geo = None
        if post.get("photo"):
            loc = post["utc"].astimezone(tz)
            path = f"chats/chat_001/photos/photo_{mid}@{loc.strftime('%d-%m-%Y_%H-%M-%S')}.jpg"
            m["photo"] = path
            m["width"] = Raw("1280")
            m["height"] = Raw("960")
            media.append((root + path, tiny_jpeg("tg " + str(mid))))
        if kind == "location":
            m["location_information"] = {"latitude": tg_num(post["lat"]), "longitude": tg_num(post["lon"])}
            geo = (round(post["lat"], 6), round(post["lon"], 6))
        elif kind == "venue":
            place = p["places"].get(post["geo"]) if isinstance(post["geo"], str) else None
            m["place_name"] = place["name"] if place else post["place"]
            m["address"] = place["address"] if place else post["address"]
            m["location_information"] = {"latitude": tg_num(post["lat"]), "longitude": tg_num(post["lon"])}
            geo = (round(post["lat"], 6), round(post["lon"], 6))
        m["text"], m["text_entities"] = tg_text(post["text"])
        msgs.append(m)
        labels.append(label_post(post["utc"], mid, post["text"], post["labels"], geo=geo))

    chats = [{"name": ch["name"], "type": "private_channel", "id": Raw(str(ch["id"])), "messages": msgs}]
    contacts, contact_list, freq = [], [], []
    gid = 18400
    me_name = (acc["first"] + " " + acc["last"]).strip()
    for c in p["dms"]:
        cm = []
        rows = []
        for when, who, text in c["msgs"]:
            utc = datetime.fromisoformat(when).replace(tzinfo=tz).astimezone(UTC) + timedelta(seconds=rng.randint(0, 59))
            rows.append((utc, who, text))
        rows.sort()
        for utc, who, text in rows:
            gid += rng.randint(1, 40)
            t, ents = tg_text(text)
            msg = {"id": Raw(str(gid)), "type": "message"}
            msg.update(stamp(utc))
            msg["from"] = me_name if who == "me" else c["name"]
            msg["from_id"] = f"user{acc['user_id']}" if who == "me" else f"user{c['user_id']}"
            msg["text"], msg["text_entities"] = t, ents
            cm.append(msg)
        chats.append({"name": c["name"], "type": "personal_chat", "id": Raw(str(c["user_id"])), "messages": cm})
        contacts.append({"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"],
                         "id": f"user{c['user_id']}"})
        if c["phone"]:
            first = c["name"]
            added = rows[0][0] - timedelta(days=rng.randint(200, 900))
            contact_list.append({"user_id": Raw(str(c["user_id"])), "first_name": first, "last_name": "",
                                 "phone_number": c["phone"], **stamp(added)})
        freq.append({"id": Raw(str(c["user_id"])), "category": "people", "type": "user", "name": c["name"],
                     "rating": Raw("%.6f" % rng.uniform(0.5, 12))})
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting "
                 "and doesn't sell it to others. Telegram only keeps the information it needs to function as a secure and "
                 "feature-rich cloud service.\n\nCheck out Settings > Privacy & Security on Telegram's mobile apps for the "
                 "relevant settings.",
        "personal_information": {"user_id": Raw(str(acc["user_id"])), "first_name": acc["first"], "last_name": acc["last"],
                                 "phone_number": acc["phone"], "username": acc["username"], "bio": acc["bio"]},
        "contacts": {"about": "If you allow access, Telegram continuously syncs your contacts, so that you can be notified "
                              "when they join Telegram.", "list": contact_list},
        "frequent_contacts": {"about": "This rating list shows which people you are most likely to message. It is "
                                       "calculated using the frequency of messages and how recently you sent them.",
                              "list": freq},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    files = [(root + "result.json", tg_json(result).encode("utf-8"))] + sorted(media)
    return files, labels, contacts


# ==========================================================================
# Build, watchlists, README
# ==========================================================================
PERSONAS = [(persona_m1, extras_m1, write_linkedin),
            (persona_m2, extras_m2, write_x),
            (persona_m3, extras_m3, write_facebook),
            (persona_m4, extras_m4, write_telegram)]


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def watchlist_toml(p):
    w, t = p["watchlist"], p["truth"]
    return (f"# What {w['owner']}'s security officer knows must not be revealed.\n"
            f"timezone = {toml_str(p['tz'])}\n\n"
            f"[[unit]]\nname = {toml_str(w['unit'])}\n"
            f"aliases = [{', '.join(toml_str(a) for a in w['aliases'])}]\n\n"
            f"[[role]]\nname = {toml_str(w['role'])}\n\n"
            f"[[site]]\nname = {toml_str(w['site'])}\n"
            f"lat = {t['office']['lat']}\nlon = {t['office']['lon']}\nradius_m = 300\n").encode("utf-8")


def build_all():
    summaries = []
    for make, extras, writer in PERSONAS:
        p = extras(schedule(make()))
        files, label_posts, contacts = writer(p)
        key = p["key"]
        label_posts.sort(key=lambda x: x["created_at"])
        keys = [x["created_at"] for x in label_posts]
        assert len(keys) == len(set(keys)), f"{key}: duplicate created_at"
        labels = {"persona": key, "platform": p["platform"], "archive": key + ".zip", "timezone": p["tz"],
                  "truth": p["truth"], "contacts": contacts, "posts": label_posts}
        write_zip(os.path.join(OUT, key + ".zip"), files)
        with open(os.path.join(OUT, key + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(OUT, key + ".watchlist.toml"), "wb") as f:
            f.write(watchlist_toml(p))
        summaries.append((p, labels))
        print(f"wrote {key}: {len(label_posts)} posts, {len(files)} archive entries")
    write_readme(summaries)


def counts(labels):
    c = {k: 0 for k in ("unit", "role", "location", "routine", "home")}
    benign = 0
    for post in labels["posts"]:
        for l in post["labels"]:
            c[l] += 1
        benign += not post["labels"]
    geo = sum(1 for post in labels["posts"] if post["geo"] or post["photo_gps"])
    return c, benign, geo


README_HEAD = """# Blind evaluation set 4

Four invented people, each as `KEY.zip` (the platform's real on-disk export layout), `KEY.labels.json` (ground truth,
same schema as `../shared/eval/dev`, readable by `../shared/eval/score.py`) and `KEY.watchlist.toml` (what a security
officer would write down). Everything is produced by `generate.py` (standard library only, fixed seeds, fixed zip
timestamps: rerunning it gives byte-identical files). `python3 generate.py --check` re-reads every archive the way a
loader would and compares it with the labels. All people, units, worksites, homes, routine venues, their coordinates,
phone numbers and account ids are invented; real cities, districts and shop chains appear only as background (the
one-off trips to Osaka, Lisbon and Chengdu are placed at real city coordinates; their venue names are invented, except
Chengdu's airport).

| key | platform / layout | language & time zone | who | posts & span (UTC) | unit / role / location / routine / home | geotagged | benign share |
|---|---|---|---|---|---|---|---|
"""

README_BODY = """
Score a report with `python3 ../shared/eval/score.py KEY.labels.json report.json`. Run the tool with `--tz` set to the
persona's zone (the table above, or `timezone` in the labels file); for LinkedIn there is no zone anywhere in the
archive, and for X the archive has `account-timezone.js`.

## The personas

**m1 — LinkedIn, Australian English (Australia/Adelaide, UTC+9:30 / +10:30 with DST).** Lachlan Tran, a Level 3
guided weapons technician at the Kowari Guided Weapons Facility (missile test and maintenance: all-up rounds, seeker
heads, control sections, automatic test equipment, cryo bottles, humidity indicator cards, EO licence, NV1 clearance).
The unit appears as *Kowari Guided Weapons Facility*, *KGWF*, *#KGWF*, *Kowari GWF*, *#KowariGWF*, *the GW shop*,
*Kowari*, *our place*. The site is only ever text: *Building 40 test bay*, *B42*, *Gate 3 / Gate 1 on Tarrant Road*.
Routine is text-stated: 9-day fortnight with RDO every second Friday, the 6:20 bus from the Kowari Plains
park'n'ride, Tuesday futsal, Wednesday 6am spin, Saturday parkrun, Saturday coaching, a surge fortnight on
1500–2330. `Positions.csv` names the employer and title outright (as a real profile would); the posts are what is
scored. Files: `Profile.csv`, `Positions.csv`, `Shares.csv`, `Connections.csv` (with LinkedIn's `Notes:` preamble),
`messages.csv`.

**m2 — X, Hong Kong Traditional Chinese with Cantonese and English code-switching (Asia/Hong_Kong, no DST).**
何卓霖, an Immigration Officer (IO, later duty officer) doing detention and escort work at 鷺湖入境事務中心 / Egret
Lake Immigration Centre. Shop talk: 押解 to the airport, 點名, 巡倉, 收押, 絕食 monitoring, C&R refresher, 免遣返聲請
files, 搜身, 保安審查 before the CCTV room. Aliases: 鷺湖入境事務中心, Egret Lake Immigration Centre, 鷺湖中心, 鷺湖,
ELIC / #ELIC, the staff nickname 雀湖, and "個中心" in context. Office hours Mon–Fri; geotags at the centre at arrival,
lunch and leaving time; a shuttle-bus stop at 07:36–07:48 on weekdays; a gym on Tuesday/Thursday 20:05–21:05; six
home geotags; a 4-geotag Osaka trip. Tweets are split across `data/tweets.js` (`window.YTD.tweets.part0`, newest
55%) and `data/tweets-part1.js` (`window.YTD.tweets.part1`); `manifest.js` lists both.

**m3 — Facebook (2024+ layout), British English with a Welsh family (Europe/London, GMT/BST).** Ffion Pritchard, a
nursing officer on Ward 19, the secure care ward of the Royal Fenmoor Defence Hospital. Shop talk: obs and NEWS2,
controlled-drug checks, aeromed arrivals at 3am, patients under ward aliases, Military Police escorts, CBRN decon
drills, Role 4 bed state, DV vetting and aftercare, NMC revalidation, preceptee sign-off, nurse in charge with the
bleep, phones in lockers before the airlock. Aliases: Royal Fenmoor Defence Hospital, RFDH, Ward 19, SCU, "the Fen".
She works rotating long days (07:30–20:00) and nights (19:45–08:15) including weekends, so check-ins at the hospital at
02:00 on a Saturday or 13:00 on a Sunday are working hours. Routine: a café at 06:55–07:12 before long days and
19:00–19:22 before nights, a Monday-morning swim after nights, Saturday parkrun (photo GPS). Check-ins carry the
place name and coordinates; photos carry GPS in `media_metadata.photo_metadata.exif_data`.

**m4 — Telegram Desktop JSON, Simplified Chinese (Asia/Shanghai, no DST).** 周毅, a launch-pad tower
electromechanical engineer at 鹤屿卫星发射中心 (swing arms, rotating platforms, reducers leaking oil, the flame
trench, water deluge, joint rehearsals, 双岗制 procedures, 归零 reports, 政审, 保密承诺书, 岗位证 for pad 2). Aliases:
鹤屿卫星发射中心, 鹤屿发射中心, 鹤屿中心, #鹤屿, 43基地 (the base-number nickname), "我们中心" / "中心里". The person's
posts are the messages of his own private channel 小周的碎碎念 (signed with `author`), so `from_id` is the channel,
not the user. Geo only exists as location and venue messages, whose `text` is empty: 8 location shares at the
technical area and 2 at pad 2 in working hours, a one-off launch-night share at the pad, a venue share at the 海澄汽车站
shuttle stop at 06:56–07:08 on weekdays, a basketball-court venue on Tuesday/Thursday evenings, five home shares and a
Chengdu trip (4 venues, one named 锦屏大熊猫基地).

## Labelling calls

Labels follow `../shared/eval/README.md` and the conventions visible in the dev set (a post gets every label that
applies; `home` only for home geotags; workplace geotags in working hours are `location` + `routine`). Borderline
decisions:

- **Unit comes from the post text, not from a check-in's place name.** As in the dev set, a Facebook check-in at
  "Royal Fenmoor Defence Hospital" whose message is "2am toast in the staff room hits different" is `location` +
  `routine`, not `unit`. A tool that also flags `unit` there is not penalised (the post is not benign).
- **Nicknames and "our place" references count as unit only when the context pins them to the employer**: "the GW
  shop", "our place" next to "the ATE", "Kowari" next to "the Tarrant Road gate", "個中心" next to 羈留者, "雀湖" next
  to 收押, "我们中心"/"中心里" (m4), "the Fen's canteen … on nights" (m3). The same words in other senses are benign:
  "cycled across **the Fens**", 購物中心 / 體育中心 / 中心思想 / 中心花园, "the base sports day" is labelled only because
  the same post carries #KowariGWF.
- **单位 alone is benign** (m4 "单位发了新工装"): it is the generic Mandarin word for "my employer" and identifies
  nothing, unlike 院里/我们中心, which name the kind of unit. 单位面积 (unit of area) is benign too.
- **Routine on LinkedIn is text only.** Stated schedules (RDO every second Friday, the 6:20 bus, 7am start, Tuesday
  8pm futsal, Saturday coaching, a 1500–2330 surge roster) are `routine`; "in the evenings" / "on the weekend" are
  not. Gate-opening times with "use Gate 3" advice are `location` + `routine` (they tell you when and where the
  person enters).
- **Workplace geotags outside the usual hours are `location` only**: m2 on a Saturday and on a public holiday, m4 at
  the pad at 01:32 on launch night (a one-off campaign night, not part of the daily pattern; the follow-up
  "#鹤屿 又一发圆满成功" at 02:10 is `unit` + `role`), m3's Sunday fun run round the hospital perimeter. For the shift
  worker (m3) every check-in or photo at the hospital during a long day or a night, weekends included, is `location` +
  `routine`.
- **The airport escorts (m2) are `role`, not `location`**: the airport is not the worksite. The same holds for the
  m4 campaign shift pattern ("三班倒, 零点到八点") which is `routine` (a stated schedule) but not `location`.
- **Travel as a passenger is benign** even with insider words: m2 "機場入境排咗成個鐘，e道仲壞咗兩條" after Osaka, m4
  "去机场接我妈". Relatives' and friends' jobs are benign even when military or border-related (m1 brother-in-law's
  army wings, m2 father in customs and brother a police sergeant, m3 brother in the Navy, m4 cousin an aircraft
  mechanic, wife on hospital nights). Past service (m1 "five years since I left the RAAF") is benign: it is not the
  current unit or role.
- **Trap vocabulary left benign**: films/shows/games about spies, the military, prisons or disasters (Top Gun, Band of
  Brothers, Slow Horses, Mission: Impossible, Chernobyl, Call of Duty, 無間道, Prison Break, Squid Game, Line of Duty,
  The Night Manager, 流浪地球, 潜伏, 使命召唤, 三体); "unit" as a flat (m1 Glenelg unit, m2 個 unit), kitchen units, unit
  testing, "Unit 4" in the café's address; base model / customer base / base layer / "base 喺元朗"; secret Santa,
  "the secret to…", 秘密武器, 秘密花園, 秘密基地; stations (servo, station wagon, 荃灣站, station car park, nurses' station
  is inside a labelled post); hobbies that sound military (Airfix F-111, airshows, war game paintball, Warhammer, a
  bottle rocket / 水火箭, CFS volunteer fire brigade); WFH; 所以 / 所有 / 研究 (verb and 研究生) / 网站 / 火箭 (the NBA
  team) / 倒计时 (New Year) / 点火 (barbecue) / 卫星电视 / 广场 / 菜市场 / 机场; one-off trips with 3–5 geotags (Osaka,
  Lisbon, Chengdu including a venue called 锦屏大熊猫基地).
- **Security-awareness talk is role**: NV1 revalidation, the DISP refresher, DV vetting and aftercare, 保安審查,
  政审, 保密承诺书 reveal clearance level and the kind of work even when phrased as a joke.
- **Telegram location/venue messages have empty text** and are labelled by their coordinates and time alone; the
  labels' `text` is `""` for them, exactly as in `result.json`.

## Direct-message contacts

Each persona has three DM contacts; exactly one is suspicious (probes for numbers, schedules and photos, offers money,
asks for documents, wants to move to Signal/WhatsApp/Telegram). The m1 recruiter *Sophie Lim* takes no for an answer
and is **not** suspicious. Contact ids are recorded as each export records them:

- LinkedIn: `messages.csv` rows carry `FROM` / `SENDER PROFILE URL`; the label `id` is the profile URL.
- X: `senderId` / `recipientId` in `direct-messages.js`; the label `id` is that numeric string.
- Facebook: Messenger threads have only display names; the label `id` is `null` (as in the dev set) and `handle` is
  the thread folder's slug.
- Telegram: the label `id` is the `from_id` form, `user<digits>`; the dialog's `id` is the same number without the
  prefix.

## Format notes and what I was unsure of

- **LinkedIn generation**: the 2025/2026 CSV generation (UTF-8, comma, LF line ends, minimal quoting but empty
  fields written as `""` in `Shares.csv`, multi-line `ShareCommentary` double-escaped so that after CSV parsing each
  inner line is wrapped in stray `"`; see archive-formats.md §5). `Date` is UTC: I checked that the millisecond time
  embedded in real share URNs (`id >> 22`) equals the `Date` column of a real export, and the share ids here are
  built the same way. `messages.csv` is named in archive-formats.md but its columns are not; I used the header
  `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER`
  with `DATE` like `2024-05-14 10:12:44 UTC`, which several independent parsers' fixtures agree on (newer exports
  may append columns). LinkedIn has no geo at all, so the scorer's `found_office` (a location finding within 300 m)
  can only be met by a tool that turns "Building 40, Tarrant Road, Kowari Plains" into coordinates; treat `office:N`
  on m1 accordingly.
- **X geotags**: `geo` (lat, lon) and `coordinates` (lon, lat) with string values, as in the dev set; no `place`
  object, because no real archive with geotags was available to copy its shape from. Tweet and DM ids are real
  snowflakes derived from the timestamps. Files use Twitter's own pretty-printing (`" : "`, `[ ]`, no trailing
  newline); `manifest.js` uses its different `"files" : [ {` style.
- **Facebook**: `check-ins.json` duplicates the check-in posts (same timestamps) in the 2024 `label_values` form with
  `Coordinates` as `"(lat , lon)"`; a loader that reads both must de-duplicate on timestamp. The shape of a non-empty
  `work_experiences[]` is unknown, so it is left empty (the employer is only in posts). Media files are tiny valid
  JPEGs with no EXIF, as Facebook strips it; the GPS is only in the JSON.
- **Telegram**: serialised byte-for-byte in tdesktop's `JsonWriter` style (one space per nesting level, `": "`,
  coordinates with six decimals, `date` in local time and `date_unixtime` as a string, text as a string or as an
  array with hashtag objects, `text_entities` always present). The export folder `DataExport_2025-04-26/` is kept
  inside the zip, so a loader must descend into the single wrapper folder. The `chats/chat_001/photos/` naming is my
  assumption; the JSON paths are authoritative. Whether a tool treats the person's own channel as "their posts" is
  part of what this persona tests.
"""


def write_readme(summaries):
    rows = []
    for p, labels in summaries:
        c, benign, geo = counts(labels)
        n = len(labels["posts"])
        first, last = labels["posts"][0]["created_at"][:10], labels["posts"][-1]["created_at"][:10]
        short = {"linkedin": "LinkedIn CSV export (2025/26 generation)",
                 "x": "X archive, tweets.js + tweets-part1.js",
                 "facebook": "Facebook 2024+ (your_facebook_activity)",
                 "telegram": "Telegram Desktop result.json (own channel)"}[p["platform"]]
        rows.append(f"| `{p['key']}` | {short} | {p['language']}; `{p['tz']}` | {p['who']} | {n} posts, "
                    f"{first} → {last} | {c['unit']} / {c['role']} / {c['location']} / {c['routine']} / {c['home']} "
                    f"| {geo} | {benign}/{n} = {benign / n:.0%} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n".join(rows) + "\n" + README_BODY)


# ==========================================================================
# Self-check: re-read each archive as a loader would and compare with labels
# ==========================================================================
def read_linkedin(z):
    posts = {}
    for r in csv.DictReader(io.StringIO(z.read("Shares.csv").decode("utf-8"))):
        lines = r["ShareCommentary"].split("\n")
        for i in range(len(lines)):  # archive-formats.md §5: strip one stray quote per inner line end
            if i > 0 and lines[i].startswith('"'):
                lines[i] = lines[i][1:]
            if i < len(lines) - 1 and lines[i].endswith('"'):
                lines[i] = lines[i][:-1]
        created = datetime.strptime(r["Date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        sid = re.search(r"urn%3Ali%3Ashare%3A(\d+)", r["ShareLink"]).group(1)
        assert abs(((int(sid) >> 22) / 1000) - created.timestamp()) < 1, "share id time != Date"
        posts[iso_z(created)] = ("\n".join(lines), None, None, sid)
    people = set()
    for r in csv.DictReader(io.StringIO(z.read("messages.csv").decode("utf-8"))):
        people.add(r["SENDER PROFILE URL"])
        datetime.strptime(r["DATE"], "%Y-%m-%d %H:%M:%S UTC")
    return posts, people


def strip_js(raw):
    s = raw.decode("utf-8").lstrip("\ufeff")
    return json.loads(s[min(i for i in (s.find("["), s.find("{")) if i >= 0):].rstrip().rstrip(";"))


def read_x(z):
    manifest = z.read("data/manifest.js").decode("utf-8")
    cfg = json.loads(manifest[manifest.index("{"):])
    posts = {}
    for f in cfg["dataTypes"]["tweets"]["files"]:
        raw = z.read(f["fileName"]).decode("utf-8")
        assert raw.startswith("window." + f["globalName"] + " = ["), f["fileName"]
        data = strip_js(z.read(f["fileName"]))
        assert len(data) == int(f["count"])
        for item in data:
            t = item["tweet"]
            created = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y")
            geo = None
            if "coordinates" in t:
                lon, lat = (float(x) for x in t["coordinates"]["coordinates"])
                glat, glon = (float(x) for x in t["geo"]["coordinates"])
                assert (lat, lon) == (glat, glon)
                geo = (lat, lon)
            posts[iso_z(created)] = (html.unescape(t["full_text"]), geo, None, t["id_str"])
    tzf = strip_js(z.read("data/account-timezone.js"))
    assert tzf[0]["accountTimezone"]["timeZone"]
    people = set()
    for conv in strip_js(z.read("data/direct-messages.js")):
        for m in conv["dmConversation"]["messages"]:
            people.add(m["messageCreate"]["senderId"])
    return posts, people


def fb_fix_all(v):
    if isinstance(v, str):
        return fb_fix(v)
    if isinstance(v, list):
        return [fb_fix_all(x) for x in v]
    if isinstance(v, dict):
        return {fb_fix(k): fb_fix_all(x) for k, x in v.items()}
    return v


def read_facebook(z):
    names = z.namelist()
    raw = z.read("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json")
    assert all(b < 128 for b in raw), "Facebook JSON must be pure ASCII with \\u00XX escapes"
    posts = {}
    for item in fb_fix_all(json.loads(raw)):
        text = next((d["post"] for d in item.get("data", []) if "post" in d), "")
        geo = photo = None
        nid = str(item["timestamp"])
        for a in item.get("attachments", []):
            for d in a["data"]:
                if "place" in d:
                    c = d["place"]["coordinate"]
                    geo = (c["latitude"], c["longitude"])
                if "media" in d:
                    assert d["media"]["uri"] in names, d["media"]["uri"]
                    assert d["media"]["description"] == text
                    ex = d["media"]["media_metadata"]["photo_metadata"]["exif_data"][0]
                    if ex.get("latitude"):
                        photo = (ex["latitude"], ex["longitude"])
        posts[iso_z(datetime.fromtimestamp(item["timestamp"], UTC))] = (text, geo, photo, nid)
    for ci in fb_fix_all(json.loads(z.read("your_facebook_activity/posts/check-ins.json"))):
        key = iso_z(datetime.fromtimestamp(ci["timestamp"], UTC))
        tags = next(l["dict"] for l in ci["label_values"] if l["label"] == "Place tags")
        coord = next(t["value"] for t in tags if t["label"] == "Coordinates")
        lat, lon = (float(x) for x in coord.strip("()").split(" , "))
        assert posts[key][1] == (lat, lon), key
    people = set()
    for n in names:
        if n.endswith("/message_1.json"):
            th = fb_fix_all(json.loads(z.read(n)))
            people |= {x["name"] for x in th["participants"]}
            people.add(n.split("/")[-2].rsplit("_", 1)[0])
    return posts, people


def read_telegram(z):
    roots = {n.split("/")[0] for n in z.namelist()}
    assert len(roots) == 1, "Telegram zip should hold one wrapper folder"
    root = roots.pop()
    data = json.loads(z.read(root + "/result.json").decode("utf-8"))
    me = data["personal_information"]["user_id"]
    posts, people = {}, set()
    for chat in data["chats"]["list"]:
        if chat["type"] == "personal_chat":
            for m in chat["messages"]:
                if m["from_id"] != f"user{me}":
                    people.add(m["from_id"])
            continue
        for m in chat["messages"]:
            if m["type"] != "message":
                continue
            text = m["text"] if isinstance(m["text"], str) else "".join(
                x if isinstance(x, str) else x["text"] for x in m["text"])
            assert text == "".join(e["text"] for e in m["text_entities"])
            created = datetime.fromtimestamp(int(m["date_unixtime"]), UTC)
            assert m["date"] == created.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%dT%H:%M:%S")
            geo = None
            if m.get("location_information"):
                geo = (m["location_information"]["latitude"], m["location_information"]["longitude"])
            if "photo" in m:
                assert root + "/" + m["photo"] in z.namelist()
            posts[iso_z(created)] = (text, geo, None, str(m["id"]))
    return posts, people


READERS = {"linkedin": read_linkedin, "x": read_x, "facebook": read_facebook, "telegram": read_telegram}


def check_semantics(labels, persona):
    """Geo/time sanity of the labels themselves."""
    tz = ZoneInfo(labels["timezone"])
    t = labels["truth"]
    sites = [(t["office"]["lat"], t["office"]["lon"])] + [tuple(s) for s in persona.get("extra_sites", [])]
    rp = [(r["lat"], r["lon"]) for r in t["routine_places"]]
    home = (t["home"]["lat"], t["home"]["lon"])
    problems = []
    for post in labels["posts"]:
        g = post["geo"] or post["photo_gps"]
        if not g:
            continue
        ll = (g["lat"], g["lon"])
        near_site = min(metres(*ll, *s) for s in sites)
        near_home = metres(*ll, *home)
        near_rp = min(metres(*ll, *r) for r in rp) if rp else 1e9
        labs = set(post["labels"])
        if "location" in labs and near_site > 300:
            problems.append(("location geotag far from site", post))
        if "home" in labs and near_home > 100:
            problems.append(("home geotag far from home", post))
        if labs == {"routine"} and near_rp > 150:
            problems.append(("routine geotag far from routine places", post))
        if not labs and min(near_site, near_home, near_rp) < 1000:
            problems.append(("benign geotag close to a labelled place", post))
        if "location" not in labs and near_site < 300:
            problems.append(("geotag at the site without a location label", post))
    return problems


def score_smoke(key, labels):
    """Feed score.py a tiny fake report (one true finding per category, a few posts) to prove it parses."""
    import subprocess
    scorer = os.path.join(OUT, "..", "shared", "eval", "score.py")
    scratch = os.path.join(OUT, ".selfcheck")
    os.makedirs(scratch, exist_ok=True)
    posts = [{"id": p["native_id"], "created_at": p["created_at"],
              "categories": [c for c in p["labels"] if c != "home"]} for p in labels["posts"] if p["labels"]][:12]
    office = labels["truth"]["office"]
    report = {"posts": posts, "findings": [
        {"category": "unit", "value": labels["truth"]["unit"][0], "evidence": []},
        {"category": "location", "value": office["name"], "location": {"lat": office["lat"], "lon": office["lon"]},
         "evidence": []}]}
    path = os.path.join(scratch, key + ".fake-report.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False)
    res = subprocess.run([sys.executable, scorer, os.path.join(OUT, key + ".labels.json"), path],
                         capture_output=True, text=True)
    os.remove(path)
    os.rmdir(scratch)
    assert res.returncode == 0, res.stderr
    return res.stdout.strip().splitlines()[-1]


def check_all(run_scorer=True):
    ok = True
    for make, extras, writer in PERSONAS:
        key = make()["key"]
        persona = make()
        with open(os.path.join(OUT, key + ".labels.json"), encoding="utf-8") as f:
            labels = json.load(f)
        with zipfile.ZipFile(os.path.join(OUT, key + ".zip")) as z:
            posts, people = READERS[labels["platform"]](z)
        assert len(posts) == len(labels["posts"]), f"{key}: {len(posts)} archive posts vs {len(labels['posts'])} labels"
        for lp in labels["posts"]:
            got = posts.get(lp["created_at"])
            assert got is not None, f"{key}: missing {lp['created_at']}"
            text, geo, photo, nid = got
            assert text == lp["text"], f"{key}: text differs at {lp['created_at']}: {text!r} vs {lp['text']!r}"
            want_geo = (lp["geo"]["lat"], lp["geo"]["lon"]) if lp["geo"] else None
            want_photo = (lp["photo_gps"]["lat"], lp["photo_gps"]["lon"]) if lp["photo_gps"] else None
            assert geo == want_geo, f"{key}: geo differs at {lp['created_at']}"
            assert photo == want_photo, f"{key}: photo_gps differs at {lp['created_at']}"
            if labels["platform"] in ("linkedin", "x", "telegram"):
                assert nid == lp["native_id"], f"{key}: native id differs"
        for c in labels["contacts"]:
            assert (c["id"] in people) or (c["name"] in people and c["handle"] in people), f"{key}: contact {c}"
        problems = check_semantics(labels, {"extra_sites": [(20.888120, 110.165040)] if labels["platform"] == "telegram" else []})
        for why, post in problems:
            ok = False
            print(f"  {key}: {why}: {post['created_at']} {post['labels']} {post['text'][:40]!r}")
        c, benign, geo = counts(labels)
        print(f"check {key}: {len(posts)} posts match labels; {c}; benign {benign}; geotagged {geo}")
        if run_scorer:
            print("   score.py:", score_smoke(key, labels))
    return ok


def main():
    if "--check" not in sys.argv:
        build_all()
    if not check_all():
        sys.exit(1)


if __name__ == "__main__":
    main()
