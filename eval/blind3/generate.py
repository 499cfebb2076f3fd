#!/usr/bin/env python3
"""Blind evaluation set 3 for mosaic: four made-up personas in real export layouts.

Stdlib only. Fixed seeds and fixed zip timestamps: reruns are byte-identical.
Writes, next to this file, per persona KEY: KEY.zip, KEY.labels.json, KEY.watchlist.toml,
plus README.md. Everything here is fictional (names, units, coordinates).
"""
import hashlib
import html
import io
import json
import os
import random
import re
import struct
import zipfile
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
ZIP_DT = (2024, 3, 1, 12, 0, 0)
ORDER = ["unit", "role", "location", "routine", "home"]
ALL = (0, 1, 2, 3, 4, 5, 6)
WEEKDAYS = (0, 1, 2, 3, 4)


# --------------------------------------------------------------------------- helpers

def P(slot, text, labels="", place=None, f=None, when=None, **kw):
    d = dict(slot=slot, text=text, tl=labels.split(), place=place, f=f, when=when)
    d.update(kw)
    return d


def tiny_jpeg(tag):
    """A valid 8x8 grey baseline JPEG with a comment segment so every file differs."""
    com = tag.encode("utf-8")[:200]
    parts = [
        b"\xff\xd8",
        b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
        b"\xff\xfe" + struct.pack(">H", len(com) + 2) + com,
        b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64),
        b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 8, 8, 1) + b"\x01\x11\x00",
        b"\xff\xc4" + struct.pack(">H", 20) + b"\x00" + bytes([1] + [0] * 15) + b"\x00",
        b"\xff\xc4" + struct.pack(">H", 20) + b"\x10" + bytes([1] + [0] * 15) + b"\x00",
        b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00",
        b"\x3f",
        b"\xff\xd9",
    ]
    return b"".join(parts)


def meta_fix(obj):
    """Facebook/Instagram mojibake: UTF-8 bytes written as \\u00XX escapes."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [meta_fix(x) for x in obj]
    if isinstance(obj, dict):
        return {k: meta_fix(v) for k, v in obj.items()}
    return obj


def meta_json(obj):
    return json.dumps(meta_fix(obj), ensure_ascii=True, indent=2).encode("ascii")


def write_zip(path, files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = files[name]
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def iso_z(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def schedule(persona, rng):
    """Give every post a local datetime, UTC datetime, labels and (jittered) coordinates."""
    tz = ZoneInfo(persona["tz"])
    start, end = persona["start"], persona["end"]
    span = (end - start).days
    slots, places = persona["slots"], persona["places"]
    trip_days = set()
    for p in persona["posts"]:
        if p["when"]:
            trip_days.add(datetime.strptime(p["when"], "%Y-%m-%d %H:%M").date())
    used_utc, used_days_slot = set(), set()
    for p in persona["posts"]:
        if p["when"]:
            local = datetime.strptime(p["when"], "%Y-%m-%d %H:%M").replace(second=rng.randrange(60))
        else:
            days, lo, hi = slots[p["slot"]]
            for _ in range(500):
                if p["f"] is not None:
                    base = int(p["f"] * span) + rng.randint(-12, 12)
                else:
                    base = rng.randrange(span)
                base = max(0, min(span - 8, base))
                d = start + timedelta(days=base)
                while d.weekday() not in days:
                    d += timedelta(days=1)
                if d in trip_days or (d, p["slot"]) in used_days_slot:
                    continue
                if p["place"] and (d, "geo") in used_days_slot:
                    continue
                break
            used_days_slot.add((d, p["slot"]))
            if p["place"]:
                used_days_slot.add((d, "geo"))
            minute = rng.randint(lo, hi)
            local = datetime(d.year, d.month, d.day) + timedelta(minutes=minute, seconds=rng.randrange(60))
        aware = local.replace(tzinfo=tz)
        utc = aware.astimezone(timezone.utc)
        while utc in used_utc:
            utc += timedelta(seconds=7)
            aware = utc.astimezone(tz)
        used_utc.add(utc)
        p["local"] = aware
        p["utc"] = utc
        p["ts"] = int(utc.timestamp())
        ls = set(p["tl"])
        p["coord"] = None
        if p["place"]:
            pl = places[p["place"]]
            p["coord"] = (round(pl["lat"] + rng.uniform(-0.0003, 0.0003), 6),
                          round(pl["lon"] + rng.uniform(-0.0003, 0.0003), 6))
            kind = pl["kind"]
            if kind == "office":
                ls.add("location")
                if p["slot"] == "work":
                    ls.add("routine")
                if pl.get("names_unit"):
                    ls.add("unit")
            elif kind == "routine":
                ls.add("routine")
            elif kind == "home":
                ls.add("home")
        p["labels"] = [x for x in ORDER if x in ls]
    persona["posts"].sort(key=lambda q: q["utc"])


def label_doc(persona, geo_field):
    posts = []
    for p in persona["posts"]:
        if p.get("skip_label"):
            continue
        c = p["coord"]
        g = {"lat": c[0], "lon": c[1]} if c else None
        posts.append({
            "created_at": iso_z(p["utc"]),
            "native_id": p["native_id"],
            "text": p["text"],
            "labels": p["labels"],
            "geo": g if (c and geo_field(p) == "geo") else None,
            "photo_gps": g if (c and geo_field(p) == "photo_gps") else None,
        })
    return {
        "persona": persona["key"],
        "platform": persona["platform"],
        "archive": persona["key"] + ".zip",
        "timezone": persona["tz"],
        "truth": persona["truth"],
        "contacts": persona["contacts"],
        "posts": posts,
    }


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def watchlist(persona):
    w = persona["watch"]
    lines = [f"# What {w['who']}'s security officer knows must not be revealed.",
             f"timezone = {toml_str(persona['tz'])}", "", "[[unit]]",
             f"name = {toml_str(w['unit'])}",
             "aliases = [" + ", ".join(toml_str(a) for a in w["aliases"]) + "]", "",
             "[[role]]", f"name = {toml_str(w['role'])}", "", "[[site]]",
             f"name = {toml_str(w['site'])}",
             f"lat = {persona['truth']['office']['lat']}",
             f"lon = {persona['truth']['office']['lon']}",
             f"radius_m = {w['radius']}", ""]
    return "\n".join(lines)


def snowflake(utc, rng):
    ms = int(utc.timestamp() * 1000) + rng.randrange(1000)
    return str(((ms - 1288834974657) << 22) | rng.getrandbits(22))


# --------------------------------------------------------------------------- k1: Instagram, NZ English

def persona_k1():
    places = {
        "OFF": dict(lat=-37.9416, lon=175.6023, kind="office", name="Kōkako Downs Ammunition Depot"),
        "HOME": dict(lat=-37.8962, lon=175.4678, kind="home", name="home, Kaimara"),
        "GYM": dict(lat=-37.8931, lon=175.4721, kind="routine", name="Ironbark CrossFit Kaimara"),
        "PARK": dict(lat=-37.9054, lon=175.4602, kind="routine", name="Lake Moana parkrun"),
        "QT1": dict(lat=-45.0312, lon=168.6626, kind="trip"),
        "QT2": dict(lat=-44.9423, lon=168.8310, kind="trip"),
        "QT3": dict(lat=-45.0302, lon=168.6612, kind="trip"),
        "QT4": dict(lat=-45.0366, lon=168.6543, kind="trip"),
    }
    slots = {
        "work": (WEEKDAYS, 7 * 60 + 5, 15 * 60 + 20),
        "gym": ((1, 3), 17 * 60 + 50, 18 * 60 + 55),
        "park": ((5,), 8 * 60 + 5, 9 * 60 + 10),
        "eve": (ALL, 18 * 60 + 30, 22 * 60 + 15),
        "wkend": ((5, 6), 10 * 60, 17 * 60 + 30),
        "homeeve": (ALL, 19 * 60, 21 * 60 + 30),
    }
    S = True
    posts = [
        # --- work, text only
        P("eve", "New job new boots. Anti-static ones, apparently my old Blundstones count as a hazard now 😂 first week at Kōkako Downs done and dusted", "unit role", f=0.01),
        P("eve", "Spent the whole day in ECM 7 checking lot numbers against the ledger. Riveting. Nothing moved, which is the entire point", "role", f=0.05),
        P("eve", "Mag inspections in the rain all arvo. Earth-covered magazines are basically hobbit holes full of stuff that goes bang", "role", f=0.09),
        P("eve", "Passed the explosives handler ticket 🎉 officially allowed to sign for things now, god help us", "role", f=0.14),
        P("eve", "Stocktake week at the depot. If one more carton of 5.56 is off by a single round I'm moving to Aussie", "unit role", f=0.19),
        P("eve", "Phone lives in a locker past the search hut all day so if I haven't replied before 3.30 that's why, not ignoring you Mum", "routine", f=0.22),
        P("eve", "Surveillance sampling today, pulled a few rounds of 81mm for the lab to check the propellant is still behaving. More paperwork than actual work", "role", f=0.27),
        P("eve", "Lightning protection tests on every mag this week. Very relaxing job on a hilltop during a Waikato spring", "role", f=0.3),
        P("eve", "Demil day. Watching a pallet of time-expired flares get dealt with properly is weirdly satisfying", "role", f=0.35),
        P("eve", "I've got the EOD backup phone this month so it sleeps on the bedside table like a newborn. Please nobody find anything old in their nana's shed", "role", f=0.4),
        P("eve", "Vetting renewal interview done. Two hours of questions about my flatmates and my overdraft lol", "role", f=0.44),
        P("eve", "PROMOTED. Corporal Te Rangi if you please 🫡 team shout at the pub Friday", "role", f=0.5),
        P("eve", "Audit team down from Wellington all week so everyone is pretending the tea room has always looked like this #KDAD", "unit", f=0.53),
        P("eve", "New NEQ limits on the licence for the top mags finally came through. Nerd joy, you wouldn't understand", "role", f=0.58),
        P("eve", "ECM 12 door seal is cactus. Job logged. See you in three months", "role", f=0.62),
        P("eve", "Convoy up to Waiouru tomorrow, 5am start riding shotgun on the explosives trucks. Pray for the servo coffee", "role", f=0.66),
        P("eve", "Zero discrepancies on the quarterly count 🥹 first time since I started", "role", f=0.7),
        P("eve", "Two-person rule means I now know far too much about Dave's fantasy league", "role", f=0.74),
        P("eve", "KDAD softball team lost 14–2 to the medics. We were robbed, ref was blind", "unit", f=0.79),
        P("eve", "Range clearance at Waiouru with the other ATs. Found an inert 66 that's probably older than me", "role", f=0.84),
        P("eve", "Annual refresher on HD 1.1 storage compatibility. Same slides since about 2009 I reckon", "role", f=0.9),
        # --- at the depot, working hours (photo GPS)
        P("work", "Kōkako Downs main gate at 6.58 on a Monday, frost on every fence post", "unit", "OFF", f=0.08),
        P("work", "Leaving the depot early for once, dentist 🦷", "unit", "OFF", f=0.61),
        P("work", "smoko view", "", "OFF"),
        P("work", "frost, sunrise, paddock. repeat", "", "OFF"),
        P("work", "a magpie just stole half my sandwich", "", "OFF"),
        P("work", "Monday.", "", "OFF"),
        P("work", "the sheep over the fence are judging me", "", "OFF"),
        P("work", "pie from the van, life is good", "", "OFF"),
        P("work", "fog so thick I can't see the fence line", "", "OFF"),
        P("work", "bit of blue sky finally", "", "OFF"),
        P("work", "-3 on the ute dash this morning, brrr", "", "OFF"),
        P("work", "hedgehog snoozing by the car park 🦔", "", "OFF"),
        P("work", "payday lunch in the sun", "", "OFF"),
        # --- CrossFit Tue/Thu after work
        P("gym", "today's WOD absolutely destroyed me", "", "GYM"),
        P("gym", "deadlift PR 120kg 💪", "", "GYM"),
        P("gym", "leg day apparently, send help", "", "GYM"),
        P("gym", "burpees should be illegal", "", "GYM"),
        P("gym", "sweaty selfie, zero regrets", "", "GYM"),
        P("gym", "coach said one more round. coach lied", "", "GYM"),
        P("gym", "box jumps 1, shins 0", "", "GYM"),
        P("gym", "partner WOD with Soph, she carried me", "", "GYM", story=S),
        P("gym", "rowing til I see god", "", "GYM", story=S),
        P("eve", "Tuesdays and Thursdays straight from work to the box, non-negotiable. Sorry to everyone who keeps inviting me to quiz night", "routine", f=0.6),
        # --- Saturday parkrun
        P("park", "parkrun number 23 done ✅", "", "PARK"),
        P("park", "foggy lake loop this morning", "", "PARK"),
        P("park", "NEW PB 24:10!!", "", "PARK"),
        P("park", "tail walker this week, chatted the whole way round", "", "PARK"),
        P("park", "the ducks were out in force at the lake", "", "PARK"),
        P("park", "frosty one, gloves on", "", "PARK"),
        P("park", "50th parkrun shirt incoming 🏃‍♀️", "", "PARK", f=0.95),
        # --- home
        P("homeeve", "new couch day, never leaving", "", "HOME"),
        P("wkend", "Mum's pav recipe, still undefeated", "", "HOME"),
        P("wkend", "garden is finally producing, 4 whole courgettes", "", "HOME"),
        P("homeeve", "puppy's first night home 🐶 meet Kūmara", "", "HOME", f=0.45),
        P("wkend", "rainy Sunday, soup on", "", "HOME"),
        # --- one-off trip, Queenstown
        P("trip", "Queenstown you absolute beauty", "", "QT1", when="2022-04-16 12:40"),
        P("trip", "Arrowtown in autumn, all the gold", "", "QT2", when="2022-04-17 11:05"),
        P("trip", "Fergburger queue was 40 mins and worth every one", "", "QT3", when="2022-04-17 19:20"),
        P("trip", "gondola views, legs still sore from the luge", "", "QT4", when="2022-04-18 15:10"),
        # --- traps
        P("eve", "Binged Slow Horses in two nights. Jackson Lamb is my spirit animal"),
        P("wkend", "Flat hunting: unit 4B has a bath but no heat pump, unit 2 has a heat pump and a neighbour with a drum kit. Decisions", f=0.03),
        P("wkend", "Tongariro Crossing done! base camp was the Mangatepopo car park at 5am lol"),
        P("eve", "My little bro just started nights as a nurse at Waikato Hospital, so proud of him"),
        P("eve", "Flatmate's WFH day means she's on the couch in a blanket 'working' since 8"),
        P("wkend", "Wings Over Wairarapa with Dad, the Spitfire flypast gave me actual chills"),
        P("wkend", "Painting Warhammer minis on a Sunday afternoon, very goblin behaviour"),
        P("eve", "Guy Fawkes and Kūmara is under the bed shaking. Ban private fireworks honestly"),
        P("wkend", "Secret ingredient in Nana's pav is none of your business 🤫"),
        P("wkend", "That new bakery's cheese scones are the bomb"),
        P("eve", "Caught Te Huia from Hamilton station up to Auckland for the gig, the train's actually so good"),
        P("eve", "Line of Duty finale... no spoilers but AC-12 deserved better"),
        P("eve", "Top Gun Maverick twice in one week, no shame"),
        P("eve", "Cousin's been posted to Ōhakea with the air force, Aunty is telling literally everyone"),
        P("eve", "Unit tests? never heard of them. Helped my cousin debug his uni project anyway"),
        P("wkend", "Got Dad a Huey model kit for his birthday, he's building it 'with' the grandkids (alone)"),
        # --- everyday
        P("eve", "ABs by 12, get in"),
        P("eve", "Chippies and dip for dinner, adulting is hard"),
        P("wkend", "Farmers market haul: feijoas, honey, a slightly suspicious jar of kimchi"),
        P("eve", "Who else is watching the Black Ferns tonight??"),
        P("wkend", "Took Kūmara to the dog park, she made eleven friends and ate one stick"),
        P("eve", "Mum finally joined Instagram, brace yourselves"),
        P("wkend", "Op shop find: a perfectly good puffer jacket for $8"),
        P("eve", "Hot water cylinder died. Cold shower era"),
        P("wkend", "Blueberry picking in Ōhaupō, ate more than we picked"),
        P("eve", "Booked flights to Rarotonga for Sophie's wedding next year 🌺"),
        P("wkend", "Sunday roast at Mum's"),
        P("eve", "My sourdough starter is called Bread Pitt and he's thriving"),
        P("eve", "Power cut on the whole street, candles and a pack of cards"),
        P("eve", "Flu jab done, arm like a brick"),
        P("eve", "Spotify wrapped says 90% Six60. Fair"),
        P("wkend", "Raglan beach day, freezing, worth it"),
        P("wkend", "Niece's kapa haka at school, crying in the bleachers"),
        P("eve", "Matariki dinner with the whānau"),
        P("eve", "WOF failed, tyres again. Of course"),
        P("wkend", "New tattoo 🐟 Mum doesn't know yet"),
        P("wkend", "Kindy bake sale, bought 6 lolly cakes for the team"),
        P("eve", "Netball season starts, we are bad and we love it"),
        P("eve", "Finally read The Bone People. Wrecked"),
        P("wkend", "Cambridge café crawl with Mum"),
        P("wkend", "Taupō hot pools, perfect rainy day plan"),
        P("eve", "Second jab done, feeling rough"),
        P("wkend", "Snow on Ruapehu from the Desert Road, stunning", story=S),
        P("wkend", "Pōhutukawa out = Christmas", story=S),
        P("eve", "New year's eve with the girls, see ya 2022", story=S, when="2022-12-31 22:40"),
        P("eve", "Kūmara vs the vacuum, round 12", story=S),
    ]
    contacts = [
        {"handle": "dko.research", "name": "Daniel Ko", "id": "17841452003395512", "suspicious": True},
        {"handle": "mere.terangi", "name": "Mere Te Rangi", "id": "17841400987215530", "suspicious": False},
        {"handle": "soph_lifts", "name": "Sophie Lang", "id": "17841403311870442", "suspicious": False},
    ]
    dms = {
        "dko.research": [
            ("2023-05-09 19:12", "Daniel Ko", "Hi Jess, saw your posts from around the Waikato. I run a small logistics research consultancy, do you work out at Kokako Downs by any chance?"),
            ("2023-05-09 20:40", "Jess Te Rangi", "Hi, who's asking sorry?"),
            ("2023-05-09 20:47", "Daniel Ko", "We do paid interviews with people at storage facilities around NZ. $400 for a 20 min chat about how things run out there - capacity, shifts, how stock gets moved. Very casual"),
            ("2023-05-10 07:02", "Jess Te Rangi", "Nah I don't talk about work, sorry"),
            ("2023-05-11 18:30", "Daniel Ko", "Totally understand. Even a couple of photos of the magazine layout or a stock sheet would help, nothing classified. Paid same day, cash or crypto"),
            ("2023-05-11 18:31", "Daniel Ko", "Easier to chat on Telegram? I'm @dko_research there"),
            ("2023-05-11 21:15", "Jess Te Rangi", "No thanks. Please don't message me again."),
        ],
        "mere.terangi": [
            ("2022-08-20 10:02", "Mere Te Rangi", "Are you coming for lunch Sunday bub? Uncle Rewi is bringing the boil up"),
            ("2022-08-20 10:30", "Jess Te Rangi", "Yes!! I'll bring a pav"),
            ("2022-08-20 10:31", "Mere Te Rangi", "Your nana's one not the shop one 😂"),
            ("2023-11-02 17:55", "Jess Te Rangi", "Home now, sorry phone was in the locker all day"),
        ],
        "soph_lifts": [
            ("2023-02-14 16:50", "Sophie Lang", "box tonight? partner WOD"),
            ("2023-02-14 16:58", "Jess Te Rangi", "ya see you at quarter to"),
            ("2023-07-27 19:20", "Sophie Lang", "your squat form today 🔥"),
        ],
    }
    truth = {
        "unit": ["Kōkako Downs Ammunition Depot", "Kokako Downs Ammunition Depot", "Kōkako Downs", "Kokako Downs", "KDAD"],
        "role": "ammunition technician",
        "office": {"lat": -37.9416, "lon": 175.6023, "name": "Kōkako Downs Ammunition Depot, main gate and admin area"},
        "home": {"lat": -37.8962, "lon": 175.4678},
        "routine_places": [
            {"name": "Ironbark CrossFit Kaimara (Tue/Thu ~18:00)", "lat": -37.8931, "lon": 175.4721},
            {"name": "Lake Moana parkrun (Sat ~08:30)", "lat": -37.9054, "lon": 175.4602},
        ],
    }
    watch = dict(who="Jess Te Rangi", unit="Kōkako Downs Ammunition Depot",
                 aliases=["Kokako Downs Ammunition Depot", "Kōkako Downs", "Kokako Downs", "KDAD"],
                 role="ammunition technician", site="Kōkako Downs Ammunition Depot", radius=600)
    return dict(key="k1-instagram-ammodepot", platform="instagram", tz="Pacific/Auckland",
                start=date(2021, 3, 1), end=date(2024, 1, 31), slots=slots, places=places, posts=posts,
                contacts=contacts, dms=dms, truth=truth, watch=watch,
                who="Jess Te Rangi, ammunition technician at a (fictional) NZ Army ammunition depot, Waikato",
                layout="Instagram 2024 (your_instagram_activity/content/posts_1.json + stories.json, EXIF GPS, DMs)",
                lang="NZ English, Pacific/Auckland")


def build_instagram(persona, rng):
    tz = ZoneInfo(persona["tz"])
    files = {}
    posts_json, stories_json = [], []
    device = "5E1A2C90-7B7D-4F1C-A3A2-" + "%012X" % rng.getrandbits(48)
    for i, p in enumerate(persona["posts"]):
        ig_id = str(17900000000000000 + rng.randrange(10 ** 14))
        p["native_id"] = ig_id
        carousel = (not p.get("story")) and i % 7 == 3
        nmedia = 2 if carousel else 1
        folder = "stories" if p.get("story") else "posts"
        yyyymm = p["local"].strftime("%Y%m")
        media = []
        for m in range(nmedia):
            mid = ig_id if m == 0 else str(int(ig_id) + 17 + m)
            name = "%d_%d_%d_n_%s.jpg" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 14, 10 ** 15),
                                          rng.randrange(10 ** 18, 10 ** 19), mid)
            uri = f"media/{folder}/{yyyymm}/{name}"
            files[uri] = tiny_jpeg(uri)
            taken = p["local"] - timedelta(minutes=rng.randint(1, 25), seconds=rng.randrange(60))
            exif = {}
            if p["coord"]:
                exif = {"latitude": p["coord"][0], "longitude": p["coord"][1],
                        "date_time_original": taken.strftime("%Y:%m:%d %H:%M:%S"),
                        "date_time_digitized": taken.strftime("%Y:%m:%d %H:%M:%S"),
                        "source_type": "camera", "device_id": device, "iso": rng.choice([50, 64, 100, 200, 400]),
                        "focal_length": "4.25", "lens_make": "Apple", "lens_model": "iPhone 12 back dual wide camera 4.2mm f/1.6",
                        "camera_position": "back"}
            elif rng.random() < 0.5:
                exif = {"date_time_original": taken.strftime("%Y:%m:%d %H:%M:%S"), "source_type": "library",
                        "device_id": device, "software": "15.4.1"}
            md = {"photo_metadata": {"exif_data": [exif]}} if exif else {}
            md["camera_metadata"] = {"has_camera_metadata": bool(exif)}
            item = {"uri": uri, "creation_timestamp": p["ts"], "media_metadata": md,
                    "title": "" if carousel else p["text"], "cross_post_source": {"source_app": "FB"}}
            if p.get("story"):
                item["backup_uri"] = ""
            media.append(item)
        if p.get("story"):
            stories_json.append(media[0])
        elif carousel:
            posts_json.append({"media": media, "title": p["text"], "creation_timestamp": p["ts"]})
        else:
            posts_json.append({"media": media})
    posts_json.reverse()  # newest first, as exported
    stories_json.reverse()
    files["your_instagram_activity/content/posts_1.json"] = meta_json(posts_json)
    files["your_instagram_activity/content/stories.json"] = meta_json({"ig_stories": stories_json})
    files["media/profile/202103/profile_pic.jpg"] = tiny_jpeg("profile")

    def smd(v, ts=0):
        return {"href": "", "value": v, "timestamp": ts}
    files["personal_information/personal_information/personal_information.json"] = meta_json({"profile_user": [{
        "title": "", "media_map_data": {"Profile Photo": {"uri": "media/profile/202103/profile_pic.jpg",
                                                           "creation_timestamp": 1614733200, "title": ""}},
        "string_map_data": {"Email": smd("jess.terangi96@example.co.nz"), "Phone Confirmed": smd("False"),
                            "Username": smd("jess.terangi"), "Name": smd("Jess Te Rangi"),
                            "Bio": smd("Waikato 🌿 lifting heavy things, running slowly | dog mum to Kūmara 🐕"),
                            "Gender": smd("female"), "Date of birth": smd("1996-07-14"),
                            "Website": smd(""), "Private Account": smd("True")}}]})
    files["personal_information/information_about_you/account_based_in.json"] = meta_json({
        "inferred_data_primary_location": [{"media_map_data": {}, "string_map_data": {
            "City Name": {"href": "", "value": "Kaimara, Waikato, New Zealand", "timestamp": 0}}}]})
    me = "Jess Te Rangi"
    for c in persona["contacts"]:
        msgs = []
        for when, sender, text in persona["dms"][c["handle"]]:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=rng.randrange(60), tzinfo=tz)
            msgs.append({"sender_name": sender, "timestamp_ms": int(dt.timestamp() * 1000) + rng.randrange(1000),
                         "content": text, "is_geoblocked_for_viewer": False})
        msgs.reverse()
        slug = re.sub(r"[^a-z0-9]", "", c["handle"].lower()) + "_" + c["id"][-10:]
        files[f"your_instagram_activity/messages/inbox/{slug}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": me}], "messages": msgs, "title": c["name"],
            "is_still_participant": True, "thread_path": f"inbox/{slug}", "magic_words": []})
    return files


# --------------------------------------------------------------------------- k2: X (2020-22 tweet.js), Simplified Chinese

def persona_k2():
    places = {
        "OFF": dict(lat=38.8127, lon=100.1942, kind="office", name="青砾滩无人机飞行试验站 外场/机库区"),
        "HOME": dict(lat=38.9320, lon=100.4511, kind="home", name="砾城 家"),
        "BUS": dict(lat=38.9288, lon=100.4563, kind="routine", name="砾城 班车点"),
        "COURT": dict(lat=38.9351, lon=100.4420, kind="routine", name="砾城 全民健身中心羽毛球馆"),
        "CD1": dict(lat=30.6586, lon=104.0648, kind="trip"),
        "CD2": dict(lat=30.6710, lon=104.0430, kind="trip"),
        "CD3": dict(lat=30.7331, lon=104.1447, kind="trip"),
        "CD4": dict(lat=30.6543, lon=104.0805, kind="trip"),
    }
    slots = {
        "work": (WEEKDAYS, 8 * 60 + 40, 17 * 60 + 20),
        "bus": (WEEKDAYS, 7 * 60 + 4, 7 * 60 + 27),
        "court": ((1, 4), 20 * 60 + 5, 21 * 60 + 25),
        "eve": (ALL, 19 * 60, 23 * 60 + 30),
        "wkend": ((5, 6), 9 * 60 + 30, 18 * 60),
        "homeeve": (ALL, 19 * 60, 22 * 60 + 30),
    }
    posts = [
        # --- work text
        P("eve", "报到第一天，青砾滩无人机飞行试验站，风沙比想象中大太多了", "unit", f=0.0),
        P("eve", "站里食堂的拉条子是真的香，一个月胖了四斤", "unit", f=0.04),
        P("eve", "今天三个架次，内控坐了一整天，眼睛快瞎了", "role", f=0.08),
        P("eve", "链路中断的应急程序又练了一遍，手心全是汗", "role", f=0.12),
        P("eve", "航前准备会开到十点，气象说下午有沙尘，全部推迟，白准备", "role", f=0.16),
        P("eve", "进站要过北门两道岗，手机一律存柜子，白天找不到我很正常", "unit location routine", f=0.2),
        P("eve", "砾城到站里班车要一个小时，每天七点一刻准时发车，比闹钟还准", "unit location routine", f=0.23),
        P("eve", "终于拿到超视距驾驶员执照了！机长等级🎉 请全组喝奶茶", "role", f=0.27),
        P("eve", "#青试站 新来的几个小伙子，第一次看起降全都张着嘴", "unit", f=0.31),
        P("eve", "夜航值班，凌晨两点还盯着地面站的遥测数据，困成狗", "role", f=0.35),
        P("eve", "政审材料又交了一遍，连我姥姥以前的工作单位都要写清楚", "role", f=0.39),
        P("eve", "外控手今天请病假，起降和任务段我一个人顶，累瘫", "role", f=0.43),
        P("eve", "侧风太大，复飞了两次才落下来，落地那一下全组都鼓掌了", "role", f=0.47),
        P("eve", "青试站年终总结会，领导说明年任务量翻一倍，大家笑不出来", "unit", f=0.5),
        P("eve", "机务兄弟们连夜换了发动机，早上七点试车一次成功，敬他们", "role", f=0.54),
        P("eve", "今天带新人放单飞，比我自己飞还紧张", "role", f=0.6),
        P("eve", "航线规划改到第六版，终于过审了", "role", f=0.64),
        P("eve", "评上了站里的优秀飞控手，奖金够换个新手机", "unit role", f=0.7),
        P("eve", "今年一共飞了412个架次，全站第二，明年冲第一", "unit role", f=0.76),
        P("eve", "高原夜训，零下十五度，手指都快按不动摇杆了", "role", f=0.82),
        P("eve", "任务保密不能多说，反正这周都回不了家", "role", f=0.88),
        # --- at the station in working hours (geotagged)
        P("work", "跑道东头那排机库今天刷了新漆，远看还挺好看", "location", "OFF", f=0.45),
        P("work", "今天风好大", "", "OFF"),
        P("work", "又是沙尘天，嘴里全是沙子", "", "OFF"),
        P("work", "午饭后晒会儿太阳", "", "OFF"),
        P("work", "天蓝得不像话", "", "OFF"),
        P("work", "周一综合症", "", "OFF"),
        P("work", "中午睡不着，刷会儿手机", "", "OFF"),
        P("work", "今天的云像棉花糖", "", "OFF"),
        P("work", "西北风呼呼的，帽子差点吹跑", "", "OFF"),
        P("work", "下午茶：一个苹果", "", "OFF"),
        # --- shuttle bus stop, weekday mornings
        P("bus", "班车又晚了五分钟", "", "BUS"),
        P("bus", "零下十度等车，脚冻麻了", "", "BUS"),
        P("bus", "天还没亮", "", "BUS"),
        P("bus", "路灯下等车，今天第一个到", "", "BUS"),
        P("bus", "带了豆浆油条，美滋滋", "", "BUS"),
        P("bus", "冬天的早上真难熬", "", "BUS"),
        P("bus", "早上的月亮还挂着", "", "BUS"),
        # --- badminton, Tue and Fri evenings
        P("court", "今晚羽毛球打了三局，腿软", "", "COURT"),
        P("court", "杀球手感回来了", "", "COURT"),
        P("court", "和老周双打赢了两局", "", "COURT"),
        P("court", "球拍线又断了", "", "COURT"),
        P("court", "汗湿透了，爽", "", "COURT"),
        P("court", "新买的球鞋，抓地力不错", "", "COURT"),
        P("court", "今晚人太多，等了半小时场地", "", "COURT"),
        P("eve", "每周二和周五晚上八点打球，雷打不动，谁约都不好使", "routine", f=0.55),
        # --- home
        P("homeeve", "新买的电饭锅，第一锅米饭成功", "", "HOME"),
        P("homeeve", "自己做的大盘鸡，给自己点赞", "", "HOME"),
        P("wkend", "窗外下雪了", "", "HOME"),
        P("homeeve", "猫主子今天又把杯子推下桌", "", "HOME"),
        # --- one-off trip, Chengdu
        P("trip", "成都火锅走起！", "", "CD1", when="2020-10-03 19:10"),
        P("trip", "宽窄巷子人山人海", "", "CD2", when="2020-10-04 11:30"),
        P("trip", "大熊猫基地终于看到花花了😭", "", "CD3", when="2020-10-05 09:50"),
        P("trip", "春熙路夜景，明天回去上班了", "", "CD4", when="2020-10-05 21:15"),
        # --- traps
        P("wkend", "所以说周末还是要睡到自然醒"),
        P("eve", "所有的快递都卡在兰州了，急死"),
        P("wkend", "研究了一下午怎么做凉皮，失败"),
        P("eve", "《潜伏》重温第三遍，余则成太帅了"),
        P("eve", "我姐在兰州一家研究所做财务，今天升职了，替她高兴"),
        P("eve", "B站刷了一晚上航模视频"),
        P("wkend", "火车站人真多，春运开始了"),
        P("wkend", "楼下新开了个眼镜中心，配了副新眼镜"),
        P("eve", "妈妈住院了，在县医院，还好是小手术"),
        P("eve", "惊喜先保密，等她生日那天再说"),
        P("eve", "看了《壮志凌云：独行侠》，空战戏太燃了"),
        P("wkend", "给侄子买了个遥控飞机，他玩了五分钟就摔了"),
        P("eve", "淘宝说仓库已发货，三天了还在仓库"),
        P("eve", "网站又崩了，抢不到回家的票"),
        P("wkend", "站队站了半小时才买到奶茶"),
        P("eve", "看珠海航展直播，歼20编队太帅了"),
        P("eve", "周末在家玩《战争雷霆》到半夜"),
        P("eve", "RT @cctvnews: 今晚有流星雨，记得抬头看看", rt="cctvnews"),
        P("eve", "RT @lanzhou_eat: 兰州牛肉面的正确吃法，你吃对了吗", rt="lanzhou_eat"),
        # --- everyday
        P("wkend", "今天吃了羊肉泡馍"),
        P("eve", "今晚的月亮好圆"),
        P("wkend", "去菜市场买了一大袋土豆，够吃一个月"),
        P("eve", "楼上装修，电钻声从早到晚"),
        P("wkend", "剪了个头，被理发师剪成了寸头"),
        P("eve", "给猫买的新猫爬架，它只爱纸箱"),
        P("eve", "追完了《山海情》，哭得稀里哗啦"),
        P("wkend", "骑车去湿地公园，芦苇都黄了"),
        P("eve", "今天是我生日，谢谢大家的祝福"),
        P("eve", "快递小哥把我的包裹送到了隔壁小区"),
        P("wkend", "第一次自己蒸馒头，硬得能砸核桃"),
        P("wkend", "回家过年咯"),
        P("eve", "手机屏幕碎了，心也碎了"),
        P("eve", "新年快乐！"),
        P("eve", "读完了《三体》第二部，睡不着"),
        P("eve", "减肥第一天，晚饭只吃了一个苹果"),
        P("eve", "买了新耳机，降噪真香"),
        P("wkend", "老家的枣熟了"),
        P("eve", "疫苗第二针打完了"),
        P("eve", "健康码突然变黄了，吓死，原来是系统bug"),
        P("eve", "和发小视频聊了俩小时"),
        P("eve", "天冷了，秋裤穿上"),
        P("wkend", "周末大扫除，找到了高中的同学录"),
        P("wkend", "第一次包饺子，形状一言难尽"),
        P("eve", "熬夜看湖人，输了"),
        P("eve", "西红柿炒鸡蛋，永远的神"),
        P("eve", "又胖了三斤，减肥失败"),
        P("wkend", "去河边散步，看到一群野鸭"),
    ]
    contacts = [
        {"handle": "hr_lijing_consult", "name": "李经理-航空调研", "id": "1402231155208830976", "suspicious": True},
        {"handle": "chen_mama66", "name": "妈妈", "id": "982331450", "suspicious": False},
        {"handle": "zhou_yumaoqiu", "name": "老周", "id": "1188240017", "suspicious": False},
    ]
    dms = {
        "hr_lijing_consult": [
            ("2021-06-08 20:15", "them", "你好，看你经常发西北的照片，是在青砾滩那边工作吗？"),
            ("2021-06-08 20:16", "them", "我们公司在做航空爱好者调研，有偿的，聊一次2000元"),
            ("2021-06-08 22:40", "me", "你好，不好意思，工作的事不方便聊"),
            ("2021-06-09 09:05", "them", "理解理解，不用说敏感的，拍几张机库或者飞机的照片就行，不要求清楚"),
            ("2021-06-09 09:06", "them", "加个微信聊？或者Telegram也行，这里不方便"),
            ("2021-06-09 21:30", "me", "不需要，别再联系我了，已经举报"),
        ],
        "chen_mama66": [
            ("2020-01-15 19:40", "them", "什么时候放假回家？给你留了腊肉"),
            ("2020-01-15 21:02", "me", "二十六号的车，到了给你打电话"),
            ("2021-11-20 20:11", "them", "天冷多穿点，别光顾着打球"),
        ],
        "zhou_yumaoqiu": [
            ("2021-03-12 18:30", "them", "今晚老地方？"),
            ("2021-03-12 18:45", "me", "走起，我带球"),
            ("2021-09-03 19:50", "them", "场地订好了，三号场"),
        ],
    }
    truth = {
        "unit": ["青砾滩无人机飞行试验站", "青砾滩试验站", "青试站"],
        "role": "无人机飞控手",
        "office": {"lat": 38.8127, "lon": 100.1942, "name": "青砾滩无人机飞行试验站 外场机库区"},
        "home": {"lat": 38.9320, "lon": 100.4511},
        "routine_places": [
            {"name": "砾城班车点 (工作日 07:05-07:30)", "lat": 38.9288, "lon": 100.4563},
            {"name": "砾城羽毛球馆 (周二、周五 20:00-21:30)", "lat": 38.9351, "lon": 100.4420},
        ],
    }
    watch = dict(who="陈屿", unit="青砾滩无人机飞行试验站", aliases=["青砾滩试验站", "青试站"],
                 role="无人机飞控手", site="青砾滩无人机飞行试验站", radius=800)
    return dict(key="k2-x-uavstation", platform="x", tz="Asia/Shanghai",
                start=date(2019, 7, 1), end=date(2022, 1, 20), slots=slots, places=places, posts=posts,
                contacts=contacts, dms=dms, truth=truth, watch=watch,
                who="陈屿, UAV flight operator (内控手) at a fictional flight test station in the north-west",
                layout="X 2020–22 (data/tweet.js, window.YTD.tweet.part0, {\"tweet\":…} wrapper, geo/coordinates, account-timezone.js, DMs)",
                lang="Simplified Chinese, Asia/Shanghai (account timeZone \"Beijing\")")


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tw_date(utc):
    return "%s %s %02d %02d:%02d:%02d +0000 %d" % (DAYS[utc.weekday()], MONTHS[utc.month - 1], utc.day,
                                                   utc.hour, utc.minute, utc.second, utc.year)


def js_array(prefix, items):
    body = ", ".join(json.dumps(x, ensure_ascii=False, indent=2, separators=(",", " : ")) for x in items)
    return f"{prefix} = [ {body} ]" if items else f"{prefix} = [ ]"


def b62(rng, n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(rng.choice(a[:62]) for _ in range(n))


def build_x(persona, rng):
    account_id = "1087245513"
    handle = "xiaoyu_0921"
    files = {}
    tweets = []
    nmedia = 0
    for i, p in enumerate(persona["posts"]):
        tid = snowflake(p["utc"], rng)
        p["native_id"] = tid
        text = p["text"]
        hashtags = []
        for m in re.finditer(r"#(\w+)", text):
            hashtags.append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
        mentions = []
        if p.get("rt"):
            mentions.append({"name": p["rt"], "screen_name": p["rt"], "indices": ["3", str(4 + len(p["rt"]))],
                             "id_str": str(10 ** 8 + rng.randrange(10 ** 9)), "id": "0"})
            mentions[0]["id"] = mentions[0]["id_str"]
        full = html.escape(text, quote=False)
        t = {"retweeted": False,
             "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
             "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": []},
             "display_text_range": ["0", str(len(text))],
             "favorite_count": str(rng.randrange(0, 9)), "id_str": tid, "truncated": False,
             "retweet_count": "0", "id": tid, "created_at": tw_date(p["utc"]), "favorited": False,
             "full_text": full, "lang": "zh"}
        has_media = bool(p["place"]) or (i % 5 == 2 and not p.get("rt"))
        if has_media:
            mid = snowflake(p["utc"] - timedelta(seconds=3), rng)
            base = b62(rng, 15)
            short = "https://t.co/" + b62(rng, 10)
            m = {"expanded_url": f"https://twitter.com/{handle}/status/{tid}/photo/1",
                 "indices": [str(len(text) + 1), str(len(text) + 24)], "url": short,
                 "media_url": f"http://pbs.twimg.com/media/{base}.jpg",
                 "id_str": mid, "id": mid, "media_url_https": f"https://pbs.twimg.com/media/{base}.jpg",
                 "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                           "large": {"w": "1440", "h": "1080", "resize": "fit"}},
                 "type": "photo", "display_url": "pic.twitter.com/" + b62(rng, 10)}
            t["entities"]["media"] = [m]
            t["extended_entities"] = {"media": [dict(m)]}
            t["full_text"] = full + " " + short
            t["possibly_sensitive"] = False
            files[f"data/tweet_media/{tid}-{base}.jpg"] = tiny_jpeg(tid)
            nmedia += 1
        if p["coord"]:
            lat, lon = p["coord"]
            t["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
            t["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
        tweets.append({"tweet": t})
    tweets.reverse()
    files["data/tweet.js"] = js_array("window.YTD.tweet.part0", tweets)
    files["data/account.js"] = js_array("window.YTD.account.part0", [{"account": {
        "email": "chenyu0921@example.cn", "createdVia": "android", "username": handle, "accountId": account_id,
        "createdAt": "2013-01-21T12:44:02.000Z", "accountDisplayName": "屿仔"}}])
    files["data/account-timezone.js"] = js_array("window.YTD.account_timezone.part0", [{"accountTimezone": {
        "accountId": account_id, "timeZone": "Beijing"}}])
    files["data/profile.js"] = js_array("window.YTD.profile.part0", [{"profile": {
        "description": {"bio": "西北风里长大的南方人 | 羽毛球 | 猫", "website": "", "location": "甘肃"},
        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1188/avatar.jpg"}}])
    convs = []
    for c in persona["contacts"]:
        a, b = sorted([account_id, c["id"]], key=int)
        msgs = []
        for when, who, text in persona["dms"][c["handle"]]:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=rng.randrange(60), tzinfo=ZoneInfo(persona["tz"]))
            utc = dt.astimezone(timezone.utc)
            sender, recip = (c["id"], account_id) if who == "them" else (account_id, c["id"])
            msgs.append({"messageCreate": {"recipientId": recip, "reactions": [], "urls": [], "text": text,
                                           "mediaUrls": [], "senderId": sender, "id": snowflake(utc, rng),
                                           "createdAt": utc.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randrange(1000)}})
        msgs.reverse()
        convs.append({"dmConversation": {"conversationId": f"{a}-{b}", "messages": msgs}})
    files["data/direct-messages.js"] = js_array("window.YTD.direct_messages.part0", convs)
    files["data/direct-messages-group.js"] = js_array("window.YTD.direct_messages_group.part0", [])
    manifest = {"userInfo": {"accountId": account_id, "userName": handle, "displayName": "屿仔"},
                "archiveInfo": {"sizeBytes": "1843022", "generationDate": "2022-01-25T03:12:40.118Z",
                                "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
                "dataTypes": {
                    "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
                    "accountTimezone": {"files": [{"fileName": "data/account-timezone.js", "globalName": "YTD.account_timezone.part0", "count": "1"}]},
                    "directMessages": {"mediaDirectory": "data/direct_messages_media",
                                       "files": [{"fileName": "data/direct-messages.js", "globalName": "YTD.direct_messages.part0", "count": str(len(convs))}]},
                    "directMessagesGroup": {"mediaDirectory": "data/direct_messages_group_media",
                                            "files": [{"fileName": "data/direct-messages-group.js", "globalName": "YTD.direct_messages_group.part0", "count": "0"}]},
                    "profile": {"mediaDirectory": "data/profile_media",
                                "files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
                    "tweet": {"mediaDirectory": "data/tweet_media",
                              "files": [{"fileName": "data/tweet.js", "globalName": "YTD.tweet.part0", "count": str(len(tweets))}]}}}
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + json.dumps(manifest, ensure_ascii=False, indent=2, separators=(",", " : "))
    files["data/README.txt"] = "Twitter archive (fictional test data).\n"
    files["Your archive.html"] = "<html><body>Your archive</body></html>\n"
    return files


# --------------------------------------------------------------------------- k3: Facebook (pre-2022 layout), Taglish

def persona_k3():
    places = {
        "OFF": dict(lat=11.0152, lon=124.0071, kind="office", name="Coast Guard Station Sinagtala", names_unit=True),
        "PIER": dict(lat=11.0149, lon=124.0079, kind="office", name="Station pier (photo only)"),
        "HOME": dict(lat=11.0431, lon=124.0205, kind="home", name="Bautista residence"),
        "CHURCH": dict(lat=11.0389, lon=124.0156, kind="routine", name="San Roque Parish Church - Sinagtala"),
        "COURT": dict(lat=11.0415, lon=124.0122, kind="routine", name="Brgy. Poblacion Covered Court"),
        "BG1": dict(lat=16.4023, lon=120.5960, kind="trip", name="Burnham Park"),
        "BG2": dict(lat=16.4472, lon=120.5870, kind="trip", name="La Trinidad Strawberry Farm"),
        "BG3": dict(lat=16.4125, lon=120.5986, kind="trip", name="Session Road"),
        "BG4": dict(lat=16.4131, lon=120.6264, kind="trip", name="Mines View Park"),
    }
    slots = {
        "work": (WEEKDAYS, 7 * 60 + 40, 16 * 60 + 50),
        "church": ((6,), 7 * 60 + 5, 8 * 60 + 20),
        "court": ((2,), 17 * 60 + 35, 18 * 60 + 55),
        "eve": (ALL, 19 * 60, 22 * 60 + 30),
        "wkend": ((5, 6), 9 * 60 + 30, 17 * 60 + 30),
        "homeeve": (ALL, 18 * 60 + 30, 21 * 60 + 45),
    }
    C, PH = "checkin", "photo"
    posts = [
        # --- work text
        P("eve", "First day ng duty sa CGS Sinagtala! Kinakabahan pero excited 🙏⚓", "unit", f=0.0),
        P("eve", "Grabe ang alon kanina sa seaborne patrol, buti na lang walang sumuka sa boarding team 😂", "role", f=0.04),
        P("eve", "PDI ng tatlong RoRo kaninang umaga, kulang ang life jackets sa isa. No sail muna kayo boss, sorry not sorry", "role", f=0.08),
        P("eve", "PASSED my coxswain qualification!!! Salamat Lord, salamat sa mga seniors ko na nagtiis sa akin", "role", f=0.13),
        P("eve", "Bagong sched: 8 to 5 sa station Monday to Friday, plus 24-hour duty every fourth day. Basta Wednesday ng gabi, basketball pa rin 😂", "unit role routine", f=0.17),
        P("eve", "SAR kagabi, isang pumpboat nawalan ng makina off the point. All 6 pax safe. Pagod pero happy", "role", f=0.21),
        P("wkend", "Station Sinagtala family day! Ang saya ng mga bata sa RHIB ride", "unit", f=0.25),
        P("eve", "Manifest check: 212 pax declared, 230 actual. Ayan na naman tayo", "role", f=0.29),
        P("eve", "No sail policy dahil Signal No. 2, so nakatambay lang kami sa station buong araw, standby for SAR", "unit role", f=0.33),
        P("eve", "Tapos na finally ang engine overhaul. RHIB 03 is back baby 🚤", "role", f=0.37),
        P("eve", "Oil spill drill with the LGU, naka-Tyvek sa tanghaling tapat. Sauna ang peg", "role", f=0.41),
        P("eve", "Naipasa ko na yung security clearance papers, sana mabilis ang background check", "role", f=0.45),
        P("eve", "Promoted na ako to PO3! Libre ko kayo ng lechon sa Sabado mga pre", "role", f=0.5),
        P("eve", "#CGSSinagtala represent sa district boat handling competition, 2nd place! Next year kami na", "unit role", f=0.55),
        P("eve", "Night patrol sa channel, ang ganda ng buwan pero bawal mag-emote, may contact sa radar na walang AIS", "role", f=0.6),
        P("eve", "Yung gate ng station, katabi ng fish port, yung may blue na arko — doon po i-drop ang donations for the typhoon victims. Salamat!", "unit location", f=0.64),
        P("eve", "Boarding team training buong linggo, sakit ng buong katawan ko", "role", f=0.7),
        P("eve", "Relief goods loading sa pier buong araw after Ursula. Salamat sa mga volunteers 🙏", "role", f=0.74),
        P("eve", "Tatlong taon na ako sa Sinagtala station. Dami nang napagdaanan, dami pang darating", "unit", f=0.85),
        P("eve", "24-hour duty ulit bukas, see you sa Friday mga mare at pare", "routine", f=0.92),
        # --- at the station in working hours: check-ins and pier photos
        P("work", "Duty mode ☕", "", "OFF", fb=C, f=0.02),
        P("work", "Sunrise sa pier ☀️", "", "PIER", fb=PH),
        P("work", "Ang init today", "", "OFF", fb=C),
        P("work", "Lunch: adobo ulit", "", "PIER", fb=PH),
        P("work", "Rainy Monday", "", "PIER", fb=PH),
        P("work", "Payday! 🙌", "", "OFF", fb=C),
        P("work", "Ang kalmado ng dagat ngayon", "", "PIER", fb=PH),
        P("work", "Merienda time, turon ni Ate Baby", "", "PIER", fb=PH),
        P("work", "Tahimik na umaga", "", "PIER", fb=PH),
        P("work", "Friday na!!", "", "PIER", fb=PH),
        P("work", "Si Bantay kumain na naman ng tsinelas", "", "PIER", fb=PH),
        # --- Sunday mass
        P("church", "Sunday mass with Nanay 🙏", "", "CHURCH", fb=C),
        P("church", "Blessed Sunday everyone", "", "CHURCH", fb=C),
        P("church", "Misa muna bago lahat", "", "CHURCH", fb=PH),
        P("church", "Thank you Lord for another week", "", "CHURCH", fb=C),
        P("church", "Family Sunday, pandesal after", "", "CHURCH", fb=PH),
        P("church", "Palm Sunday 🌿", "", "CHURCH", fb=C),
        P("church", "Early mass, ang ganda ng choir today", "", "CHURCH", fb=C),
        # --- Wednesday basketball
        P("court", "Wednesday liga!", "", "COURT", fb=C),
        P("court", "Panalo kami 78-70 🏀", "", "COURT", fb=PH),
        P("court", "Natapilok ako 😭", "", "COURT", fb=C),
        P("court", "Bagong sapatos, bagong laro", "", "COURT", fb=PH),
        P("court", "Pawis na pawis", "", "COURT", fb=C),
        P("court", "Talo today, bawi next week", "", "COURT", fb=C),
        P("court", "Shooting practice muna bago game", "", "COURT", fb=PH),
        # --- home
        P("homeeve", "Bagong electric fan haha, sosyal", "", "HOME", fb=PH),
        P("homeeve", "Luto ni misis: sinigang na baboy 😋", "", "HOME", fb=PH),
        P("wkend", "Happy 5th birthday bunso!", "", "HOME", fb=PH),
        P("homeeve", "Ulan buong gabi, tulog na lahat", "", "HOME", fb=PH),
        # --- one-off trip, Baguio
        P("trip", "Baguio finally! Ang lamig 🥶", "", "BG1", fb=C, when="2019-02-15 14:20"),
        P("trip", "Strawberry farm, ubos pera ko sa ube jam", "", "BG2", fb=C, when="2019-02-16 10:05"),
        P("trip", "Session Road night walk", "", "BG3", fb=PH, when="2019-02-16 20:40"),
        P("trip", "Mines View, last day na 😢", "", "BG4", fb=C, when="2019-02-17 09:30"),
        # --- traps
        P("eve", "Nanood ulit ng Bourne Identity, classic pa rin"),
        P("eve", "Si Tita nurse sa Cebu Doctors, night shift ngayong pandemic. Ingat po Tita 🙏"),
        P("eve", "WFH si misis ngayong lockdown, ako ang bahala sa mga bata pag-uwi"),
        P("wkend", "Grabe ang pila sa Cebu South Bus Terminal, parang buong Visayas uuwi"),
        P("eve", "Secret lang natin 'to: dalawang halo-halo ang inubos ko"),
        P("eve", "Yung pinsan ko sa Navy naka-deploy daw sa West Philippine Sea. Ingat insan!"),
        P("wkend", "Gumawa kami ng model kit ng barko ng Navy ni panganay, mas magaling pa siya sa akin"),
        P("wkend", "Condo unit ng kapatid ko sa Mandaue, ang liit pero ang ganda ng view"),
        P("eve", "Watched Captain Phillips, hindi ako makahinga sa kaba"),
        P("wkend", "Nakita namin yung flyby sa Independence Day parade sa TV, ang astig ng mga eroplano"),
        P("eve", "Ang lakas ng signal ng WiFi sa bagong bahay, finally"),
        P("eve", "Base camp daw sa Osmeña Peak, e parking lang naman yun 😂"),
        P("eve", "Yung kumpare ko sa BFP nag-training sa Manila, proud of you pare"),
        # --- everyday
        P("eve", "Happy birthday Nanay! Love you po"),
        P("wkend", "Sakay ng habal-habal papuntang falls, worth it ang pagod"),
        P("eve", "Brownout na naman, tara kwentuhan sa labas"),
        P("eve", "Grabe ang traffic sa Mandaue, 2 hours para sa 10 km"),
        P("wkend", "Nag-ukay ako, ang ganda ng nahanap kong jacket"),
        P("eve", "Kain muna bago ang lahat, tinola ni Nanay"),
        P("eve", "Sino gising pa? Di ako makatulog"),
        P("wkend", "Swimming kasama mga bata, sunburn ang uwi"),
        P("eve", "Anniversary namin ni Liza, 6 years na 💕"),
        P("wkend", "Bagong aso! Welcome sa pamilya, Tisoy"),
        P("eve", "Ang sarap ng mangga ngayong season"),
        P("eve", "Nakakamiss ang Ormoc, uwi tayo soon"),
        P("wkend", "Karaoke night, 98 sa My Way, wag kayong mag-alala"),
        P("wkend", "Pacquiao fight day! Laban!"),
        P("wkend", "Lechon para sa fiesta, diet bukas na lang"),
        P("eve", "Ang init ng panahon, para kang nasa oven"),
        P("eve", "Christmas party ng barkada, ako ang Santa"),
        P("eve", "Bagong cellphone, finally naka-upgrade"),
        P("eve", "Balut sa hatinggabi, walang tatalo"),
        P("eve", "Baha na naman sa kanto"),
        P("wkend", "Sinulog vibes! Pit Senyor!"),
        P("eve", "ECQ day 12, nagbake ako ng banana bread like everyone else"),
        P("eve", "Enrolled na si panganay sa Grade 1 😭"),
        P("eve", "Thank you sa lahat ng bumati!"),
        P("eve", "Isaw at barbecue, kain tayo"),
        P("eve", "Netflix recs please, ubos na ang K-drama"),
        P("eve", "Gilas won! Puso!"),
        P("wkend", "Bagong gupit, fresh"),
        P("wkend", "Fiesta sa barangay, ang daming bisita"),
        P("wkend", "Sunset sa Bantayan, wala akong masabi"),
    ]
    contacts = [
        {"handle": "kevin.lim.maritime", "name": "Kevin Lim", "id": None, "suspicious": True},
        {"handle": "lorna.bautista", "name": "Lorna Bautista", "id": None, "suspicious": False},
        {"handle": "dodong.sarmiento", "name": "Dodong Sarmiento", "id": None, "suspicious": False},
    ]
    me = "Jomar Bautista"
    dms = {
        "kevin.lim.maritime": [
            ("2020-08-04 20:10", "Kevin Lim", "Hi sir Jomar! I'm Kevin, consultant for a small shipping company. Nakita ko posts niyo sa CGS Sinagtala 👍"),
            ("2020-08-04 20:12", "Kevin Lim", "Pwede po ba malaman yung patrol schedule niyo sa channel? Para lang ma-plan ng vessels namin yung byahe"),
            ("2020-08-04 21:30", me, "Sorry sir, hindi ko po pwede ibigay yan. Pwede kayo dumaan sa official channels ng station"),
            ("2020-08-05 08:02", "Kevin Lim", "Walang problema sir, may token of appreciation kami, 10k via GCash. Kahit copy lang ng duty roster"),
            ("2020-08-05 08:03", "Kevin Lim", "Lipat tayo sa Telegram sir, mas private doon"),
            ("2020-08-05 12:15", me, "Hindi po. Ire-report ko na po ito. Wag na po kayo mag-message."),
        ],
        "lorna.bautista": [
            ("2019-06-09 06:15", "Lorna Bautista", "Anak sabay tayo sa misa mamaya ha, 7 sa San Roque"),
            ("2019-06-09 06:20", me, "Opo Nay, sunduin ko kayo"),
            ("2020-12-20 19:40", "Lorna Bautista", "Uuwi ba kayo sa Pasko? Magluluto ako ng hamon"),
        ],
        "dodong.sarmiento": [
            ("2019-09-18 16:40", "Dodong Sarmiento", "Pre laro mamaya? kulang kami ng isa"),
            ("2019-09-18 16:52", me, "G pre, after shift diretso ako"),
            ("2020-02-26 20:15", "Dodong Sarmiento", "Nice game pre, libre mo next time 😂"),
        ],
    }
    truth = {
        "unit": ["Coast Guard Station Sinagtala", "CGS Sinagtala", "Station Sinagtala", "Sinagtala station", "CGSSinagtala"],
        "role": "coast guard boat coxswain",
        "office": {"lat": 11.0152, "lon": 124.0071, "name": "Coast Guard Station Sinagtala (station building and pier)"},
        "home": {"lat": 11.0431, "lon": 124.0205},
        "routine_places": [
            {"name": "San Roque Parish Church (Sun ~07:30)", "lat": 11.0389, "lon": 124.0156},
            {"name": "Brgy. Poblacion Covered Court (Wed ~18:00)", "lat": 11.0415, "lon": 124.0122},
        ],
    }
    watch = dict(who="Jomar Bautista", unit="Coast Guard Station Sinagtala",
                 aliases=["CGS Sinagtala", "Station Sinagtala", "Sinagtala station", "CGSSinagtala"],
                 role="boat coxswain (coast guard boat crew)", site="Coast Guard Station Sinagtala", radius=300)
    return dict(key="k3-facebook-coastguard", platform="facebook", tz="Asia/Manila",
                start=date(2018, 4, 2), end=date(2021, 1, 25), slots=slots, places=places, posts=posts,
                contacts=contacts, dms=dms, truth=truth, watch=watch,
                who="Jomar Bautista, boat crew / coxswain at a fictional coast guard station in the Visayas",
                layout="Facebook pre-2022 (posts/your_posts_1.json with place check-ins and photo exif_data, profile_information, messages/inbox)",
                lang="Taglish (English + Tagalog), Asia/Manila")


def build_facebook(persona, rng):
    me = "Jomar Bautista"
    files = {}
    out = []
    album = "TimelinePhotos_9d3kQ2fZ1a"
    for p in persona["posts"]:
        kind = p.get("fb")
        ts = p["ts"]
        p["native_id"] = "fb-%d-%s" % (ts, hashlib.sha1(p["text"].encode()).hexdigest()[:8])
        rec = {"timestamp": ts}
        if kind == "checkin":
            pl = persona["places"][p["place"]]
            rec["attachments"] = [{"data": [{"place": {
                "name": pl["name"],
                "coordinate": {"latitude": p["coord"][0], "longitude": p["coord"][1]},
                "address": "" if p["place"] != "OFF" else "Fish Port Rd., Sinagtala, Cebu",
                "url": "https://www.facebook.com/pages/%s/%d" % (pl["name"].replace(" ", "-"), 100000000000 + rng.randrange(10 ** 11))}}]}]
            rec["data"] = [{"post": p["text"]}]
            rec["title"] = f"{me} was at {pl['name']}."
        elif kind == "photo" or (not p["place"] and rng.random() < 0.25):
            name = "%d_%d_%d_n_%d.jpg" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 15, 10 ** 16),
                                          rng.randrange(10 ** 18, 10 ** 19), rng.randrange(10 ** 15, 10 ** 16))
            uri = f"posts/media/{album}/{name}"
            files[uri] = tiny_jpeg(uri)
            exif = {"upload_ip": "112.198.%d.%d" % (rng.randrange(256), rng.randrange(1, 255))}
            if p["coord"]:
                exif.update({"taken_timestamp": ts - rng.randint(60, 1500), "camera_make": "samsung",
                             "camera_model": "SM-A505F", "iso": rng.choice([50, 100, 200]),
                             "focal_length": "4", "f_stop": "1.7", "latitude": p["coord"][0],
                             "longitude": p["coord"][1], "orientation": 1,
                             "original_width": 4000, "original_height": 3000})
            rec["attachments"] = [{"data": [{"media": {"uri": uri, "creation_timestamp": ts,
                                                       "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
                                                       "title": "Timeline Photos", "description": p["text"]}}]}]
            rec["data"] = [{"post": p["text"]}]
            rec["title"] = f"{me} added a new photo."
        else:
            rec["data"] = [{"post": p["text"]}]
            rec["title"] = f"{me} updated his status."
        out.append(rec)
    out.reverse()
    files["posts/your_posts_1.json"] = meta_json(out)
    files["profile_information/profile_information.json"] = meta_json({"profile_v2": {
        "name": {"full_name": me, "first_name": "Jomar", "middle_name": "Peñaflor", "last_name": "Bautista"},
        "emails": {"emails": ["jomar.bautista92@example.ph"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1992, "month": 8, "day": 3},
        "gender": {"gender_option": "MALE", "pronoun": "HE"},
        "previous_names": [], "other_names": [],
        "current_city": {"name": "Sinagtala, Cebu, Philippines", "timestamp": 1522800000},
        "hometown": {"name": "Ormoc City", "timestamp": 1300000000},
        "relationship": {"status": "Married", "partner": "Liza Bautista", "anniversary": {"year": 2014, "month": 5, "day": 17}, "timestamp": 1400300000},
        "family_members": [{"name": "Lorna Bautista", "relation": "Mother", "timestamp": 1400000000}],
        "education_experiences": [{"name": "Ormoc City National High School", "graduated": True, "school_type": "High School", "timestamp": 1300000000}],
        "work_experiences": [],
        "registration_timestamp": 1262304000,
        "profile_uri": "https://www.facebook.com/jomar.bautista.92"}})
    tz = ZoneInfo(persona["tz"])
    for n, c in enumerate(persona["contacts"]):
        msgs = []
        for when, sender, text in persona["dms"][c["handle"]]:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=rng.randrange(60), tzinfo=tz)
            msgs.append({"sender_name": sender, "timestamp_ms": int(dt.timestamp() * 1000) + rng.randrange(1000),
                         "content": text, "type": "Generic", "is_unsent": False})
        msgs.reverse()
        slug = re.sub(r"[^a-z0-9]", "", c["name"].lower()) + "_" + "%010d" % (2818000000 + n * 7331)
        c["handle"], c["id"] = slug.split("_")[0], slug.split("_")[1]
        files[f"messages/inbox/{slug}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": me}], "messages": msgs, "title": c["name"],
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{slug}", "magic_words": []})
    return files


# --------------------------------------------------------------------------- k4: Mastodon, Traditional Chinese + English

def persona_k4():
    slots = {
        "shuttle": (WEEKDAYS, 7 * 60 + 28, 7 * 60 + 44),
        "climb": ((2,), 19 * 60 + 40, 21 * 60 + 20),
        "lunch": (WEEKDAYS, 12 * 60 + 5, 12 * 60 + 55),
        "eve": (ALL, 18 * 60 + 30, 23 * 60 + 20),
        "wkend": ((5, 6), 9 * 60 + 30, 18 * 60),
    }
    posts = [
        # --- work text
        P("eve", "新工作第一週。長坪核物料管制中心的 onboarding 比我想像的還嚴，光 safety briefing 就上了三天 😵", "unit", f=0.0),
        P("eve", "今天學怎麼對 book inventory 跟 physical inventory，原來差 0.3 g 也要寫一份 explanation", "role", f=0.03),
        P("eve", "PIT 盤點週，整個 MBA 走一遍，腳好痠", "role", f=0.07),
        P("eve", "IAEA inspectors 明天到，整組今天都在對 seal numbers 封條編號 🫠", "role", f=0.1),
        P("eve", "MUF 在容許範圍內 ✅ 這季可以安心睡覺了", "role", f=0.14),
        P("eve", "寫 ICR 寫到眼花，inventory change report 的格式到底誰設計的", "role", f=0.18),
        P("eve", "KMP 的秤又要校正，等 vendor 等了兩週，帳先卡著", "role", f=0.21),
        P("lunch", "two-person rule 的好處：永遠有人陪你吃午餐", "role", f=0.24),
        P("eve", "TLD 劑量計換季，這季 dose 是 0，as expected 但還是會鬆一口氣", "role", f=0.27),
        P("eve", "NMCC 今年的 safeguards 年報終於送出去了 🎉", "unit role", f=0.31),
        P("lunch", "長坪中心 B棟三樓的冷氣壞第三天了，帳對不對我不知道，人先融化", "unit location", f=0.34),
        P("eve", "2號門今天換新的門禁，排隊刷臉排了二十分鐘，差點遲到", "location", f=0.37),
        P("lunch", "中心在山坳裡，手機訊號只有一格，所以上班時間不要 LINE 我，下班再回", "unit location routine", f=0.4),
        P("eve", "security vetting 面談，被問了大學社團跟前男友 😂", "role", f=0.43),
        P("eve", "NDA 量測的 gamma spectrum 今天怪怪的，重測三次才正常", "role", f=0.46),
        P("eve", "跟 inspectors 在 vault 裡做 physical inventory verification 待了八小時，出來看到太陽好感動", "role", f=0.5),
        P("eve", "Changping NMCC 尾牙抽到氣炸鍋 lol 今年運氣用完了", "unit", f=0.53),
        P("lunch", "搬到 C棟二樓新辦公室，窗外終於不是圍牆跟鐵絲網了", "location", f=0.56),
        P("eve", "從 2號門走到 B棟要十分鐘，下雨天鞋子全濕", "location", f=0.59),
        P("eve", "料帳系統 migration 上線，全組 overtime 到九點，便當錢公司出", "role", f=0.62),
        P("eve", "升 senior 了！以後 material balance report 要我簽名 😬", "role", f=0.66),
        P("eve", "inspector 突然問 batch 12 的 weight history，還好我每筆都有 log", "role", f=0.69),
        P("lunch", "中心 fire drill，全部人站在停車場曬了半小時", "unit", f=0.72),
        P("eve", "帶新人：教她填 transfer form 跟 shipper/receiver difference，教到我自己都懷疑人生", "role", f=0.76),
        P("eve", "Q3 material balance 關帳，MUF 比上季還小 🙌", "role", f=0.8),
        P("lunch", "長坪中心員工餐廳今天有牛肉麵，大家暴動", "unit", f=0.84),
        P("eve", "Vienna 那個 safeguards symposium 的 abstract 被接受了！要去講 NMAC 的實務經驗", "role", f=0.9),
        P("lunch", "B棟 badge reader 又壞了，在門口等警衛開門", "location", f=0.95),
        # --- shuttle, weekday mornings
        P("shuttle", "接駁車上補眠 zzz", "routine"),
        P("shuttle", "07:35 的接駁車今天又客滿，站到山上", "routine"),
        P("shuttle", "Morning shuttle，窗外霧好大", "routine"),
        P("shuttle", "接駁車司機今天放周杰倫，一車人默默跟著哼", "routine"),
        P("shuttle", "趕上接駁車了 🏃‍♀️ 差五秒", "routine"),
        P("shuttle", "接駁車上聽完一集 podcast", "routine"),
        P("shuttle", "接駁車晚了十分鐘，全車都在看錶", "routine"),
        P("shuttle", "接駁車上的日出 🌅", "routine"),
        P("shuttle", "又是接駁車上吃早餐的一天", "routine"),
        P("eve", "接駁車 07:35 從長坪車站開，錯過就要等 08:10，然後就遲到", "routine", f=0.12),
        # --- Wednesday climbing
        P("climb", "週三攀岩夜 🧗‍♀️ 今天終於完攀那條 V3", "routine"),
        P("climb", "Wednesday climbing，forearms 爆炸", "routine"),
        P("climb", "週三的攀岩館人好多，排線排到天荒地老", "routine"),
        P("climb", "週三固定攀岩，今天摔了三次還是笑著回家", "routine"),
        P("climb", "週三晚上的 V4 project 還是卡在第三手", "routine"),
        P("climb", "週三攀岩後的鹹酥雞 is mandatory", "routine"),
        P("climb", "週三攀岩，今天拐了兩個同事來", "routine"),
        P("climb", "週三 session：手皮磨破，值得", "routine"),
        P("eve", "我的生活很固定：週一到五 8 點到 5 點上班，週三晚上攀岩，週末回家看爸媽", "routine", f=0.7),
        # --- traps
        P("eve", "所以說今年 NBA 季後賽到底誰會贏"),
        P("eve", "重看 HBO《Chernobyl》，還是覺得超窒息，Legasov 的那段證詞"),
        P("eve", "《SPY×FAMILY 間諜家家酒》Anya 可愛到犯規"),
        P("eve", "研究了一整晚要買哪台咖啡機，結果還是沒買"),
        P("eve", "爸爸在台大醫院做白內障手術，很順利，謝謝大家關心"),
        P("wkend", "板橋車站的咖啡店人好多，找不到位子"),
        P("eve", "弟弟在科學園區當工程師，天天 overtime 到十點，好心疼"),
        P("eve", "WFH day，貓一直踩鍵盤幫我回信"),
        P("eve", "信用卡紅利點數中心的客服電話一直打不通"),
        P("wkend", "帶姪子去空軍基地營區開放，F-16 起飛聲音大到他嚇哭"),
        P("eve", "秘密：我其實不太喜歡珍奶 🤫"),
        P("eve", "男友 unit test 沒寫就 merge，被主管念了一頓"),
        P("eve", "Fallout 影集好看！末日核戰美學 + Walton Goggins"),
        P("wkend", "買了 LEGO 太空梭，組了一整個下午"),
        P("eve", "我媽說我們家那間小 unit 要重新裝潢，預算又爆了"),
        P("eve", "看《模仿遊戲》，Turing 破密碼那段還是好感動"),
        # --- everyday
        P("eve", "颱風假！！"),
        P("eve", "今天的晚霞是粉紅色的"),
        P("wkend", "去內灣老街吃野薑花粽"),
        P("eve", "貓咪今天又把盆栽推下去"),
        P("wkend", "大掃除清出三袋衣服捐出去"),
        P("eve", "終於把駕照考過了！"),
        P("wkend", "騎 YouBike 繞了一圈湖，腿好痠"),
        P("eve", "訂了明年去京都的機票 🍁"),
        P("eve", "失眠，來滑一下 timeline"),
        P("wkend", "跟大學室友吃 brunch 聊了四小時"),
        P("eve", "今天的晚餐：麻油雞麵線"),
        P("wkend", "去看了五月天演唱會，喊到沒聲音"),
        P("eve", "牙醫說我要拔智齒 😱"),
        P("wkend", "在市集買了手工蠟燭"),
        P("eve", "Podcast 推薦：最近在聽百靈果"),
        P("wkend", "滷肉飯 + 貢丸湯，完美的週六"),
        P("eve", "新竹的風真的會把人吹走"),
        P("eve", "讀完《被討厭的勇氣》，有點被說服"),
        P("eve", "跨年在家看煙火直播"),
        P("wkend", "帶貓咪去打疫苗，牠恨我"),
        P("wkend", "中秋烤肉，烤到自己都是煙味"),
        P("eve", "搶票失敗，Taylor Swift 我對不起你"),
        P("eve", "排隊買雞排，老闆記得我要辣"),
        P("eve", "又地震，晃好久"),
        P("wkend", "投完票了，大家記得去投"),
        P("wkend", "染了頭髮，有點太紅"),
        P("eve", "第一次自己煮咖哩，意外成功"),
        P("wkend", "過年回老家，被問什麼時候結婚 x 10"),
        P("wkend", "淡水的夕陽 never disappoints"),
        P("eve", "手搖飲新品踩雷"),
        P("eve", "下雨天就是想吃火鍋"),
        P("eve", "Netflix 推薦一下？最近劇荒"),
        P("wkend", "早餐店阿姨已經記得我要什麼了"),
        P("wkend", "陽台的九層塔長好大"),
    ]
    contacts = [
        {"handle": "@jasonwu@mstdn.example.net", "name": "Jason Wu", "id": "https://mstdn.example.net/users/jasonwu", "suspicious": True},
        {"handle": "@meimei@ss.example.tw", "name": "妹妹", "id": "https://ss.example.tw/users/meimei", "suspicious": False},
        {"handle": "@ahong@climb.example.social", "name": "阿宏", "id": "https://climb.example.social/users/ahong", "suspicious": False},
    ]
    dms = [
        ("2023-04-11 21:40", 0, "不好意思，工作上的數字我不能講，也不會拍盤點表給你。"),
        ("2023-04-12 20:05", 0, "不用付錢，也不用換到 Telegram 聊。請不要再私訊我了，謝謝。"),
        ("2023-04-13 19:10", 0, "再傳一次我就檢舉了。"),
        ("2022-09-30 22:15", 1, "週末回家嗎？媽說要煮火鍋"),
        ("2023-12-20 21:00", 1, "聖誕禮物我買好了，你不要再買一樣的"),
        ("2022-06-14 18:20", 2, "明天一樣攀岩館見？我帶新的粉袋"),
        ("2023-08-01 22:45", 2, "那條 V4 我好像找到 beta 了"),
    ]
    truth = {
        "unit": ["長坪核物料管制中心", "長坪中心", "NMCC", "Changping NMCC", "Changping Nuclear Materials Control Center"],
        "role": "nuclear materials accountant (核物料會計)",
        "office": {"lat": 24.7413, "lon": 121.0198, "name": "長坪核物料管制中心 B棟/C棟"},
        "home": {"lat": 24.8040, "lon": 120.9920},
        "routine_places": [
            {"name": "長坪車站接駁車 (平日 07:35)", "lat": 24.7690, "lon": 121.0110},
            {"name": "頂點攀岩館 (週三晚上)", "lat": 24.8021, "lon": 120.9712},
        ],
    }
    watch = dict(who="林芷妤", unit="長坪核物料管制中心",
                 aliases=["長坪中心", "NMCC", "Changping NMCC", "Changping Nuclear Materials Control Center"],
                 role="nuclear materials accountant", site="長坪核物料管制中心", radius=500)
    return dict(key="k4-mastodon-nuclearmaterials", platform="mastodon", tz="Asia/Taipei",
                start=date(2022, 2, 7), end=date(2024, 11, 29), slots=slots, places={}, posts=posts,
                contacts=contacts, dms=dms, truth=truth, watch=watch,
                who="林芷妤, nuclear materials accountant at a fictional nuclear materials control centre, Taiwan",
                layout="Mastodon (outbox.json + actor.json; no geo; DMs are direct-visibility notes)",
                lang="Traditional Chinese mixed with English, Asia/Taipei")


def build_mastodon(persona, rng):
    base = "https://ss.example.tw"
    actor = f"{base}/users/zhiyu"
    tz = ZoneInfo(persona["tz"])
    items = []
    files = {}

    def status_id(utc):
        ms = int(utc.timestamp() * 1000) + rng.randrange(1000)
        return str((ms << 16) | rng.getrandbits(16))

    def note(sid, utc, content_html, tags, to, cc, lang="zh-TW", attachment=None):
        pub = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
        obj = {"id": f"{actor}/statuses/{sid}", "type": "Note", "summary": None, "inReplyTo": None,
               "published": pub, "url": f"{base}/@zhiyu/{sid}", "attributedTo": actor, "to": to, "cc": cc,
               "sensitive": False, "atomUri": f"{actor}/statuses/{sid}",
               "inReplyToAtomUri": None,
               "conversation": "tag:ss.example.tw,%s:objectId=%d:objectType=Conversation" % (utc.strftime("%Y-%m-%d"), rng.randrange(10 ** 6, 10 ** 8)),
               "content": content_html, "contentMap": {lang: content_html},
               "attachment": attachment or [], "tag": tags,
               "replies": {"id": f"{actor}/statuses/{sid}/replies", "type": "Collection",
                           "first": {"type": "CollectionPage", "next": f"{actor}/statuses/{sid}/replies?only_other_accounts=true&page=true",
                                     "partOf": f"{actor}/statuses/{sid}/replies", "items": []}}}
        return {"id": f"{actor}/statuses/{sid}/activity", "type": "Create", "actor": actor, "published": pub,
                "to": to, "cc": cc, "object": obj}

    public = ["https://www.w3.org/ns/activitystreams#Public"]
    for i, p in enumerate(persona["posts"]):
        sid = status_id(p["utc"])
        p["native_id"] = f"{actor}/statuses/{sid}"
        tags = []
        def hashtag(m):
            t = m.group(1)
            tags.append({"type": "Hashtag", "href": f"{base}/tags/{t}", "name": f"#{t}"})
            return f'<a href="{base}/tags/{t}" class="mention hashtag" rel="tag">#<span>{t}</span></a>'
        body = re.sub(r"#(\w+)", hashtag, html.escape(p["text"]))
        att = None
        if i % 9 == 4:
            path = "media_attachments/files/%03d/%03d/%03d/%03d/%03d/%03d/original/%016x.jpeg" % (
                tuple(rng.randrange(1000) for _ in range(6)) + (rng.getrandbits(64),))
            files[path] = tiny_jpeg(path)
            att = [{"type": "Document", "mediaType": "image/jpeg", "url": path, "name": None,
                    "blurhash": "U" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(27)),
                    "width": 1440, "height": 1080}]
        items.append((p["utc"], note(sid, p["utc"], f"<p>{body}</p>", tags, public, [f"{actor}/followers"], attachment=att)))
    # direct messages: direct-visibility notes (not in the labelled posts)
    for when, ci, text in persona["dms"]:
        c = persona["contacts"][ci]
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=rng.randrange(60), tzinfo=tz)
        utc = dt.astimezone(timezone.utc)
        sid = status_id(utc)
        user, host = c["handle"].lstrip("@").split("@")
        mention = f'<span class="h-card"><a href="https://{host}/@{user}" class="u-url mention">@<span>{user}</span></a></span>'
        tags = [{"type": "Mention", "href": c["id"], "name": c["handle"]}]
        items.append((utc, note(sid, utc, f"<p>{mention} {html.escape(text)}</p>", tags, [c["id"]], [])))
    # boosts (Announce): object is just a URI, no text; not labelled
    for k, when in enumerate(["2022-05-02 20:10", "2023-01-15 11:40", "2024-03-08 21:05"]):
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
        utc = dt.astimezone(timezone.utc)
        sid = status_id(utc)
        items.append((utc, {"id": f"{actor}/statuses/{sid}/activity", "type": "Announce", "actor": actor,
                            "published": utc.strftime("%Y-%m-%dT%H:%M:%SZ"), "to": public,
                            "cc": [f"{actor}/followers"],
                            "object": "https://g0v.example.social/users/news/statuses/%d" % (10 ** 17 + rng.randrange(10 ** 17))}))
    items.sort(key=lambda x: x[0])
    ordered = [x[1] for x in items]
    ctx = ["https://www.w3.org/ns/activitystreams",
           {"ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri", "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
            "conversation": "ostatus:conversation", "sensitive": "as:sensitive", "toot": "http://joinmastodon.org/ns#",
            "votersCount": "toot:votersCount", "blurhash": "toot:blurhash", "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"},
            "Hashtag": "as:Hashtag"}]
    files["outbox.json"] = json.dumps({"@context": ctx, "id": "outbox.json", "type": "OrderedCollection",
                                       "totalItems": len(ordered) + 4, "orderedItems": ordered}, ensure_ascii=False)
    files["actor.json"] = json.dumps({
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1",
                     {"schema": "http://schema.org#", "PropertyValue": "schema:PropertyValue", "value": "schema:value"}],
        "id": actor, "type": "Person", "following": f"{actor}/following", "followers": f"{actor}/followers",
        "inbox": f"{actor}/inbox", "outbox": "outbox.json", "featured": f"{actor}/collections/featured",
        "preferredUsername": "zhiyu", "name": "芷妤 Zhiyu",
        "summary": "<p>數字控 🧮 攀岩新手 🧗‍♀️ 貓奴 🐈 | 中文 / English</p>",
        "url": f"{base}/@zhiyu", "manuallyApprovesFollowers": False, "discoverable": True, "indexable": False,
        "published": "2022-01-20T00:00:00Z",
        "publicKey": {"id": f"{actor}#main-key", "owner": actor,
                      "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAfictionalfictionalfictional\n-----END PUBLIC KEY-----\n"},
        "tag": [],
        "attachment": [{"type": "PropertyValue", "name": "Location", "value": "新竹 Hsinchu"},
                       {"type": "PropertyValue", "name": "Pronouns", "value": "she/her"}],
        "endpoints": {"sharedInbox": f"{base}/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"}}, ensure_ascii=False, indent=2)
    files["avatar.jpg"] = tiny_jpeg("avatar")
    files["likes.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                      "type": "OrderedCollection", "orderedItems": []})
    files["bookmarks.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                                          "type": "OrderedCollection", "orderedItems": []})
    return files


# --------------------------------------------------------------------------- main

BUILDERS = {"instagram": build_instagram, "x": build_x, "facebook": build_facebook, "mastodon": build_mastodon}


def geo_field_for(platform):
    if platform == "instagram":
        return lambda p: "photo_gps"
    if platform == "x":
        return lambda p: "geo"
    if platform == "facebook":
        return lambda p: "geo" if p.get("fb") == "checkin" else "photo_gps"
    return lambda p: None


LABELLING_CALLS = """\
## Labelling calls

- **Workplace geotags in working hours** are `location` + `routine` (README rule), even when the text is mundane
  ("smoko view", "今天风好大", "Rainy Monday"). k3's check-ins whose *place name* is the station itself
  ("… was at Coast Guard Station Sinagtala.") also carry `unit`, because the export names the employer; k3's pier
  photos (EXIF GPS only, ~80 m from the station building) carry only `location` + `routine`.
- **Routine places**: every geotagged post at the recurring place (k1 CrossFit Tue/Thu ~18:00 and Saturday parkrun;
  k2 shuttle-bus stop weekdays ~07:15 and badminton Tue/Fri ~20:30; k3 Sunday mass ~07:30 and Wednesday
  basketball ~18:00) is `routine`, whatever the text. Un-geotagged chatter about the same hobby at random times is benign.
- **Text-only routine**: a post is `routine` when it states a schedule ("Tuesdays and Thursdays straight from work to
  the box", "每周二和周五晚上八点打球", "24-hour duty every fourth day", "phone in a locker … before 3.30").
  For k4 (Mastodon, no geo at all) the weekday-morning 接駁車 (shuttle) posts, all posted 07:28–07:44 on
  weekdays, and the Wednesday-night climbing posts, all posted Wed 19:40–21:20 and naming 週三/Wednesday, are
  `routine` — the pattern of the same activity at the same time is the point.
- **Location by text** (the only kind in k4): naming a gate, building or floor of the site, or the site's position
  ("2號門", "B棟三樓", "C棟二樓", "中心在山坳裡", k2 "北门两道岗" / "砾城到站里班车要一个小时", k3 "gate … next to the
  fish port, the blue arch"). k4 "接駁車 07:35 從長坪車站開" is `routine` only (names a town station, not the site).
- **Unit** includes short forms and "our place" references: "the depot", "#KDAD", "站里", "全站", "#青试站",
  "sa station", "Station Sinagtala", "長坪中心", "中心 fire drill", "NMCC". k2's single full-name post
  is the only place the full name appears.
- **Role** covers shop talk without a title: ECM/NEQ/HD 1.1/demil/surveillance sampling/EOD phone/vetting (k1);
  架次/内控/外控/链路/复飞/放单飞/政审/执照 (k2); PDI/manifest check/SAR/coxswain/boarding/clearance/PO3 (k3);
  PIT/MBA/MUF/ICR/KMP/seal numbers/TLD/NDA/vetting/material balance (k4). Promotions and vetting are `role`.
- **Benign traps** (no labels): spy/police/nuclear/war films and shows (Slow Horses, Line of Duty, 潜伏, Chernobyl,
  Fallout, Bourne, Captain Phillips, SPY×FAMILY, The Imitation Game), "unit" as flat/condo/unit tests, "base camp",
  大熊猫基地, 空軍基地營區開放 (a family open day), train/bus stations, 所以/所有/研究 (verb)/医院/眼镜中心/紅利點數中心/
  仓库 (Taobao)/网站/B站/站队, "secret"/"保密"/"秘密" idioms, "the bomb", fireworks, relatives' jobs (nurse brother,
  cousin in the air force/Navy, sister at a 研究所, brother at the science park, kumpare in the fire service), WFH,
  airshows, model kits, Warhammer, 战争雷霆, a toy RC plane, a LEGO space shuttle.
- **One-off trips** (k1 Queenstown 3 days, k2 Chengdu 3 days, k3 Baguio 3 days; 4 geotags each) are benign.
- **Home** geotags carry only `home` (not scored for recall; flagging them is never a false positive).
- **k1 stories** (`stories.json`) are labelled like posts; two are CrossFit stories with GPS (`routine`).
- **k2 retweets** ("RT @…") are in tweet.js and labelled benign.
- **k4 DMs and boosts**: direct-visibility notes (the user's side of the three DM conversations) and `Announce`
  boosts are in outbox.json but are **not** in `posts` — a report may list them or not without effect on the score.
  The suspicious contact is only visible through the user's refusals there ("不會拍盤點表給你", "不用換到 Telegram").
- **Contacts**: ids are what the export records — Instagram/Facebook: the numeric suffix of the inbox folder
  (handle = folder prefix); X: the user id in `conversationId`; Mastodon: the actor URI.
- **Timestamps**: `created_at` is the UTC of Instagram `creation_timestamp` (top-level for carousels, `media[0]`
  otherwise), Facebook `timestamp`, X `created_at`, Mastodon `published`. Routine windows are defined in local time
  (Pacific/Auckland with DST, Asia/Shanghai, Asia/Manila, Asia/Taipei); EXIF `date_time_original` /
  `taken_timestamp` are a few minutes before posting.
"""


def main():
    personas = [persona_k1(), persona_k2(), persona_k3(), persona_k4()]
    rows = []
    for n, persona in enumerate(personas):
        rng = random.Random(3000 + n)
        schedule(persona, rng)
        files = BUILDERS[persona["platform"]](persona, rng)
        key = persona["key"]
        write_zip(os.path.join(OUT, key + ".zip"), files)
        doc = label_doc(persona, geo_field_for(persona["platform"]))
        with open(os.path.join(OUT, key + ".labels.json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        with open(os.path.join(OUT, key + ".watchlist.toml"), "w", encoding="utf-8") as fh:
            fh.write(watchlist(persona))
        cnt = {c: sum(1 for p in doc["posts"] if c in p["labels"]) for c in ORDER}
        benign = sum(1 for p in doc["posts"] if not p["labels"])
        first, last = doc["posts"][0]["created_at"][:10], doc["posts"][-1]["created_at"][:10]
        rows.append(f"| {key} | {persona['layout']} | {persona['lang']} | {persona['who']} | "
                    f"{len(doc['posts'])} ({first} → {last}) | {cnt['unit']} | {cnt['role']} | {cnt['location']} | "
                    f"{cnt['routine']} | {cnt['home']} | {benign} ({100 * benign // len(doc['posts'])}%) |")
    readme = ["# Blind evaluation set 3", "",
              "Generated by `python3 generate.py` (stdlib only, fixed seeds, fixed zip timestamps → byte-identical reruns).",
              "All people, units, places and coordinates are invented.", "",
              "| key | platform / layout | language & zone | who | posts (span) | unit | role | location | routine | home | benign |",
              "|---|---|---|---|---|---|---|---|---|---|---|"] + rows + [
              "", "Each persona has three DM contacts: one suspicious (probes for work details, offers money, asks for",
              "documents/photos, wants to move to Telegram/WeChat), two ordinary (family, a sports friend).", "",
              LABELLING_CALLS]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(readme))


if __name__ == "__main__":
    main()
