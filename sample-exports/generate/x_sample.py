#!/usr/bin/env python3
"""Write sample-exports/x-marisol.zip: the X (Twitter) archive of a made-up person.

Marisol Keane (@solder_sol) is an instrumentation technician at the made-up "Tallow Creek
Test Complex" (TCTC), a rocket-engine test site west of Huntsville, Alabama. Her posts,
taken together, give away her employer, her role and clearance, where she works, where she
lives and her routine; most posts are harmless, and a few are traps that only sound risky.

The layout is the one X ships since late 2022 (see ../README.md and
../shared/reference/archive-formats.md section 1): `Your archive.html`, `data/manifest.js`
(`window.__THAR_CONFIG = {...}`), `data/account.js`, `data/profile.js`,
`data/account-timezone.js`, `data/tweets.js` (`window.YTD.tweets.part0 = [ {"tweet": ...} ]`,
every number a string, `full_text` HTML-escaped), `data/note-tweet.js` and
`data/tweets_media/<tweet id>-<media key>.jpg`.

Deterministic: a fixed seed, fixed zip timestamps and a fixed entry order, so running it twice
gives the same bytes. Python 3 standard library only.

Usage: python3 sample-exports/generate/x_sample.py [--out PATH]
"""

import argparse
import datetime as dt
import json
import os
import random
import zipfile

SEED = 20261128
TWEPOCH_MS = 1288834974657  # X snowflake epoch
ZIP_TIME = (2024, 11, 30, 12, 0, 0)

USERNAME = "solder_sol"
DISPLAY_NAME = "Marisol Keane"
ACCOUNT_ID = "3300715942"

# Places (lat, lon). All made up; none is a real site.
OFFICE = (34.69310, -86.72650)  # TCTC, instrumentation shop
HOME = (34.76880, -86.54120)
CAFE = (34.72140, -86.61100)  # "Honeycomb Coffee"
STUDIO = (34.71780, -86.59600)  # "Sawmill Arts Co-op", Tuesday wheel class
NOLA = [  # a one-off long weekend, far away
    (29.95770, -90.06290),
    (29.96350, -90.05170),
    (29.92280, -90.08580),
    (29.95110, -90.07150),
]

rng = random.Random(SEED)

# --- time -----------------------------------------------------------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def central_to_utc(local):
    """US Central time (America/Chicago, rules since 2007) to naive UTC, without tzdata."""
    start = dt.datetime.combine(nth_sunday(local.year, 3, 2), dt.time(2))
    end = dt.datetime.combine(nth_sunday(local.year, 11, 1), dt.time(1))
    offset = 5 if start <= local < end else 6
    return local + dt.timedelta(hours=offset)


def x_time(utc):
    return "%s %s %02d %02d:%02d:%02d +0000 %d" % (
        DAYS[utc.weekday()],
        MONTHS[utc.month - 1],
        utc.day,
        utc.hour,
        utc.minute,
        utc.second,
        utc.year,
    )


def iso_ms(utc):
    return utc.strftime("%Y-%m-%dT%H:%M:%S.000Z")


_seq = [0]


def snowflake(utc):
    ms = int((utc - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + rng.randrange(1000)
    _seq[0] = (_seq[0] + 1) & 0xFFF
    return str(((ms - TWEPOCH_MS) << 22) | (rng.randrange(32) << 12) | _seq[0])


# --- a tiny valid JPEG ------------------------------------------------------------------------


def tiny_jpeg(gray):
    """An 8x8 single-colour greyscale baseline JPEG (JFIF, no EXIF), about 170 bytes."""

    def seg(marker, payload):
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload

    app0 = seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    dqt = seg(0xDB, b"\x00" + bytes([1] * 64))
    sof = seg(0xC0, bytes([8, 0, 8, 0, 8, 1, 1, 0x11, 0]))
    # Standard luminance DC table (ITU T.81 Annex K.3); an AC table holding only EOB.
    dc_bits = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    dht = seg(0xC4, bytes([0x00] + dc_bits + list(range(12))))
    dht += seg(0xC4, bytes([0x10, 1] + [0] * 15 + [0x00]))
    sos = seg(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    dc_codes = ["00", "010", "011", "100", "101", "110", "1110", "11110", "111110", "1111110",
                "11111110", "111111110"]
    dc = 8 * (gray - 128)
    cat = abs(dc).bit_length()
    bits = dc_codes[cat]
    if cat:
        v = dc if dc > 0 else dc + (1 << cat) - 1
        bits += format(v, "0%db" % cat)
    bits += "0"  # EOB
    bits += "1" * (-len(bits) % 8)
    data = bytearray()
    for i in range(0, len(bits), 8):
        b = int(bits[i : i + 8], 2)
        data.append(b)
        if b == 0xFF:
            data.append(0)
    return b"\xff\xd8" + app0 + dqt + sof + dht + sos + bytes(data) + b"\xff\xd9"


# --- posts ------------------------------------------------------------------------------------

# (local time "YYYY-MM-DD HH:MM", text as written in the archive, options)
# Options: geo=(lat, lon), place="name", photos=n, reply=("screen_name"), rt=True, note=full.
# Comments say what each post exercises; `labels` go to the README's truth table.
HAND = [
    # 2019: before the job
    ("2019-03-04 18:12", "finally got my soldering station set up in the spare room. smells like rosin &amp; victory", {}),
    ("2019-03-16 11:40", "Farmers market haul: strawberries, honey, and a cactus I did not need", {"photos": 1}),
    ("2019-04-02 21:05", "electronics II lab final next week, wish me luck &lt;3", {}),
    ("2019-05-20 20:30", "RT @RocketCityWx: Strong storms possible after 4pm across north Alabama. Have a plan &amp; a way to get warnings tonight.", {"rt": True}),
    ("2019-06-08 14:22", "passed my AAS in electronics engineering technology!! \U0001F393", {}),
    ("2019-07-04 21:40", "fireworks from the porch, the dog is NOT a fan", {"geo": HOME}),
    ("2019-08-17 10:15", "@gradyb_bakes yes the secret recipe is just more butter", {"reply": "gradyb_bakes"}),
    ("2019-09-21 16:00", "Rewatching The Office for the fifth time. it is a documentary about my family", {}),
    ("2019-10-31 19:30", "pumpkin carving results: one (1) lopsided rocket", {"photos": 1, "geo": HOME}),
    ("2019-11-28 13:00", "thankful for mac &amp; cheese and naps", {}),
    ("2019-12-14 15:45", "applied to nine jobs this week. cover letters are a hostile art form", {}),
    # 2020: the job starts
    ("2020-01-25 12:10", "learning to throw on the wheel. everything I make is a bowl, even when it's meant to be a mug", {}),
    ("2020-03-20 17:30", "stay home, stay safe. baking bread like everyone else", {}),
    ("2020-04-11 09:05", "RT @HsvLibraryFans: E-books are free with your library card. The digital shelves never close.", {"rt": True}),
    ("2020-05-29 18:02", "GOT THE JOB. Starting at Tallow Creek Test Complex in two weeks as an instrumentation technician!!", {}),
    ("2020-06-15 17:20", "first day at TCTC. badge photo looks like a hostage picture and the safety binder weighs more than my cat", {}),
    ("2020-06-26 19:44", "@dana_wires haha thanks! yes, the place out past the airport with the big test stands", {"reply": "dana_wires"}),
    ("2020-07-13 16:55", "spent all day crimping thermocouple extension wire. my hands are claws", {}),
    ("2020-08-05 10:30", "WFH today, the cat has been promoted to supervisor", {}),
    ("2020-09-10 17:05", "J-STD-001 class done: certified to solder things that fly (well, things that sit on a stand and roar)", {}),
    ("2020-10-02 15:48", "hot fire on Stand 3 today. felt it in my teeth from the instrumentation bunker. best job ever", {}),
    ("2020-11-03 08:15", "voted! sticker acquired", {}),
    ("2020-12-19 20:10", "the tree is up. the cat is in the tree.", {"photos": 1}),
    # 2021: clearance
    ("2021-01-12 19:25", "filled out my SF-86 tonight. every address I have ever had, on forty pages. wild", {}),
    ("2021-02-16 08:40", "snow day in Huntsville, which means one inch and total chaos", {"geo": HOME}),
    ("2021-04-09 16:10", "my Secret clearance came through!! the adjudicators have smiled upon me", {}),
    ("2021-05-06 12:30", "RT @TallowCreekTC: 100 hot fires this year at the Tallow Creek Test Complex. Proud of our test operations crew! #TCTC", {"rt": True}),
    ("2021-06-22 21:15", "the unit tests for my arduino weather station finally pass. yes I write tests for hobby code", {}),
    ("2021-07-30 16:40", "strain gauge install on a thrust frame, 48 channels, zero bad bridges. I am unbearable today", {}),
    ("2021-09-03 17:00", "three-day weekend, going to sleep for two of them", {}),
    ("2021-11-11 09:30", "thanks to all the veterans, especially my grandpa who fixed radar sets in Korea", {}),
    ("2021-12-01 18:20", "DAQ rack recal week at work. 256 channels. send coffee", {}),
    # 2022
    ("2022-01-21 13:05", "TCTC all-hands had actually good donuts. morale +10", {}),
    ("2022-03-08 20:45", "@kiln_kate the celadon glaze is gorgeous, can I steal your recipe", {"reply": "kiln_kate"}),
    ("2022-04-14 17:35", "new IPC/WHMA-A-620 cert in hand. cable harness nerd level: expert", {}),
    ("2022-05-27 15:10", "long weekend in New Orleans!! first stop: beignets", {"geo": NOLA[0], "place": "New Orleans, LA"}),
    ("2022-05-28 10:30", "streetcar ride, zero plans, perfect", {"geo": NOLA[1], "place": "New Orleans, LA", "photos": 1}),
    ("2022-05-28 20:10", "brass band on the corner and I am not leaving", {"geo": NOLA[2], "place": "New Orleans, LA"}),
    ("2022-05-29 12:00", "last po'boy before the drive home", {"geo": NOLA[3], "place": "New Orleans, LA"}),
    ("2022-07-19 22:05", "Severance is the only show about work I can watch without stress-sweating", {}),
    ("2022-08-23 17:15", "our harness shop got a new wire stripper and everyone is acting like it's Christmas", {}),
    ("2022-10-08 11:20", "pottery sale this weekend! seven mugs, mostly round", {"photos": 2}),
    # 2023
    ("2023-01-10 18:50", "new year, new test campaign. night shift on Stand 3 all next week, see you never", {}),
    ("2023-03-14 19:00", "pi day. I made a pie. it is structurally a bowl", {}),
    ("2023-04-20 20:15", None, {"note": (
        "People keep asking what an instrumentation tech at a rocket test site actually does, so here "
        "is a normal day for me: alarm at 5:45, oat latte at Honeycomb Coffee on University Dr at 6:45, "
        "through the Tallow Creek gate by 7:20, badge into the instrumentation shop in Building 4410. "
        "Morning is pre-test checks on every thermocouple, strain gauge and pressure transducer on "
        "Stand 3; afternoon is wiring fixes and paperwork. Hot-fire days we sit in the bunker until the "
        "count is done. Tuesdays I leave at 4:30 sharp for wheel class at the Sawmill Arts Co-op. "
        "Not glamorous, but I love it & I would not trade it.")}),
    ("2023-06-02 14:30", "Secret family recipe for peach cobbler: buy the peaches, ask grandma", {}),
    ("2023-08-09 07:55", "RT @RocketCityWx: Heat advisory today. Drink water, check on neighbors, don't leave pets in cars.", {"rt": True}),
    ("2023-09-15 20:20", "@jordan_mech lol no, the test stands are loud but the parking lot at shift change is louder", {"reply": "jordan_mech"}),
    ("2023-11-24 10:00", "black friday plan: stay in bed", {}),
    # 2024
    ("2024-01-16 09:10", "ice storm. everything is closed. WFH from the couch under three blankets", {}),
    ("2024-03-02 15:25", "ten years since I built my first kit radio. still works", {"photos": 1}),
    ("2024-05-17 17:45", "four years at Tallow Creek next month. I still get goosebumps at every hot fire", {}),
    ("2024-07-04 21:35", "fireworks again. the dog has made peace with it. I have not", {"geo": HOME}),
    ("2024-08-30 12:15", "RT @HsvLibraryFans: The fall reading challenge starts Monday. Sign up at any branch!", {"rt": True}),
    ("2024-10-12 10:40", "Unit 3 of the ceramics course is glazes and I have never been more ready", {}),
]

CAFE_TEXTS = [
    "oat latte, same booth, same playlist",
    "Honeycomb cold brew before the gate",
    "the barista started my order before I reached the counter",
    "coffee number one of the day",
    "rainy morning, big mug",
    "they have the blueberry scones again",
    "quiet corner, good coffee, 20 minutes of not thinking",
    "morning crossword with a latte",
    "fall menu is out and I am weak",
    "early enough to get the good parking spot",
    "same order since 2021, no regrets",
    "reading a chapter before work",
    "the espresso machine is fixed, the world is healing",
    "double shot kind of Monday",
    "pre-shift caffeine",
    "honey lavender latte, don't judge",
]

OFFICE_TEXTS = [
    "lunch at my desk again",
    "the vending machine ate my dollar",
    "rain on the shop roof is the best white noise",
    "calibration day, bring snacks",
    "new connectors came in. a good day",
    "fire drill in the middle of a crimp, classic",
    "my label maker and I are in a committed relationship",
    "cable tray inspection. found a mouse nest. named him Gary",
    "someone brought a birthday cake to the shop",
    "wore the wrong shoes on a walking-heavy day",
    "heat index 104 on the pad and I am melting",
    "finished a 40-foot run with zero rework",
    "safety stand-down this morning, good conversation",
    "the coffee in the break room is a crime",
    "sunset through the shop windows, leaving soon",
    "inventory day. counted 900 ring terminals",
    "quiet afternoon, catching up on paperwork",
    "new hire shadowing me this week, she is great",
]

HOME_TEXTS = [
    "couch, blanket, tea. goodnight",
    "garden tomatoes are finally red",
    "watching the thunderstorm from the porch",
    "sunday pancakes, extra blueberries",
    "late night soldering a guitar pedal kit",
    "the dog snores louder than the AC",
    "repotting every plant I own",
    "can't sleep, reorganised the spice rack",
]

STUDIO_TEXTS = [
    "Tuesday wheel night \U0001F3FA",
    "trimmed four bowls at class tonight",
    "centering finally clicked tonight",
    "glaze test tiles came out of the kiln",
    "wheel night: one mug survived",
    "class ran late, worth it",
    "made a teapot. the spout is a suggestion",
    "throwing bigger cylinders every week",
]

BENIGN_TEXTS = [
    "the dog learned to open the pantry. we are in trouble",
    "hot take: crunchy peanut butter is the only peanut butter",
    "finished a 700-page fantasy novel and now I am empty inside",
    "new headphones, my commute podcasts have never sounded better",
    "garage sale find: a 1970s oscilloscope for $15",
    "the neighborhood cat has chosen me",
    "trying to learn guitar at 30, fingertips in pain",
    "made chili, it's 90 degrees out, no regrets",
    "Saturday project: fixing my grandma's radio",
    "the sky was unreal tonight",
    "reminder to drink water and back up your files",
    "farmers market peaches are back!!",
    "I have watched the same baking show three times",
    "new record: 5k without stopping",
    "pollen season has defeated me",
]

REPLY_HANDLES = ["dana_wires", "kiln_kate", "gradyb_bakes", "jordan_mech"]


def weekday_between(start, end, weekdays):
    """A random date in [start, end] falling on one of the given weekdays (0 = Monday)."""
    span = (end - start).days
    while True:
        d = start + dt.timedelta(days=rng.randrange(span + 1))
        if d.weekday() in weekdays:
            return d


def jitter(point, metres):
    deg = metres / 111_000.0
    return (point[0] + rng.uniform(-deg, deg), point[1] + rng.uniform(-deg, deg))


def generated_posts():
    out = []
    d = dt.date
    for text in CAFE_TEXTS:  # weekday mornings at the café, 2021-2024
        day = weekday_between(d(2021, 3, 1), d(2024, 9, 30), {0, 1, 2, 3, 4})
        t = dt.datetime.combine(day, dt.time(6, 38)) + dt.timedelta(minutes=rng.randrange(30))
        out.append((t, text, {"geo": jitter(CAFE, 15), "photos": 1 if rng.random() < 0.2 else 0}))
    for text in OFFICE_TEXTS:  # weekdays in working hours at the site, 2021-2024
        day = weekday_between(d(2021, 2, 1), d(2024, 9, 30), {0, 1, 2, 3, 4})
        t = dt.datetime.combine(day, dt.time(8, 5)) + dt.timedelta(minutes=rng.randrange(8 * 60))
        out.append((t, text, {"geo": jitter(OFFICE, 60)}))
    for i, text in enumerate(HOME_TEXTS):  # nights and weekends at home
        if i % 2:
            day = weekday_between(d(2020, 6, 1), d(2024, 10, 31), {5, 6})
            t = dt.datetime.combine(day, dt.time(9, 0)) + dt.timedelta(minutes=rng.randrange(10 * 60))
        else:
            day = weekday_between(d(2020, 6, 1), d(2024, 10, 31), {0, 1, 2, 3, 4, 5, 6})
            t = dt.datetime.combine(day, dt.time(21, 5)) + dt.timedelta(minutes=rng.randrange(150))
        out.append((t, text, {"geo": jitter(HOME, 20)}))
    for text in STUDIO_TEXTS:  # the weekly Tuesday evening class
        day = weekday_between(d(2021, 9, 1), d(2024, 10, 31), {1})
        t = dt.datetime.combine(day, dt.time(18, 40)) + dt.timedelta(minutes=rng.randrange(100))
        out.append((t, text, {"geo": jitter(STUDIO, 25), "photos": 1 if rng.random() < 0.3 else 0}))
    for text in BENIGN_TEXTS:  # everything else, no location
        day = d(2019, 2, 1) + dt.timedelta(days=rng.randrange(365 * 5 + 240))
        t = dt.datetime.combine(day, dt.time(7, 0)) + dt.timedelta(minutes=rng.randrange(15 * 60))
        out.append((t, text, {}))
    return out


# --- records ----------------------------------------------------------------------------------

TCO = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
KEYCHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def tco():
    return "https://t.co/" + "".join(rng.choice(TCO) for _ in range(10))


def unescape_len(text):
    """Length in code points of the text as displayed (entities decoded)."""
    return len(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


def hashtags(text):
    out = []
    for i, word in enumerate(text.split(" ")):
        if word.startswith("#") and len(word) > 1:
            start = unescape_len(" ".join(text.split(" ")[:i])) + (1 if i else 0)
            out.append({"text": word[1:].rstrip(".,!"), "indices": [str(start), str(start + len(word))]})
    return out


def mentions(text):
    out = []
    for i, word in enumerate(text.split(" ")):
        if word.startswith("@") and len(word) > 1:
            name = word[1:].rstrip(":,.!")
            start = unescape_len(" ".join(text.split(" ")[:i])) + (1 if i else 0)
            out.append({
                "name": name.replace("_", " ").title(),
                "screen_name": name,
                "indices": [str(start), str(start + 1 + len(name))],
                "id_str": str(100000000 + sum(map(ord, name)) * 7919),
                "id": str(100000000 + sum(map(ord, name)) * 7919),
            })
    return out


def point(lat, lon):
    return {"lat": "%.6f" % lat, "lon": "%.6f" % lon}


def build_tweet(local, text, opts, media_files, notes):
    utc = central_to_utc(local)
    tid = snowflake(utc)
    entities = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
    record = {
        "edit_info": {"initial": {
            "editTweetIds": [tid],
            "editableUntil": iso_ms(utc + dt.timedelta(hours=1)),
            "editsRemaining": "5",
            "isEditEligible": not opts.get("rt", False),
        }},
        "retweeted": False,
        "source": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
        "entities": entities,
        "display_text_range": ["0", "0"],
        "favorite_count": str(rng.randrange(0, 25)),
    }
    if "note" in opts:
        full = opts["note"]
        escaped = full.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        link = tco()
        text = escaped[:270].rstrip() + "\u2026 " + link
        entities["urls"].append({
            "url": link,
            "expanded_url": "https://twitter.com/i/web/status/" + tid,
            "display_url": "twitter.com/i/web/status/1\u2026",
            "indices": [str(unescape_len(text) - len(link)), str(unescape_len(text))],
        })
        notes.append({"noteTweet": {
            "noteTweetId": str(int(tid) - 977),  # note ids are not tweet ids
            "updatedAt": iso_ms(utc),
            "lifecycle": {"value": "1", "name": "Active", "originalName": "Active", "annotations": {}},
            "createdAt": iso_ms(utc),
            "core": {"styletags": [], "urls": [], "text": full, "mentions": [], "cashtags": [],
                     "hashtags": []},
        }})
    entities["hashtags"] = hashtags(text)
    entities["user_mentions"] = mentions(text)
    visible = unescape_len(text)
    if opts.get("reply"):
        parent = str(int(tid) - rng.randrange(10**12, 10**14))
        record["in_reply_to_status_id_str"] = parent
        record["in_reply_to_status_id"] = parent
        user = entities["user_mentions"][0]
        record["in_reply_to_user_id"] = user["id_str"]
        record["in_reply_to_user_id_str"] = user["id_str"]
        record["in_reply_to_screen_name"] = opts["reply"]
    media = []
    n_photos = opts.get("photos", 0)
    if n_photos:
        link = tco()
        text = text + " " + link
        for i in range(n_photos):
            key = "".join(rng.choice(KEYCHARS) for _ in range(15))
            mid = str(int(tid) - 1 - i)
            item = {
                "expanded_url": "https://x.com/%s/status/%s/photo/%d" % (USERNAME, tid, i + 1),
                "indices": [str(visible + 1), str(visible + 1 + len(link))],
                "url": link,
                "media_url": "http://pbs.twimg.com/media/%s.jpg" % key,
                "id_str": mid,
                "id": mid,
                "media_url_https": "https://pbs.twimg.com/media/%s.jpg" % key,
                "sizes": {
                    "thumb": {"w": "150", "h": "150", "resize": "crop"},
                    "large": {"w": "2048", "h": "1536", "resize": "fit"},
                    "medium": {"w": "1200", "h": "900", "resize": "fit"},
                    "small": {"w": "680", "h": "510", "resize": "fit"},
                },
                "type": "photo",
                "display_url": "pic.x.com/" + link[-10:],
            }
            media.append(item)
            media_files.append(("data/tweets_media/%s-%s.jpg" % (tid, key), tiny_jpeg(40 + rng.randrange(180))))
        entities["media"] = [media[0]]
    record["display_text_range"] = ["0", str(visible)]
    record.update({
        "id_str": tid,
        "truncated": False,
        "retweet_count": str(rng.randrange(0, 4)),
        "id": tid,
    })
    if media:
        record["possibly_sensitive"] = False
    record.update({
        "created_at": x_time(utc),
        "favorited": False,
        "full_text": text,
        "lang": "en",
    })
    if media:
        record["extended_entities"] = {"media": media}
    if "geo" in opts:
        lat, lon = opts["geo"]
        p = point(lat, lon)
        # Legacy `geo` is [lat, lon]; GeoJSON `coordinates` is [lon, lat].
        record["geo"] = {"type": "Point", "coordinates": [p["lat"], p["lon"]]}
        record["coordinates"] = {"type": "Point", "coordinates": [p["lon"], p["lat"]]}
        if "place" in opts:
            record["place"] = {"full_name": opts["place"], "name": opts["place"].split(",")[0],
                               "place_type": "city", "country_code": "US", "country": "United States"}
    return utc, {"tweet": record}


def js(prefix, value):
    return prefix + " = " + json.dumps(value, indent=2, ensure_ascii=False, separators=(",", " : "))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(here, "..", "x-marisol.zip"))
    args = ap.parse_args()

    specs = []
    for when, text, opts in HAND:
        specs.append((dt.datetime.strptime(when, "%Y-%m-%d %H:%M"), text, opts))
    specs.extend(generated_posts())
    specs.sort(key=lambda s: s[0])

    tweets, media_files, notes = [], [], []
    for local, text, opts in specs:
        local = local.replace(second=rng.randrange(60))
        tweets.append(build_tweet(local, text, opts, media_files, notes))
    # X writes newest first.
    tweets.sort(key=lambda t: t[0], reverse=True)
    records = [t[1] for t in tweets]

    account = [{"account": {
        "email": "marisol.keane@example.com",
        "createdVia": "android",
        "username": USERNAME,
        "accountId": ACCOUNT_ID,
        "createdAt": "2015-08-02T14:11:09.000Z",
        "accountDisplayName": DISPLAY_NAME,
    }}]
    profile = [{"profile": {
        "description": {
            "bio": "wires, rockets-adjacent, lopsided pottery. opinions my own &amp; my dog's",
            "website": "",
            "location": "Huntsville, AL",
        },
        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/solder_sol.jpg",
    }}]
    timezone = [{"accountTimezone": {"accountId": ACCOUNT_ID, "timeZone": "Central Time (US & Canada)"}}]

    def files(name, global_name, count, media_dir=None):
        entry = {"files": [{"fileName": name, "globalName": global_name, "count": str(count)}]}
        if media_dir:
            entry = {"mediaDirectory": media_dir, **entry}
        return entry

    manifest = {
        "userInfo": {"accountId": ACCOUNT_ID, "userName": USERNAME, "displayName": DISPLAY_NAME},
        "archiveInfo": {
            "sizeBytes": "0",
            "generationDate": "2024-11-30T12:00:00.000Z",
            "isPartialArchive": False,
            "maxPartSizeBytes": "53687091200",
        },
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {
            "account": files("data/account.js", "YTD.account.part0", 1),
            "accountTimezone": files("data/account-timezone.js", "YTD.account_timezone.part0", 1),
            "noteTweet": files("data/note-tweet.js", "YTD.note_tweet.part0", len(notes)),
            "profile": files("data/profile.js", "YTD.profile.part0", 1, "data/profile_media"),
            "tweets": files("data/tweets.js", "YTD.tweets.part0", len(records), "data/tweets_media"),
        },
    }
    manifest["archiveInfo"]["sizeBytes"] = str(sum(len(b) for _, b in media_files) + 100_000)

    entries = [
        ("Your archive.html",
         "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Your X archive</title></head>"
         "<body><p>Open this page in a browser to view your archive. (Sample made for mosaic.)</p>"
         "</body></html>\n"),
        ("data/README.txt", "Sample X archive of a made-up person, generated for mosaic's tests.\n"),
        ("data/manifest.js", "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2)),
        ("data/account.js", js("window.YTD.account.part0", account)),
        ("data/account-timezone.js", js("window.YTD.account_timezone.part0", timezone)),
        ("data/profile.js", js("window.YTD.profile.part0", profile)),
        ("data/note-tweet.js", js("window.YTD.note_tweet.part0", notes)),
        ("data/tweets.js", js("window.YTD.tweets.part0", records)),
    ]
    out = os.path.normpath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries + sorted(media_files):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    print("%s: %d tweets, %d notes, %d media files" % (out, len(records), len(notes), len(media_files)))


if __name__ == "__main__":
    main()
