#!/usr/bin/env python3
"""Blind evaluation personas for mosaic (independent author).

Writes, next to this file, for each persona KEY:
  KEY.zip            the archive in the platform's real export layout
  KEY.labels.json    ground truth (schema of /work/shared/eval/dev)
  KEY.watchlist.toml what the security officer knows
  README.md          table + labelling calls

Python 3 stdlib only; fixed seeds and fixed zip timestamps, so reruns are byte-identical.
"""
import io
import json
import os
import random
import struct
import zipfile
from datetime import datetime, date, time, timedelta, timezone
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2025, 11, 2, 9, 30, 0)
LABEL = {"U": "unit", "R": "role", "L": "location", "T": "routine", "H": "home"}
ORDER = ["unit", "role", "location", "routine", "home"]


def P(labels, slot, d, geo, text):
    return {"labels": [LABEL[c] for c in labels], "slot": slot, "d": d, "geo": geo, "text": text}


# ---------------------------------------------------------------- tiny JPEG
def seg(m, p):
    return b"\xff" + bytes([m]) + struct.pack(">H", len(p) + 2) + p


def tiny_jpeg(tag):
    """A valid 8x8 grey baseline JPEG with no EXIF (platforms strip it); tag goes in a COM segment."""
    return (b"\xff\xd8" + seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
            + seg(0xFE, tag.encode()) + seg(0xDB, b"\x00" + b"\x01" * 64)
            + seg(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")
            + seg(0xC4, b"\x00\x01" + b"\x00" * 15 + b"\x00")
            + seg(0xC4, b"\x10\x01" + b"\x00" * 15 + b"\x00")
            + seg(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x3f" + b"\xff\xd9")


# ---------------------------------------------------------------- helpers
def moji(obj):
    """Meta's escaped UTF-8: every string re-read as Latin-1 (json.dumps then writes \\u00XX)."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [moji(x) for x in obj]
    if isinstance(obj, dict):
        return {moji(k): moji(v) for k, v in obj.items()}
    return obj


def meta_json(obj):
    return json.dumps(moji(obj), indent=2, ensure_ascii=True)


def write_zip(path, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            data = files[name]
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def schedule(persona, rng):
    """Give every post a local datetime and coordinates, and its UTC instant."""
    tz = ZoneInfo(persona["timezone"])
    posts = persona["posts"]
    start, end = date(2018, 1, 8), date(2025, 10, 20)
    span = (end - start).days
    n = len(posts)
    used = set()
    out = []
    for i, p in enumerate(posts):
        wd, lo, hi = persona["slots"][p["slot"]]
        d = p["d"]
        if d and len(d) == 10:
            day = date.fromisoformat(d)
        else:
            if d and len(d) == 7:
                y, m = int(d[:4]), int(d[5:])
                day = date(y, m, rng.randint(1, 20))
            else:
                day = start + timedelta(days=int(span * i / n) + rng.randint(-6, 6))
            k = 0
            while day.weekday() not in wd and k < 7:
                day += timedelta(days=1)
                k += 1
        while True:
            minute = rng.randint(lo, hi)
            sec = rng.randint(0, 59)
            local = datetime.combine(day, time(0, 0)) + timedelta(minutes=minute, seconds=sec)
            aware = local.replace(tzinfo=tz)
            utc = aware.astimezone(timezone.utc)
            if utc not in used:
                used.add(utc)
                break
        geo = None
        mode = None
        if p["geo"]:
            key, _, mode = p["geo"].partition(":")
            if key != "-":
                lat, lon, pname = persona["places"][key]
                j = 0.0003 if key == "O" else 0.00018
                geo = (round(lat + rng.uniform(-j, j), 6), round(lon + rng.uniform(-j, j), 6), pname, key)
        q = dict(p)
        q.update(local=local, utc=utc, geo_pt=geo, mode=mode)
        out.append(q)
    out.sort(key=lambda q: q["utc"])
    return out


def iso(utc):
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def label_record(persona, posts, contacts):
    return {
        "persona": persona["key"],
        "platform": persona["platform"],
        "archive": persona["key"] + ".zip",
        "timezone": persona["timezone"],
        "truth": persona["truth"],
        "contacts": contacts,
        "posts": [{
            "created_at": iso(q["utc"]),
            "native_id": q["native_id"],
            "labels": [l for l in ORDER if l in q["labels"]],
            "text": q["text"],
            "geo": q["geo_out"],
            "photo_gps": q["photo_out"],
        } for q in posts],
    }


def watchlist(persona):
    t = persona["truth"]
    w = persona["watch"]
    aliases = ", ".join(json.dumps(a, ensure_ascii=False) for a in t["unit"][1:])
    return (f"# What {w['who']}'s security officer knows must not be revealed.\n"
            f"timezone = \"{persona['timezone']}\"\n\n"
            f"[[unit]]\nname = {json.dumps(t['unit'][0], ensure_ascii=False)}\naliases = [{aliases}]\n\n"
            f"[[role]]\nname = {json.dumps(w['role'], ensure_ascii=False)}\n\n"
            f"[[site]]\nname = {json.dumps(t['office']['name'], ensure_ascii=False)}\n"
            f"lat = {t['office']['lat']}\nlon = {t['office']['lon']}\nradius_m = 300\n")


# ======================================================================== g1: Facebook, older layout
ALL = set(range(7))
WK = {0, 1, 2, 3, 4}
WE = {5, 6}

G1 = {
    "key": "g1-facebook-helo",
    "platform": "facebook",
    "timezone": "America/New_York",
    "name": "Dana Whitcomb",
    "watch": {"who": "Dana Whitcomb", "role": "helicopter mechanic"},
    "truth": {
        "unit": ["Mayport Helicopter Repair Facility", "Helo Repair Facility", "MHRF"],
        "role": "civilian helicopter airframe and hydraulics mechanic (MH-60R Seahawk), later lead and QA inspector",
        "office": {"lat": 30.3905, "lon": -81.4247, "name": "Mayport Helicopter Repair Facility, Hangar 3 (Bldg 1552)"},
        "home": {"lat": 30.3297, "lon": -81.4058},
        "routine_places": [
            {"name": "Salt Air CrossFit (Tue/Thu 05:20-06:15)", "lat": 30.3179, "lon": -81.3986},
            {"name": "Lazy Pelican Taproom trivia (Wed 19:40-21:10)", "lat": 30.2941, "lon": -81.3932},
        ],
    },
    "places": {
        "O": (30.3905, -81.4247, "Mayport Helicopter Repair Facility"),
        "O2": (30.3905, -81.4247, "Hangar 3 - Bldg 1552"),
        "H": (30.3297, -81.4058, None),
        "R1": (30.3179, -81.3986, "Salt Air CrossFit"),
        "R2": (30.2941, -81.3932, "Lazy Pelican Taproom"),
        "T1": (35.5951, -82.5515, "Downtown Asheville"),
        "T2": (35.7069, -82.3702, "Blue Ridge Parkway - Craggy Gardens"),
        "T3": (35.5402, -82.5521, "Biltmore Estate"),
        "T4": (35.5880, -82.5560, "River Arts District"),
        "hanna": (30.3712, -81.4046, "Kathryn Abbey Hanna Park"),
        "pier": (30.2917, -81.3883, "Jacksonville Beach Pier"),
        "zoo": (30.4039, -81.6446, "Jacksonville Zoo and Gardens"),
        "nas": (30.2357, -81.6806, "NAS Jacksonville Air Show"),
        "stadium": (30.3239, -81.6373, "EverBank Stadium"),
    },
    "slots": {
        "work": (WK, 430, 880), "nightck": (WK, 960, 1350), "r1": ({1, 3}, 320, 375),
        "r2": ({2}, 1180, 1270), "late": (ALL, 1325, 1425), "eve": (ALL, 1050, 1290),
        "any": (ALL, 540, 1260), "wkend": (WE, 570, 1020), "morn": (WK, 360, 410),
        "r1tue": ({1}, 320, 375), "r1thu": ({3}, 320, 375), "workam": (WK, 430, 480), "lunch": (WK, 660, 750),
    },
    "posts": [
        P("U", "eve", "2018-01-09", None, "Okay it’s official — I got the offer!! Starting at the Mayport Helicopter Repair Facility in two weeks. Goodbye unemployment, hello steel-toes 🎉"),
        P("", "wkend", None, None, "Sunday pancakes with the nieces 🥞 Ella ate four, Maddie ate the syrup"),
        P("R", "eve", "2018-02", None, "First week done. Badge photo, tool control brief, FOD walk, safety brief, another safety brief. Haven’t touched an aircraft yet lol"),
        P("LT", "lunch", "2018-02", "O2:p", "Lunch in the truck, too loud in there to think"),
        P("T", "r1", "2018-03", "R1:c", "5:30am WOD in the books. Who schedules burpees before sunrise?? (me. I do.)"),
        P("", "any", None, None, "Pepper learned to open the pantry. We are no longer in charge of this household."),
        P("R", "eve", "2018-04", None, "Signed off my first rotor head inspection on a Seahawk without my mentor hovering over my shoulder. Small wins 🚁"),
        P("T", "r2", "2018-04", "R2:c", "Trivia night: came in 2nd because nobody knew the capital of Burkina Faso"),
        P("", "late", None, None, "Ouagadougou. The answer was Ouagadougou. I will never forget it now."),
        P("LT", "morn", None, None, "Gate 2 had the line backed up onto Mayport Rd again. Leaving the house at 6:10 from now on or I suffer"),
        P("LT", "workam", None, "O2:p", "Sunrise over the flight line never gets old"),
        P("", "wkend", None, None, "Helped my brother move. His unit is on the 3rd floor with no elevator. Never again. NEVER."),
        P("", "wkend", None, "hanna:p", "Beach day with Pepper 🐕 she tried to fight a crab and lost"),
        P("R", "eve", None, None, "Spent the whole shift chasing a hydraulic leak. Found it behind the tail rotor servo after 4 hrs. I smell like Skydrol, send help"),
        P("H", "late", None, "H:p", "Late night cereal on the porch, crickets going nuts"),
        P("T", "r1", None, "R1:c", "PR on deadlift!! 255 lbs 💪"),
        P("", "any", "2018-11-22", None, "Dad was a Navy corpsman for 20 years and he still tells the same three stories every Thanksgiving. Love that man."),
        P("T", "r2", None, "R2:c", "Trivia team name this week: Quiz Khalifa. We lost. Deserved it."),
        P("", "any", None, None, "Unit conversion rant: recipe says 200 g of flour and my measuring cups say no thank you"),
        P("T", "eve", "2018-12", None, "Night check all month — 1500 to 2330 Mon thru Fri. Haven’t seen daylight on a weekday in a week"),
        P("", "any", "2018-12-25", None, "Merry Christmas from me and Pepper 🎄❤️"),
        P("RLT", "work", "2019-01", "O2:p", "Coffee #3. Phase inspection week, every panel on this bird is coming off"),
        P("", "eve", None, None, "Rereading Black Hawk Down. Still holds up."),
        P("R", "wkend", None, None, "Anybody know a good mechanic in Atlantic Beach? The Civic is making a noise that I, a professional aircraft mechanic, refuse to diagnose on my day off"),
        P("T", "r1tue", None, "R1:c", "Tuesday 5:15 class crew is the best crew. See y’all Thursday."),
        P("R", "eve", "2019-05", None, "Got my CDI stamp today 😳 collateral duty inspector means my signature on the maintenance record actually counts now. Scary."),
        P("", "any", None, None, "Pepper ate an entire sock. Vet says she’ll be fine. My wallet will not."),
        P("H", "late", None, "H:p", "Can’t sleep. Thunderstorm rolling in off the ocean ⛈️"),
        P("ULRT", "work", None, "O:c", "Blade fold drills in the rain. Living the dream."),
        P("T", "r2", None, "R2:c", "WON TRIVIA. $40 bar tab split five ways. We are rich."),
        P("", "eve", None, None, "Watched The Hunt for Red October for like the 10th time. Sean Connery’s Soviet accent is a choice."),
        P("", "any", None, None, "Secret family hush puppy recipe and no, I will not be sharing it"),
        P("T", "r1", None, "R1:c", "Rowing intervals made me question every decision I’ve ever made"),
        P("", "wkend", None, "zoo:p", "Zoo with the nieces. The gorillas were judging us."),
        P("L", "any", "2020-04-02", None, "Bldg 1552 is shut for a deep clean so we’re doing paperwork out of the trailers by the east fence for a week. Covid times."),
        P("", "any", "2020-04", None, "Jess is WFH now so I have to whisper in my own kitchen"),
        P("", "wkend", "2020-04", None, "Banana bread attempt #4. We’re getting there."),
        P("R", "eve", "2020-04", None, "Still going in every day. The aircraft don’t fix themselves and the ship still needs them flying. Mask, gloves, torque wrench."),
        P("LT", "work", "2020-06", "O2:p", "Rain delay. Again. Florida summer is a personality."),
        P("", "late", None, None, "My sister is SUCH a helicopter parent. The kid is 14, let her walk to the pool"),
        P("H", "late", None, "H:p", "Porch, candle, book. Perfect weeknight."),
        P("R", "eve", "2021-02", None, "Clearance reinvestigation paperwork is 40 pages of every address I’ve lived at since high school. Past me moved way too much."),
        P("", "any", "2021-07-04", "pier:p", "Happy 4th!! Fireworks from the pier 🎆"),
        P("R", "eve", "2021-03", None, "Training our new hire on hydraulic servicing this week. She asks better questions than I did at her stage."),
        P("T", "r2", None, "R2:c", "Music round carried us tonight. Thank you 90s R&B."),
        P("", "any", None, None, "My cousin Marcus just pinned on Chief!! Navy family reunion is going to be insufferable 😂"),
        P("", "any", None, None, "Anyone else’s HOA have a ‘secret’ rule about trash can colors? Because apparently mine is the wrong blue"),
        P("T", "eve", "2021-08", None, "Back on days starting Monday, 0630–1500. Which means 5:15 CrossFit Tue/Thu is back on, sorry body"),
        P("T", "r1", "2021-08", "R1:c", "First 5:15 class in months. Everything hurts. Worth it."),
        P("ULRT", "work", "2021-10", "O:c", "Tail rotor blade swap done before lunch. Team effort, best crew on the base."),
        P("R", "eve", "2022-02", None, "Secret clearance renewal approved ✅ Ten more years of changing the subject at parties"),
        P("T", "r2", None, "R2:c", "Trivia: we knew every Disney question and zero sports questions. Balance."),
        P("", "any", "2022-10-14", "T1:c", "Road trip to the mountains!! First stop Asheville 🍂"),
        P("", "any", "2022-10-15", "T2:p", "Blue Ridge Parkway views are unreal. Pepper is wrapped in a blanket in the back seat"),
        P("", "any", "2022-10-16", "T3:c", "Biltmore is ridiculous. Who needs 250 rooms"),
        P("", "any", "2022-10-17", "T4:p", "Last morning in the mountains. Cold brew and fog."),
        P("", "wkend", None, "nas:p", "Dragged my niece to the air show. She liked the ice cream more than the Blue Angels"),
        P("T", "r1", None, "R1:c", "Partner WOD with a stranger at 5:20am, now we’re best friends"),
        P("R", "eve", "2023-01-06", None, "Promoted!! Lead mechanic for the hydraulics shop. Same hangar, more meetings, way more paperwork"),
        P("ULR", "any", "2023-01-22", None, "#MHRF five years for me today. Still remember walking into Hangar 3 not knowing what a servo was."),
        P("R", "eve", "2023-03", None, "Our QA audit starts Monday. Pray for my logbook entries 🙏"),
        P("LT", "work", "2023-04", "O2:p", "Hangar doors open, finally a breeze"),
        P("L", "any", None, None, "3rd floor of the admin building on our side of the base has the only working vending machine. This is my cardio now"),
        P("", "eve", None, None, "Watched a show about a secret agent undercover at a helicopter company and it was so bad I loved it"),
        P("ULT", "work", "2023-05", "O:p", "Helo Repair Facility chili cook-off today and the avionics guys cheated, I have photo evidence"),
        P("", "wkend", None, None, "Sunday meal prep: 12 burritos, 0 regrets"),
        P("H", "late", None, "H:p", "Late night ice cream run, back home victorious 🍦"),
        P("T", "r2", None, "R2:c", "Trivia night, somebody brought a baby, the baby knew more than us"),
        P("", "wkend", None, None, "Rebuilt the deck stairs myself. Nobody has fallen through yet."),
        P("T", "wkend", None, None, "Volunteering at the animal shelter Saturday mornings now. Pepper is furious about it."),
        P("R", "eve", "2024-02", None, "PASSED MY A&P!!! FAA airframe & powerplant cert done after two years of studying after shift. Crying in the parking lot"),
        P("RT", "eve", "2024-03", None, "Night check again for the phase backlog, 1500–2330 through March. See you all in April"),
        P("LT", "nightck", "2024-03", "O2:p", "Dinner break on the flight line 🌅"),
        P("", "any", "2024-10-08", None, "Hurricane prep: boarded up the windows, filled the tub, Pepper is unbothered"),
        P("R", "eve", "2024-10-07", None, "We’re flying the birds out ahead of the storm, whole hangar crew on call all weekend"),
        P("", "eve", None, None, "Blind tasting at the wine bar. I identified a box wine as ‘fancy’."),
        P("T", "r1", None, "R1:c", "Six years at this box. Tue/Thu 5:15 till they kick me out."),
        P("R", "eve", "2025-01", None, "Moved over to QA inspector. I now get paid to find other people’s mistakes, which I was doing for free before 😂"),
        P("", "eve", None, None, "Is it just me or did Jack Ryan get worse every season"),
        P("RLT", "work", "2025-02", "O2:c", "Bldg 1552, bay 2. Main gearbox change with the whole crew today."),
        P("", "any", None, None, "New neighbors moved in. They have a grill the size of a car. I will be befriending them."),
        P("H", "late", None, "H:p", "Power’s out on our street, candles and the crossword"),
        P("T", "r2", None, "R2:c", "Wednesday trivia, 7 years running. The bartender knows our order."),
        P("", "stadium", None, "stadium:p", "Jags game!! We lost but the nachos won"),
        P("", "any", None, None, "Finished a 1000-piece puzzle. 3 pieces missing. I blame Pepper."),
        P("LT", "work", "2025-06", "O2:p", "Last one out of the hangar gets the good parking spot tomorrow? That’s not how it works? Too bad"),
        P("", "any", None, None, "Grandma turned 90 today!! Still beats everyone at rummy"),
        P("", "wkend", None, None, "Kayaked the intracoastal, saw 3 dolphins and a very confused manatee"),
        P("T", "r1thu", "2025-08", "R1:c", "Thursday 5:20 crew did the hero WOD. I’m lying on the floor typing this"),
        P("", "late", None, None, "Does anyone else talk to their dog like a coworker? ‘Great job today, Pepper, really strong effort’"),
        P("R", "eve", "2025-09", None, "Signed the last inspection on a bird coming out of phase, watched it fly away. Still gets me."),
        P("", "any", None, None, "Fall candle season is officially open in this house 🕯️"),
    ],
}
G1["slots"]["stadium"] = (WE, 780, 1080)

G1_DMS = [
    {"slug": "ryankessler_kx81hqz2mw", "other": "Ryan Kessler", "handle": "ryan.kessler.aero", "suspicious": True,
     "msgs": [
         ("2022-03-14 19:02", "o", "Hi Dana, came across your profile through the Jax aviation group. I run a small aviation consultancy up in Virginia. You work on the Seahawks down at Mayport, right?"),
         ("2022-03-14 20:40", "me", "Who’s asking?"),
         ("2022-03-15 18:11", "o", "Sorry, should have introduced myself properly. We advise investors on defense readiness. Even rough numbers on how many aircraft are down waiting on parts each month would help us a lot. Paid, of course — $1,500 per short report."),
         ("2022-03-15 21:30", "me", "Not interested, sorry. I don’t talk about work."),
         ("2022-03-29 19:45", "o", "Understood! No names needed, nothing classified. A photo of the status board in the shop would be plenty. Easier to talk on Signal or Telegram — my number is +1 703 555 0148."),
         ("2022-04-12 20:05", "o", "Offer’s still open, happy to double it for a quick call."),
     ]},
    {"slug": "marcuswhitcomb_3fj29dkq0a", "other": "Marcus Whitcomb", "handle": "marcus.whitcomb", "suspicious": False,
     "msgs": [
         ("2021-09-02 18:20", "o", "Cuz!! Pinning ceremony is the 24th, you coming?"),
         ("2021-09-02 19:01", "me", "Wouldn’t miss it. Bringing Pepper, she needs to see you in khakis"),
         ("2021-09-03 07:15", "o", "lol ok but she’s not getting on stage"),
     ]},
    {"slug": "saltaircrossfit_99ab7d2k1c", "other": "Salt Air CrossFit", "handle": "saltaircrossfit", "suspicious": False,
     "msgs": [
         ("2020-05-18 12:00", "o", "Hi Dana! We reopen outdoor classes June 1. Your membership freeze ends automatically."),
         ("2020-05-18 17:44", "me", "Yay!! See you then"),
     ]},
]


def build_facebook(P_, rng):
    tz = ZoneInfo(P_["timezone"])
    name = P_["name"]
    posts = schedule(P_, rng)
    files = {}
    out = []
    album = "TimelinePhotos_5521093847"
    for i, q in enumerate(posts):
        ts = int(q["utc"].timestamp())
        obj = {"timestamp": ts}
        atts = []
        q["geo_out"] = None
        q["photo_out"] = None
        q["native_id"] = None  # Facebook posts carry no id
        g = q["geo_pt"]
        title = f"{name} updated her status."
        if q["mode"] == "c" and g:
            lat, lon, pname, key = g
            addr = {"O": "Mayport Rd, Jacksonville, FL 32233", "R1": "1st St N, Jacksonville Beach, FL 32250",
                    "R2": "3rd St N, Jacksonville Beach, FL 32250"}.get(key, "")
            atts.append({"data": [{"place": {"name": pname, "coordinate": {"latitude": lat, "longitude": lon},
                                             "address": addr,
                                             "url": f"https://www.facebook.com/pages/{pname.replace(' ', '-')}/{1000000 + rng.randint(0, 8999999)}"}}]})
            title = f"{name} was at {pname}."
            q["geo_out"] = {"lat": lat, "lon": lon}
        elif q["mode"] == "p":
            fname = f"{ts}_{100000 + i}_{rng.randint(10**9, 10**10 - 1)}_n.jpg"
            uri = f"posts/media/{album}/{fname}"
            files[uri] = tiny_jpeg(f"g1-{i}")
            ex = {"upload_ip": f"198.51.100.{rng.randint(2, 250)}", "taken_timestamp": ts - rng.randint(30, 900),
                  "camera_make": "Apple", "camera_model": rng.choice(["iPhone 8", "iPhone 11", "iPhone 13"]),
                  "iso": rng.choice([25, 32, 50, 100, 200]), "focal_length": "4.25", "exposure": "1/120",
                  "f_stop": "1.8", "orientation": 1, "original_width": 4032, "original_height": 3024}
            ex["modified_timestamp"] = ex["taken_timestamp"]
            if g:
                ex["latitude"], ex["longitude"] = g[0], g[1]
                q["photo_out"] = {"lat": g[0], "lon": g[1]}
            atts.append({"data": [{"media": {"uri": uri, "creation_timestamp": ts,
                                             "media_metadata": {"photo_metadata": {"exif_data": [ex]}},
                                             "title": "Timeline Photos", "description": q["text"]}}]})
            title = f"{name} added a new photo."
        if atts:
            obj["attachments"] = atts
        obj["data"] = [{"post": q["text"]}, {"update_timestamp": ts}]
        obj["title"] = title
        out.append(obj)
    files["posts/your_posts_1.json"] = meta_json(list(reversed(out)))
    files["profile_information/profile_information.json"] = meta_json({"profile": {
        "name": {"full_name": name, "first_name": "Dana", "middle_name": "", "last_name": "Whitcomb"},
        "emails": {"emails": ["dana.whitcomb88@example.com"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1988, "month": 6, "day": 17},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "previous_names": [], "other_names": [],
        "current_city": {"name": "Atlantic Beach, Florida", "timestamp": 1515000000},
        "hometown": {"name": "Valdosta, Georgia", "timestamp": 1300000000},
        "relationship": {"status": "In a relationship", "partner": "Jess Moreno", "timestamp": 1533000000},
        "family_members": [{"name": "Marcus Whitcomb", "relation": "Cousin", "timestamp": 1400000000}],
        "education_experiences": [{"name": "Valdosta High School", "graduated": True, "school_type": "High School", "timestamp": 1300000000}],
        "work_experiences": [],
        "websites": [],
        "about_me": "Dog mom to Pepper 🐾 | beach > everything | Go Jags",
        "registration_timestamp": 1262304000,
        "profile_uri": "https://www.facebook.com/dana.whitcomb.88"}})
    contacts = []
    for t in G1_DMS:
        msgs = []
        for k, (when, who, text) in enumerate(t["msgs"]):
            dt = datetime.fromisoformat(when).replace(tzinfo=tz, second=7 + k)
            msgs.append({"sender_name": name if who == "me" else t["other"],
                         "timestamp_ms": int(dt.timestamp() * 1000), "content": text, "type": "Generic"})
        msgs.reverse()
        files[f"messages/inbox/{t['slug']}/message_1.json"] = meta_json({
            "participants": [{"name": t["other"]}, {"name": name}], "messages": msgs, "title": t["other"],
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{t['slug']}"})
        contacts.append({"handle": t["handle"], "name": t["other"], "id": None, "suspicious": t["suspicious"]})
    return files, posts, contacts


# ======================================================================== g2: X (Twitter), Simplified Chinese
G2 = {
    "key": "g2-x-meteo",
    "platform": "x",
    "timezone": "Asia/Shanghai",
    "name": "云朵岚岚",
    "watch": {"who": "林晓岚", "role": "气象预报员"},
    "truth": {
        "unit": ["泉州气象水文保障站", "气象水文保障站", "泉气站"],
        "role": "军队气象水文保障站预报员（值班预报、探空放球、出海/飞行保障、涉密人员），后任预报组副组长",
        "office": {"lat": 24.8472, "lon": 118.6655, "name": "泉州气象水文保障站 观测场/3号楼"},
        "home": {"lat": 24.9031, "lon": 118.5987},
        "routine_places": [
            {"name": "丰泽体育馆羽毛球场（周一、周三 19:40-20:50）", "lat": 24.8930, "lon": 118.6130},
            {"name": "西街面线糊店（周六 08:05-09:20）", "lat": 24.9125, "lon": 118.5790},
        ],
    },
    "places": {
        "O": (24.8472, 118.6655, None),
        "H": (24.9031, 118.5987, None),
        "R1": (24.8930, 118.6130, None),
        "R2": (24.9125, 118.5790, None),
        "T1": (30.6586, 104.0648, "春熙路"),
        "T2": (30.7390, 104.1460, "成都大熊猫繁育研究基地"),
        "T3": (30.6700, 104.0400, "宽窄巷子"),
        "T4": (30.6520, 104.0790, "成都 锦江区"),
        "qy": (24.9440, 118.6020, None),
    },
    "slots": {
        "work": (WK, 490, 1040), "night": (ALL, 1330, 1435), "balloon": (ALL, 425, 455),
        "r1": ({0, 2}, 1180, 1250), "r2": ({5}, 485, 560), "late": (ALL, 1330, 1430),
        "eve": (ALL, 1110, 1320), "any": (ALL, 540, 1290), "wkend": (WE, 570, 1050),
        "r1m": ({0}, 1180, 1250), "r1w": ({2}, 1180, 1250), "lunch": (WK, 720, 800),
    },
    "posts": [
        P("", "any", "2018-01", None, "新年第一条推，希望今年少加班多睡觉 😴"),
        P("U", "eve", "2018-02", None, "终于收到泉州气象水文保障站的录用通知了！！下个月报到，我妈比我还激动"),
        P("R", "eve", "2018-03", None, "报到第一周：学填天气图、背电码、认各种云。原来大学四年学的都是皮毛"),
        P("LT", "work", "2018-03", "O", "观测场的草坪比我家小区的还整齐"),
        P("T", "r1m", "2018-04", "R1", "周一羽毛球，打完感觉腿不是自己的了"),
        P("", "any", None, None, "所以说人生就是不断地买奶茶和后悔买奶茶"),
        P("RLT", "balloon", "2018-05", "O", "早上七点一刻放探空气球，风大得差点把我一起带走🎈"),
        P("", "eve", None, None, "研究了一晚上菜谱，最后还是点了外卖"),
        P("H", "late", None, "H", "下班回家泡个脚，舒服"),
        P("T", "r2", "2018-06", "R2", "周六早上的面线糊，一周就靠它续命"),
        P("", "eve", None, None, "《风声》重温第三遍，周迅太绝了"),
        P("R", "eve", "2018-07", None, "第一次独立值班，盯着云图一晚上没敢眨眼。天亮的时候感觉自己老了十岁"),
        P("", "any", "2018-07", None, "Typhoon season is here again. 台风季又来了，大家出门记得带伞☔"),
        P("LT", "night", "2018-08", "O", "夜班，泡面，雨声。"),
        P("", "wkend", None, None, "院子里的三角梅开了，外婆每天都要去看一眼"),
        P("T", "r1w", "2018-09", "R1", "Wednesday badminton，输了三局，请大家喝了汽水"),
        P("R", "eve", "2018-09", None, "这周天气会商轮到我主讲，PPT改了八遍，手在抖"),
        P("", "any", None, None, "所有的快递都在同一天到，快递小哥看我的眼神很复杂"),
        P("LT", "lunch", "2018-10", "O:c", "午休在单位后面的小树林里散步，听到布谷鸟了"),
        P("", "any", None, None, "陪妈妈去医院复查，一切正常，放心了"),
        P("R", "eve", "2018-11", None, "上岗考核过了！以后可以独立签发预报了，压力山大"),
        P("T", "r2", "2018-12", "R2", "面线糊+醋肉，老板已经记住我了"),
        P("H", "late", "2019-01", "H", "睡前刷一集《潜伏》，余则成yyds"),
        P("", "any", "2019-02-05", None, "新年快乐！今年年夜饭十二个菜🧧"),
        P("R", "eve", "2019-03", None, "单位组织涉密人员培训，签了一堆保密承诺书。以后发东西更要谨慎了"),
        P("", "wkend", None, None, "研究生同学结婚，一桌人全在聊房价"),
        P("LT", "work", "2019-04", "O", "今天云特别好看，积云一朵一朵的像棉花糖 ☁️"),
        P("T", "r1", "2019-05", "R1", "羽毛球群里新来一个大哥，杀球太狠了"),
        P("", "any", None, None, "这个局面我是真没想到，猫把狗赶出了狗窝😂"),
        P("RLT", "night", "2019-06", "O:c", "今晚要赶出明早出海保障的风浪预报，咖啡第三杯了"),
        P("", "wkend", "2019-06", None, "去安溪茶厂参观，自己炒了一锅铁观音，难喝得很有个性"),
        P("UL", "any", "2019-07", None, "我们站在老机场路尽头，3号楼四楼的窗户能看到整个观测场"),
        P("T", "r2", "2019-08", "R2", "周六早茶局，今天人齐了"),
        P("H", "late", "2019-08", "H", "加完班到家十一点了，楼下的烧烤摊还开着"),
        P("R", "eve", "2019-09", None, "护照交上去统一保管了，出国要层层审批。反正本来也没打算出国哈哈"),
        P("", "wkend", None, None, "市中心新开的商场人好多，排了四十分钟才吃上饭"),
        P("T", "eve", "2019-11", None, "这个月排班：周二周五夜班，周日白班，其他时间随缘😂"),
        P("LT", "lunch", "2019-12", "O", "单位食堂今天有沙茶面！！"),
        P("", "any", "2020-02-03", None, "在家隔离第十天，和猫大眼瞪小眼"),
        P("UR", "eve", "2020-02-20", None, "疫情期间站里封闭值守，已经二十天没回家了，想念妈妈做的卤面"),
        P("", "any", None, None, "所以到底是谁发明的早八？"),
        P("T", "r1", "2020-06", "R1", "疫情后第一次打球，体力直线下降"),
        P("RLT", "balloon", "2020-07", "O", "07:15放球，今天球没升多高就进云了，不过数据挺漂亮"),
        P("", "eve", None, None, "Finally finished The Three-Body Problem trilogy. 三体终于看完了，黑暗森林那段太震撼"),
        P("H", "late", "2020-08-04", "H", "台风天窝在家里，听着窗外呼呼的风声"),
        P("R", "eve", "2020-08-07", None, "台风过境那三天基本没睡，每小时一次加密观测，终于结束了"),
        P("T", "r2", "2020-09", "R2", "早茶店换了新招牌，味道没变就好"),
        P("", "any", None, None, "大学室友在研究所上班，天天加班比我还惨"),
        P("L", "any", "2020-11", None, "每天进大门要过两道岗，第二道岗的哨兵小哥今天冲我笑了一下"),
        P("", "wkend", None, "qy", "周末爬清源山，山顶风好大"),
        P("UR", "eve", "2021-01", None, "#泉气站 年终总结，我们预报室拿了先进集体，我也评上了优秀预报员🏅"),
        P("T", "r1m", "2021-03", "R1", "打完球吃碗四果汤，完美的周一"),
        P("", "any", None, None, "外卖小哥说他们站长今天请全站吃西瓜，羡慕"),
        P("LT", "night", "2021-04", "O", "Night shift again. 夜班的星星特别亮✨"),
        P("", "eve", None, None, "在看《暗算》，听风者那段好好哭"),
        P("R", "eve", "2021-06", None, "中级职称评下来了——工程师！熬了三年，终于不是助理了"),
        P("T", "r2", "2021-07", "R2", "面线糊涨价了，五块变六块，照吃"),
        P("H", "late", "2021-08", "H", "睡不着，起来吃了半个西瓜"),
        P("", "any", "2021-09", None, "国庆所有人都在抢票，我连站票都没抢到"),
        P("RLT", "work", "2021-10", "O", "跟飞行部门开保障协调会，讲了半小时低云和能见度，嗓子冒烟"),
        P("", "any", "2022-09-10", None, "中秋快乐！博饼博了个状元插金花🎲"),
        P("T", "r1m", "2022-04", "R1", "Monday badminton，双打终于赢了一次"),
        P("", "wkend", "2022-05", None, "大队人马去海边露营，结果下雨了，全员躲在一个帐篷里打牌"),
        P("T", "eve", "2022-06", None, "以后每周一、周三晚上都去体育馆打球，风雨无阻，谁来？"),
        P("ULT", "work", "2022-11", "O:c", "气象水文保障站开放日，小朋友们来参观观测场，问我云是不是棉花做的"),
        P("", "any", "2023-01-25", None, "The Wandering Earth 2 is so good. 流浪地球2太好看了，刘德华那段我哭了"),
        P("", "any", "2023-05-01", "T1:p", "成都第一站，春熙路人山人海"),
        P("", "any", "2023-05-02", "T2", "熊猫基地！花花太可爱了🐼"),
        P("", "any", "2023-05-03", "T3:c", "宽窄巷子喝盖碗茶，掏耳朵体验了一把"),
        P("", "any", "2023-05-04", "T4", "火锅吃到第三顿，胃在抗议"),
        P("R", "eve", "2023-07", None, "今年开始带新人，教她分辨卷云和卷层云，想起五年前的自己"),
        P("H", "late", "2023-08", "H", "半夜被蚊子咬醒，开灯战斗"),
        P("T", "r2", "2023-09", "R2", "周六老三样：面线糊、油条、豆浆"),
        P("R", "eve", "2024-01", None, "年度保密审查又来了，填表填到怀疑人生"),
        P("LT", "night", "2024-02", "O", "值班室空调坏了，夜班像在蒸桑拿"),
        P("", "any", None, None, "楼下新开了一家健身中心，办卡送毛巾"),
        P("T", "r1w", "2024-03", "R1", "周三羽毛球，今天被小学生打败了"),
        P("", "any", None, None, "高铁站的咖啡是我喝过最贵的美式"),
        P("R", "eve", "2024-06", None, "升任预报组副组长了，意味着以后背锅的是我😂"),
        P("ULR", "any", "2024-09", None, "#泉气站 建站六十周年，老站长回来讲当年用经纬仪追气球的故事，好多人听哭了"),
        P("", "eve", None, None, "My cat knocked coffee over my keyboard. 键盘阵亡"),
        P("LT", "work", "2024-10", "O", "午后雷阵雨前的云，拍给你们看"),
        P("", "any", None, None, "表姐在医院当护士，三班倒比我还辛苦"),
        P("T", "r2", "2024-12", "R2", "冬天的面线糊最暖胃"),
        P("H", "late", "2025-01", "H", "年底了，在家对着账单发呆"),
        P("T", "eve", "2025-03", None, "新排班表出来了：四班三运转，每四天一个夜班，下个月开始执行"),
        P("", "any", None, None, "研究了一下今年的基金，决定继续躺平"),
        P("LT", "balloon", "2025-05", "O", "清晨的观测场，露水打湿了鞋"),
        P("", "wkend", None, None, "去厦门看海，鼓浪屿人太多了"),
        P("T", "r1m", "2025-06", "R1", "周一晚上的球局还是那帮人，七年了"),
        P("R", "eve", "2025-08", None, "今年汛期第五个台风了，连续值守第九天，预报结论改了又改"),
        P("", "any", "2025-10", None, "秋天终于来了，可以穿卫衣了"),
    ],
}

G2_ACCOUNT = "1020304050"
G2_DMS = [
    {"id": "884411220", "handle": "tianhai_zixun", "name": "天海咨询-王经理", "suspicious": True,
     "msgs": [
         ("2021-03-08 20:15", "o", "林小姐您好，我们是做海洋气象数据服务的，看您经常发天气和云的照片，冒昧问一下您是在泉州那边的气象站工作吗？"),
         ("2021-03-08 21:02", "me", "你好，请问有什么事？"),
         ("2021-03-09 19:30", "o", "我们有个项目需要一些沿海的探空资料和值班安排，您方便提供的话报酬好商量，每月五千起。"),
         ("2021-03-09 22:10", "me", "不好意思，这个不方便。"),
         ("2021-03-20 20:40", "o", "理解理解，这里说话不方便，加个Telegram或者微信小号聊？我的TG是 @tianhai_wang"),
         ("2021-04-02 21:05", "o", "只要一些不涉密的值班表就行，不会有风险的，先付一半定金。"),
     ]},
    {"id": "771200331", "handle": "lin_mama_66", "name": "林妈妈", "suspicious": False,
     "msgs": [
         ("2020-09-25 18:20", "o", "周末回来吃饭吗？做了你爱吃的卤面"),
         ("2020-09-25 18:45", "me", "回！周六中午到"),
     ]},
    {"id": "663300178", "handle": "ajie_badminton", "name": "阿杰", "suspicious": False,
     "msgs": [
         ("2022-06-13 17:30", "o", "今晚打球吗？场地我订好了"),
         ("2022-06-13 17:42", "me", "来！七点半见"),
     ]},
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def twitter_time(u):
    return f"{DAYS[u.weekday()]} {MONTHS[u.month - 1]} {u.day:02d} {u:%H:%M:%S} +0000 {u.year}"


def snowflake(u, rng):
    ms = int(u.timestamp() * 1000) + rng.randint(0, 999)
    return str(((ms - 1288834974657) << 22) | rng.randint(0, 4095))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ytd(name, obj):
    return f"window.YTD.{name}.part0 = " + json.dumps(obj, ensure_ascii=False, indent=2)


def build_x(P_, rng):
    tz = ZoneInfo(P_["timezone"])
    posts = schedule(P_, rng)
    files = {}
    tweets = []
    b62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    for q in posts:
        u = q["utc"]
        tid = snowflake(u, rng)
        q["native_id"] = tid
        q["photo_out"] = None
        q["geo_out"] = None
        text = q["text"]
        tags = []
        pos = 0
        while "#" in text[pos:]:
            a = text.index("#", pos)
            b = a + 1
            while b < len(text) and (text[b].isalnum()):
                b += 1
            tags.append({"text": text[a + 1:b], "indices": [str(a), str(b)]})
            pos = b
        full = html_escape(text)
        ents = {"hashtags": tags, "symbols": [], "user_mentions": [], "urls": []}
        tw = {
            "edit_info": {"initial": {"editTweetIds": [tid],
                                      "editableUntil": (u + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": True}},
            "retweeted": False,
            "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
            "entities": ents,
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(rng.randint(0, 40)),
            "id_str": tid, "truncated": False, "retweet_count": str(rng.randint(0, 5)), "id": tid,
            "created_at": twitter_time(u), "favorited": False, "full_text": full,
            "lang": "en" if all(ord(c) < 0x2000 for c in text) else "zh",
        }
        if q["mode"] == "p" or (q["geo_pt"] is None and rng.random() < 0.08):
            base = "".join(rng.choice(b62[:62]) for _ in range(15))
            short = "https://t.co/" + "".join(rng.choice(b62[:62]) for _ in range(10))
            mid = snowflake(u - timedelta(seconds=5), rng)
            media = {"expanded_url": f"https://twitter.com/lanlan_yunduo/status/{tid}/photo/1",
                     "indices": [str(len(text) + 1), str(len(text) + 24)], "url": short,
                     "media_url": f"http://pbs.twimg.com/media/{base}.jpg", "id_str": mid, "id": mid,
                     "media_url_https": f"https://pbs.twimg.com/media/{base}.jpg",
                     "sizes": {"large": {"w": "2048", "h": "1536", "resize": "fit"}},
                     "type": "photo", "display_url": "pic.twitter.com/" + short[-10:]}
            ents["media"] = [media]
            tw["extended_entities"] = {"media": [dict(media)]}
            tw["full_text"] = full + " " + short
            tw["possibly_sensitive"] = False
            files[f"data/tweets_media/{tid}-{base}.jpg"] = tiny_jpeg("g2-" + tid)
        g = q["geo_pt"]
        if g:
            lat, lon, pname, key = g
            if q["mode"] != "c":
                tw["geo"] = {"type": "Point", "coordinates": [f"{lat}", f"{lon}"]}
            tw["coordinates"] = {"type": "Point", "coordinates": [f"{lon}", f"{lat}"]}
            if pname:
                tw["place"] = {"name": pname, "full_name": f"{pname}, 成都", "country": "中国", "country_code": "CN",
                               "place_type": "poi", "url": "https://api.twitter.com/1.1/geo/id/" + tid[-16:] + ".json",
                               "bounding_box": {"type": "Polygon", "coordinates": [[
                                   [f"{lon - 0.01:.6f}", f"{lat - 0.01:.6f}"], [f"{lon + 0.01:.6f}", f"{lat - 0.01:.6f}"],
                                   [f"{lon + 0.01:.6f}", f"{lat + 0.01:.6f}"], [f"{lon - 0.01:.6f}", f"{lat + 0.01:.6f}"]]]},
                               "attributes": {}}
            q["geo_out"] = {"lat": lat, "lon": lon}
        tweets.append({"tweet": tw})
    tweets.reverse()
    files["data/tweets.js"] = ytd("tweets", tweets)
    acct = {"email": "xiaolan.lin@example.com", "createdVia": "android", "username": "lanlan_yunduo",
            "accountId": G2_ACCOUNT, "createdAt": "2017-11-20T12:03:44.000Z", "accountDisplayName": P_["name"]}
    files["data/account.js"] = ytd("account", [{"account": acct}])
    files["data/account-timezone.js"] = ytd("account_timezone", [{"accountTimezone": {"accountId": G2_ACCOUNT, "timeZone": "Beijing"}}])
    files["data/profile.js"] = ytd("profile", [{"profile": {
        "description": {"bio": "泉州人 | 爱看云 ☁️ | 羽毛球菜鸟 | 面线糊爱好者", "website": "", "location": "福建 泉州"},
        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1188000000000000000/kq3XzLm2.jpg"}}])
    convs = []
    contacts = []
    for t in G2_DMS:
        ids = sorted([G2_ACCOUNT, t["id"]], key=int)
        msgs = []
        for k, (when, who, text) in enumerate(t["msgs"]):
            dt = datetime.fromisoformat(when).replace(tzinfo=tz, second=11 + k).astimezone(timezone.utc)
            me = who == "me"
            msgs.append({"messageCreate": {
                "recipientId": t["id"] if me else G2_ACCOUNT, "reactions": [], "urls": [], "text": text,
                "mediaUrls": [], "senderId": G2_ACCOUNT if me else t["id"], "id": snowflake(dt, rng),
                "createdAt": dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"}})
        msgs.reverse()
        convs.append({"dmConversation": {"conversationId": f"{ids[0]}-{ids[1]}", "messages": msgs}})
        contacts.append({"handle": t["handle"], "name": t["name"], "id": t["id"], "suspicious": t["suspicious"]})
    files["data/direct-messages.js"] = ytd("direct_messages", convs)
    files["data/direct-messages-group.js"] = "window.YTD.direct_messages_group.part0 = [ ]"
    dt_types = {}
    for key, fn, cnt, media in [("account", "account", 1, None), ("accountTimezone", "account-timezone", 1, None),
                                ("directMessages", "direct-messages", len(convs), "data/direct_messages_media"),
                                ("directMessagesGroup", "direct-messages-group", 0, "data/direct_messages_group_media"),
                                ("profile", "profile", 1, "data/profile_media"),
                                ("tweets", "tweets", len(tweets), "data/tweets_media")]:
        gname = {"account-timezone": "account_timezone", "direct-messages": "direct_messages",
                 "direct-messages-group": "direct_messages_group"}.get(fn, fn)
        e = {"files": [{"fileName": f"data/{fn}.js", "globalName": f"YTD.{gname}.part0", "count": str(cnt)}]}
        if media:
            e = {"mediaDirectory": media, **e}
        dt_types[key] = e
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + json.dumps({
        "userInfo": {"accountId": G2_ACCOUNT, "userName": "lanlan_yunduo", "displayName": P_["name"]},
        "archiveInfo": {"sizeBytes": "1843200", "generationDate": "2025-10-30T02:14:09.000Z",
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": dt_types}, ensure_ascii=False, indent=2)
    files["data/README.txt"] = ("Twitter Archive\n\nThe archive contains the following data...\n"
                                "tweets.js\n- created_at: Date-time when the Tweet was created.\n"
                                "- coordinates: the geographic location of this Tweet as reported by the user or client application.\n")
    files["Your archive.html"] = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your archive</title></head><body></body></html>\n"
    return files, posts, contacts


# ======================================================================== g3: Instagram, 2024 layout
G3 = {
    "key": "g3-instagram-forensic",
    "platform": "instagram",
    "timezone": "Europe/London",
    "name": "Ciara Doyle",
    "watch": {"who": "Ciara Doyle", "role": "forensic scientist"},
    "truth": {
        "unit": ["Severnside Forensic Science Laboratory", "Severnside Lab", "SFSL"],
        "role": "forensic DNA scientist (exhibit examination, DNA profiling, court reporting); NPPV3 vetted; later reporting scientist and senior scientist",
        "office": {"lat": 51.5223, "lon": -2.5615, "name": "Severnside Forensic Science Laboratory, Block C"},
        "home": {"lat": 51.4745, "lon": -2.5905},
        "routine_places": [
            {"name": "Ashton Court parkrun (Sat 09:35-10:20)", "lat": 51.4433, "lon": -2.6372},
            {"name": "Clay Corner pottery studio (Tue 18:50-20:10)", "lat": 51.4641, "lon": -2.5801},
        ],
    },
    "places": {
        "O": (51.5223, -2.5615, None),
        "H": (51.4745, -2.5905, None),
        "R1": (51.4433, -2.6372, None),
        "R2": (51.4641, -2.5801, None),
        "T1": (38.7139, -9.1394, None),
        "T2": (38.6916, -9.2160, None),
        "T3": (38.7976, -9.3906, None),
        "T4": (38.7107, -9.1437, None),
        "harb": (51.4500, -2.5980, None),
        "leigh": (51.4630, -2.6410, None),
        "weston": (51.3460, -2.9800, None),
        "clifton": (51.4549, -2.6278, None),
    },
    "slots": {
        "work": (WK, 500, 980), "r1": ({5}, 575, 620), "r2": ({1}, 1130, 1210), "late": (ALL, 1325, 1420),
        "eve": (ALL, 1080, 1290), "any": (ALL, 560, 1260), "wkend": (WE, 600, 1080),
        "workfri": ({4}, 500, 980), "lunch": (WK, 720, 810),
    },
    "posts": [
        P("U", "eve", "2018-01", None, "New job, new city 🙌 Starting at Severnside Forensic Science Laboratory on Monday. Mam has already told the whole parish"),
        P("", "wkend", "2018-01", None, "First proper Bristol Sunday roast. The gravy was a religious experience"),
        P("R", "eve", "2018-02", None, "Week one done: three days of induction, a DNA elimination swab for the staff database and a mountain of lanyard admin. Knackered."),
        P("LT", "lunch", "2018-02", "O", "Lunchtime lap of the car park counts as nature, right?"),
        P("T", "r1", "2018-03", "R1", "First parkrun at Ashton Court! 31:02 and a LOT of hill"),
        P("", "any", None, None, "Bristol weather: four seasons before 11am"),
        P("R", "eve", "2018-04", None, "All day in the paper suit, mask and double gloves, going over a jacket inch by inch under the lamp looking for blood. Glamorous, me."),
        P("T", "r2", "2018-04", "R2", "Pottery class week 2. Made a bowl. It’s a plate now."),
        P("H", "late", "2018-05", "H", "Cuppa and bed. Lush."),
        P("", "eve", "2018-05", None, "Line of Duty finale and I’m screaming. Ted Hastings I’d die for you"),
        P("L", "any", "2018-06", None, "Our building’s right at the back of the business park, past the gatehouse and the big barrier. The visitor car park is a lie, it’s always full"),
        P("T", "r1", "2018-07", "R1", "Parkrun PB 🏃‍♀️ 29:48 get in"),
        P("", "wkend", "2018-07", "harb", "Harbourside in the sun, cider, the lot. Bristol you’re gorgeous"),
        P("RLT", "workfri", "2018-09", "O", "Bench tidy, exhibits signed back in, chain of custody forms all initialled. Friday feeling"),
        P("T", "r2", "2018-10", "R2", "Glazing day! Everything came out brown. Every. Thing."),
        P("", "eve", None, None, "Watching old CSI Miami reruns purely for Horatio’s sunglasses 😎"),
        P("R", "eve", "2019-01", None, "NPPV3 vetting finally came through 🎉 which means I can actually be let near the case files now"),
        P("", "any", None, None, "Absolutely gutted, the chippy’s shut for a refurb"),
        P("H", "late", "2019-04", "H", "Late night toast. Don’t judge."),
        P("R", "eve", "2019-05", None, "Proper nerd moment: got a full DNA-17 profile off a cig butt that’d been sat in a gutter for a week. Chuffed to bits."),
        P("", "any", "2019-06-07", "T1", "Lisbon for Aoife’s hen!! 🇵🇹"),
        P("", "any", "2019-06-08", "T2:k", "Belém tarts. I’ve had six. No regrets."),
        P("", "any", "2019-06-09", "T3", "Sintra palace looks like a birthday cake"),
        P("", "any", "2019-06-10", "T4", "Last night in Lisbon, nobody is okay"),
        P("", "any", None, None, "Our kid’s unit in the army are doing a charity run for Help for Heroes, link in bio, go on, give a fiver"),
        P("T", "r2", "2019-09", "R2", "Tuesday pottery, threw a mug with an actual handle 🏆"),
        P("", "any", None, None, "The secret to a good fry-up is black pudding. That’s it. That’s the secret."),
        P("LT", "lunch", "2019-12", "O", "Sunny day at the lab, meal deal on the steps"),
        P("", "any", "2020-04", None, "Lockdown sourdough. His name is Gerald."),
        P("R", "eve", "2020-04", None, "Key worker life — courts slowed down but the casework didn’t. Still on the bench every day, masked up"),
        P("", "any", "2020-05", None, "Flatmate’s WFH from the kitchen table and has taken four Teams calls while I made toast. Icon."),
        P("H", "late", "2020-06", "H", "Can’t sleep, foxes screaming outside like they’re being murdered"),
        P("R", "eve", "2020-10", None, "Passed my competency assessment!! Officially a forensic scientist, not an assistant anymore. Pints on me (rule of six obviously)"),
        P("", "wkend", "2020-11", "clifton", "Walked up to the Suspension Bridge, vertigo fully activated"),
        P("T", "r2", "2021-05", "R2", "Pottery’s back!! Missed the smell of wet clay, is that weird"),
        P("L", "any", "2021-06", None, "They’ve moved us up to the 2nd floor of Block C and the new lab has WINDOWS. Actual daylight!!"),
        P("", "any", None, None, "Unit 4 at the storage place is now 80% Christmas decorations"),
        P("RLT", "work", "2021-07", "O", "Proper busy one, nine exhibits swabbed before lunch"),
        P("", "eve", None, None, "Binged Slow Horses, Jackson Lamb is a legend"),
        P("T", "r1", "2021-08", "R1", "Parkrun is BACK. Cried a bit at the start line ngl"),
        P("R", "eve", "2021-11", None, "First time giving evidence at Crown Court today. The barrister tried to get me to say ‘contamination’ about nine times. I did not. Still shaking."),
        P("UR", "any", "2021-12", None, "Someone at the #SFSL Christmas do gave a speech about chain of custody. AT the Christmas do. We are not normal people."),
        P("", "any", None, None, "Mam rang to ask if I’m eating. I had crisps for tea. I said yes."),
        P("H", "late", "2022-01", "H", "Raining sideways. Cosy in with the cat."),
        P("T", "eve", "2022-02", None, "Every Tuesday 7 till half 8 I’m at pottery, every Saturday 9am I’m at parkrun, the rest of the time I’m asleep"),
        P("R", "eve", "2022-03", None, "UKAS assessors in all week. Every pipette calibrated twice, every fridge temp logged. I’ve aged ten years"),
        P("T", "r1", "2022-04", "R1", "Sub-28 at parkrun!!! Who AM I"),
        P("", "wkend", "2022-05", "weston", "Grand day at Weston, donkeys, chips, sunburn"),
        P("RT", "eve", "2022-06", None, "On the weekend call-out rota this month, so if I bail on brunch it’s because someone somewhere has had a very bad night"),
        P("T", "r2", "2022-07", "R2", "Made Mam a teapot for her birthday. It leaks. She loves it."),
        P("LT", "work", "2022-09", "O", "Fire drill, stood in the rain for 20 minutes, spirits low"),
        P("ULT", "work", "2022-11", "O:k", "Severnside Lab bake off ☕🍰 came third with a lemon drizzle, absolutely robbed"),
        P("", "any", "2022-12", None, "Secret Santa at work and I drew the one person I’ve never spoken to. Help."),
        P("", "wkend", "2023-01", None, "Our cousin’s a Garda in Galway and he’s just been posted out to the islands. Jealous tbh"),
        P("R", "eve", "2023-02", None, "Signed my first report as a reporting scientist today. My name on the statement, my interpretation, my problem if it goes to trial 😬"),
        P("H", "late", "2023-03", "H", "Hot water bottle season never really ends in this flat"),
        P("T", "r1", "2023-05", "R1", "100th parkrun!! Got the t-shirt, wearing it to bed"),
        P("", "any", "2023-05-13", None, "Eurovision party, made a flag cake and it was structurally unsound"),
        P("LT", "workfri", "2023-06", "O", "Cheeky Friday pastry at my desk"),
        P("", "wkend", "2023-07", None, "Nanna’s 80th in Limerick, the craic was mighty"),
        P("R", "eve", "2023-09", None, "Overtime again. The backlog of sexual offence kits is grim and every one is someone’s worst day. Going for a long walk."),
        P("T", "r2", "2023-10", "R2", "Pottery gang Halloween mugs 🎃"),
        P("", "any", None, None, "Got a new plant. Named him Keith. Keith is already dying."),
        P("", "eve", "2023-12", None, "Reading a book about the Bletchley Park codebreakers and feeling very thick"),
        P("UR", "any", "2024-01", None, "Six years at SFSL today. From swabbing jumpers to signing statements. Proper proud of myself"),
        P("LT", "work", "2024-02", "O", "Snow at work!! Nobody here knows how to drive in it"),
        P("RT", "eve", "2024-03", None, "Court warning for next Tuesday, so that’s pottery gone. Hate sitting in the witness room all day with a sad sandwich"),
        P("T", "r1", "2024-04", "R1", "Parkrun in the sun for once, the deer came to watch"),
        P("", "any", "2024-06", None, "Glastonbury ticket queue. Two hours. Got nothing. I’m fine. I’m fine."),
        P("L", "any", "2024-07", None, "If you’re ever delivering to us it’s the second gate off the roundabout, Block C, ring the intercom twice and wave at the camera. Couriers hate us."),
        P("T", "r2", "2024-08", "R2", "Finally glazed a blue that’s actually blue"),
        P("", "eve", None, None, "Mission Impossible marathon with the lads, Tom Cruise running is my roman empire"),
        P("H", "late", "2024-09", "H", "Candles, crumpets and a crime doc I’m definitely not fact-checking"),
        P("R", "eve", "2024-10", None, "Got made up to senior scientist 🥳 team of five, one very old thermal cycler and an endless supply of Haribo"),
        P("", "any", None, None, "Rained on me whole walk into town, hair’s a disaster"),
        P("LT", "work", "2024-12", "O", "Tea break, the good biscuits are out, someone must be leaving"),
        P("", "wkend", "2025-01", None, "Pub quiz round on ‘famous spies’ and we got zero. Zero."),
        P("T", "r1", "2025-03", "R1", "Parkrun volunteering today, marshalled the muddy corner, very powerful"),
        P("R", "eve", "2025-04", None, "Teaching the new starters to set up a low-template DNA run without contaminating the whole room. I sound exactly like my old mentor. Help."),
        P("T", "r2", "2025-05", "R2", "Seven years of Tuesdays at this studio and I can finally make a plate on purpose"),
        P("", "any", None, None, "Bought a Dyson. I am now officially an adult."),
        P("H", "late", "2025-07", "H", "Too hot to sleep, fan on full, cat on me anyway"),
        P("T", "r1", "2025-08", "R1", "Saturday 9am, Ashton Court, same as ever. 8 years of this hill"),
        P("", "any", "2025-09", None, "Dublin for the weekend. Mam cried when she saw me, I cried when I saw the Guinness"),
        P("RLT", "work", "2025-09", "O", "Long day on the bench, statements due Friday. Fuel: Monster and spite"),
        P("", "wkend", "2025-10", "leigh", "Autumn walk in Leigh Woods 🍂 crunchy leaf therapy"),
    ],
}

G3_DMS = [
    {"slug": "meridianinsight_17841400932158", "other": "Josh Whitlow", "handle": "meridian.insight", "suspicious": True,
     "msgs": [
         ("2023-04-03 19:12", "o", "Hi Ciara! Saw you’re at Severnside 🙂 we’re a legal consultancy always looking for experienced DNA scientists for occasional paid reviews"),
         ("2023-04-03 20:30", "me", "Hiya, I’m not allowed to do outside work on casework, sorry"),
         ("2023-04-04 18:45", "o", "Totally understand! Nothing formal — just curious what turnaround you’re on for the big cases at the moment, and who’s reporting on the Mercer job? £500 for a quick chat"),
         ("2023-04-04 21:02", "me", "No. Please don’t message me about cases."),
         ("2023-04-18 19:40", "o", "No worries! Easier on WhatsApp anyway — 07700 900123. Could you send over a blank of the lab’s case submission form? No names on it, promise"),
     ]},
    {"slug": "berniedoyle62_17841400277321", "other": "Bernie Doyle", "handle": "bernie.doyle62", "suspicious": False,
     "msgs": [
         ("2022-12-10 17:20", "o", "Are you home for Christmas love? Dad wants to know for the turkey"),
         ("2022-12-10 18:05", "me", "Flying in on the 22nd Mam ❤️"),
     ]},
    {"slug": "tash_makes_pots_17841401559093", "other": "Tash Okoro", "handle": "tash_makes_pots", "suspicious": False,
     "msgs": [
         ("2021-05-10 12:30", "o", "Studio’s reopening Tuesday!! you in?"),
         ("2021-05-10 13:01", "me", "100%, save me a wheel"),
     ]},
]


def build_instagram(P_, rng):
    tz = ZoneInfo(P_["timezone"])
    posts = schedule(P_, rng)
    files = {}
    out = []
    for i, q in enumerate(posts):
        ts = int(q["utc"].timestamp())
        q["geo_out"] = None
        q["photo_out"] = None
        q["native_id"] = None  # Instagram posts carry no id
        nmedia = 2 if q["mode"] == "k" else 1
        medias = []
        for m in range(nmedia):
            igid = str(17900000000000000 + rng.randint(0, 99999999999999))
            yyyymm = q["local"].strftime("%Y%m")
            uri = f"media/posts/{yyyymm}/{rng.randint(10**8, 10**9 - 1)}_{rng.randint(10**14, 10**15 - 1)}_{rng.randint(10**18, 10**19 - 1)}_n_{igid}.jpg"
            files[uri] = tiny_jpeg(f"g3-{i}-{m}")
            taken = q["local"] - timedelta(minutes=rng.randint(1, 40), seconds=rng.randint(0, 59))
            ex = {"scene_capture_type": "standard", "software": rng.choice(["15.4.1", "16.3", "17.2.1", "18.0"]),
                  "device_id": "android-4c1f2a9d7be03e11" if q["utc"].year < 2021 else "B7E51C0A-3D2F-4A8E-9C61-5F0D2E7A9B14",
                  "date_time_digitized": taken.strftime("%Y:%m:%d %H:%M:%S"),
                  "date_time_original": taken.strftime("%Y:%m:%d %H:%M:%S"),
                  "source_type": "camera", "iso": rng.choice([32, 50, 64, 100, 250]), "focal_length": "4.2"}
            g = q["geo_pt"]
            if g:
                lat = round(g[0] + (0.00005 * m), 6)
                lon = g[1]
                ex["latitude"], ex["longitude"] = lat, lon
                if m == 0:
                    q["photo_out"] = {"lat": lat, "lon": lon}
            media = {"uri": uri, "creation_timestamp": ts,
                     "media_metadata": {"photo_metadata": {"exif_data": [ex]},
                                        "camera_metadata": {"has_camera_metadata": False}},
                     "title": q["text"] if nmedia == 1 else "",
                     "cross_post_source": {"source_app": "FB"}}
            medias.append(media)
        post = {"media": medias}
        if nmedia > 1:
            post["title"] = q["text"]
            post["creation_timestamp"] = ts
        out.append(post)
    files["your_instagram_activity/content/posts_1.json"] = meta_json(list(reversed(out)))
    sm = lambda v, t=0: {"href": "", "value": v, "timestamp": t}
    files["personal_information/personal_information/personal_information.json"] = meta_json({"profile_user": [{
        "title": "",
        "media_map_data": {"Profile Photo": {"uri": "media/profile/202101/196203843_1184553071990413_n_17900001234567890.jpg",
                                             "creation_timestamp": 1610400000, "title": ""}},
        "string_map_data": {"Email": sm("ciara.doyle.91@example.com"), "Phone Confirmed": sm("No"),
                            "Username": sm("ciara_dee_bris"), "Name": sm(P_["name"]),
                            "Bio": sm("Galway girl in Bristol 🌊 | parkrun plodder | clay disaster | tea > coffee"),
                            "Gender": sm("Female"), "Date of birth": sm("1991-03-04"),
                            "Private Account": sm("True"), "Website": sm("")}}]})
    files["personal_information/information_about_you/account_based_in.json"] = meta_json({
        "inferred_data_primary_location": [{"title": "", "media_map_data": {},
                                            "string_map_data": {"City Name": sm("Bristol, United Kingdom")}}]})
    contacts = []
    for t in G3_DMS:
        msgs = []
        for k, (when, who, text) in enumerate(t["msgs"]):
            dt = datetime.fromisoformat(when).replace(tzinfo=tz, second=3 + k)
            msgs.append({"sender_name": P_["name"] if who == "me" else t["other"],
                         "timestamp_ms": int(dt.timestamp() * 1000), "content": text,
                         "is_geoblocked_for_viewer": False})
        msgs.reverse()
        files[f"your_instagram_activity/messages/inbox/{t['slug']}/message_1.json"] = meta_json({
            "participants": [{"name": t["other"]}, {"name": P_["name"]}], "messages": msgs, "title": t["other"],
            "is_still_participant": True, "thread_path": f"inbox/{t['slug']}", "magic_words": []})
        contacts.append({"handle": t["handle"], "name": t["other"], "id": None, "suspicious": t["suspicious"]})
    return files, posts, contacts


# More everyday (benign) posts, spread over the years.
G1["posts"] += [P("", "any", d, None, t) for d, t in [
    ("2018-03", "Tried the new taco truck on Beach Blvd. 10/10 would get heartburn again 🌮"),
    ("2018-05-13", "Mother’s Day brunch, Mom cried at the card, mission accomplished"),
    ("2018-08", "Pepper’s first birthday! She got a pup cup and has zero chill"),
    ("2018-10-11", "Michael went west of us, thank god. Thinking of everyone in the panhandle tonight"),
    ("2019-02-03", "Super Bowl party verdict: the guac was the MVP"),
    ("2019-07", "Sunburn in the exact shape of my tank top. Classic."),
    ("2019-09", "Finally bought a real couch. No more futon. I am a grown woman."),
    ("2019-11", "Friendsgiving: I brought the mac and cheese and was treated like royalty"),
    ("2020-03-15", "Toilet paper aisle completely empty. What is happening."),
    ("2020-07", "Day 400 of making cold brew at home. I’m basically a barista now"),
    ("2020-12-25", "Zoom Christmas with the family, Grandma had the camera on her forehead the whole time"),
    ("2021-01", "New year goal: read 20 books. Currently on book 0."),
    ("2021-05", "Second shot done! Arm hurts, soul is happy 💉"),
    ("2021-11-01", "Pepper’s Halloween costume was a taco. She hated it. 10/10."),
    ("2022-06", "Jess and I are officially engaged!!! 💍 She asked on the beach and I said yes before she finished"),
    ("2022-12", "Christmas lights are up and half of them don’t work. Tradition."),
    ("2023-07", "Wedding planning update: we have a venue and a budget and those two things do not agree"),
    ("2023-11-12", "MARRIED!!! Best day ever. Thank you everyone who came ❤️"),
    ("2024-05", "Honeymoon photo dump coming soon, still finding sand everywhere"),
    ("2024-08", "Tried pickleball. Now I understand the cult."),
]]
G2["posts"] += [P("", "any", d, None, t) for d, t in [
    ("2018-02", "今天包了饺子，白菜猪肉馅的"),
    ("2018-04-05", "清明回老家扫墓，下了一整天雨"),
    ("2018-06-18", "端午吃了五个粽子，咸蛋黄肉粽最棒"),
    ("2018-08", "新买的猫抓板猫一眼都没看，睡纸箱里了"),
    ("2018-11-11", "双十一买了一堆没用的东西，后悔中"),
    ("2019-01", "冬天的泉州也就十几度，北方朋友别笑我穿羽绒服"),
    ("2019-04", "学会了做姜母鸭，妈妈说还差点火候"),
    ("2019-10-03", "国庆带爸妈去武夷山，爬天游峰腿都软了"),
    ("2019-12", "今年看了23本书，比去年多5本"),
    ("2020-03", "终于可以出门吃火锅了！！"),
    ("2020-05", "阳台种的小番茄结果了🍅"),
    ("2020-10", "Finally got my driving license. 驾照到手，科目三一次过"),
    ("2021-02-12", "小猫第一次见烟花，吓得钻到床底下"),
    ("2021-05", "周末在家追剧，《山海情》真好看"),
    ("2021-11", "第一次自己换了灯泡，感觉自己无所不能"),
    ("2022-01", "年货买好了，今年就不回老家了"),
    ("2022-07", "夏天就该吃四果汤和石花膏"),
    ("2022-12-20", "阳了，躺了三天，嗓子像吞刀片"),
    ("2023-03", "Spring is here. 樱花开了，公园里全是人"),
    ("2023-10", "表弟结婚，当了一回伴娘，高跟鞋站了一天"),
    ("2024-04", "学了两个月尤克里里，终于能弹完一首小星星"),
    ("2024-08-01", "熬夜看奥运乒乓球，太燃了🏓"),
    ("2025-02-12", "元宵节猜灯谜，一个都没猜对"),
]]
G3["posts"] += [P("", "any", d, None, t) for d, t in [
    ("2018-02-13", "Pancake Tuesday: made 14, ate 9, dropped 1, regret nothing"),
    ("2018-03-17", "St Paddy’s in Bristol. The Guinness is grand but it’s not home 🍀"),
    ("2018-08", "Bought a secondhand bike off Gumtree. Named her Brenda."),
    ("2018-11", "Flat hunting in Bristol is a blood sport"),
    ("2019-02", "New flat, new kettle, new me"),
    ("2019-08-10", "Balloon Fiesta from the back garden, loads of balloons over the house at 6am 🎈"),
    ("2019-12-24", "Home for Christmas, Dad’s already asleep in the chair"),
    ("2020-07-04", "Pub garden reopening day. I had a pint. I had a little cry."),
    ("2020-12-25", "Zoom quiz with the cousins on Christmas Day, absolute chaos"),
    ("2021-03-04", "Lockdown birthday number two. Cake for one is still cake."),
    ("2021-09", "Adopted a cat!! Her name is Dolores and she hates me already"),
    ("2022-02-18", "Storm Eunice took the garden fence. And the bins. And my will to live."),
    ("2022-08", "Festival weekend: mud, glitter, zero sleep"),
    ("2022-12", "Snow in Bristol! Three whole centimetres and the city’s in chaos"),
    ("2023-03-18", "IRELAND GRAND SLAM. I’m hoarse. I’m emotional. Up the boys ☘️"),
    ("2023-08", "Learnt to make proper soda bread. Nanna would be proud (she’d still say it’s dry)"),
    ("2023-11-05", "Bonfire night, sparklers and one very confused Dolores"),
    ("2024-03-10", "Mother’s Day video call with Mam, she’s discovered filters, God help us"),
    ("2024-05-11", "Eurovision night, Ireland top ten!! Bambie Thug I love you"),
    ("2024-11", "Got my hair cut short. Everyone keeps saying it’s ‘brave’. Thanks?"),
    ("2025-02-14", "Valentine’s: me, Dolores and a family-size lasagne"),
    ("2025-06", "Garden herbs finally thriving. Basil’s huge, mint is trying to take over the country"),
    ("2025-10", "Halloween costume sorted: Dolores is going as a pumpkin, against her will"),
]]


# ======================================================================== main
PERSONAS = [(G1, build_facebook, 101), (G2, build_x, 202), (G3, build_instagram, 303)]


def counts(posts):
    c = {l: sum(1 for q in posts if l in q["labels"]) for l in ORDER}
    c["benign"] = sum(1 for q in posts if not q["labels"])
    return c


def main():
    rows = []
    for persona, build, seed in PERSONAS:
        rng = random.Random(seed)
        files, posts, contacts = build(persona, rng)
        key = persona["key"]
        write_zip(os.path.join(OUT, key + ".zip"), files)
        with open(os.path.join(OUT, key + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(label_record(persona, posts, contacts), f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(OUT, key + ".watchlist.toml"), "w", encoding="utf-8") as f:
            f.write(watchlist(persona))
        rows.append((persona, posts, counts(posts)))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(rows))


LAYOUT = {
    "g1-facebook-helo": "Facebook, older (2018-2021) layout: `posts/your_posts_1.json` (check-ins = posts with a `place` attachment), `posts/media/TimelinePhotos_*/` with `exif_data` GPS, `profile_information/profile_information.json` (`profile`), `messages/inbox/*/message_1.json`; escaped UTF-8",
    "g2-x-meteo": "X archive: `data/tweets.js` (`window.YTD.tweets.part0`), `account.js`, `account-timezone.js` (Beijing), `profile.js`, `manifest.js`, `direct-messages.js`, `tweets_media/`; geotags as `geo` [lat,lon] + `coordinates` [lon,lat] strings, some `coordinates` only, trip posts with `place`",
    "g3-instagram-forensic": "Instagram 2024 layout: `your_instagram_activity/content/posts_1.json` (single + 2-photo carousel posts), `media/posts/YYYYMM/`, exif `latitude`/`longitude` + camera-local `date_time_original`, `personal_information/personal_information/personal_information.json`, `account_based_in.json`, `your_instagram_activity/messages/inbox/*/message_1.json`; escaped UTF-8",
}
LANG = {
    "g1-facebook-helo": "US English, America/New_York",
    "g2-x-meteo": "Simplified Chinese with some English, Asia/Shanghai",
    "g3-instagram-forensic": "British/Irish English slang, Europe/London",
}
WHO = {
    "g1-facebook-helo": "Dana Whitcomb, civilian MH-60R airframe/hydraulics mechanic → lead → QA inspector at the fictional Mayport Helicopter Repair Facility (MHRF, #MHRF), Jacksonville FL; day shift with night-check spells",
    "g2-x-meteo": "林晓岚 (@lanlan_yunduo), 军队气象预报员 at the fictional 泉州气象水文保障站 (泉气站, #泉气站); day work, night duty, 07:15 radiosonde launches",
    "g3-instagram-forensic": "Ciara Doyle (@ciara_dee_bris), forensic DNA scientist → reporting → senior scientist at the fictional Severnside Forensic Science Laboratory (SFSL, #SFSL), Bristol",
}


def readme(rows):
    L = ["# Blind evaluation personas (independent author)", "",
         "Generated by `python3 generate.py` (stdlib only, fixed seeds, fixed zip timestamps: byte-identical on rerun).",
         "Label schema as in `/work/shared/eval/dev`. Everything here is fictional; coordinates of units are invented.", "",
         "| key | platform / layout | language & zone | who | posts | unit | role | location | routine | home | benign |",
         "|---|---|---|---|---|---|---|---|---|---|---|"]
    for p, posts, c in rows:
        k = p["key"]
        L.append(f"| {k} | {LAYOUT[k]} | {LANG[k]} | {WHO[k]} | {len(posts)} | {c['unit']} | {c['role']} | "
                 f"{c['location']} | {c['routine']} | {c['home']} | {c['benign']} |")
    L += ["", "Files per persona: `KEY.zip`, `KEY.labels.json`, `KEY.watchlist.toml`.", "", CALLS]
    return "\n".join(L) + "\n"


CALLS = """## Labelling calls

- **Workplace geotags** (Facebook check-in at the unit or at "Hangar 3 - Bldg 1552", photo `exif_data` GPS, tweet
  `geo`/`coordinates`, Instagram exif GPS) are all within ~45 m of `truth.office` and all fall in working hours
  (g1 day shift 07:10-14:40 and night check 16:00-22:30 Mon-Fri; g2 weekday 08:10-17:20, night duty 22:10-23:55
  and 07:05-07:35 balloon launches on any day; g3 weekdays 08:20-16:20): labelled `location` + `routine`, plus
  `unit`/`role` only when the text (or the Facebook place name, e.g. "Mayport Helicopter Repair Facility") says so.
- **Routine places**: each has ≥6 geotagged posts on the same weekday(s) in the same window (see `truth.routine_places`);
  labelled `routine` whatever the text. Text that states a schedule (shift hours, "Tue/Thu 5:15", 排班表,
  "every Saturday 9am") is `routine` without a geotag. A one-off "volunteering Saturday mornings now" also counts.
- **`location` from text**: naming a gate (Gate 2 onto Mayport Rd; 两道岗; "second gate off the roundabout"),
  building/floor (Bldg 1552, bay 2, Hangar 3, admin building 3rd floor, 3号楼四楼, Block C 2nd floor), or the
  site's position (老机场路尽头, back of the business park past the gatehouse).
- **`unit`**: full name, short name (Helo Repair Facility, 气象水文保障站, Severnside Lab), acronym/short form
  (MHRF, 泉气站, SFSL), the hashtag, or an "our station" reference (我们站…, 站里封闭值守). "单位" (my workplace,
  generic) alone is *not* unit.
- **`role`**: the work itself (rotor head inspection, Skydrol leak chasing, CDI stamp, A&P certificate, phase
  inspection; 填天气图, 放探空气球, 天气会商, 签发预报, 风浪预报, 涉密人员培训, 护照统一保管, 保密审查, 职称;
  paper suit/blood search, DNA-17 profile, NPPV3 vetting, Crown Court evidence, UKAS audit, call-out rota,
  reporting scientist) and promotions. Clearance/vetting posts are `role`.
- **Benign traps (no label)**: apartment "unit", "Unit 4" storage, unit conversion; "secret" recipe/Santa/HOA rule;
  Top Gun/Hunt for Red October/Jack Ryan/spy show, 《风声》《潜伏》(the home-geotagged one is `home` only)《暗算》,
  Line of Duty, Slow Horses, CSI, Mission Impossible, spies quiz round; relatives' jobs (Navy corpsman dad, cousin
  made Chief, brother's army unit, Garda cousin, 表姐 nurse, 室友在研究所); WFH partner/flatmate; air show;
  Black Hawk Down, Bletchley book; "helicopter parent"; Chinese 所以/所有/研究(verb)/研究生/局面/院子/医院/市中心/
  健身中心/高铁站/站票/外卖站长/茶厂/大队人马; weather-talk posts by the forecaster (台风季, 秋天来了) that state
  nothing about her work.
- **Trips** (Asheville Oct 2022; 成都 May 2023; Lisbon Jun 2019): 4 geotagged posts in 4 days, benign.
  Other one-off geotags (beach, zoo, pier, air show, stadium, 清源山, harbourside, Weston, Clifton, Leigh Woods) benign.
- **`home`**: every geotag near `truth.home` is 22:05-23:45 local and labelled `home` (nothing else unless text).
- **created_at** is the platform's own UTC instant: Facebook `timestamp`, X `created_at`, Instagram
  `creation_timestamp` (exif `date_time_original` is the camera-local time 1-40 min earlier). All unique.
- **native_id**: X `id_str`; Facebook and Instagram posts carry no id in the export, so `null`.
- **geo / photo_gps**: Facebook check-in coordinate and X tweet point → `geo`; Facebook/Instagram exif → `photo_gps`
  (a carousel's first photo).
- **Contacts** (DMs): g1 Messenger "Ryan Kessler" (suspicious: readiness numbers for money, status-board photo,
  move to Signal/Telegram), "Marcus Whitcomb", "Salt Air CrossFit"; g2 X DM user ids 884411220 "天海咨询-王经理"
  (suspicious: 探空资料/值班表 for 5000/month, move to Telegram), 771200331 林妈妈, 663300178 阿杰; g3 Instagram
  "Josh Whitlow" (meridian.insight; suspicious: case turnaround and named case for £500, blank forms, WhatsApp),
  "Bernie Doyle" (mum), "Tash Okoro". Facebook/Instagram threads record only display names; handles listed are the
  thread-folder / profile names the author chose.
"""

if __name__ == "__main__":
    main()
