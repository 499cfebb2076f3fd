#!/usr/bin/env python3
"""Blind evaluation set #2 for mosaic: four made-up personas in four export layouts.

Stdlib only, fixed seeds, fixed zip timestamps: reruns are byte-identical.
Writes, next to this file, per persona KEY: KEY.zip, KEY.labels.json, KEY.watchlist.toml.
All names, units and coordinates are fictional.
"""
import html
import io
import json
import math
import os
import random
import re
import struct
import zipfile
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2024, 6, 1, 12, 0, 0)
UTC = timezone.utc


# --------------------------------------------------------------------------- helpers

def metres(a, b):
    r = 6_371_000
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


class Spec:
    """One post as authored: labels, text, when it may happen, where it is tagged."""

    def __init__(self, labels, text, when="any", place=None, **kw):
        self.labels = [x for x in ("unit", "role", "location", "routine", "home")
                       if {"unit": "U", "role": "R", "location": "L", "routine": "T", "home": "H"}[x]
                       in labels.split()]
        self.text = text
        self.when = when
        self.place = place
        self.kw = kw


def P(labels, text, when="any", place=None, **kw):
    return Spec(labels, text, when, place, **kw)


class Persona:
    def __init__(self, key, tz, start, end, seed, places, work_days, work_window, routines, trips):
        self.key, self.tz = key, ZoneInfo(tz)
        self.tzname = tz
        self.start, self.end = start, end
        self.rng = random.Random(seed)
        self.places = places            # key -> (lat, lon, name, jitter_m)
        self.work_days = work_days      # set of weekday ints, Mon=0
        self.work_window = work_window  # (minutes from, minutes to)
        self.routines = routines        # key -> (weekdays, min_from, min_to)
        self.trips = trips              # list of (date, ndays)
        self.used = set()

    def in_trip(self, d):
        return any(s <= d < s + timedelta(days=n) for s, n in self.trips)

    def pick_day(self, weekdays=None, frac=None):
        span = (self.end - self.start).days
        for _ in range(1000):
            if frac is None:
                d = self.start + timedelta(days=self.rng.randrange(span))
            else:
                c = int(span * frac) + self.rng.randint(-25, 25)
                d = self.start + timedelta(days=min(max(c, 0), span - 1))
            if weekdays is not None and d.weekday() not in weekdays:
                continue
            if self.in_trip(d):
                continue
            return d
        raise RuntimeError("no day")

    def schedule(self, spec):
        """Return an aware local datetime for the spec."""
        w = spec.when
        frac = spec.kw.get("frac")
        for _ in range(200):
            if w == "any":
                d, lo, hi = self.pick_day(None, frac), 8 * 60, 23 * 60
            elif w == "eve":
                d, lo, hi = self.pick_day(None, frac), 18 * 60 + 30, 23 * 60 + 15
            elif w == "home":
                d, lo, hi = self.pick_day(None, frac), 19 * 60 + 30, 23 * 60
            elif w == "work":
                d = self.pick_day(self.work_days, frac)
                lo, hi = self.work_window
            elif w == "lunch":
                d, lo, hi = self.pick_day(self.work_days, frac), 12 * 60 + 5, 12 * 60 + 55
            elif w == "offwork":
                d, lo, hi = self.pick_day(self.work_days, frac), 18 * 60, 22 * 60 + 30
            elif w == "weekend":
                d, lo, hi = self.pick_day({5, 6}, frac), 10 * 60, 20 * 60
            elif w == "sat_work":
                d, lo, hi = self.pick_day({5}, frac), 9 * 60 + 30, 15 * 60
            elif isinstance(w, tuple) and w[0] == "win":
                d = self.pick_day(w[1], frac)
                lo, hi = w[2], w[3]
            elif isinstance(w, tuple) and w[0] == "rt":
                days, lo, hi = self.routines[w[1]]
                d = self.pick_day(days, frac)
            elif isinstance(w, tuple) and w[0] == "trip":
                s, n = self.trips[w[1]]
                d = s + timedelta(days=self.rng.randrange(n))
                lo, hi = 9 * 60, 21 * 60 + 30
            else:
                raise ValueError(w)
            m = self.rng.randrange(lo, hi)
            dt = datetime.combine(d, time(m // 60, m % 60, self.rng.randrange(60)), self.tz)
            u = dt.astimezone(UTC)
            if u not in self.used:
                self.used.add(u)
                return dt
        raise RuntimeError("collision")

    def coords(self, place):
        lat, lon, _name, jit = self.places[place]
        dlat = self.rng.uniform(-jit, jit) / 111_000
        dlon = self.rng.uniform(-jit, jit) / (111_000 * math.cos(math.radians(lat)))
        return round(lat + dlat, 6), round(lon + dlon, 6)

    def realise(self, specs):
        posts = []
        for s in specs:
            dt = self.schedule(s)
            geo = self.coords(s.place) if s.place else None
            posts.append({"spec": s, "local": dt, "utc": dt.astimezone(UTC), "geo": geo})
        posts.sort(key=lambda p: p["utc"])
        return posts


def iso_z(u):
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_zip(path, files):
    """files: list of (name, bytes). Fixed timestamps, fixed order, deflated."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_labels(key, platform, tzname, truth, contacts, rows):
    doc = {
        "persona": key, "platform": platform, "archive": f"{key}.zip", "timezone": tzname,
        "truth": truth, "contacts": contacts,
        "posts": sorted(rows, key=lambda r: r["created_at"]),
    }
    with open(os.path.join(OUT, f"{key}.labels.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return doc


def write_watchlist(key, who, tzname, unit, aliases, roles, site):
    lines = [f"# What {who}'s security officer knows must not be revealed.",
             f'timezone = "{tzname}"', "", "[[unit]]", f'name = "{unit}"',
             "aliases = [" + ", ".join(f'"{a}"' for a in aliases) + "]", ""]
    for r in roles:
        lines += ["[[role]]", f'name = "{r}"', ""]
    lines += ["[[site]]", f'name = "{site[0]}"', f"lat = {site[1]}", f"lon = {site[2]}",
              f"radius_m = {site[3]}", ""]
    with open(os.path.join(OUT, f"{key}.watchlist.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def label_row(p, native_id, text, geo=None, photo_gps=None):
    return {
        "created_at": iso_z(p["utc"]), "native_id": str(native_id), "labels": p["spec"].labels,
        "text": text,
        "geo": {"lat": geo[0], "lon": geo[1]} if geo else None,
        "photo_gps": {"lat": photo_gps[0], "lon": photo_gps[1]} if photo_gps else None,
    }


# --------------------------------------------------------------------------- tiny JPEGs

def _seg(marker, payload):
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload


def _jpeg_body(shade):
    """An 8x8 greyscale baseline JPEG: one block, DC only, minimal Huffman tables."""
    dqt = _seg(0xDB, b"\x00" + bytes([max(1, shade)] * 64))
    sof = _seg(0xC0, b"\x08" + struct.pack(">HH", 8, 8) + b"\x01" + b"\x01\x11\x00")
    dht_dc = _seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")
    dht_ac = _seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    sos = _seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    return dqt + sof + dht_dc + dht_ac + sos + b"\x3f" + b"\xff\xd9"


def jfif_jpeg(shade=4):
    app0 = _seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    return b"\xff\xd8" + app0 + _jpeg_body(shade)


def _ifd(entries, start):
    """entries: list of (tag, type, count, raw bytes). start = offset of this IFD in TIFF.
    Returns bytes of IFD + its out-of-line data."""
    entries = sorted(entries)
    n = len(entries)
    data_off = start + 2 + 12 * n + 4
    head, tail = struct.pack("<H", n), b""
    for tag, typ, count, raw in entries:
        if len(raw) <= 4:
            head += struct.pack("<HHI", tag, typ, count) + raw.ljust(4, b"\x00")
        else:
            head += struct.pack("<HHII", tag, typ, count, data_off + len(tail))
            tail += raw
            if len(tail) % 2:
                tail += b"\x00"
    return head + b"\x00\x00\x00\x00" + tail


def _rat(vals):
    return b"".join(struct.pack("<II", n, d) for n, d in vals)


def _dms(x):
    x = abs(x)
    d = int(x)
    m = int((x - d) * 60)
    s = round(((x - d) * 60 - m) * 60 * 10000)
    return [(d, 1), (m, 1), (s, 10000)]


def exif_jpeg(lat, lon, local_dt, make=b"Google", model=b"Pixel 6a", shade=6):
    asc = lambda s: s + b"\x00"
    stamp = asc(local_dt.strftime("%Y:%m:%d %H:%M:%S").encode())
    # layout: header(8) IFD0 | ExifIFD | GPSIFD
    def ifd0(exif_off, gps_off):
        return [(0x010F, 2, len(asc(make)), asc(make)), (0x0110, 2, len(asc(model)), asc(model)),
                (0x0132, 2, 20, stamp),
                (0x8769, 4, 1, struct.pack("<I", exif_off)), (0x8825, 4, 1, struct.pack("<I", gps_off))]
    exif_e = [(0x9000, 7, 4, b"0232"), (0x9003, 2, 20, stamp), (0x9004, 2, 20, stamp)]
    gps_e = [(0x0000, 1, 4, b"\x02\x03\x00\x00"),
             (0x0001, 2, 2, b"N\x00" if lat >= 0 else b"S\x00"), (0x0002, 5, 3, _rat(_dms(lat))),
             (0x0003, 2, 2, b"E\x00" if lon >= 0 else b"W\x00"), (0x0004, 5, 3, _rat(_dms(lon)))]
    size0 = len(_ifd(ifd0(0, 0), 8))
    exif_off = 8 + size0
    exif_b = _ifd(exif_e, exif_off)
    gps_off = exif_off + len(exif_b)
    tiff = b"II*\x00" + struct.pack("<I", 8) + _ifd(ifd0(exif_off, gps_off), 8) + exif_b + _ifd(gps_e, gps_off)
    app1 = _seg(0xE1, b"Exif\x00\x00" + tiff)
    return b"\xff\xd8" + app1 + _jpeg_body(shade)


# =========================================================================== h1: Mastodon
# Dana Kowalczyk, control-room reactor operator at a (fictional) CANDU station on Lake Ontario.

H1_INST = "shoreline.social"
H1_USER = "dkowal"
H1_ACTOR = f"https://{H1_INST}/users/{H1_USER}"
H1_PEOPLE = {
    "leo_m": ("mastodon.online", "Leo Marchetti"),
    "marta_k": ("mstdn.ca", "Marta Kowalczyk"),
    "curlingjen": (H1_INST, "Jen Aubry"),
}
SAT_RUN = ("rt", "parkrun")


def h1_specs():
    W = {0, 1, 2, 3, 4}
    dawn = ("win", W, 6 * 60 + 25, 6 * 60 + 42)
    day = ("win", W, 9 * 60, 17 * 60 + 30)
    return [
        # ---- benign everyday, traps
        P("", "First proper snowfall and the dog has lost her entire mind. Zoomies in a foot of powder."),
        P("", "Hydro bill this month was downright rude. Who left the garage heater on? (Me. It was me.)"),
        P("", "Rewatching Slow Horses and honestly Jackson Lamb is my role model for retirement."),
        P("", "The upstairs unit's washing machine leaked into our ceiling AGAIN. Landlord \"will look into it\". Sure, Bob."),
        P("", "Grade 5 math unit on fractions is breaking both of us. Why is 3/4 of a pizza a word problem"),
        P("", "Converted grandma's butter tart recipe from imperial to metric. Unit conversion is a cursed art and I lost 40 g of butter somewhere along the way."),
        P("", "The secret to good perogies is patience & more butter than you'd admit to your doctor."),
        P("", "My little brother got his tower rating in Gander!! Air traffic controller in the family now, so proud of that kid."),
        P("", "County fly-in breakfast this morning. Sat in the cockpit of a Cessna 172 and now I want lessons. Hobby number 47.", "weekend"),
        P("", "Curling bonspiel results: we lost every single game and won the 'best team spirit' ribbon. Same thing really.", "weekend"),
        P("", "Tried Montreal-style bagels. They look like hockey pucks. They taste fine. Moving on.", photo="Six lumpy homemade bagels on a baking sheet, one slightly burnt"),
        P("", "Kid lost a tooth at the dinner table and immediately asked if the tooth fairy takes e-transfer.", "eve"),
        P("", "Canada Day fireworks from the dock. Mosquitoes won but it was worth it.", "eve"),
        P("", "Garden report: the zucchini has achieved sentience. Send recipes.", photo="A zucchini the size of a forearm lying next to a garden trowel"),
        P("", "Finished the 1000 piece loon puzzle. One piece missing. The dog is a person of interest."),
        P("", "\"Working from home today\" says my husband, from the couch, with the Leafs pregame on."),
        P("", "Thanksgiving tally: 14 people, one turkey, three pies, zero leftovers.", "eve"),
        P("", "Book club picked a 700 page Russian novel. I have read the first 12 pages 4 times."),
        P("", "Leafs lost again. I'm not even surprised, I'm just tired.", "eve"),
        P("", "Freezing rain warning. Stocked up on milk, bread and jigsaw puzzles like a true Ontarian."),
        P("", "Bought a used canoe off Kijiji. It floats. Mostly."),
        P("", "Daughter's first piano recital, she played Ode to Joy at roughly twice the intended speed. Perfection.", "eve"),
        P("", "Maple syrup weekend at my uncle's sugar bush. Came home smelling like a pancake.", "weekend"),
        P("", "Booster done, arm is sore, ate a donut as a reward. Science!"),
        P("", "Spring cleaning found seven toques and exactly one mitten. The other mittens are in another dimension."),
        P("", "Finished Station Eleven on the couch and yes I cried. Great book."),
        P("", "Snow tires on. Winter can come now. (Please don't.)"),
        P("", "New record: 3 loaves of sourdough in one weekend. The neighbours are getting bread whether they like it or not.", "weekend", photo="Three round sourdough loaves cooling on a wire rack"),
        P("", "Saw the new Top Gun at the drive-in. Unreasonably good. I yelled.", "eve"),
        P("", "Power's out on our street after the storm. Candles, board games and a very smug cat.", "eve"),
        P("", "Dad's 70th. He still does the same magic trick with the quarter and we all still pretend to be amazed."),
        P("", "Paddled the Trent-Severn, three locks and one extremely angry swan.", "weekend"),
        P("", "Halloween: I was a potato. Low effort, high impact.", "eve"),
        P("", "Anyone else's kid suddenly a dinosaur expert? I know more about the Cretaceous than I ever wanted to."),
        P("", "Repainted the mudroom. The colour is called 'Quiet Fog', which is grey with ambitions."),
        P("", "Our curling club's fish fry is the best $15 you'll spend all year, I don't make the rules."),
        P("", "Took the kids to the science centre in Toronto. Favourite exhibit: the gift shop. Of course.", "weekend"),
        P("", "Annual family photo attempt: 47 shots, one with everyone's eyes open, dog facing the wrong way."),
        P("", "The fire hall pancake breakfast is my favourite community event, fight me.", "weekend"),
        P("", "Made ketchup chips from scratch. Don't. Just buy them."),
        P("", "Trying the new Thai place in Cobourg. Pad see ew 9/10, would drive 20 min again.", "eve"),
        P("", "Ice storm. Trees look like glass, cars look like glass, I look like a sad popsicle."),
        P("", "First garlic scapes of the year = pesto season.", photo="A tangle of curly green garlic scapes in a colander"),
        # one-off trip to St. John's, photos keep their GPS
        P("", "Jellybean Row is even brighter in person.", ("trip", 0), "sj_jelly", photo="Row of brightly painted wooden houses on a steep street", exif=True),
        P("", "Signal Hill in the fog. Couldn't see a thing. Loved it.", ("trip", 0), "sj_signal", photo="Stone tower barely visible through thick fog", exif=True),
        P("", "Got screeched in on George Street. I have kissed a cod. No regrets.", ("trip", 0), "sj_george", photo="Blurry selfie holding a shot glass in a crowded pub", exif=True),
        P("", "ICEBERG off Quidi Vidi! In July!", ("trip", 0), "sj_quidi", photo="White iceberg floating beyond a small harbour", exif=True),
        # replies and direct messages
        P("", "@curlingjen that double takeout in the 8th end was filthy, well played", "eve", mention="curlingjen"),
        P("", "@leo_m I don't talk about my job online. Not interested in a paid \"survey\", thanks.", "eve", mention="leo_m", direct=True, frac=0.62),
        P("", "@leo_m No, I'm not moving this to Signal or WhatsApp and I'm not sending you anything. Please stop messaging me.", "eve", mention="leo_m", direct=True, frac=0.64),
        P("", "@marta_k yes I'm bringing the pie on Sunday. Yes it's store bought. Don't tell Mom", "eve", mention="marta_k", direct=True),
        P("", "@curlingjen can you grab my broom from the club? left it by the sheet 3 bench", "eve", mention="curlingjen", direct=True),
        # ---- home (photo GPS at home, evenings)
        P("H", "Homemade perogies, round two. The pinching technique is improving.", "home", "home", photo="Plate of boiled perogies with fried onions and sour cream", exif=True),
        P("H", "Porch sunset and a cold one.", "home", "home", photo="Orange sky over a snowy back yard, a beer bottle on the railing", exif=True),
        P("H", "Kitchen disaster: the dough rose over the bowl and onto the counter. It's alive.", "home", "home", photo="Bread dough spilling over a glass bowl onto a counter", exif=True),
        # ---- routine: Saturday parkrun, photos with GPS
        P("T", "parkrun done, 27:10, lungs on fire", SAT_RUN, "parkrun", photo="Runners crossing a finish funnel on a gravel trail", exif=True),
        P("T", "Frosty one at parkrun, -14 with the wind. My eyelashes froze.", SAT_RUN, "parkrun", photo="Frost-covered trail through bare trees", exif=True),
        P("T", "PB!!! 25:48!!! Who am I!!!", SAT_RUN, "parkrun", photo="Sweaty thumbs-up selfie next to a wooden trail marker", exif=True),
        P("T", "Volunteered as timekeeper this week, turns out clicking a stopwatch 140 times is a workout too.", SAT_RUN, "parkrun", photo="Hand holding a stopwatch at a trail finish line", exif=True),
        P("T", "Mud season on the trail. These shoes are a write-off.", SAT_RUN, "parkrun", photo="Running shoes caked in mud", exif=True),
        P("T", "Usual Saturday crowd, someone brought Timbits to the finish. Community.", SAT_RUN, "parkrun", photo="Open box of Timbits on a picnic table", exif=True),
        P("T", "Legs said no, brain said yes. Brain won, barely.", SAT_RUN, "parkrun", photo="Trail along a creek at early morning", exif=True),
        P("T", "Got passed by a double jogging stroller today. Humbling.", SAT_RUN, "parkrun", photo="Runners on a creekside trail seen from behind", exif=True),
        P("T", "Saturdays: parkrun at Salt Creek at 9, coffee, nap. Non-negotiable.", "weekend"),
        # ---- routine: stated schedules
        P("T", "Next block is 2 days, 2 nights, 5 off. My calendar looks like a barcode."),
        P("T", "Nights again this week, 1845 to 0700. See you all in the daylight on Monday.", "offwork"),
        P("T", "Carpool pickup is 0600 at the Tim Hortons on Hwy 2 every day shift. Gary, I am looking at you."),
        P("T", "Thursday night curling league, 7pm draw, every week till March. My knees have already filed a complaint."),
        P("T R", "Every second Tuesday I'm on call for the outage crew, so if I bail on trivia night, that's why."),
        # ---- workplace in working hours (photo GPS)
        P("L T", "Sunrise over the lake before turnover. Worth the 5am alarm.", dawn, "office", photo="Pink sunrise over a flat lake seen across a parking lot", exif=True),
        P("L T", "Geese have annexed the north lot again. There's a standoff at my car.", day, "office", photo="Canada geese on a parking lot with a fenced industrial building behind", exif=True),
        P("L T", "Lunch view. Lake Ontario doing its best ocean impression.", ("win", W, 12 * 60, 13 * 60), "office", photo="Grey lake waves seen through a window, chain-link fence in the foreground", exif=True),
        P("L T", "Snowbanks taller than me by end of shift.", ("win", W, 16 * 60 + 30, 18 * 60 + 30), "office", photo="Car buried to the mirrors in a snowbank", exif=True),
        P("U L T", "Someone built a snowman with a hard hat. Morale is high.", day, "office", photo="Snowman wearing a white hard hat in front of the Kestrel Point training centre sign", exif=True),
        P("L T", "Rainbow over the switchyard on the way out. Nice end to a long one.", ("win", W, 16 * 60 + 30, 18 * 60 + 30), "office", photo="Rainbow above high-voltage switchyard towers", exif=True),
        # ---- location by text
        P("U L", "Fire drill put the whole Kestrel Point admin building out in the north lot for 40 min at -22. My toes have not forgiven anyone."),
        P("L", "Lakeshore Rd past the station entrance hasn't been plowed and Gate 2 is basically a skating rink this morning.", ("win", W, 6 * 60 + 50, 9 * 60)),
        P("L", "Watched a bald eagle fishing the cooling water outfall from the 3rd floor of the admin building. Best office view in the county."),
        P("L R", "The new simulator building behind the training centre finally opened. It's right across from the B-side turbine hall so we get the hum for free."),
        P("L R", "Gate 2 security line took 25 min because MY thermos set off the portal monitor. New thermos on order."),
        P("L", "Ground floor caf in the service building has a new soup lady and she is a genius. Cream of mushroom, I'd die for her."),
        # ---- unit
        P("U", "Ten years at Kestrel Point today. They gave me a pin and a sheet cake. The cake was better than the pin.", frac=0.55),
        P("U", "KPNGS family open house Saturday! The kids finally get to see where Mom disappears to."),
        P("U", "#KestrelPoint United Way BBQ raised $14k today. I flipped approximately 400 burgers and smell like a grill."),
        P("U", "Kestrel Point ERT beat our crew's softball team 14-2. Gracious winners, terrible singers.", "eve"),
        P("U R", "Kestrel Point is hiring ANO trainees again. If you live in the county and you like exams, message me."),
        P("U", "Made the KPNGS newsletter's 'people of the station' column for my sourdough. I have peaked."),
        P("U", "#KPNGS safety stand-down day. Eight hours of slides, decent sandwiches, one genuinely great talk about complacency."),
        # ---- role (jargon, mostly no title)
        P("R", "Passed requal in the simulator. Nine hours of malfunctions thrown at us by instructors who were clearly enjoying themselves.", frac=0.3),
        P("R", "A fuelling machine decided 3am was the right time for attention. It got my attention."),
        P("R T", "Turnover at 0645 is sacred. Don't talk to me until I've read the log and walked down the panels."),
        P("R", "CNSC renewal came through. Another five years of being allowed in the chair.", frac=0.45),
        P("R", "Security clearance re-check done, fingerprints again. My fingerprints have not changed, people."),
        P("R", "Spent half the night chasing a moderator temperature alarm that turned out to be instrument drift. Boring is the goal in this line of work."),
        P("R", "SDS1 and SDS2 testing today and everything tripped exactly when it should. Deeply satisfying in a way I cannot explain at dinner."),
        P("R", "Trainee asked how I stay calm through a turbine runback. Procedures, coffee, and 17 years of practice at *looking* calm."),
        P("R", "ECI logic review all afternoon. It's not scary, it's just long."),
        P("R", "Made Control Room Shift Supervisor. Same lunchbox, bigger binder.", frac=0.85),
        P("R T", "Outage season: 14 straight 12-hour shifts and then I'm sleeping for a week."),
        P("R", "Rad worker refresher: still not allowed to lick the dosimeter. Understood."),
        P("R", "My annual dose came back lower than my dental x-rays. Put that in your fearmongering pipe."),
        P("R", "Six weeks of classroom for the Unit 4 return to service. The control room mockup still smells like new carpet."),
        P("R", "Heat transport pump vibration alarm at 0200 and my heart rate matched it. All fine, pump was just being dramatic."),
        P("R", "Reactor physics flashcards all over my kitchen table, study group for the trainees' licensing exam. The kids think we're a cult."),
    ]


def h1_html(text):
    """Plain text -> Mastodon HTML with hashtag and mention markup; returns (html, tags)."""
    tags = []
    out = []
    for tok in re.split(r"(\s+)", text):
        m = re.fullmatch(r"#(\w+)([^\w]*)", tok)
        n = re.fullmatch(r"@(\w+)([^\w]*)", tok)
        if m:
            tag = m.group(1)
            href = f"https://{H1_INST}/tags/{tag.lower()}"
            tags.append({"type": "Hashtag", "href": href, "name": "#" + tag.lower()})
            out.append(f'<a href="{href}" class="mention hashtag" rel="tag">#<span>{tag}</span></a>'
                       + html.escape(m.group(2)))
        elif n and n.group(1) in H1_PEOPLE:
            user = n.group(1)
            inst = H1_PEOPLE[user][0]
            tags.append({"type": "Mention", "href": f"https://{inst}/users/{user}", "name": f"@{user}@{inst}" if inst != H1_INST else f"@{user}"})
            out.append(f'<span class="h-card" translate="no"><a href="https://{inst}/@{user}" class="u-url mention">@<span>{user}</span></a></span>'
                       + html.escape(n.group(2)))
        else:
            out.append(html.escape(tok, quote=True).replace("&#x27;", "&#39;"))
    return "<p>" + "".join(out) + "</p>", tags


def build_h1():
    key = "h1-mastodon-reactor"
    per = Persona(
        key, "America/Toronto", date(2021, 3, 1), date(2024, 2, 26), 1101,
        places={
            "office": (43.9647, -77.6120, "Kestrel Point NGS service building", 90),
            "home": (44.0405, -77.7420, "home", 12),
            "parkrun": (44.0125, -77.8130, "Salt Creek trail parkrun", 50),
            "sj_jelly": (47.5640, -52.7090, "Jellybean Row, St. John's", 25),
            "sj_signal": (47.5701, -52.6818, "Signal Hill, St. John's", 25),
            "sj_george": (47.5662, -52.7098, "George Street, St. John's", 25),
            "sj_quidi": (47.5820, -52.6790, "Quidi Vidi, St. John's", 25),
        },
        work_days={0, 1, 2, 3, 4}, work_window=(7 * 60, 18 * 60),
        routines={"parkrun": ({5}, 8 * 60 + 45, 9 * 60 + 45)},
        trips=[(date(2022, 7, 12), 4)],
    )
    posts = per.realise(h1_specs())
    rng = per.rng
    items, files, rows = [], [], []
    public = "https://www.w3.org/ns/activitystreams#Public"
    followers = H1_ACTOR + "/followers"
    for p in posts:
        s, u = p["spec"], p["utc"]
        sid = str((int(u.timestamp() * 1000) << 16) | rng.randrange(1 << 16))
        url = f"{H1_ACTOR}/statuses/{sid}"
        content, tags = h1_html(s.text)
        mention = s.kw.get("mention")
        if s.kw.get("direct"):
            inst = H1_PEOPLE[mention][0]
            to, cc = [f"https://{inst}/users/{mention}"], []
        else:
            to, cc = [public], [followers] + ([f"https://{H1_PEOPLE[mention][0]}/users/{mention}"] if mention else [])
        attach, photo_gps, alt = [], None, s.kw.get("photo")
        if alt:
            h = "%016x" % rng.getrandbits(64)
            parts = "/".join(sid[i:i + 3] for i in range(0, 18, 3))
            path = f"media_attachments/files/{parts}/original/{h}.jpeg"
            if s.kw.get("exif"):
                photo_gps = p["geo"]
                data = exif_jpeg(photo_gps[0], photo_gps[1], p["local"].replace(tzinfo=None))
            else:
                data = jfif_jpeg()
            files.append((path, data))
            attach.append({"type": "Document", "mediaType": "image/jpeg", "url": path, "name": alt,
                           "blurhash": "U9Gb~pxu00of~qt7D%WB00M{?bWB9Fay%Mof", "focalPoint": [0.0, 0.0],
                           "width": 8, "height": 8})
        pub = iso_z(u)
        obj = {
            "id": url, "type": "Note", "summary": None, "inReplyTo": None, "published": pub,
            "url": f"https://{H1_INST}/@{H1_USER}/{sid}", "attributedTo": H1_ACTOR, "to": to, "cc": cc,
            "sensitive": False, "atomUri": url, "inReplyToAtomUri": None,
            "conversation": f"tag:{H1_INST},{u.strftime('%Y-%m-%d')}:objectId={rng.randrange(10**7, 10**8)}:objectType=Conversation",
            "content": content, "contentMap": {"en": content}, "attachment": attach, "tag": tags,
            "replies": {"id": url + "/replies", "type": "Collection",
                        "first": {"type": "CollectionPage", "next": url + "/replies?only_other_accounts=true&page=true",
                                  "partOf": url + "/replies", "items": []}},
        }
        items.append({"id": url + "/activity", "type": "Create", "actor": H1_ACTOR, "published": pub,
                      "to": to, "cc": cc, "object": obj})
        text = s.text + (f" [image: {alt}]" if alt else "")
        rows.append(label_row(p, sid, text, None, photo_gps))
    # a few boosts (Announce): not the owner's words, left out of the labels
    boosts = [("mstdn.ca", "ontariohiking"), ("mastodon.social", "breadposting"), ("mstdn.ca", "cbcfan"),
              ("mastodon.online", "loonwatch"), ("curling.social", "rocknews"), ("mstdn.ca", "kawarthaweather")]
    for inst, user in boosts:
        d = per.start + timedelta(days=rng.randrange((per.end - per.start).days))
        u = datetime.combine(d, time(rng.randrange(13, 23), rng.randrange(60), rng.randrange(60)), UTC)
        sid = str((int(u.timestamp() * 1000) << 16) | rng.randrange(1 << 16))
        items.append({"id": f"{H1_ACTOR}/statuses/{sid}/activity", "type": "Announce", "actor": H1_ACTOR,
                      "published": iso_z(u), "to": [public], "cc": [f"https://{inst}/users/{user}", followers],
                      "object": f"https://{inst}/users/{user}/statuses/{rng.randrange(10**17, 10**18)}"})
    items.sort(key=lambda a: a["published"])
    ctx = ["https://www.w3.org/ns/activitystreams",
           {"ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri", "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
            "conversation": "ostatus:conversation", "sensitive": "as:sensitive", "toot": "http://joinmastodon.org/ns#",
            "blurhash": "toot:blurhash", "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"}}]
    outbox = {"@context": ctx, "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len(items) + 37, "orderedItems": items}
    actor = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1",
                     {"schema": "http://schema.org#", "PropertyValue": "schema:PropertyValue", "value": "schema:value",
                      "toot": "http://joinmastodon.org/ns#", "discoverable": "toot:discoverable", "indexable": "toot:indexable"}],
        "id": H1_ACTOR, "type": "Person", "following": H1_ACTOR + "/following", "followers": followers,
        "inbox": H1_ACTOR + "/inbox", "outbox": "outbox.json", "featured": H1_ACTOR + "/collections/featured",
        "featuredTags": H1_ACTOR + "/collections/tags", "preferredUsername": H1_USER, "name": "Dana K \U0001F35E",
        "summary": "<p>Shift worker, bread maker, mediocre curler. Northumberland County, Ontario. Mom of two, dog of one.</p>",
        "url": f"https://{H1_INST}/@{H1_USER}", "manuallyApprovesFollowers": False, "discoverable": True,
        "indexable": False, "published": "2020-11-08T00:00:00Z", "memorial": False,
        "publicKey": {"id": H1_ACTOR + "#main-key", "owner": H1_ACTOR,
                      "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAfictionalkeyfictionalkey\n-----END PUBLIC KEY-----\n"},
        "tag": [],
        "attachment": [
            {"type": "PropertyValue", "name": "Home", "value": "Lake Ontario shore, ON"},
            {"type": "PropertyValue", "name": "Day job", "value": "12-hour shifts, big binders, bigger coffee"},
            {"type": "PropertyValue", "name": "Pronouns", "value": "she/her"},
        ],
        "endpoints": {"sharedInbox": f"https://{H1_INST}/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpg"},
    }
    likes = {"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json", "type": "OrderedCollection",
             "orderedItems": [f"https://mstdn.ca/users/ontariohiking/statuses/{rng.randrange(10**17, 10**18)}" for _ in range(5)]}
    bookmarks = {"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json", "type": "OrderedCollection",
                 "orderedItems": []}
    zfiles = [("outbox.json", json.dumps(outbox, ensure_ascii=False, separators=(",", ":")).encode()),
              ("likes.json", json.dumps(likes).encode()), ("bookmarks.json", json.dumps(bookmarks).encode()),
              ("actor.json", json.dumps(actor, ensure_ascii=False, separators=(",", ":")).encode()),
              ("avatar.jpg", jfif_jpeg(3)), ("header.jpg", jfif_jpeg(5))] + files
    write_zip(os.path.join(OUT, key + ".zip"), zfiles)
    truth = {"unit": ["Kestrel Point Nuclear Generating Station", "Kestrel Point", "KPNGS", "Kestrel Point NGS"],
             "role": "reactor operator",
             "office": {"lat": 43.9647, "lon": -77.6120, "name": "Kestrel Point NGS service building"},
             "home": {"lat": 44.0405, "lon": -77.7420},
             "routine_places": [{"name": "Salt Creek trail parkrun", "lat": 44.0125, "lon": -77.8130}]}
    contacts = [{"handle": f"leo_m@{H1_PEOPLE['leo_m'][0]}", "name": "Leo Marchetti", "suspicious": True,
                 "id": f"https://{H1_PEOPLE['leo_m'][0]}/users/leo_m"},
                {"handle": f"marta_k@{H1_PEOPLE['marta_k'][0]}", "name": "Marta Kowalczyk", "suspicious": False,
                 "id": f"https://{H1_PEOPLE['marta_k'][0]}/users/marta_k"},
                {"handle": f"curlingjen@{H1_INST}", "name": "Jen Aubry", "suspicious": False,
                 "id": f"https://{H1_INST}/users/curlingjen"}]
    write_labels(key, "mastodon", per.tzname, truth, contacts, rows)
    write_watchlist(key, "Dana Kowalczyk", per.tzname, "Kestrel Point Nuclear Generating Station",
                    ["Kestrel Point", "KPNGS", "Kestrel Point NGS"], ["reactor operator"],
                    ("Kestrel Point NGS", 43.9647, -77.6120, 600))
    return key, rows


# =========================================================================== h2: Telegram
# 许晨, radar / antenna-array engineer at a (fictional) electronics research institute near Xi'an.

H2_ME_ID = 5123456789
H2_ME = "许晨"
H2_CHAN_ID = 1987654321
H2_CHAN = "晨光碎碎念"
BUS = ("rt", "bus")
BADM = ("rt", "badminton")


def h2_specs():
    W = {0, 1, 2, 3, 4}
    work = ("win", W, 8 * 60 + 30, 17 * 60)
    return [
        # ---- benign, traps
        P("", "所以说周末还是要睡到自然醒，闹钟是人类最伟大的敌人", "weekend"),
        P("", "把所有衣服都洗了一遍，阳台挂得像万国旗"),
        P("", "研究了一晚上新买的空气炸锅，薯条yyds", "eve"),
        P("", "陪我妈去省人民医院复查，医生说一切正常，松了口气"),
        P("", "万象购物中心新开的优衣库在打折，一口气买了三件一样的T恤", "weekend"),
        P("", "第三遍看《潜伏》，余则成永远的神", "eve"),
        P("", "帮表弟看他的毕业设计代码，连单元测试都没写，年轻人啊"),
        P("", "小区3单元电梯又坏了，爬了十八楼，腿废了", "eve"),
        P("", "我妈永远搞不懂单位换算，一斤等于多少克问了十年"),
        P("", "表哥在深圳做芯片销售，天天喝酒应酬，胃都喝坏了"),
        P("", "周末去看了航展，歼-20 低空通场的时候全场都在尖叫 #航展", "weekend"),
        P("", "这是个秘密，千万别告诉我妈我又买了一台switch"),
        P("", "老婆今天居家办公，我下班回来饭都做好了，幸福", "offwork"),
        P("", "**Happy Friday!** 今晚火锅走起 🍲", ("win", {4}, 17 * 60 + 40, 21 * 60)),
        P("", "楼下新开的咖啡店 latte 还不错，就是贵"),
        P("", "买了个二手单反，周末去大雁塔拍夜景", photo=True),
        P("", "下雨天，被窝，一本书，完美"),
        P("", "今天学会了做油泼面，辣子要泼三次才香", "eve", photo=True),
        P("", "猫又把我的耳机线咬断了，这个月第三根"),
        P("", "和大学室友视频，四个人三个秃了", "eve"),
        P("", "双十一清空购物车，钱包瘦了一圈"),
        P("", "跑了人生第一个半马，2小时11分，腿已经不是我的了", "weekend"),
        P("", "春节回老家，七大姑八大姨轮番问什么时候要孩子"),
        P("", "周末带我妈去华山，她比我爬得还快", "weekend"),
        P("", "追完《三体》电视剧，汪淼演得不错，大史更好", "eve"),
        P("", "装修师傅说这面墙不能拆，承重墙，梦想破灭"),
        P("", "新买的机械键盘到了，青轴，老婆嫌吵"),
        P("", "今天的晚霞是粉紫色的，随手一拍就是壁纸", "eve", photo=True),
        P("", "Weekend vibes：钓鱼一天，一条没钓到，晒黑两个度", "weekend"),
        P("", "研究生同学结婚，当伴郎喝倒了", "weekend"),
        P("", "陪我爸看抗日神剧，他边看边骂", "eve"),
        P("", "第一次自己换了水龙头，成就感爆棚"),
        P("", "Netflix 上看了 Slow Horses，英国人的冷幽默真好笑", "eve"),
        P("", "去宜家逛了一下午，最后只买了冰淇淋", "weekend"),
        P("", "给侄子买了乐高千年隼，自己先拼了一半"),
        P("", "羊肉泡馍还是得自己掰才香，@laozheng_xa 下次带你去那家老店"),
        P("", "周末大扫除，翻出大学时候写的情书，尴尬到脚趾抠地", "weekend"),
        P("", "记一下：车停在万象城 B2-117"),
        P("", "岳母家WiFi密码 qwer1234，下次别再问了"),
        P("", "To-do：交物业费、给猫买粮、换机油"),
        P("", "看到一篇讲咖啡的好文章 https://example.com/coffee-guide 收藏一下"),
        # one-off trip to Xiamen (May Day holiday)
        P("", "", ("trip", 0), "xm_ferry", venue=("鼓浪屿轮渡码头", "福建省厦门市思明区鹭江道")),
        P("", "鼓浪屿人比鱼还多，沙茶面倒是真好吃", ("trip", 0)),
        P("", "", ("trip", 0), "xm_zcc", venue=("曾厝垵文创村", "福建省厦门市思明区环岛南路")),
        P("", "", ("trip", 0), "xm_beach", pin=True),
        P("", "环岛路骑车吹海风，这才是生活 #厦门", ("trip", 0)),
        # ---- home pins (evenings)
        P("H", "", "home", "home", pin=True),
        P("H", "", "home", "home", pin=True),
        P("H", "", "home", "home", live=True),
        P("H", "", "home", "home", pin=True),
        # ---- routine: institute shuttle bus stop, weekday mornings
        P("T", "", BUS, "bus", venue=("樱川路站", "陕西省西安市长安区樱川路与学府大道交叉口")),
        P("T", "", BUS, "bus", venue=("樱川路站", "陕西省西安市长安区樱川路与学府大道交叉口")),
        P("T", "", BUS, "bus", pin=True),
        P("T", "", BUS, "bus", venue=("樱川路站", "陕西省西安市长安区樱川路与学府大道交叉口")),
        P("T", "", BUS, "bus", pin=True),
        P("T", "", BUS, "bus", venue=("樱川路站", "陕西省西安市长安区樱川路与学府大道交叉口")),
        P("T", "", BUS, "bus", pin=True),
        # ---- routine: Wednesday badminton
        P("T", "", BADM, "badminton", venue=("星河羽毛球馆", "陕西省西安市雁塔区星河路88号")),
        P("T", "", BADM, "badminton", venue=("星河羽毛球馆", "陕西省西安市雁塔区星河路88号")),
        P("T", "", BADM, "badminton", pin=True),
        P("T", "", BADM, "badminton", venue=("星河羽毛球馆", "陕西省西安市雁塔区星河路88号")),
        P("T", "", BADM, "badminton", venue=("星河羽毛球馆", "陕西省西安市雁塔区星河路88号")),
        P("T", "", BADM, "badminton", pin=True),
        P("T", "", BADM, "badminton", venue=("星河羽毛球馆", "陕西省西安市雁塔区星河路88号")),
        # ---- routine: stated schedules
        P("T", "每天早上7点15分樱川路站的班车，错过就得打车，四十块没了"),
        P("T", "每周三晚上七点星河馆羽毛球，雷打不动，谁约饭都不去"),
        P("T", "上班时间 8:00–17:30，周四下午固定政治学习，困到灵魂出窍"),
        P("U T", "这周轮到我值班，周六也得去所里", ("win", {4}, 18 * 60, 22 * 60)),
        # ---- workplace pins in working hours
        *[P("L T", "", work, "office", pin=True) for _ in range(12)],
        P("L", "", "sat_work", "office", pin=True),
        # ---- location by text
        P("U L", "所东门那条路又在修，班车绕了二十分钟"),
        P("L R", "三号楼五楼的微波暗室空调坏了，进去像蒸桑拿"),
        P("L", "在樱川路尽头那个大院上班的都懂，冬天风大得能把人吹走"),
        P("L", "东门对面新开了家biangbiang面，午饭终于不用吃食堂了", "lunch"),
        P("L R", "办公楼后面的天线场又立了一个新阵面，从食堂窗户就能看到"),
        # ---- unit
        P("U", "青蚨所六十周年所庆，食堂加了鸡腿🍗"),
        P("U", "所里下周二体检，又要空腹抽血，我晕针啊"),
        P("U", "#青蚨所 篮球赛我们二室拿了第三，老胳膊老腿了", "eve"),
        P("U", "入职青蚨电子装备研究所第五年，从小白熬成了老油条", frac=0.7),
        P("U", "所里发了新门禁卡，照片丑到不想戴"),
        P("U", "刚进所那年住单身宿舍，四个人一间，现在想想还挺怀念"),
        P("U R", "青蚨所今年校招开始了，师弟师妹有想投的可以问我（涉密的别问哈）"),
        P("U", "所里食堂的肉夹馍是全西安最好吃的，不接受反驳 #青蚨所食堂"),
        # ---- role
        P("R", "暗室测了一整天方向图，副瓣就是压不下去，头秃"),
        P("R", "T/R组件又烧了两个，排查到凌晨一点 #加班", "eve"),
        P("R", "驻波比终于调到1.3以下！今晚加鸡腿"),
        P("R", "下周去外场联调，戈壁滩一待一个月，防晒霜买了三瓶 #出差"),
        P("R", "保密资格复审，又填了一遍家庭成员表，连表舅在哪工作都要写"),
        P("R", "涉密人员出境要审批，今年的日本游又泡汤了"),
        P("R", "评上高级工程师了！**答辩的时候手一直抖**", frac=0.8),
        P("R", "阵面校准做了三轮，通道相位一致性总算达标"),
        P("R", "Debug 了一下午波束控制 FPGA，最后发现是时钟约束写错了，想哭"),
        P("R", "写了半个月的杂波仿真，师傅看了一眼说海杂波模型用错了"),
        P("R", "联调测试大纲被质量处打回来，第四版了"),
        P("R", "手机一早就锁进柜子，涉密区一整天与世隔绝，出来才看到群里99+", "offwork"),
        P("R", "带新来的研究生做近场扫描，他问探头为啥走这么慢，孩子，因为贵"),
        P("R", "型号节点压下来了，这个月估计没有周末了"),
        P("R", "今天给领导演示目标跟踪，航迹一条没丢，稳"),
    ]


def h2_text(raw):
    """-> (text field, text_entities, plain). Bold via **x**, hashtags, links."""
    parts = []
    for m in re.finditer(r"\*\*(.+?)\*\*|(#\S+)|(https?://\S+)|(@[A-Za-z0-9_]+)|([^*#h@]+|[*#h@])", raw):
        if m.group(4):
            parts.append(("mention", m.group(4)))
        elif m.group(1):
            parts.append(("bold", m.group(1)))
        elif m.group(2):
            parts.append(("hashtag", m.group(2)))
        elif m.group(3):
            parts.append(("link", m.group(3)))
        else:
            if parts and parts[-1][0] == "plain":
                parts[-1] = ("plain", parts[-1][1] + m.group(5))
            else:
                parts.append(("plain", m.group(5)))
    plain = "".join(t for _, t in parts)
    ents = [{"type": k, "text": t} for k, t in parts]
    if all(k == "plain" for k, _ in parts):
        return plain, ents, plain
    return [t if k == "plain" else {"type": k, "text": t} for k, t in parts], ents, plain


def h2_msg(mid, local, u, frm, from_id):
    return {"id": mid, "type": "message", "date": local.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(u.timestamp())), "from": frm, "from_id": from_id}


def build_h2():
    key = "h2-telegram-radar"
    per = Persona(
        key, "Asia/Shanghai", date(2021, 6, 7), date(2024, 5, 20), 2202,
        places={
            "office": (34.1536, 108.9012, "青蚨电子装备研究所", 120),
            "home": (34.2050, 108.9480, "home", 12),
            "bus": (34.1890, 108.9390, "樱川路站（所班车站）", 25),
            "badminton": (34.2250, 108.9105, "星河羽毛球馆", 20),
            "xm_ferry": (24.4530, 118.0650, "鼓浪屿轮渡码头", 20),
            "xm_zcc": (24.4330, 118.1280, "曾厝垵", 30),
            "xm_beach": (24.4300, 118.1100, "环岛路", 40),
        },
        work_days={0, 1, 2, 3, 4}, work_window=(8 * 60 + 30, 17 * 60),
        routines={"bus": ({0, 1, 2, 3, 4}, 7 * 60 + 4, 7 * 60 + 24),
                  "badminton": ({2}, 19 * 60, 20 * 60 + 30)},
        trips=[(date(2023, 4, 29), 4)],
    )
    posts = per.realise(h2_specs())
    rng = per.rng
    saved, chan, rows, files = [], [], [], []
    mid = 1000
    for p in posts:
        s, u, loc = p["spec"], p["utc"], p["local"]
        mid += rng.randrange(1, 40)
        geo = p["geo"]
        in_chan = (not geo) and s.text and rng.random() < 0.35
        if in_chan:
            m = h2_msg(mid, loc, u, H2_CHAN, f"channel{H2_CHAN_ID}")
        else:
            m = h2_msg(mid, loc, u, H2_ME, f"user{H2_ME_ID}")
        if s.kw.get("photo"):
            n = len(files) + 1
            path = f"photos/photo_{n}@{loc.strftime('%d-%m-%Y_%H-%M-%S')}.jpg"
            files.append((path, jfif_jpeg(7)))
            m.update({"photo": path, "width": 1280, "height": 960})
        if geo:
            if s.kw.get("venue"):
                name, addr = s.kw["venue"]
                m.update({"place_name": name, "address": addr,
                          "location_information": {"latitude": geo[0], "longitude": geo[1]}})
                label_text = f"(venue: {name}, {addr})"
            else:
                m["location_information"] = {"latitude": geo[0], "longitude": geo[1]}
                if s.kw.get("live"):
                    m["live_location_period_seconds"] = 900
                label_text = "(location pin)"
            m.update({"text": "", "text_entities": []})
        else:
            t, ents, plain = h2_text(s.text)
            m.update({"text": t, "text_entities": ents})
            label_text = plain + (" [photo]" if s.kw.get("photo") else "")
        (chan if in_chan else saved).append(m)
        rows.append(label_row(p, f"{'channel' if in_chan else 'saved'}:{mid}", label_text, geo, None))

    # ---- chats with other people (not the owner's posts; not labelled)
    def convo(peer_id, peer_name, start_local, lines, gap=(2, 30)):
        msgs, t = [], start_local
        nonlocal mid
        for who, text, *extra in lines:
            t = t + timedelta(minutes=rng.randrange(*gap), seconds=rng.randrange(60))
            mid += 1
            if who == "me":
                m = h2_msg(mid, t, t.astimezone(UTC), H2_ME, f"user{H2_ME_ID}")
            else:
                m = h2_msg(mid, t, t.astimezone(UTC), peer_name, f"user{peer_id}")
            if extra and extra[0] == "pin":
                m["location_information"] = {"latitude": extra[1][0], "longitude": extra[1][1]}
                m.update({"text": "", "text_entities": []})
            else:
                tt, ents, _ = h2_text(text)
                m.update({"text": tt, "text_entities": ents})
            msgs.append(m)
        return msgs

    tz = per.tz
    wang = convo(6012345678, "王总 | 海川咨询", datetime(2023, 9, 12, 20, 14, tzinfo=tz), [
        ("them", "许工您好，我是海川咨询的王总，朋友推荐的，说您是做雷达阵面的专家"),
        ("me", "你好，请问有什么事"),
        ("them", "我们有个民用项目想请教一些技术问题，按小时付咨询费，一次两千，现金或者转账都行"),
        ("me", "不好意思，工作上的事不方便聊"),
        ("them", "不涉密的就行，比如你们所现在做的阵面大概多少个单元，工作在什么频段"),
        ("me", "这些都不能说"),
        ("them", "理解理解。那能不能发一份你们内部的测试报告模板看看？不要具体数据，就看个格式"),
        ("them", "Telegram 不太方便，我们换个软件聊吧，加我 Signal：+852 5555 0142"),
        ("me", "不用了。再联系我我就报给保卫处了"),
        ("them", "别误会，报酬可以再谈，五万也行，您考虑一下"),
    ], gap=(3, 50))
    wang += convo(6012345678, "王总 | 海川咨询", datetime(2023, 10, 3, 21, 2, tzinfo=tz), [
        ("them", "许工，国庆快乐！上次说的事考虑得怎么样了？资料可以先发一部分，钱先打给您"),
        ("them", "或者周末出来喝个茶，我去长安区找您"),
    ])
    mom = convo(6100000001, "妈妈", datetime(2022, 3, 5, 17, 40, tzinfo=tz), [
        ("them", "晚上回来吃饭吗"),
        ("me", "回，想吃红烧肉"),
        ("them", "好，顺路买瓶醋"),
        ("me", "好嘞"),
    ]) + convo(6100000001, "妈妈", datetime(2023, 2, 11, 10, 5, tzinfo=tz), [
        ("them", "复查报告出来了，医生说没事"),
        ("me", "那就好！下周陪你去拿药"),
        ("them", "你忙你的，我自己坐地铁去"),
    ]) + convo(6100000001, "妈妈", datetime(2024, 1, 20, 18, 30, tzinfo=tz), [
        ("me", "到楼下了"),
        ("me", "", "pin", (34.2051, 108.9481)),
        ("them", "好，给你开门"),
    ])
    zheng = convo(6100000002, "老郑", datetime(2022, 5, 10, 12, 20, tzinfo=tz), [
        ("them", "明晚打球不？"),
        ("me", "打，老时间"),
        ("them", "我订了3号场，你带球"),
        ("me", "OK"),
    ]) + convo(6100000002, "老郑", datetime(2023, 11, 14, 21, 40, tzinfo=tz), [
        ("them", "今天那个杀球太帅了"),
        ("me", "哈哈运气，下周接着虐你"),
    ])
    for lst in (wang, mom, zheng):
        lst.sort(key=lambda m: int(m["date_unixtime"]))
    about = "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data."
    result = {
        "about": about,
        "personal_information": {"user_id": H2_ME_ID, "first_name": "晨", "last_name": "许",
                                 "phone_number": "+86 170 0000 0123", "username": "@xuchen_rf",
                                 "bio": "电子狗 | 羽毛球 | 西安"},
        "profile_pictures": [],
        "contacts": {"about": "This is the list of contacts.", "list": [
            {"user_id": 6100000001, "first_name": "妈妈", "last_name": "", "phone_number": "+86 170 0000 0456", "date": "2019-03-02T09:11:40", "date_unixtime": "1551489100"},
            {"user_id": 6100000002, "first_name": "老郑", "last_name": "", "phone_number": "+86 170 0000 0789", "date": "2020-05-09T20:31:05", "date_unixtime": "1589027465"},
        ]},
        "frequent_contacts": {"about": "This is the list of frequent contacts.", "list": []},
        "chats": {"about": "This page lists all chats from this export.", "list": [
            {"type": "saved_messages", "id": H2_ME_ID, "messages": saved},
            {"name": H2_CHAN, "type": "private_channel", "id": H2_CHAN_ID, "messages": chan},
            {"name": "王总 | 海川咨询", "type": "personal_chat", "id": 6012345678, "messages": wang},
            {"name": "妈妈", "type": "personal_chat", "id": 6100000001, "messages": mom},
            {"name": "老郑", "type": "personal_chat", "id": 6100000002, "messages": zheng},
        ]},
        "left_chats": {"about": "This page lists all chats you have left.", "list": []},
    }
    root = "DataExport_2024-06-01/"
    body = json.dumps(result, ensure_ascii=False, indent=1).encode("utf-8")
    write_zip(os.path.join(OUT, key + ".zip"), [(root + "result.json", body)] + [(root + n, d) for n, d in files])
    truth = {"unit": ["青蚨电子装备研究所", "青蚨所", "青蚨电子所"], "role": "雷达工程师",
             "office": {"lat": 34.1536, "lon": 108.9012, "name": "青蚨电子装备研究所"},
             "home": {"lat": 34.2050, "lon": 108.9480},
             "routine_places": [{"name": "樱川路站（所班车站）", "lat": 34.1890, "lon": 108.9390},
                                {"name": "星河羽毛球馆", "lat": 34.2250, "lon": 108.9105}]}
    contacts = [{"handle": "user6012345678", "name": "王总 | 海川咨询", "suspicious": True, "id": "6012345678"},
                {"handle": "user6100000001", "name": "妈妈", "suspicious": False, "id": "6100000001"},
                {"handle": "user6100000002", "name": "老郑", "suspicious": False, "id": "6100000002"}]
    write_labels(key, "telegram", per.tzname, truth, contacts, rows)
    write_watchlist(key, "许晨", per.tzname, "青蚨电子装备研究所", ["青蚨所", "青蚨电子所"], ["雷达工程师"],
                    ("青蚨电子装备研究所园区", 34.1536, 108.9012, 400))
    return key, rows

# =========================================================================== h3: X (new layout, two parts)
# Nia Pryce, freight X-ray image analyst at a (fictional) port inspection centre on the Humber.

H3_ME = ("473829104", "niapryce", "Nia \U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F")
H3_PEOPLE = {"tom_quizzes": ("2210987654", "Tom Fairley"), "rhipryce": ("88123456", "Rhiannon Pryce"),
             "NorthSeaWx": ("1111222233", "North Sea Weather"), "hullbakes": ("1444555666", "Hull Bakes")}
SWIM = ("rt", "swim")
QUIZ = ("rt", "quiz")


def h3_specs():
    W = {0, 1, 2, 3}
    work = ("win", W, 6 * 60 + 30, 15 * 60 + 30)
    return [
        # ---- benign, traps
        P("", "Line of Duty finale and I'm still shouting at the telly. Mother of God.", "eve"),
        P("", "The Bureau is the best spy drama ever made and I will not be taking questions.", "eve"),
        P("", "My landlord calls my flat a \"studio unit\". It's a cupboard with a hob."),
        P("", "Nephew's revising unit conversions for his GCSEs & asked me how many pints in a litre. Mate, I only know it in pints."),
        P("", "My sister has the secret recipe for Welsh cakes and she's taking it to the grave."),
        P("", "Dad drove lorries for 35 years and still can't reverse park a Micra."),
        P("", "Duxford airshow with the nephews, Spitfire flypast made me well up. Not crying, it's the wind.", "weekend"),
        P("", "Working from home today!! (I'm off. I'm on the sofa. The home is the work.)", ("win", {4}, 10 * 60, 16 * 60)),
        P("", "Cheese toastie with a fried egg on top. Michelin star pending."),
        P("", "Tried wild swimming in a Lakes tarn. Lost all feeling below the knees.", "weekend"),
        P("", "Bake Off bread week is always carnage and I live for it.", "eve"),
        P("", "Rained on my washing. Of course it did."),
        P("", "Grimsby Town won away. I'm as surprised as you are.", "weekend"),
        P("", "New trainers, same slow legs."),
        P("", "Sourdough starter is called Dough-minic and he's thriving, unlike my houseplants."),
        P("", "Sunday roast at Mum's. Yorkshires the size of my head.", ("win", {6}, 13 * 60, 17 * 60)),
        P("", "Bought a secondhand bike off Marketplace. Chain came off within 200 m. Bargain."),
        P("", "Eurovision party tonight, I've made a sweepstake AND a spreadsheet.", "eve"),
        P("", "Someone on the bus ate a whole rotisserie chicken. Respect, honestly."),
        P("", "Power cut on our street. Candles, crisps and a fully charged phone. Survival mode.", "eve"),
        P("", "Found a tenner in last winter's coat. Best day of the month."),
        P("", "Finished Slow Horses, started it again immediately. Gary Oldman in a cardigan is peak telly.", "eve"),
        P("", "The cat has decided the laundry basket is her flat now."),
        P("", "Bank holiday Monday. Garden centre. Scones. That's the whole plan.", ("win", {0}, 10 * 60, 16 * 60)),
        P("", "Queued 45 minutes for a Greggs vegan sausage roll. Worth it."),
        P("", "Doing Couch to 5k. Week 3 is a lie."),
        P("", "Charity shop find: a Le Creuset for six quid. I'm shaking."),
        P("", "Nan's turning 90 and wants a disco. We're getting her a disco."),
        P("", "Watching the Ashes with a brew. This is my personality now."),
        P("", "Tidied the spare room. Found four HDMI cables and no answers."),
        P("", "Met my best mate's new baby. Tiny angry potato. Perfect."),
        P("", "First barbecue of the year, sausages burnt, spirits high.", "weekend"),
        P("", "Christmas jumper day and mine lights up. Sorry to everyone on the bus."),
        P("", "Can't believe it's been ten years since uni. Still owe Student Finance my firstborn."),
        P("", "Learning Welsh on Duolingo, 200 day streak, can say 'the cat is under the table' fluently."),
        P("", "Hot cross bun season is the best season."),
        P("", "Cheeky Nando's after the dentist. Self care."),
        P("", "RT @NorthSeaWx: Yellow warning for wind across the north east and Humber tomorrow, gusts 60mph on exposed coasts. Secure bins &amp; trampolines!", rt="NorthSeaWx"),
        P("", "RT @hullbakes: Bread week sign-ups are open! Bring your best bloomer to the village hall on the 14th \U0001F35E", rt="hullbakes"),
        # one-off trip: Edinburgh
        P("", "Arthur's Seat at sunrise, absolutely worth the knee pain", ("trip", 0), "ed_arthur"),
        P("", "Fringe day 2: four shows, three brilliant, one was a man eating a leek for an hour", ("trip", 0), "ed_mile"),
        P("", "Victoria Street is basically Diagon Alley", ("trip", 0), "ed_victoria"),
        P("", "Last night in Edinburgh, haggis pakora is a gift from the gods", ("trip", 0), "ed_food"),
        # replies
        P("", "@tom_quizzes we were robbed on the music round and you know it", "eve", reply="tom_quizzes"),
        P("", "@rhipryce tell Mam I'm bringing the trifle, she can stop texting me", "eve", reply="rhipryce"),
        # ---- home geotags, evenings
        P("H", "Takeaway and Taskmaster night", "home", "home"),
        P("H", "New candle is called 'Nordic Forest'. Smells like Febreze.", "home", "home"),
        P("H", "Film night with the cat. She chose badly.", "home", "home"),
        P("H", "Homemade curry, actually edible!", "home", "home"),
        # ---- routine: Friday swim
        P("T", "50 lengths before breakfast, smug all day", SWIM, "pool"),
        P("T", "Pool was freezing, lifeguard in a fleece", SWIM, "pool"),
        P("T", "Friday swim done. Goggles leaked the whole time.", SWIM, "pool"),
        P("T", "Lane etiquette is dead. A man did backstroke diagonally.", SWIM, "pool"),
        P("T", "Swim then bacon roll. Balance.", SWIM, "pool"),
        P("T", "Slow lane is my lane and I'm at peace with that", SWIM, "pool"),
        P("T", "Fogged-up goggles, no idea where I was for 30 lengths", SWIM, "pool"),
        # ---- routine: Tuesday quiz
        P("T", "Quizteama Aguilera came second AGAIN", QUIZ, "pub"),
        P("T", "Lost on a tiebreaker about Belgian cheese. Devastated.", QUIZ, "pub"),
        P("T", "WE WON THE QUIZ!!! £40 bar tab!!!", QUIZ, "pub"),
        P("T", "Picture round was all 80s snooker players. Robbery.", QUIZ, "pub"),
        P("T", "Our team name got the biggest laugh and we got the lowest score", QUIZ, "pub"),
        P("T", "Pint, pork scratchings, general knowledge. Bliss.", QUIZ, "pub"),
        P("T", "Music round came down to a Steps B-side and I KNEW IT. Peak of my life.", QUIZ, "pub"),
        # ---- routine: stated
        P("T", "My rota is Mon-Thu, 06:00 till 16:00. Yes I'm in bed by nine. Yes I'm still fun."),
        P("T", "Alarm at 04:50 every weekday except Fridays. Fridays are for swimming and being smug."),
        P("T", "Tuesday quiz at the Anchor, Friday swim at 7, Sunday roast at Mum's. I'm basically a pensioner."),
        P("T", "On call this weekend so no pub for me. One weekend in four, like clockwork.", ("win", {4}, 17 * 60, 22 * 60)),
        # ---- workplace in working hours
        P("L T", "brew number three and it's only half eight", ("win", W, 8 * 60 + 25, 8 * 60 + 40), "office"),
        P("L T", "gulls fighting over a sausage roll in the car park", work, "office"),
        P("L T", "rain's going sideways", work, "office"),
        P("L T", "chips Thursday in the canteen, the one good day", ("win", {3}, 12 * 60, 13 * 60), "office"),
        P("L T", "sunrise over the cranes, not bad", ("win", W, 6 * 60 + 30, 7 * 60 + 30), "office"),
        P("L T", "hands freezing, forgot my gloves", work, "office"),
        P("L T", "fog so thick I can't see the next stack", work, "office"),
        P("L T", "someone's brought in a tray of flapjacks, I love it here", work, "office"),
        P("L T", "short lunch, long afternoon", ("win", W, 12 * 60, 13 * 60), "office"),
        P("L T", "free cake in the break room, birthday unknown", work, "office"),
        P("L T", "wind's taken my hi-vis hood off twice already", work, "office"),
        P("L T", "that 2pm slump", ("win", W, 14 * 60, 14 * 60 + 30), "office"),
        P("L T", "crane's been stuck at the top for an hour and I'm invested", work, "office"),
        # ---- location by text
        P("L", "Dock Road gate queue was back to the roundabout this morning. Six hauliers, one barrier, zero patience."),
        P("L R", "The scanner shed at Berth 7 has no heating. Fleece, thermals, two coats. Glamorous."),
        P("L", "Shed 4 canteen has rebranded as a \"food hall\". It's the same microwave."),
        P("L", "Our bit of the port is past the east gate, behind the reefer stacks. Visitors always get lost, hence the 14 phone calls today."),
        P("L", "Moved desks to the second floor of Humber House. I can see the estuary now. And the queue of lorries."),
        # ---- unit
        P("U", "Five years at EFIC today. Still can't work the coffee machine.", frac=0.6),
        P("U", "#EFIC charity bake sale smashed it, £620 for the hospice \U0001F370"),
        P("U R", "Eastholme Freight Inspection Centre is recruiting image analysts. If you like puzzles and cold sheds, DM me."),
        P("U", "EFIC five-a-side lost 9-1. The one was an own goal by them.", "eve"),
        P("U", "Our centre's open day for local schools, the kids loved the sniffer dogs more than anything I showed them"),
        P("U", "Eastholme FIC Christmas do. Someone's dad did the DJing. It was a lot.", "eve"),
        # ---- role
        P("R", "Spent all morning on one image: dense mass behind a false bulkhead in a 40ft. Got it devanned and it was... bags of sand. Genuinely."),
        P("R", "Dual-energy images are so pretty. Orange for organics, blue for metal. Paid to look at abstract art."),
        P("R", "Passed my Level 2 image interpretation course!", frac=0.25),
        P("R", "SC renewal form wants every address for 10 years. I've moved 11 times. Send help."),
        P("R", "Manifest says 'garden furniture', image says otherwise. Love it when the targeting team's hunch pays off."),
        P("R", "Reefer boxes are the worst to read, all that compressor metal in the way."),
        P("R", "Pallet of bananas today with something very not banana in the middle. Can't say more. Good day."),
        P("R", "Trained two new starters on the image library. Both spotted the hidden cigarettes faster than me. Humbling."),
        P("R", "Promoted to senior analyst. Same shed, slightly better chair.", frac=0.85),
        P("R", "Rummage crew bought me a coffee for a good referral. Highest honour in the job."),
        P("R", "14 hours of backscatter images this week. I dream in greyscale."),
        P("R", "Interpretation refresher exam done, 96%. Missed one that was a bicycle. A BICYCLE."),
        P("R", "Had a whole container of 'tea' tipped onto the floor. It was tea. It was just tea."),
        P("R", "Vetting interview went fine. Apparently a cousin in Spain isn't a red flag."),
    ]


def h3_tweet_time(u):
    return u.strftime("%a %b %d %H:%M:%S +0000 %Y")


def h3_snowflake(u, rng):
    return str(((int(u.timestamp() * 1000) - 1288834974657) << 22) | rng.getrandbits(22))


def h3_dump(name, part, records):
    body = json.dumps(records, ensure_ascii=False, indent=2, separators=(",", " : "))
    return f"window.YTD.{name}.part{part} = {body}".encode("utf-8")


def build_h3():
    key = "h3-x-freightscan"
    per = Persona(
        key, "Europe/London", date(2020, 9, 7), date(2023, 8, 25), 3303,
        places={
            "office": (53.6205, -0.2030, "Eastholme Freight Inspection Centre, Berth 7", 70),
            "home": (53.5680, -0.0810, "home", 12),
            "pool": (53.5620, -0.0950, "Eastholme Leisure Centre pool", 20),
            "pub": (53.5745, -0.0700, "The Anchor (quiz night)", 15),
            "ed_arthur": (55.9441, -3.1618, "Arthur's Seat", 40),
            "ed_mile": (55.9497, -3.1907, "Royal Mile", 30),
            "ed_victoria": (55.9482, -3.1935, "Victoria Street", 20),
            "ed_food": (55.9460, -3.2010, "Lothian Road", 30),
        },
        work_days={0, 1, 2, 3}, work_window=(6 * 60 + 30, 15 * 60 + 30),
        routines={"swim": ({4}, 7 * 60, 8 * 60 + 15), "quiz": ({1}, 20 * 60, 22 * 60 + 30)},
        trips=[(date(2022, 8, 15), 4)],
    )
    posts = per.realise(h3_specs())
    rng = per.rng
    tweets, rows = [], []
    src = '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>'
    for p in posts:
        s, u = p["spec"], p["utc"]
        tid = h3_snowflake(u, rng)
        raw = s.text
        if s.kw.get("rt"):
            full = raw  # already entity-escaped like the archive
        else:
            full = raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        hashtags = [{"text": m.group(1), "indices": [str(m.start()), str(m.end())]} for m in re.finditer(r"#(\w+)", full)]
        mentions = []
        for m in re.finditer(r"@(\w+)", full):
            if m.group(1) in H3_PEOPLE:
                pid, pname = H3_PEOPLE[m.group(1)]
                mentions.append({"name": pname, "screen_name": m.group(1), "indices": [str(m.start()), str(m.end())],
                                 "id_str": pid, "id": pid})
        t = {
            "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": (u + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": not s.kw.get("rt")}},
            "retweeted": False, "source": src,
            "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": []},
            "display_text_range": ["0", str(len(full))],
            "favorite_count": str(0 if s.kw.get("rt") else rng.randrange(0, 25)),
            "id_str": tid, "truncated": False, "retweet_count": str(rng.randrange(0, 3)), "id": tid,
            "created_at": h3_tweet_time(u), "favorited": False, "full_text": full, "lang": "en",
        }
        if s.kw.get("reply"):
            pid, _ = H3_PEOPLE[s.kw["reply"]]
            t["in_reply_to_status_id_str"] = t["in_reply_to_status_id"] = str(int(tid) - rng.getrandbits(30))
            t["in_reply_to_user_id"] = t["in_reply_to_user_id_str"] = pid
            t["in_reply_to_screen_name"] = s.kw["reply"]
            t["display_text_range"] = [str(len(s.kw["reply"]) + 2), str(len(full))]
        geo = p["geo"]
        if geo:
            t["geo"] = {"type": "Point", "coordinates": [str(geo[0]), str(geo[1])]}
            t["coordinates"] = {"type": "Point", "coordinates": [str(geo[1]), str(geo[0])]}
            if rng.random() < 0.5:
                edin = s.place.startswith("ed_")
                lat0, lon0 = (55.90, -3.33) if edin else (53.53, -0.25)
                t["place"] = {
                    "id": "1b2f3c4d5e6f7a8b" if edin else "9a8b7c6d5e4f3a2b",
                    "url": "https://api.twitter.com/1.1/geo/id/" + ("1b2f3c4d5e6f7a8b" if edin else "9a8b7c6d5e4f3a2b") + ".json",
                    "place_type": "city", "name": "Edinburgh" if edin else "Eastholme",
                    "full_name": "Edinburgh, Scotland" if edin else "Eastholme, England",
                    "country_code": "GB", "country": "United Kingdom",
                    "bounding_box": {"type": "Polygon", "coordinates": [[
                        [str(lon0), str(lat0)], [str(lon0 + 0.2), str(lat0)], [str(lon0 + 0.2), str(lat0 + 0.12)], [str(lon0), str(lat0 + 0.12)]]]},
                    "attributes": {}}
        tweets.append({"tweet": t})
        rows.append(label_row(p, tid, html.unescape(full), geo, None))
    tweets.reverse()  # archives list newest first
    cut = 62
    part0, part1 = tweets[:cut], tweets[cut:]
    acc_id, handle, disp = H3_ME
    account = [{"account": {"email": "nia.pryce@example.co.uk", "createdVia": "web", "username": handle,
                            "accountId": acc_id, "createdAt": "2011-10-02T19:20:11.000Z", "accountDisplayName": disp}}]
    tzf = [{"accountTimezone": {"accountId": acc_id, "timeZone": "London"}}]
    profile = [{"profile": {"description": {"bio": "Welsh in Lincolnshire. Quizzes, swimming, crumpets. Opinions my own, obviously.",
                                            "website": "", "location": "North Lincs"},
                            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1301111111111111111/aBcDeFgH.jpg",
                            "headerMediaUrl": "https://pbs.twimg.com/profile_banners/473829104/1601000000"}}]
    tz = per.tz

    def dm_conv(peer, lines, start):
        msgs, t = [], start
        for who, text in lines:
            t = t + timedelta(minutes=rng.randrange(3, 90), seconds=rng.randrange(60))
            u = t.astimezone(UTC)
            sender, recip = (acc_id, peer) if who == "me" else (peer, acc_id)
            msgs.append({"messageCreate": {"recipientId": recip, "reactions": [], "urls": [], "text": text,
                                           "mediaUrls": [], "senderId": sender,
                                           "id": h3_snowflake(u, rng),
                                           "createdAt": u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randrange(1000)}})
        msgs.reverse()
        a, b = sorted([acc_id, peer], key=int)
        return {"dmConversation": {"conversationId": f"{a}-{b}", "messages": msgs}}

    gary = "1529384756102938475"
    dms = [
        dm_conv(gary, [
            ("them", "Hi Nia, hope you don't mind the message. I run a small freight forwarding consultancy and a mutual contact said you work on the scanners at Eastholme?"),
            ("me", "Hi, sorry, I don't talk about work on here."),
            ("them", "Totally understand. Nothing sensitive, just general stuff - roughly what share of boxes get pulled for scanning, which shipping lines you look at more. My clients would pay well for a bit of insight, say £500 for a chat."),
            ("me", "No thanks."),
            ("them", "Even just the rota would help, so we know when to expect delays. Can we move this to Telegram? Easier to talk there"),
            ("them", "Happy to go to £2k. Cash if you prefer. No one would ever know"),
            ("me", "I've reported this. Don't contact me again."),
        ], datetime(2022, 11, 3, 19, 5, tzinfo=tz)),
        dm_conv("88123456", [
            ("them", "Mam wants to know if you're coming Sunday"),
            ("me", "Yes! Bringing the trifle"),
            ("them", "She says not the one with the jelly"),
            ("me", "It's ALWAYS the one with the jelly"),
        ], datetime(2021, 4, 9, 18, 40, tzinfo=tz)),
        dm_conv("2210987654", [
            ("them", "Team name for next week? I'm thinking 'Les Quizerables'"),
            ("me", "Done. Can you bring Dave, we need someone for sport"),
            ("them", "He's in. See you Tuesday"),
        ], datetime(2023, 2, 2, 12, 10, tzinfo=tz)),
    ]
    manifest = {
        "userInfo": {"accountId": acc_id, "userName": handle, "displayName": disp},
        "archiveInfo": {"sizeBytes": "402315", "generationDate": "2023-09-01T10:02:11.000Z",
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {
            "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
            "accountTimezone": {"files": [{"fileName": "data/account-timezone.js", "globalName": "YTD.account_timezone.part0", "count": "1"}]},
            "directMessages": {"mediaDirectory": "data/direct_messages_media",
                               "files": [{"fileName": "data/direct-messages.js", "globalName": "YTD.direct_messages.part0", "count": "3"}]},
            "directMessagesGroup": {"mediaDirectory": "data/direct_messages_group_media",
                                    "files": [{"fileName": "data/direct-messages-group.js", "globalName": "YTD.direct_messages_group.part0", "count": "0"}]},
            "profile": {"mediaDirectory": "data/profile_media",
                        "files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
            "tweets": {"mediaDirectory": "data/tweets_media", "files": [
                {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": str(len(part0))},
                {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": str(len(part1))}]},
        },
    }
    mbody = "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2, separators=(",", " : "))
    zfiles = [
        ("Your archive.html", b"<!DOCTYPE html><html><head><title>Your archive</title></head><body></body></html>"),
        ("data/manifest.js", mbody.encode()),
        ("data/account.js", h3_dump("account", 0, account)),
        ("data/account-timezone.js", h3_dump("account_timezone", 0, tzf)),
        ("data/profile.js", h3_dump("profile", 0, profile)),
        ("data/tweets.js", h3_dump("tweets", 0, part0)),
        ("data/tweets-part1.js", h3_dump("tweets", 1, part1)),
        ("data/direct-messages.js", h3_dump("direct_messages", 0, dms)),
        ("data/direct-messages-group.js", b"window.YTD.direct_messages_group.part0 = [ ]"),
        ("data/README.txt", b"This archive contains your account information, Tweets and Direct Messages.\n"),
    ]
    write_zip(os.path.join(OUT, key + ".zip"), zfiles)
    truth = {"unit": ["Eastholme Freight Inspection Centre", "EFIC", "Eastholme FIC"],
             "role": "X-ray image analyst",
             "office": {"lat": 53.6205, "lon": -0.2030, "name": "Eastholme Freight Inspection Centre, Berth 7"},
             "home": {"lat": 53.5680, "lon": -0.0810},
             "routine_places": [{"name": "Eastholme Leisure Centre pool", "lat": 53.5620, "lon": -0.0950},
                                {"name": "The Anchor (quiz night)", "lat": 53.5745, "lon": -0.0700}]}
    contacts = [{"handle": "freightinsight_g", "name": "Gary Holt", "suspicious": True, "id": gary},
                {"handle": "rhipryce", "name": "Rhiannon Pryce", "suspicious": False, "id": "88123456"},
                {"handle": "tom_quizzes", "name": "Tom Fairley", "suspicious": False, "id": "2210987654"}]
    write_labels(key, "x", per.tzname, truth, contacts, rows)
    write_watchlist(key, "Nia Pryce", per.tzname, "Eastholme Freight Inspection Centre", ["EFIC", "Eastholme FIC"],
                    ["X-ray image analyst"], ("EFIC scanner shed, Berth 7", 53.6205, -0.2030, 300))
    return key, rows

# =========================================================================== h4: Facebook 2024 layout
# 林怡君, BSL-3 laboratory technician at a (fictional) biodefence research centre in Taoyuan.

H4_NAME = "林怡君"
MRT = ("rt", "mrt")
BOX = ("rt", "boxing")


def h4_specs():
    W = {0, 1, 2, 3, 4}
    work = ("win", W, 9 * 60, 17 * 60)
    return [
        # ---- benign, traps
        P("", "終於看完《間諜家家酒》，安妮亞太可愛了 🥜", "eve"),
        P("", "香港朋友說她租的單位只有八坪，月租卻要兩萬多，我家廁所都比較大"),
        P("", "幫姪子複習數學，單位換算真的是小學生的惡夢，公升毫升分不清楚", "eve"),
        P("", "環球購物中心週年慶，刷卡刷到手軟 💸", "weekend"),
        P("", "陪阿嬤去醫院回診，等了三個小時，看診三分鐘"),
        P("", "我弟考上塔台管制員了！以後桃園機場的飛機都歸他管 ✈️ 驕傲"),
        P("", "這是我們家的秘密配方滷肉，絕對不外傳"),
        P("", "老公在家上班第三天，我回家發現他一整天沒換睡衣", "offwork"),
        P("", "週末去看營區開放，姪子爬戰車爬得超開心，我比較喜歡阿兵哥發的紀念品", "weekend"),
        P("", "Netflix 追完《模範計程車》第二季，爽劇就是爽", "eve"),
        P("", "颱風假！泡麵、零食、追劇三件套 🌀"),
        P("", "今天自己煮了麻油雞，整間房子都是香味", "eve"),
        P("", "貓咪又把衛生紙抽光光，我是要生氣還是要拍照", photo=True),
        P("", "買了一台二手氣炸鍋，什麼都想炸炸看"),
        P("", "中秋烤肉，烤到一半下大雨，全家躲到騎樓繼續烤", "eve"),
        P("", "Monday blues 需要一杯全糖珍奶", ("win", {0}, 15 * 60, 21 * 60)),
        P("", "第一次跑半馬！2:18 完賽，腳已經不是我的 🏃‍♀️", "weekend"),
        P("", "全聯買菜發現一顆高麗菜要一百塊，這世界怎麼了"),
        P("", "大學同學會，大家都在聊房貸跟小孩，我只想聊貓", "weekend"),
        P("", "新買的多肉又被我養死了，第三盆"),
        P("", "跨年在家看煙火直播，比現場好，不用擠", "eve"),
        P("", "Costco 試吃逛一圈就飽了", "weekend"),
        P("", "媽媽生日，全家去吃熱炒，點了十二道菜", "eve"),
        P("", "週末去陽明山看海芋，人比花多", "weekend"),
        P("", "學做檸檬塔，塔皮烤焦了，檸檬餡倒是很成功", photo=True),
        P("", "追《黑暗榮耀》追到凌晨三點，明天要完蛋", "eve"),
        P("", "剪了新髮型，設計師說很韓系，我覺得很像香菇"),
        P("", "Spotify 年度回顧說我最常聽的是五月天，完全不意外"),
        P("", "下雨天就是要吃火鍋", "eve"),
        P("", "機車驗車終於過了，排氣管換了三千"),
        P("", "今天把所有衣服換季，衣櫃爆炸", "weekend"),
        P("", "Uniqlo 的 heattech 是冬天的救星"),
        P("", "姪女說她長大要當科學家，我說很好啊，先把功課寫完"),
        P("", "看完《奧本海默》，三個小時坐到屁股痛", "eve"),
        P("", "好想出國喔，先存錢再說"),
        P("", "今天在路上看到一隻橘貓在曬太陽，超療癒", photo=True),
        P("", "今天的夕陽把整片天空染成橘色", "eve"),
        P("", "LINE 群組長輩圖又來了，早安午安晚安"),
        P("", "去宜蘭泡溫泉，全身都軟了", "weekend"),
        P("", "第一次自己換機車電瓶，YouTube 萬歲"),
        P("", "咖啡喝太多心悸，決定明天只喝一杯（騙自己）"),
        P("", "好友的婚禮，哭得比新娘還慘", "weekend"),
        P("", "研究了一下午新買的手沖壺，還是泡不出店裡的味道", "weekend"),
        P("", "我們家的秘密武器：阿嬤的菜脯蛋"),
        # one-off trip: Hualien
        P("", "太魯閣的山真的太壯觀了", ("trip", 0), "hl_taroko", checkin="太魯閣國家公園"),
        P("", "七星潭的海好藍 🌊", ("trip", 0), "hl_qixing", photo=True, gps=True),
        P("", "夜市吃到撐，炸彈蔥油餅名不虛傳", ("trip", 0), "hl_market", checkin="東大門國際觀光夜市"),
        P("", "清水斷崖，值得", ("trip", 0), "hl_cliff", photo=True, gps=True),
        # ---- home (photo GPS, evenings)
        P("H", "今晚的晚餐：番茄炒蛋配白飯，簡單就是幸福", "home", "home", photo=True, gps=True),
        P("H", "貓咪睡在我的筆電上，今天不用工作了（誤）", "home", "home", photo=True, gps=True),
        P("H", "新買的燈，房間變好有氣氛", "home", "home", photo=True, gps=True),
        P("H", "泡澡球實驗失敗，浴缸變成紫色", "home", "home", photo=True, gps=True),
        # ---- routine: MRT check-ins, weekday mornings
        P("T", "早安，今天也是擠爆的捷運", MRT, "mrt", checkin="龍岡路站"),
        P("T", "雨天的捷運站地板好滑，差點跌倒", MRT, "mrt", checkin="龍岡路站"),
        P("T", "又差一秒沒趕上，看著車門在眼前關上", MRT, "mrt", checkin="龍岡路站"),
        P("T", "早餐在月台偷吃完，不要告訴別人", MRT, "mrt", checkin="龍岡路站"),
        P("T", "星期一的捷運人特別多", ("win", {0}, 7 * 60 + 40, 8 * 60 + 5), "mrt", checkin="龍岡路站"),
        P("T", "今天有位子坐！小確幸", MRT, "mrt", checkin="龍岡路站"),
        P("T", "耳機沒電，只能聽阿伯講電話", MRT, "mrt", checkin="龍岡路站"),
        # ---- routine: boxing Mon/Wed evenings
        P("T", "今天打了十回合沙包，手臂在抖 🥊", BOX, "boxing", checkin="鐵拳拳擊館"),
        P("T", "教練說我的左勾拳進步了！", BOX, "boxing", checkin="鐵拳拳擊館"),
        P("T", "練完拳整個人重生", BOX, "boxing", checkin="鐵拳拳擊館"),
        P("T", "拳擊課結束，汗流成河", BOX, "boxing", checkin="鐵拳拳擊館"),
        P("T", "一週的救贖就是這堂課", BOX, "boxing", checkin="鐵拳拳擊館"),
        P("T", "跳繩跳到小腿抽筋", BOX, "boxing", checkin="鐵拳拳擊館"),
        P("T", "對練被打到鼻子，還好沒流血", BOX, "boxing", checkin="鐵拳拳擊館"),
        # ---- routine: stated
        P("T", "每週一、三晚上七點半拳擊課，下班直接衝"),
        P("T", "每天 7:50 那班捷運，車廂位置固定在第三節，連旁邊的人都認得了"),
        P("T R", "這個月輪到我 on-call，半夜電話響就要進實驗室看負壓", "eve"),
        P("T R", "上班時間 8:30-17:30，但光是進實驗室前的更衣就要二十分鐘"),
        # ---- workplace in working hours: photo GPS and café check-ins
        P("L T", "午餐便當，今天是雞腿 🍗", ("win", W, 12 * 60, 13 * 60), "office", photo=True, gps=True),
        P("L T", "下午茶團購到了！", ("win", W, 14 * 60 + 30, 16 * 60), "office", photo=True, gps=True),
        P("L T", "窗外的雲好漂亮", work, "office", photo=True, gps=True),
        P("L T", "同事的生日蛋糕 🎂", work, "office", photo=True, gps=True),
        P("L T", "今天好熱，冷氣開到最強還是熱", work, "office", photo=True, gps=True),
        P("L T", "雨下好大，不想下班", ("win", W, 16 * 60 + 30, 17 * 60 + 25), "office", photo=True, gps=True),
        P("L T", "樓下的貓又來討食", work, "office", photo=True, gps=True),
        P("L T", "午休散步，木棉花開了", ("win", W, 12 * 60, 13 * 60), "office", photo=True, gps=True),
        P("L T", "午休來杯拿鐵", ("win", W, 12 * 60, 13 * 60), "cafe", checkin="園區咖啡 Campus Café"),
        P("L T", "今天的咖啡拉花是一隻熊", ("win", W, 12 * 60, 13 * 60), "cafe", checkin="園區咖啡 Campus Café"),
        # ---- location by text
        P("U L", "北辰中心後門那條產業道路又在施工，上班要繞一大圈"),
        P("L", "我們實驗大樓 B 棟三樓的窗戶看出去就是高鐵，一天可以看一百班"),
        P("L", "園區門口警衛換人了，新來的大哥好嚴格，證件要看三次"),
        P("L", "從青埔那邊開過來，過了第二個紅綠燈右轉就是我們園區，每次導航都叫我迴轉"),
        P("L R", "B棟地下室的高壓滅菌釜那間是整棟最熱的地方"),
        # ---- unit
        P("U", "北辰中心十週年，發了一個保溫杯，上面印著 BBRC"),
        P("U", "#北辰生物防護研究中心 尾牙，我抽到一台吹風機！", "eve"),
        P("U", "BBRC 家庭日，帶姪女來看我上班的地方（只能在行政大樓啦）", "weekend"),
        P("U", "北辰中心又在徵研究助理，有興趣的朋友私訊我"),
        P("U", "我們中心的員工健檢今年加了胸部X光，排隊排到懷疑人生"),
        P("U R", "進北辰第五年，從菜鳥變成會帶新人的學姊了", frac=0.75),
        # ---- role
        P("R", "今天穿正壓防護衣在 P3 待了四個小時，出來整個人像蒸籠", "offwork"),
        P("R", "生物安全櫃年度確效，風速測了一整天"),
        P("R", "高壓滅菌釜又故障，廢棄物堆在緩衝室，超焦慮"),
        P("R", "斑塊試驗數到眼睛花，一盤一盤數"),
        P("R", "中和抗體試驗結果出來了，跟預期一樣，開心到在更衣室跳舞"),
        P("R", "通過 BSL-3 人員年度複訓考試 ✅", frac=0.4),
        P("R", "安全查核又要填表，連大學室友的電話都要寫"),
        P("R", "今天教新人穿脫 PAPR，第一次穿都會手忙腳亂"),
        P("R", "菌株管理系統盤點，每一管都要對到清冊，眼睛快瞎了"),
        P("R", "升資深技術員了！薪水多一點點，責任多很多", frac=0.85),
        P("R", "實驗室負壓警報在下班前響，全員撤出，結果是感測器故障"),
        P("R", "週末被叫回去處理細胞培養箱，CO2 鋼瓶空了", "weekend"),
        P("R", "進P3前不能擦香水不能戴隱眼，我的美貌只能留給更衣室"),
    ]


def fb_moji(x):
    if isinstance(x, str):
        return x.encode("utf-8").decode("latin-1")
    if isinstance(x, list):
        return [fb_moji(v) for v in x]
    if isinstance(x, dict):
        return {k: fb_moji(v) for k, v in x.items()}
    return x


def fb_json(obj):
    return json.dumps(fb_moji(obj), ensure_ascii=True, indent=2).encode("ascii")


def build_h4():
    key = "h4-facebook-biolab"
    per = Persona(
        key, "Asia/Taipei", date(2020, 10, 5), date(2023, 12, 15), 4404,
        places={
            "office": (24.9583, 121.2675, "北辰生物防護研究中心 B棟", 70),
            "cafe": (24.9590, 121.2682, "園區咖啡 Campus Café", 0),
            "home": (25.0110, 121.2990, "home", 10),
            "mrt": (24.9930, 121.2920, "龍岡路站", 0),
            "boxing": (25.0200, 121.3100, "鐵拳拳擊館", 0),
            "hl_taroko": (24.1580, 121.6210, "太魯閣國家公園", 0),
            "hl_qixing": (24.0280, 121.6300, "七星潭", 30),
            "hl_market": (23.9740, 121.6070, "東大門國際觀光夜市", 0),
            "hl_cliff": (24.2140, 121.6880, "清水斷崖", 30),
        },
        work_days={0, 1, 2, 3, 4}, work_window=(8 * 60 + 30, 17 * 60 + 30),
        routines={"mrt": ({0, 1, 2, 3, 4}, 7 * 60 + 40, 8 * 60 + 5), "boxing": ({0, 2}, 19 * 60 + 30, 21 * 60)},
        trips=[(date(2022, 10, 8), 3)],
    )
    posts = per.realise(h4_specs())
    rng = per.rng
    addr = {"龍岡路站": "桃園市中壢區龍岡路三段", "鐵拳拳擊館": "桃園市桃園區中正路 1288 號 2 樓",
            "園區咖啡 Campus Café": "桃園市大園區北辰路 66 號", "太魯閣國家公園": "花蓮縣秀林鄉富世村",
            "東大門國際觀光夜市": "花蓮縣花蓮市中山路 50 號"}
    fb_posts, checkins, files, rows = [], [], [], []
    album = "your_facebook_activity/posts/media/YourPhotos_8765432109"
    for p in posts:
        s, u = p["spec"], p["utc"]
        ts = int(u.timestamp())
        geo, photo_gps = None, None
        item = {"timestamp": ts}
        if s.kw.get("photo"):
            mid = f"{rng.randrange(10**8, 10**9)}_{rng.randrange(10**14, 10**15)}_{rng.randrange(10**15, 10**16)}_n"
            uri = f"{album}/{mid}.jpg"
            files.append((uri, jfif_jpeg(8)))
            ex = {"upload_ip": f"192.0.2.{rng.randrange(2, 250)}", "taken_timestamp": ts - rng.randrange(20, 900)}
            if s.kw.get("gps"):
                photo_gps = p["geo"]
                ex.update({"camera_make": "Apple", "camera_model": "iPhone 12", "iso": rng.choice([32, 50, 64, 100, 200]),
                           "focal_length": "4.2", "exposure": "1/120", "f_stop": "1.6", "orientation": 1,
                           "original_width": 4032, "original_height": 3024,
                           "latitude": photo_gps[0], "longitude": photo_gps[1]})
            item["attachments"] = [{"data": [{"media": {
                "uri": uri, "creation_timestamp": ts,
                "media_metadata": {"photo_metadata": {"exif_data": [ex]}},
                "title": "手機上傳相片", "description": s.text}}]}]
            item["data"] = [{"post": s.text}]
            item["title"] = f"{H4_NAME}新增了一張相片。"
        elif s.kw.get("checkin"):
            geo = p["geo"]
            name = s.kw["checkin"]
            fbid = str(rng.randrange(10**14, 10**15))
            item["attachments"] = [{"data": [{"place": {
                "name": name, "coordinate": {"latitude": geo[0], "longitude": geo[1]},
                "address": addr.get(name, ""), "url": f"https://www.facebook.com/{fbid}"}}]}]
            item["data"] = [{"post": s.text}]
            item["title"] = f"{H4_NAME}在{name}。"
            checkins.append({"timestamp": ts, "fbid": str(rng.randrange(10**15, 10**16)), "media": [],
                             "label_values": [{"label": "Message", "value": s.text},
                                              {"label": "Place tags", "dict": [
                                                  {"label": "Name", "value": name},
                                                  {"label": "Address", "value": addr.get(name, "")},
                                                  {"label": "Coordinates", "value": f"({geo[0]} , {geo[1]})"}]}]})
        else:
            item["data"] = [{"post": s.text}]
            item["title"] = f"{H4_NAME}更新了狀態。"
        fb_posts.append(item)
        text = s.text + (" [photo]" if s.kw.get("photo") else "") + (f" [check-in: {s.kw['checkin']}]" if s.kw.get("checkin") else "")
        rows.append(label_row(p, f"fb:{ts}", text, geo, photo_gps))
    fb_posts.sort(key=lambda x: -x["timestamp"])
    checkins.sort(key=lambda x: -x["timestamp"])
    tz = per.tz

    def thread(slug, other, lines, start):
        msgs, t = [], start
        for who, text in lines:
            t = t + timedelta(minutes=rng.randrange(2, 120), seconds=rng.randrange(60))
            msgs.append({"sender_name": H4_NAME if who == "me" else other,
                         "timestamp_ms": int(t.timestamp() * 1000) + rng.randrange(1000),
                         "content": text, "is_geoblocked_for_viewer": False, "is_unsent_image_by_messenger_kid_parent": False})
        msgs.sort(key=lambda m: -m["timestamp_ms"])
        return (f"your_facebook_activity/messages/inbox/{slug}/message_1.json",
                fb_json({"participants": [{"name": other}, {"name": H4_NAME}], "messages": msgs, "title": other,
                         "is_still_participant": True, "thread_path": f"inbox/{slug}", "magic_words": [],
                         "image": {"uri": "", "creation_timestamp": 0}, "joinable_mode": {"mode": 1, "link": ""}}))

    threads = [
        thread("davidwu_1029384756", "David Wu", [
            ("them", "林小姐您好，我是生技顧問公司的 David，朋友說您在北辰那邊做 P3 實驗？想請教一點事"),
            ("me", "你好，不好意思，工作的事情我不方便談"),
            ("them", "了解了解，不會讓您為難。我們的客戶想知道貴中心目前保存哪些病毒株，只要一份清單就好，顧問費一次三萬"),
            ("me", "這個不可能，請不要再問了"),
            ("them", "不用正式文件，拍一下冷凍櫃的標籤或實驗室平面圖也可以，價錢好談"),
            ("them", "FB 這邊不方便，我們改用 Telegram 聊好嗎？我的帳號是 @dw_bioconsult"),
            ("me", "我已經回報給單位了，請不要再聯絡我"),
            ("them", "別緊張，考慮一下，十萬也可以"),
        ], datetime(2023, 5, 16, 20, 10, tzinfo=tz)),
        thread("mama_1000238475", "媽媽", [
            ("them", "週末回來吃飯嗎？煮你愛吃的滷肉"),
            ("me", "好啊！星期六中午到"),
            ("them", "記得帶傘，說會下雨"),
        ], datetime(2022, 4, 14, 19, 30, tzinfo=tz)),
        thread("xiaomei_1000561234", "陳小美", [
            ("them", "今天拳擊課妳有要去嗎"),
            ("me", "有！下班直接過去"),
            ("them", "那我幫妳拿手綁帶"),
            ("me", "愛妳 ❤️"),
        ], datetime(2023, 3, 8, 17, 45, tzinfo=tz)),
    ]
    profile = {"profile_v2": {
        "name": {"full_name": H4_NAME, "first_name": "怡君", "middle_name": "", "last_name": "林"},
        "emails": {"emails": ["yichun.lin@example.com.tw"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1992, "month": 7, "day": 19},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "previous_names": [], "other_names": [],
        "current_city": {"name": "Taoyuan, Taiwan", "timestamp": 1577836800},
        "hometown": {"name": "Tainan, Taiwan", "timestamp": 1388534400},
        "relationship": {"status": "Married", "timestamp": 1609459200},
        "family_members": [],
        "education_experiences": [{"name": "國立成功大學", "start_timestamp": 1283299200, "end_timestamp": 1433116800,
                                   "graduated": True, "concentrations": ["醫學檢驗生物技術學系"], "school_type": "College",
                                   "timestamp": 1433116800}],
        "work_experiences": [],
        "websites": [],
        "phone_numbers": [],
        "username": "yichun.lin.92",
        "registration_timestamp": 1251763200,
        "profile_uri": "https://www.facebook.com/yichun.lin.92"}}
    zfiles = [("personal_information/profile_information/profile_information.json", fb_json(profile)),
              ("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", fb_json(fb_posts)),
              ("your_facebook_activity/posts/check-ins.json", fb_json(checkins))] + threads + files
    write_zip(os.path.join(OUT, key + ".zip"), zfiles)
    truth = {"unit": ["北辰生物防護研究中心", "北辰中心", "BBRC"], "role": "BSL-3實驗室技術員",
             "office": {"lat": 24.9583, "lon": 121.2675, "name": "北辰生物防護研究中心 B棟"},
             "home": {"lat": 25.0110, "lon": 121.2990},
             "routine_places": [{"name": "龍岡路站", "lat": 24.9930, "lon": 121.2920},
                                {"name": "鐵拳拳擊館", "lat": 25.0200, "lon": 121.3100}]}
    contacts = [{"handle": "davidwu_1029384756", "name": "David Wu", "suspicious": True, "id": None},
                {"handle": "mama_1000238475", "name": "媽媽", "suspicious": False, "id": None},
                {"handle": "xiaomei_1000561234", "name": "陳小美", "suspicious": False, "id": None}]
    write_labels(key, "facebook", per.tzname, truth, contacts, rows)
    write_watchlist(key, H4_NAME, per.tzname, "北辰生物防護研究中心", ["北辰中心", "BBRC"],
                    ["BSL-3實驗室技術員"], ("北辰生物防護研究中心園區", 24.9583, 121.2675, 300))
    return key, rows


BUILDERS = [build_h1, build_h2, build_h3, build_h4]

META = {
    "h1-mastodon-reactor": ("Mastodon account archive (`outbox.json` Create + Announce, `actor.json`, `media_attachments/`, 21 JPEGs keep EXIF GPS)",
                            "Canadian English, America/Toronto",
                            "Dana Kowalczyk, control-room reactor operator (ANO / shift supervisor) at Kestrel Point Nuclear Generating Station (KPNGS)"),
    "h2-telegram-radar": ("Telegram Desktop full export in a `DataExport_2024-06-01/` wrapper (`result.json`: saved messages + a personal private channel + 3 personal chats; location and venue messages)",
                          "Simplified Chinese with some English, Asia/Shanghai",
                          "许晨, radar / antenna-array engineer at 青蚨电子装备研究所 (青蚨所)"),
    "h3-x-freightscan": ("X archive, new layout: `data/tweets.js` (part0) + `data/tweets-part1.js` (part1), `manifest.js`, `account.js`, `account-timezone.js`, `profile.js`, `direct-messages.js`; geo + coordinates on geotagged tweets",
                         "British English, Europe/London",
                         "Nia Pryce, freight X-ray image analyst at Eastholme Freight Inspection Centre (EFIC)"),
    "h4-facebook-biolab": ("Facebook 2024 layout (`your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json`, `check-ins.json`, Messenger inbox, `personal_information/profile_information/`), escaped UTF-8, photo `exif_data` with GPS, check-in place coordinates",
                           "Traditional Chinese (Taiwan) with some English, Asia/Taipei",
                           "林怡君, BSL-3 laboratory technician at 北辰生物防護研究中心 (北辰中心 / BBRC)"),
}

CALLS = """
## Labelling calls

General
- `created_at` is what each export says, converted to UTC: Mastodon `object.published`; Telegram `date_unixtime`
  (the `date` string is Asia/Shanghai wall time of the exporting machine); X `created_at` (`+0000`); Facebook
  `timestamp`. `native_id`: Mastodon status id, Telegram `saved:<id>` / `channel:<id>` (message id in that chat),
  X `id_str`, Facebook has no id so `fb:<timestamp>`.
- Only the owner's own posts are labelled. Not labelled, so never counted either way: Mastodon `Announce` items
  (boosts of other people's statuses; 6 in h1), direct-message conversations (X `direct-messages.js`, Telegram
  `personal_chat`, Facebook Messenger). The Mastodon *direct-visibility* notes in h1 are `Create` items in the
  outbox, so they are labelled like any post (all benign).
- `location` + `routine` = geotag / check-in / photo GPS within ~200 m of the worksite point on a working day in working
  hours. A geotag at the site on a Saturday (h2, 值班) is `location` only.
- `routine` = a recurring place at a recurring weekday/time (at least 7 posts each: h1 Saturday parkrun 08:45-09:45,
  h2 weekday 07:05-07:25 shuttle-bus stop and Wednesday 19:00-20:30 badminton, h3 Friday 07:00-08:15 pool and
  Tuesday 20:00-22:30 pub quiz, h4 weekday 07:40-08:05 MRT station and Mon/Wed 19:30-21:00 boxing gym) or text that
  states a schedule (shift pattern, rota, on-call cycle, "every Wednesday 7pm"). A one-off mention of a time
  ("this morning") is not routine.
- `home` = geotag/photo GPS within ~20 m of home, always in the evening. Not scored for recall.
- One-off trips (St. John's, Xiamen, Edinburgh, Hualien: 3-4 geotagged posts in 3-4 days) are benign.
- Text posts about the place from which the routine comes but without a stated schedule would have been ambiguous,
  so none were written: routine-place posts are either geotagged or state the schedule.

Per persona
- h1 (Mastodon has no geotags): location evidence is text (Gate 2, Lakeshore Rd station entrance, admin building
  3rd floor, north lot, simulator building across from the B-side turbine hall, service-building caf) plus 6
  workplace photos with EXIF GPS. The scorer does not score `found_office` for Mastodon. One workplace photo's alt
  text names "Kestrel Point training centre", so that post is `unit` too; every post's label `text` has
  `[image: alt text]` appended. "Unit 4 return to service" means reactor unit 4: labelled `role` (refurbishment
  training), not `unit`. "Hydro bill", *Station Eleven*, Slow Horses, the upstairs unit, the Grade 5 math unit,
  unit conversion, "the secret to good perogies", the brother who is an air traffic controller, the Cessna,
  Top Gun, "working from home" (her husband) are benign traps. "Every second Tuesday I'm on call for the outage
  crew" and "14 straight 12-hour shifts" are `role` + `routine`. "Kestrel Point is hiring ANO trainees" is
  `unit` + `role`. The profile field "12-hour shifts, big binders" is not a post and not labelled.
- h2: workplace evidence is 12 bare location pins (empty text) in working hours; the label text is "(location pin)"
  / "(venue: name, address)". Text posts are split ~2:1 between saved messages and the owner's own private channel
  晨光碎碎念 (channel posts carry `from` = channel title, `from_id` = `channel1987654321`): both are the owner's posts.
  "所里" / "进所" / "所东门" count as `unit` (our-institute references); "#青蚨所食堂" too. Traps: 所以, 所有,
  研究 (verb), 省人民医院, 万象购物中心, 单元测试, 3单元电梯, 单位换算, 《潜伏》, 航展/歼-20, "这是个秘密",
  老婆居家办公, 表哥做芯片销售. The shuttle-bus stop is only `routine` (it is about 5 km from the site).
  "青蚨所今年校招…涉密的别问" is `unit` + `role` (it says the work is classified).
- h3: geotags carry both `geo` [lat, lon] and `coordinates` [lon, lat] as strings, half also a `place`. Two RTs
  (`RT @…`) are in tweets.js and labelled benign. "Our centre's open day" is `unit` (our-unit reference, sniffer
  dogs are not her role). "Line of Duty", "The Bureau", Slow Horses, "studio unit", unit conversions, secret Welsh
  cakes recipe, Dad the lorry driver, Duxford Spitfires, "working from home (I'm off)" are benign traps.
  "On call this weekend… one weekend in four" is `routine`. "Dock Road gate", "Berth 7 scanner shed",
  "Shed 4 canteen", "past the east gate behind the reefer stacks", "second floor of Humber House" are `location`.
- h4: workplace evidence is 8 photos whose `exif_data` has GPS on the site plus 2 check-ins at the on-site café
  (≈100 m from the office point) at lunchtime, all `location` + `routine`. Check-ins appear both in the posts file
  (place attachment) and in `check-ins.json` with the same timestamp: one labelled post each. "我們中心的員工健檢"
  is labelled `unit` (our-centre reference, ambiguous without the name); "進北辰第五年…帶新人" is `unit` + `role`
  (seniority). Traps: 《間諜家家酒》, 香港朋友租的單位, 單位換算, 環球購物中心, 醫院, 弟弟是塔台管制員,
  秘密配方滷肉 / 秘密武器, 老公在家上班, 營區開放/戰車, 研究了手沖壺, 《奧本海默》. "這個月輪到我 on-call…看負壓"
  and "上班時間 8:30-17:30…更衣二十分鐘" are `routine` + `role`.

Contacts (suspicious = probes for work details, offers money, asks for documents, wants another app)
- h1 `leo_m@mastodon.online` (only the owner's two direct replies exist: refuses a paid "survey", refuses to move to
  Signal/WhatsApp or send anything). Ordinary: sister `marta_k@mstdn.ca`, curling friend `curlingjen`.
- h2 `王总 | 海川咨询` (user6012345678): consulting fee 2,000 → 50,000, array size and band, test-report template,
  move to Signal, meet in person. Ordinary: 妈妈, 老郑.
- h3 Gary Holt (id 1529384756102938475): £500 → £2k for scan rates and the rota, move to Telegram. Ordinary:
  sister Rhiannon (88123456), quiz teammate Tom (2210987654).
- h4 David Wu (`davidwu_1029384756`): 30,000 → 100,000 for the strain list, freezer labels, floor plan, move to
  Telegram. Ordinary: 媽媽, 陳小美.
"""


def write_readme(results):
    lines = ["# Blind evaluation set 2", "",
             "Four made-up people, each in a different export layout, written independently of the tool. "
             "Everything (people, units, sites, coordinates, accounts) is fictional. Rebuild with "
             "`python3 generate.py` (stdlib only, fixed seeds and zip timestamps: byte-identical output).", "",
             "Per persona `KEY`: `KEY.zip`, `KEY.labels.json`, `KEY.watchlist.toml`.", "",
             "| key | platform / layout | language & zone | who | posts | unit | role | location | routine | home | benign |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for key, rows in results:
        plat, lang, who = META[key]
        c = {k: sum(1 for r in rows if k in r["labels"]) for k in ("unit", "role", "location", "routine", "home")}
        ben = sum(1 for r in rows if not r["labels"])
        lines.append(f"| {key} | {plat} | {lang} | {who} | {len(rows)} | {c['unit']} | {c['role']} | {c['location']} "
                     f"| {c['routine']} | {c['home']} | {ben} ({100 * ben // len(rows)}%) |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n" + CALLS)


if __name__ == "__main__":
    results = []
    for b in BUILDERS:
        k, rows = b()
        results.append((k, rows))
        print(k, len(rows))
    write_readme(results)
