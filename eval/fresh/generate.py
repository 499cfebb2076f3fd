"""Shared helpers for the fresh evaluation set (stdlib only, deterministic)."""
import io
import json
import math
import random
import struct
import zipfile
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ZIP_TIME = (2025, 8, 1, 12, 0, 0)
WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
LETTERS = {"u": "unit", "r": "role", "l": "location", "t": "routine", "h": "home"}
ORDER = ["unit", "role", "location", "routine", "home"]


def jitter(rng, lat, lon, max_m):
    """A point within max_m metres of (lat, lon)."""
    d = max_m * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = d * math.cos(a) / 111_320
    dlon = d * math.sin(a) / (111_320 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def shift_to(day, allowed):
    """Move a date forward (0..6 days) to the first weekday in `allowed`."""
    for i in range(7):
        d = day + timedelta(days=i)
        if d.weekday() in allowed:
            return d
    raise ValueError(day)


class Post:
    """One post of a persona, before it is written in a platform's shape."""

    def __init__(self, local, utc, place, kind, lat, lon, labels, text, extra):
        self.local = local          # aware datetime in the persona's zone
        self.utc = utc              # aware UTC datetime
        self.place = place          # None, 'O', 'H', 'R1', 'R2', 'T:name'
        self.kind = kind            # None, 'geo', 'photo', 'checkin_file'
        self.lat, self.lon = lat, lon
        self.labels = labels
        self.text = text
        self.extra = extra          # platform specific (chat key, ...)
        self.native_id = None

    @property
    def created_at(self):
        return self.utc.strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def ts(self):
        return int(self.utc.timestamp())


def build_posts(specs, persona, seed):
    """specs: (date, time, place, letters, text[, extra]).

    place: None | 'O' | 'H' | 'R1' | 'R2' | 'T:key', with suffix '*' for photo GPS
    or '#' for a check-ins-file record. Office/routine posts are moved forward to
    an allowed weekday; a date may carry '+Sat' to force a weekday.
    """
    rng = random.Random(seed)
    tz = ZoneInfo(persona["tz"])
    out, seen = [], set()
    # thin the routine places: keep every other geotag when a place has more than 9
    total = {k: sum(1 for s in specs if s[2] and s[2].rstrip("*#") == k) for k in ("R1", "R2")}
    idx = {"R1": 0, "R2": 0}
    thinned = []
    for spec in specs:
        pl = spec[2].rstrip("*#") if spec[2] else None
        if pl in idx:
            i = idx[pl]
            idx[pl] += 1
            if total[pl] > 9 and i % 2 == 1 and not spec[2].endswith("#"):
                if persona.get("thin") == "delete":
                    continue
                spec = (spec[0], spec[1], None) + tuple(spec[3:])
        thinned.append(spec)
    fill = persona.get("fill", [])
    frng = random.Random(seed * 7)
    start = datetime(2019, 1, 3).toordinal()
    step = (datetime(2025, 7, 20).toordinal() - start) / max(1, len(fill))
    for i, item in enumerate(fill):
        text, extra = (item, None) if isinstance(item, str) else item
        day = datetime.fromordinal(int(start + step * i + frng.randrange(int(step) or 1)))
        hh = frng.choice([7, 9, 12, 18, 19, 20, 21]) if day.weekday() < 5 else frng.randrange(9, 22)
        if day.weekday() < 5 and hh in (9, 12):
            hh = 20
        thinned.append((day.strftime("%Y-%m-%d"), f"{hh:02d}:{frng.randrange(60):02d}", None, "", text, extra))
    for spec in thinned:
        date_s, time_s, place, letters, text = spec[:5]
        extra = spec[5] if len(spec) > 5 else None
        kind = None
        if place:
            if place.endswith("*"):
                kind, place = "photo", place[:-1]
            elif place.endswith("#"):
                kind, place = "checkin_file", place[:-1]
            else:
                kind = "geo"
        force = None
        if "+" in date_s:
            date_s, force = date_s.split("+")
        day = datetime.strptime(date_s, "%Y-%m-%d").date()
        hh, mm = map(int, time_s.split(":"))
        if force:
            day = shift_to(day, {WD[force]})
        elif place == "O":
            day = shift_to(day, persona["office_days"](hh))
        elif place in ("R1", "R2"):
            day = shift_to(day, {persona[place]["wd"]})
        sec = rng.randrange(60)
        local = datetime(day.year, day.month, day.day, hh, mm, sec, tzinfo=tz)
        utc = local.astimezone(timezone.utc)
        while utc in seen:
            utc += timedelta(seconds=1)
            local = utc.astimezone(tz)
        seen.add(utc)
        labels = {LETTERS[c] for c in letters}
        lat = lon = None
        if place == "O":
            lat, lon = jitter(rng, *persona["office"], 90)
            labels |= {"location", "routine"}
        elif place == "H":
            lat, lon = jitter(rng, *persona["home"], 40)
            labels |= {"home"}
        elif place in ("R1", "R2"):
            lat, lon = jitter(rng, persona[place]["lat"], persona[place]["lon"], 60)
            labels |= {"routine"}
        elif place and place.startswith("T:"):
            lat, lon = jitter(rng, *persona["trip"][place[2:]], 80)
        out.append(Post(local, utc, place, kind, lat, lon,
                        [l for l in ORDER if l in labels], text, extra))
    out.sort(key=lambda p: p.utc)
    return out


def label_entry(p):
    g = {"lat": p.lat, "lon": p.lon} if p.lat is not None else None
    return {
        "created_at": p.created_at,
        "native_id": p.native_id,
        "labels": p.labels,
        "text": p.text,
        "geo": g if p.kind in ("geo", "checkin_file") else None,
        "photo_gps": g if p.kind == "photo" else None,
    }


def write_labels(path, persona, key, platform, posts, contacts):
    truth = {
        "unit": persona["unit"],
        "role": persona["role"],
        "office": {"lat": persona["office"][0], "lon": persona["office"][1], "name": persona["office_name"]},
        "home": {"lat": persona["home"][0], "lon": persona["home"][1]},
        "routine_places": [
            {"name": persona[k]["name"], "lat": persona[k]["lat"], "lon": persona[k]["lon"]} for k in ("R1", "R2")
        ],
    }
    doc = {
        "persona": key,
        "platform": platform,
        "archive": key + ".zip",
        "timezone": persona["tz"],
        "truth": truth,
        "contacts": contacts,
        "posts": [label_entry(p) for p in posts],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_watchlist(path, persona):
    def q(s):
        return json.dumps(s, ensure_ascii=False)
    lines = [f"# What {persona['name']}'s security officer knows must not be revealed.",
             f"timezone = {q(persona['tz'])}", "", "[[unit]]", f"name = {q(persona['unit'][0])}",
             "aliases = [" + ", ".join(q(a) for a in persona["unit"][1:]) + "]", "",
             "[[role]]", f"name = {q(persona['role'])}", "",
             "[[site]]", f"name = {q(persona['office_name'])}",
             f"lat = {persona['office'][0]}", f"lon = {persona['office'][1]}", "radius_m = 300", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def write_zip(path, files):
    """files: list of (name, bytes). Fixed timestamps and order → byte-identical output."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in sorted(files):
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- Meta mojibake
def moji(obj):
    """Facebook/Instagram escaping: every string's UTF-8 bytes as \\u00XX."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [moji(x) for x in obj]
    if isinstance(obj, dict):
        return {moji(k): moji(v) for k, v in obj.items()}
    return obj


def meta_json(obj):
    return json.dumps(moji(obj), ensure_ascii=True, indent=2).encode("ascii")


# ---------------------------------------------------------------- JPEG + EXIF
def _ifd(entries, base):
    """entries: (tag, type, count, valuebytes). Returns bytes of IFD + its data area at offset base."""
    entries = sorted(entries)
    n = len(entries)
    data_off = base + 2 + 12 * n + 4
    head, data = struct.pack("<H", n), b""
    for tag, typ, count, val in entries:
        if len(val) <= 4:
            head += struct.pack("<HHI", tag, typ, count) + val.ljust(4, b"\0")
        else:
            head += struct.pack("<HHII", tag, typ, count, data_off + len(data))
            data += val
            if len(data) % 2:
                data += b"\0"
    return head + struct.pack("<I", 0) + data


def _ascii(s):
    b = s.encode("ascii") + b"\0"
    return (2, len(b), b)


def _rat(vals):
    return (5, len(vals), b"".join(struct.pack("<II", a, b) for a, b in vals))


def _dms(x):
    x = abs(x)
    d = int(x)
    m = int((x - d) * 60)
    s = round(((x - d) * 60 - m) * 60 * 10000)
    return [(d, 1), (m, 1), (s, 10000)]


def exif_block(lat, lon, local_dt, make="Apple", model="iPhone 12"):
    offset = local_dt.strftime("%z")
    offset = offset[:3] + ":" + offset[3:]
    gps = [
        (0x0000, 1, 4, bytes([2, 3, 0, 0])),
        (0x0001,) + _ascii("N" if lat >= 0 else "S"),
        (0x0002,) + _rat(_dms(lat)),
        (0x0003,) + _ascii("E" if lon >= 0 else "W"),
        (0x0004,) + _rat(_dms(lon)),
    ]
    exif = [
        (0x9003,) + _ascii(local_dt.strftime("%Y:%m:%d %H:%M:%S")),
        (0x9011,) + _ascii(offset),
    ]
    ifd0_proto = [(0x010F,) + _ascii(make), (0x0110,) + _ascii(model),
                  (0x8769, 4, 1, b"\0\0\0\0"), (0x8825, 4, 1, b"\0\0\0\0")]
    size0 = len(_ifd(ifd0_proto, 8))
    exif_off = 8 + size0
    size_exif = len(_ifd(exif, exif_off))
    gps_off = exif_off + size_exif
    ifd0 = [(0x010F,) + _ascii(make), (0x0110,) + _ascii(model),
            (0x8769, 4, 1, struct.pack("<I", exif_off)), (0x8825, 4, 1, struct.pack("<I", gps_off))]
    tiff = b"II*\0" + struct.pack("<I", 8) + _ifd(ifd0, 8) + _ifd(exif, exif_off) + _ifd(gps, gps_off)
    payload = b"Exif\0\0" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def jpeg(exif=None, shade=128):
    """A valid 8x8 grey baseline JPEG; `exif` an APP1 block or None (JFIF only)."""
    out = b"\xff\xd8"
    if exif:
        out += exif
    else:
        out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    out += b"\xff\xdb" + struct.pack(">H", 67) + b"\0" + bytes([1 + shade % 7] * 64)
    out += b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 8, 8, 1) + b"\x01\x11\x00"
    # one-symbol Huffman tables: DC category 0 -> '0', AC EOB -> '0'
    out += b"\xff\xc4" + struct.pack(">H", 20) + b"\x00" + bytes([1] + [0] * 15) + b"\x00"
    out += b"\xff\xc4" + struct.pack(">H", 20) + b"\x10" + bytes([1] + [0] * 15) + b"\x00"
    out += b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00"
    out += b"\x3f" + b"\xff\xd9"
    return out

README_HEAD = """# Fresh evaluation personas (independent author)

Written without reading mosaic's source, tests, detector word lists or the other persona sets. Everything here is
produced by `generate.py` (Python 3 standard library only, fixed seeds, fixed zip timestamps: rerunning it gives
byte-identical files):

```
python3 eval/fresh/generate.py
```

Per persona KEY: `KEY.zip` (the platform's export layout), `KEY.labels.json` (same schema as `shared/eval/dev`),
`KEY.watchlist.toml`. All four units, people, places and contacts are invented; coordinates are plausible but fictional
sites. `created_at` in the labels is exactly the archive's instant in UTC and unique per persona.

"""

README_TAIL = """
## Labelling calls

Common to all four:
- A geotag / check-in / photo GPS within ~90 m of the office is `location` + `routine` (all are on working days in
  working hours or inside the stated shift, including f3 night shifts and f4 duty nights). Routine-place posts (≥6 each
  on the same weekday and time window) are `routine`. Late-evening geotags at home are `home` only.
- Routine places with more than nine planned visits were thinned by the generator: every other visit keeps its text
  but loses its geotag (and is then benign, since the text alone states no schedule); in f4 those location-only
  messages are dropped instead. A few everyday filler posts (no geo, evenings/weekends) are spread over the years.
- The trip (Hobart / Dali / Lisbon / Hualien, 3–4 days, several geotags) is benign.
- `unit` only when the employer is named, abbreviated, hashtagged or referred to as "the landing station" /
  "我们所" / "进所" style. A bare 单位 / "work" / "營區" is not `unit`.
- `role` for duties, tools, certifications, vetting/clearance, promotions, training others, trial/count days. A stated
  shift pattern alone is `routine`, not `role` (f2's and f4's shift posts that also describe the duty are both).
- `location` in text only when the post names a site feature that pins the workplace: gate, building, floor, pad,
  bus stop named after the unit, beach the cable lands on.
- Traps labelled benign (no labels): f1 Pine Gap, Utopia, Slow Horses, "our unit's strata meeting", "kitchen unit",
  Secret Santa, "the secret is vinegar", sister WFH / me WFH waiting for the NBN, Dad at the council depot, plane
  spotting, nephew's model rockets, Woomera/Blue Streak history book, Anzac dawn service; f2 所以/所有/研究 (verb)/
  院子/局面, 《潜伏》(with 保密意识) and 《局中人》, 表哥 at a nuclear power plant, 居家办公, 阅兵直播; f3 Line of Duty,
  Spooks, "the secret's out", kitchen units, "uned gofal" (care unit) where Nain lives, Haverfordwest train station,
  sister WFH, Pembroke Dock flying-boat history; f4 研究所 (graduate school), 派出所 (father's old colleagues),
  大隊接力 (school relay), 院子, 局面, 研究 (verb), 公開的秘密, 《無間道》, 《返校》, girlfriend 居家上班.
- Photos: f1 photo posts carry GPS only in the JPEG's EXIF (`photo_gps`), no tweet geotag. f2 has place check-ins
  (`geo`), photo `exif_data` (`photo_gps`) and five check-ins that exist only in `check-ins.json` (`geo`, native id =
  fbid). f3's GPS is only in `exif_data` (`photo_gps`); every IG post is a photo post, every 7th a two-photo carousel.
  f4's geotags are Telegram venues (place name + address, which is also the labels' text) or bare locations with no
  text; bare-location posts have empty text.
- f4 (Telegram): the owner's messages in personal chats are posts too (as the adapter docs describe) and are labelled:
  telling a friend or mum "every Wednesday 7:30 at the sports centre" / "Saturday afternoon guitar class" is
  `routine`; refusing the suspicious contact is benign.
- Contacts: one suspicious contact per persona (offers money for schedules/process details, asks to move to
  Signal/WhatsApp/Telegram/WeChat), one or two ordinary ones (sister, mum, friend, a club). X contacts carry the
  numeric user id as the DM file records it; Facebook/Instagram carry the thread folder slug and display name;
  Telegram the user id and display name.
"""

# ================================================================ f1: X, Australian English, telemetry
F1 = {
    "key": "f1-x-range-telemetry",
    "name": "Bec Tran",
    "tz": "Australia/Adelaide",
    "unit": ["Munno Para Range Telemetry Centre", "Range Telemetry Centre", "MPRTC"],
    "role": "range telemetry technician",
    "office": (-34.6690, 138.6835),
    "office_name": "Munno Para Range Telemetry Centre, Building 14",
    "office_days": lambda h: {0, 1, 2, 3, 4},
    "home": (-34.6010, 138.7560),
    "R1": {"name": "Elizabeth Aquadome (Tuesday squad swim)", "lat": -34.7165, "lon": 138.6690, "wd": 1},
    "R2": {"name": "Gawler parkrun (Saturday)", "lat": -34.5930, "lon": 138.7390, "wd": 5},
    "trip": {"hobart1": (-42.8864, 147.3390), "mona": (-42.8126, 147.2606),
             "bruny": (-43.2700, 147.3470), "wellington": (-42.8960, 147.2370)},
}

F1["fill"] = [
    "Anyone else's magpie swooping season started early? Helmet cable ties are back on",
    "Cheese toastie for dinner and I regret nothing",
    "The dog ate a whole Vegemite sanga off the bench while I was looking right at her",
    "Arvo session at the pub, the parmi was the size of a hubcap",
    "Rain! Actual rain! The garden is doing a little dance",
    "New running shoes, feel like I'm bouncing on marshmallows",
    "Why does the servo coffee taste better at 6am than any cafe coffee ever",
    "Watched the Adelaide 500 from the couch, loud enough from here anyway",
    "Finally cleaned the gutters. Found a tennis ball from 2009",
    "Book club pick this month is 600 pages. I've read the blurb",
    "Nan turned 90 today and out-danced all of us",
    "Kmart run for one thing, left with eleven things",
    "Bunnings snag and a bag of potting mix, perfect day off",
    "Haven't seen the sun in four days, winter in Gawler is a mood",
    "Mum's lasagne beats any restaurant, fight me",
    "Trying to learn Vietnamese properly so I can finally understand what Grandma says about me",
    "Footy tipping: currently last. Consistent at least",
    "Tried hot yoga. Sweated out my entire personality",
    "Power bill arrived. I'm going to live in the dark now",
    "Sister's baby is here!! Auntie Bec reporting for duty",
    "Made dumplings with Grandma, mine look like little tragedies",
    "Flat tyre on the Sturt Hwy, roadside assist took 2 hours, made friends with a cow",
    "Christmas pudding attempt number two. Still a brick",
    "Beach day at Semaphore, jetty jumping with the nephews",
    "Netball pre-season. I can no longer feel my calves",
    "Did a pottery class, made a bowl, it's a plate now",
    "Barossa long lunch with the girls, someone drive me home",
    "Cat knocked a glass off the bench and then stared at me like it was my fault",
    "Ordered a pizza and fell asleep before it arrived. Cold pizza breakfast it is",
    "Hot cross buns in the shops in January is a crime",
]
F1["fill"] = F1["fill"][:18]
F1["thin"] = "geo"

F1_SPECS = [
    ("2019-01-12", "07:52", "R2", "", "first parkrun of the year done, 29:40, the hill by the river nearly killed me"),
    ("2019-01-19", "18:20", None, "", "Heatwave arvo. Esky full of ice, feet in the paddling pool, not moving till Tuesday"),
    ("2019-02-04", "08:05", "O", "", "Monday. Coffee from the van by the carpark is the only thing keeping me upright"),
    ("2019-02-12", "17:48", "R1", "", "laps done. the lane hog in lane 3 is back"),
    ("2019-02-20", "21:40", "H", "", "Tomato glut. Anyone want a bag, honestly"),
    ("2019-03-05", "12:10", None, "ur", "Six months in at the Range Telemetry Centre and I can finally read a PCM frame map without crying"),
    ("2019-03-09", "08:15", "R2", "", "parkrun PB!! 27:58 and a sausage sizzle after, how good"),
    ("2019-03-16", "20:05", None, "", "Rewatching Pine Gap on iview. The fictional spooks have much better hair than anyone I know"),
    ("2019-04-02", "17:40", "R1", "", "swim squad, coach made us do 10x100 off 2:00 and I'm cooked"),
    ("2019-04-10", "06:10", "O", "r", "Trial day, on console since 0540. Bird went up on time and we held lock on the downlink the whole flight. Hands still shaking a bit"),
    ("2019-04-25", "06:30", None, "", "Dawn service at the Gawler memorial. Lest we forget"),
    ("2019-05-11", "16:00", None, "", "Crows lost again. Not even angry, just disappointed"),
    ("2019-05-21", "17:35", "R1", "", "pool was freezing tonight, heater's broken, still did the set"),
    ("2019-06-03", "10:30", None, "", "Our unit's strata meeting ran two hours over a bin roster. Two. Hours."),
    ("2019-06-14", "13:05", "O*", "l", "winter sun, lunch on the bench out the back of B block"),
    ("2019-07-02", "19:30", None, "", "Secret Santa at the footy club has already been organised. It's July. These people are unwell"),
    ("2019-07-20", "08:05", "R2", "", "parkrun in the fog, couldn't see the turnaround cone"),
    ("2019-08-08", "15:20", None, "r", "Passed the antenna rigging and working-at-heights refresher. Back up the 12 m dish next week to swap the feed"),
    ("2019-08-27", "08:40", "O", "l", "Gate 2 boom gate broken again so everyone's queued back onto Curtis Rd. Standard Tuesday"),
    ("2019-09-14", "19:45", None, "", "Made a pav for Dad's birthday. The secret is vinegar, don't @ me"),
    ("2019-10-01", "17:42", "R1", "", "swam 2k, ate a whole family pie after, balance"),
    ("2019-10-22", "11:15", None, "", "Plane spotting at the airport viewing area with the nephews, saw the A380 come in, the little one lost his mind"),
    ("2019-11-05", "14:00", None, "", "Melbourne Cup sweep and I drew the scratched horse. Of course I did"),
    ("2019-12-20", "22:15", "H", "", "Xmas lights are up, the neighbours have gone full Griswold so we had to match"),
    ("2020-01-04", "09:10", None, "", "Smoke haze from the KI fires, the air tastes like a campfire. Thinking of everyone over there"),
    ("2020-01-28", "07:20", None, "t", "New year, new roster: I'm on the early crew Mon to Thu, 0630 till 1500, and every second Friday off"),
    ("2020-02-11", "07:05", "O", "", "sunrise over the carpark, only the magpies and me"),
    ("2020-03-24", "10:00", None, "", "My sister is WFH from my kitchen table now. The cat has claimed her second monitor"),
    ("2020-04-15", "12:30", None, "", "Day 22 of iso. I have alphabetised the spice rack"),
    ("2020-05-19", "16:40", None, "r", "Essential worker letter in the glovebox so I can keep going in for the downlink checks. Weird driving on an empty Main North Rd"),
    ("2020-06-09", "17:38", "R1", "", "pools are back open!!! 1.5k, felt like flying"),
    ("2020-06-30", "13:20", "O", "", "soup in the tearoom, someone microwaved fish again, war crimes"),
    ("2020-07-18", "08:02", "R2", "", "parkrun's back, 31 minutes and I don't care"),
    ("2020-08-12", "19:00", None, "", "Finished Utopia season 4. The Nation Building Authority is every office I've ever set foot in"),
    ("2020-09-03", "15:30", None, "u", "Four years at #MPRTC today. They gave me a mug. I love the mug"),
    ("2020-09-22", "17:45", "R1", "", "new goggles don't leak, life is good"),
    ("2020-10-17", "14:20", None, "", "Planted the lemon tree. It's going to die, isn't it"),
    ("2020-11-10", "10:45", "O*", "", "spring at work, the wattle by the fence is going off"),
    ("2020-12-24", "21:50", "H", "", "Christmas Eve prawns on the back step, still stinking hot"),
    ("2021-01-26", "11:00", None, "", "Backyard cricket, tennis ball with tape on it, somebody's uncle claiming a six off the shed"),
    ("2021-02-16", "08:10", "O", "l", "Security office has moved to the new building by the north gate, so it's a 600 m walk to get your pass renewed now. Cardio"),
    ("2021-03-06", "07:58", "R2", "", "parkrun volunteer today, timekeeper. Far harder than running"),
    ("2021-03-23", "17:36", "R1", "", "swimming through autumn, water's still warm-ish"),
    ("2021-04-13", "20:30", None, "r", "Clearance revalidation interview done. Two hours of questions about my overseas trips and the ex. Glad it's only every seven years"),
    ("2021-05-04", "06:25", "O", "r", "trial day. sat in the hut watching the telemetry scroll, all channels green, four hours of waiting and ninety seconds of panic"),
    ("2021-05-29", "15:10", None, "", "Local footy at the oval, freezing, the pie was superb"),
    ("2021-06-15", "17:40", "R1", "", "pool before the cold snap, steam coming off the lanes"),
    ("2021-06-22", "12:30", None, "u", "The Range Telemetry Centre canteen has discovered sriracha. Everything has sriracha on it now"),
    ("2021-07-02", "22:40", "H", "", "Heater on, doona out, The Castle on telly. Tell him he's dreamin"),
    ("2021-07-21", "11:00", None, "", "Another snap lockdown. Baked banana bread like it's 2020"),
    ("2021-08-10", "12:15", "O", "", "lunchtime walk round the perimeter road, brown snake sunning itself, turned around immediately"),
    ("2021-09-04", "08:05", "R2", "", "parkrun: 27:21, second fastest ever, legs are jelly"),
    ("2021-10-09", "13:30", None, "", "Nephew's model rocket club launch day. C6 motor, parachute didn't open, rocket now lives in a paddock near Roseworthy"),
    ("2021-11-16", "09:20", None, "r", "Acting team lead on the telemetry crew for six weeks while Dave's on long service leave. Send help"),
    ("2021-12-07", "17:30", "R1", "", "last swim before Christmas, coach brought Zooper Doopers"),
    ("2022-01-15", "10:40", None, "", "Bought thongs at the servo because I forgot mine. $4 bargain"),
    ("2022-02-08", "07:50", "O", "", "Ute's aircon finally died. Arrived looking like I swam here"),
    ("2022-02-22", "19:10", None, "t", "Note to self: Tuesdays it's the pool at 5:30 straight after knock-off, Saturdays parkrun at 7:45, don't book anything else"),
    ("2022-03-19", "08:10", "R2", "", "parkrun number 150! Got the milestone shirt"),
    ("2022-04-05", "17:44", "R1", "", "easter chocolate fuelled swim"),
    ("2022-04-27", "16:30", None, "rl", "Knocking off after a long day re-cabling the receiver racks in Building 14, level 1. My hands smell like cable lube"),
    ("2022-05-21", "18:00", None, "", "Election day sausage sizzle, democracy sausage acquired"),
    ("2022-06-13", "10:00", None, "", "Long weekend, doing absolutely nothing, it's glorious"),
    ("2022-07-12", "14:45", "O*", "", "hail on the carpark, everyone ran outside to check their cars"),
    ("2022-08-06", "08:00", "R2", "", "parkrun in the rain, seven of us turned up, legends only"),
    ("2022-08-23", "21:10", None, "", "Started Slow Horses. Jackson Lamb is every supervisor I've ever had"),
    ("2022-09-13", "17:33", "R1", "", "did a 400 IM tonight and nearly drowned"),
    ("2022-10-18", "12:40", None, "u", "MPRTC family day: the kids got to sit in the control room chairs and press the (disconnected) big red button. My niece is now unbearable"),
    ("2022-11-02", "06:40", "O", "r", "0400 start for the count, weather hold for two hours, then scrubbed. Home to bed at 11am, what even is today"),
    ("2022-12-17", "22:05", "H", "", "Mango season. Sticky hands, sticky keyboard, no regrets"),
    ("2023-01-07", "10:30", "T:hobart1", "", "Hobart! Salamanca market, bought a wooden spoon for $30 because I'm on holiday"),
    ("2023-01-08", "13:15", "T:mona", "", "MONA. Still processing the poo machine"),
    ("2023-01-09", "11:40", "T:bruny", "", "Bruny Island oysters straight off the farm, best thing I've eaten this year"),
    ("2023-01-10", "09:20", "T:wellington*", "", "kunanyi / Mt Wellington summit, 6 degrees in January, this state is mad"),
    ("2023-02-14", "17:40", "R1", "", "Valentine's swim, lane 2 romance"),
    ("2023-03-01", "09:05", "O", "", "New turnstiles at the front. Took me four goes"),
    ("2023-03-25", "08:05", "R2", "", "parkrun, then coffee, then nap. the perfect Saturday"),
    ("2023-04-18", "15:00", None, "r", "Got the promotion to senior telemetry tech. More money, more meetings, fewer trips up the dish"),
    ("2023-05-13", "14:00", None, "", "Sister's hen's do in the Barossa, wine tasting and a mechanical bull. I am a broken woman"),
    ("2023-06-06", "12:20", "O", "", "Pumpkin soup day in the tearoom again. Someone brought crusty rolls, hero"),
    ("2023-07-01", "19:00", None, "", "Dad's retiring from the council depot after 32 years. Proud of the old man"),
    ("2023-07-25", "17:42", "R1", "", "winter laps, lanes empty, I'm a machine"),
    ("2023-08-19", "21:30", None, "", "Oppenheimer finally. Three hours, I needed a wee for two of them"),
    ("2023-09-12", "11:05", None, "rt", "Night-trial week. On console 1900 to 0700 Mon to Thu, don't text me before 3pm"),
    ("2023-10-14", "10:10", None, "", "Voted at the school hall, got a sausage, civic duty done"),
    ("2023-10-24", "22:30", "H", "", "Storm knocked the power out, candles and a cheese board it is"),
    ("2023-11-28", "16:10", None, "ur", "End of year wrap at MPRTC: 14 trials supported, not one telemetry stream lost. Our crew is stupidly good"),
    ("2024-01-20", "08:04", "R2", "", "parkrun in 34 degrees, who organised this"),
    ("2024-02-06", "07:45", "O", "", "Back after leave. 412 emails. Deleting with prejudice"),
    ("2024-03-09", "12:30", None, "", "Fringe show tonight, a one-woman opera about Bunnings. Can't wait"),
    ("2024-04-03", "14:10", "O*", "rl", "New tracking antenna going up on pad C. Three cranes, eleven blokes in hi-vis, and me"),
    ("2024-04-30", "17:35", "R1", "", "pool. swim. tired. good"),
    ("2024-05-18", "08:12", "R2", "", "parkrun with the dog for the first time, she stopped to sniff every post"),
    ("2024-06-15", "20:00", None, "", "Made a kitchen unit out of an old IKEA bookcase. Not level. Don't care"),
    ("2024-07-10", "10:00", None, "", "Working from home today waiting for the NBN tech. He said between 8 and 5, it's a lottery"),
    ("2024-08-06", "17:40", "R1", "", "new squad coach is brutal"),
    ("2024-08-29", "13:00", None, "ur", "We're hiring! MPRTC is after two telemetry technicians, you'd need to hold or be able to get a baseline clearance. DM me"),
    ("2024-09-07", "11:30", None, "", "Royal Adelaide Show, the queue for the strawberry sundae is longer than the flight to Bali"),
    ("2024-09-24", "06:50", "O", "r", "Trial window opened at 0615 and we had the downlink for all 340 seconds of flight. Best day at work in years"),
    ("2024-11-19", "17:38", "R1", "", "sunburnt shoulders already, summer is here"),
    ("2024-12-14", "22:15", "H", "", "Work Christmas party survived. Home, trackies on, toastie"),
    ("2025-01-11", "08:03", "R2", "", "new year parkrun, 28:40, not bad for a woman powered by leftover ham"),
    ("2025-02-04", "12:00", "O", "", "The carpark bitumen is actually melting. Lunch in the car with the aircon"),
    ("2025-02-25", "17:40", None, "l", "If anyone at the Curtis Rd gate is wondering who reversed into the bollard, it was me"),
    ("2025-03-15", "14:30", None, "", "Womadelaide! Danced in Botanic Park till my calves cramped"),
    ("2025-04-08", "09:30", None, "r", "Quarterly decom software verification with the new bit-sync cards today. Scintillating. (It was actually kind of fun)"),
    ("2025-05-06", "17:41", "R1", "", "pool. autumn. same lane as always"),
    ("2025-05-20", "21:45", "H", "", "Soup season officially open, pumpkin and ginger"),
    ("2025-06-10", "11:20", "O", "l", "fog so thick you can't see Building 2 from the carpark"),
    ("2025-06-28", "16:00", None, "", "Netball grand final, lost by two, the umpire needs glasses"),
    ("2025-07-15", "19:20", None, "", "Finished a history of Woomera and the Blue Streak rockets. Strange chapter of SA history"),
]

# DMs: (sender, date-time UTC ISO, text)  — 'me' is the owner
F1_ME = {"id": "1093355000", "handle": "bec_on_the_plains", "name": "Bec Tran"}
F1_DMS = [
    ({"id": "1402937755", "handle": "aero_insight_consult", "name": "Harlan Voss", "suspicious": True}, [
        ("them", "2022-03-02T10:14:05.000Z", "Hi Bec, I run a small aerospace consultancy and came across your posts. Loved the one about the downlink. Would you be open to a paid chat about your work?"),
        ("me", "2022-03-02T11:02:40.000Z", "Thanks but I don't really talk about work online"),
        ("them", "2022-03-09T09:40:12.000Z", "Totally understand. Nothing sensitive, just general things like trial schedules and what kit you use. We'd pay $1500 AUD for an hour."),
        ("them", "2022-03-15T08:21:55.000Z", "Happy to move this to Signal or WhatsApp if that's easier for you? Here's my number."),
        ("me", "2022-03-15T09:10:03.000Z", "No thanks. Please don't message me again"),
    ]),
    ({"id": "88120411", "handle": "linh_tran88", "name": "Linh Tran", "suspicious": False}, [
        ("them", "2023-05-01T03:12:00.000Z", "are you coming to the hens or not, I need numbers by Friday"),
        ("me", "2023-05-01T03:40:22.000Z", "yes obviously, put me down for the bull"),
    ]),
    ({"id": "301188702", "handle": "gawlerparkrun", "name": "Gawler parkrun", "suspicious": False}, [
        ("them", "2021-02-25T01:00:00.000Z", "Hi! Would you be able to volunteer as timekeeper on 6 March?"),
        ("me", "2021-02-25T02:15:30.000Z", "Sure, happy to"),
    ]),
]


def tweet_id(dt, rng):
    ms = int(dt.timestamp() * 1000)
    return str(((ms - 1288834974657) << 22) | rng.randrange(1 << 22))


def gen_f1(outdir):
    P = F1
    posts = build_posts(F1_SPECS, P, 101)
    rng = random.Random(1011)
    files = []
    records = []
    for p in posts:
        tid = tweet_id(p.utc, rng)
        p.native_id = tid
        text = p.text
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        hashtags = []
        for w in text.split():
            if w.startswith("#"):
                tag = w[1:].rstrip(".,!?")
                i = text.index("#" + tag)
                hashtags.append({"text": tag, "indices": [str(i), str(i + 1 + len(tag))]})
        t = {
            "edit_info": {"initial": {"editTweetIds": [tid],
                                      "editableUntil": (p.utc + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": p.utc.year >= 2022}},
            "retweeted": False,
            "source": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
            "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": [], "urls": []},
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(rng.randrange(0, 30)),
            "id_str": tid,
            "truncated": False,
            "retweet_count": str(rng.randrange(0, 3)),
            "id": tid,
            "created_at": p.utc.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorited": False,
            "full_text": esc,
            "lang": "en",
        }
        if p.kind == "geo":
            t["geo"] = {"type": "Point", "coordinates": [str(p.lat), str(p.lon)]}
            t["coordinates"] = {"type": "Point", "coordinates": [str(p.lon), str(p.lat)]}
        if p.kind == "photo":
            mid = tweet_id(p.utc - timedelta(seconds=9), rng)
            key = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(15))
            tco = "https://t.co/" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
            start = len(text) + 1
            t["full_text"] = esc + " " + tco
            media = {"expanded_url": f"https://twitter.com/{F1_ME['handle']}/status/{tid}/photo/1",
                     "indices": [str(start), str(start + len(tco))], "url": tco,
                     "media_url": f"http://pbs.twimg.com/media/{key}.jpg",
                     "id_str": mid, "id": mid,
                     "media_url_https": f"https://pbs.twimg.com/media/{key}.jpg",
                     "sizes": {"large": {"w": "8", "h": "8", "resize": "fit"}},
                     "type": "photo", "display_url": "pic.twitter.com/" + tco[-10:]}
            t["entities"]["media"] = [media]
            t["extended_entities"] = {"media": [dict(media)]}
            files.append((f"data/tweets_media/{tid}-{key}.jpg",
                          jpeg(exif_block(p.lat, p.lon, p.local, "Google", "Pixel 4a"), shade=len(files))))
        records.append({"tweet": t})
    records.reverse()  # newest first, as the archive lists them
    half = 55
    for name, part, recs in (("data/tweets.js", 0, records[:half]), ("data/tweets-part1.js", 1, records[half:])):
        files.append((name, (f"window.YTD.tweets.part{part} = " + json.dumps(recs, indent=2, ensure_ascii=False)).encode()))
    me = F1_ME
    files.append(("data/account.js", ("window.YTD.account.part0 = " + json.dumps([{"account": {
        "email": "bec.tran@example.com.au", "createdVia": "android", "username": me["handle"],
        "accountId": me["id"], "createdAt": "2018-11-03T09:12:44.000Z", "accountDisplayName": me["name"]}}], indent=2)).encode()))
    files.append(("data/account-timezone.js", ("window.YTD.account_timezone.part0 = " + json.dumps([{"accountTimezone": {
        "accountId": me["id"], "timeZone": "Adelaide"}}], indent=2)).encode()))
    files.append(("data/profile.js", ("window.YTD.profile.part0 = " + json.dumps([{"profile": {
        "description": {"bio": "Gawler girl. Swim, run, eat, repeat. Crows tragic. Opinions my own.",
                        "website": "", "location": "Gawler, SA"},
        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1093355000/av.jpg"}}], indent=2)).encode()))
    convs = []
    contacts = []
    mid = 1500000000000000000
    for other, msgs in F1_DMS:
        contacts.append({"handle": other["handle"], "name": other["name"], "id": other["id"], "suspicious": other["suspicious"]})
        a, b = sorted([me["id"], other["id"]], key=int)
        ms = []
        for who, when, text in msgs:
            mid += 1000 + rng.randrange(1000)
            s, r = (me["id"], other["id"]) if who == "me" else (other["id"], me["id"])
            ms.append({"messageCreate": {"recipientId": r, "reactions": [], "urls": [], "text": text,
                                         "mediaUrls": [], "senderId": s, "id": str(mid), "createdAt": when}})
        ms.reverse()
        convs.append({"dmConversation": {"conversationId": f"{a}-{b}", "messages": ms}})
    files.append(("data/direct-messages.js", ("window.YTD.direct_messages.part0 = " + json.dumps(convs, indent=2, ensure_ascii=False)).encode()))
    files.append(("data/direct-messages-group.js", b"window.YTD.direct_messages_group.part0 = [ ]"))
    manifest = {"userInfo": {"accountId": me["id"], "userName": me["handle"], "displayName": me["name"]},
                "archiveInfo": {"sizeBytes": "412733", "generationDate": "2025-07-31T22:10:05.000Z",
                                "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "dataTypes": {
                    "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
                    "accountTimezone": {"files": [{"fileName": "data/account-timezone.js", "globalName": "YTD.account_timezone.part0", "count": "1"}]},
                    "directMessages": {"mediaDirectory": "data/direct_messages_media", "files": [{"fileName": "data/direct-messages.js", "globalName": "YTD.direct_messages.part0", "count": str(len(convs))}]},
                    "directMessagesGroup": {"mediaDirectory": "data/direct_messages_group_media", "files": [{"fileName": "data/direct-messages-group.js", "globalName": "YTD.direct_messages_group.part0", "count": "0"}]},
                    "profile": {"mediaDirectory": "data/profile_media", "files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
                    "tweets": {"mediaDirectory": "data/tweets_media", "files": [
                        {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": str(half)},
                        {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": str(len(records) - half)}]},
                }}
    files.append(("data/manifest.js", ("window.__THAR_CONFIG = " + json.dumps(manifest, indent=2)).encode()))
    files.append(("Your archive.html", b"<!DOCTYPE html><html><head><title>Your archive</title></head><body><div id=\"root\"></div></body></html>\n"))
    key = P["key"]
    write_zip(f"{outdir}/{key}.zip", files)
    write_labels(f"{outdir}/{key}.labels.json", P, key, "x", posts, contacts)
    write_watchlist(f"{outdir}/{key}.watchlist.toml", P)
    return P, posts, contacts

# ================================================================ f2: Facebook 2024, Simplified Chinese, fuel-plant chemist
F2 = {
    "key": "f2-facebook-fuel-lab",
    "name": "周晓岚",
    "tz": "Asia/Shanghai",
    "unit": ["川西核燃料元件研究所", "元件所", "川西元件所"],
    "role": "核燃料理化分析工程师",
    "office": (30.8520, 104.1480),
    "office_name": "川西核燃料元件研究所 三号楼",
    "office_days": lambda h: {0, 1, 2, 3, 4},
    "home": (30.8230, 104.1710),
    "R1": {"name": "新都体育中心羽毛球馆（周三晚）", "lat": 30.8310, "lon": 104.1580, "wd": 2},
    "R2": {"name": "桂湖公园（周六晨跑）", "lat": 30.8245, "lon": 104.1545, "wd": 5},
    "trip": {"dali1": (25.6965, 100.1626), "erhai": (25.7300, 100.2100),
             "shuanglang": (25.9050, 100.1940), "dali2": (25.6930, 100.1600)},
}
F2["fill"] = [
    "今天的晚霞好美，站在阳台看了半个小时",
    "楼下新开了一家面馆，牛肉面分量超足",
    "周末大扫除，从沙发底下找到了三个发卡和一块钱",
    "老妈又在家族群里发养生文章了",
    "下雨天最适合在家看书喝茶",
    "学做了红烧肉，糖色炒糊了，但还能吃",
    "猫今天学会了开柜门，我的零食全没了",
    "和闺蜜逛了一下午春熙路，腿都走断了",
    "终于把驾照考下来了，科目三一把过",
    "今天看了一部老电影《重庆森林》，王菲好可爱",
    "冬天就是要吃火锅，不接受反驳",
    "新买的绿萝长得好快，已经爬满书架了",
    "晚上十点的夜宵是快乐源泉",
    "外婆八十大寿，一大家子人挤在一起吃饭，好热闹",
    "报了个油画班，第一幅画被老师说很有想法",
]

F2_PLACES = {"O": ("川西核燃料元件研究所", "新都区"), "R1": ("新都体育中心羽毛球馆", "新都区新都大道"),
             "R2": ("桂湖公园", "新都区桂湖中路"), "H": ("", ""),
             "T:dali1": ("大理古城", "云南省大理市"), "T:erhai": ("洱海生态廊道", "云南省大理市"),
             "T:shuanglang": ("双廊古镇", "云南省大理市双廊镇"), "T:dali2": ("大理古城人民路", "云南省大理市")}

F2_SPECS = [
    ("2019-01-05", "19:30", None, "", "周末在家做了火锅，底料是老妈寄来的，香到邻居来敲门"),
    ("2019-01-09", "12:10", "O", "", "食堂今天有冒菜，排队排到门口了"),
    ("2019-01-16", "19:40", "R1", "", "羽毛球打了一个半小时，手臂已经不是我的了"),
    ("2019-02-06", "21:30", "H", "", "过年在家包饺子，我包的全部露馅"),
    ("2019-02-20", "10:20", None, "ur", "进所第三年，终于拿到了辐射工作人员证，以后可以自己进手套箱干活了 #元件所"),
    ("2019-03-02", "07:50", "R2", "", "桂湖晨跑5公里，腊梅还没谢完"),
    ("2019-03-13", "19:20", "R1#", "", "周三羽毛球局，新买的拍子手感不错"),
    ("2019-03-28", "15:30", None, "", "所以说，天下没有免费的午餐，奶茶店的买一送一根本就是套路"),
    ("2019-04-10", "09:40", "O*", "", "春天到了，单位门口的樱花开了一排"),
    ("2019-04-27", "07:45", "R2", "", "桂湖跑步，遇到一群阿姨跳广场舞，节奏比我的配速还快"),
    ("2019-05-15", "14:00", None, "r", "今天测了一整天的铀同位素丰度，质谱仪一直在闹脾气，调了三次才稳定"),
    ("2019-06-07", "11:00", None, "", "端午节吃粽子，咸蛋黄肉粽才是正统，甜粽子党请退下"),
    ("2019-06-19", "19:35", "R1", "", "羽毛球，今天终于赢了一次老王"),
    ("2019-07-12", "20:00", None, "", "最近在补《潜伏》，余则成太稳了，这才是真正的保密意识"),
    ("2019-08-03", "07:55", "R2*", "", "周六桂湖打卡，荷花开得正好"),
    ("2019-08-21", "16:45", "O", "", "下午停电检修，空调一停整栋楼像蒸笼"),
    ("2019-09-13", "13:00", None, "", "中秋节，所有的月饼都是五仁的，谁干的"),
    ("2019-10-01", "10:00", None, "", "国庆七十周年，在家看阅兵直播，看得热泪盈眶"),
    ("2019-10-23", "12:20", None, "ul", "元件所二号门新开了个快递柜，终于不用跑到大门口取快递了"),
    ("2019-11-20", "19:25", "R1", "", "雷打不动的羽毛球，今天来了个新人，扣杀好猛"),
    ("2019-12-24", "22:10", "H", "", "平安夜一个人在家吃苹果看电影，也挺好"),
    ("2020-01-25", "20:30", None, "", "大年初一，哪儿都不能去，在家研究怎么做蛋糕"),
    ("2020-02-10", "08:30", None, "r", "疫情期间照样要上班，生产线不能停，每天进厂先测体温，换工作服，过剂量门"),
    ("2020-02-26", "21:40", "H", "", "居家第N天，已经学会了做凉皮"),
    ("2020-03-18", "12:05", "O", "", "食堂恢复堂食了，但是一人一桌，像考试"),
    ("2020-04-11", "08:00", "R2", "", "桂湖重新开放！跑了6公里，空气真好"),
    ("2020-05-06", "14:20", None, "r", "评上中级工程师了！论文加答辩加三年的样品分析记录，终于熬出头了"),
    ("2020-05-20", "19:30", "R1#", "", "520也要打羽毛球，球拍才是真爱"),
    ("2020-06-17", "19:40", "R1", "", "羽毛球馆空调终于修好了"),
    ("2020-07-04", "15:00", None, "", "雨下了一整天，院子里的花盆全淹了"),
    ("2020-07-29", "10:30", None, "rt", "这个月开始倒班：白班早8点到下午4点，夜班晚上12点到早上8点，四天一轮。生物钟已经乱了"),
    ("2020-08-22", "07:50", "R2", "", "周六晨跑，顺便在桂湖边吃了碗豆花"),
    ("2020-09-09", "23:40", "O", "r", "夜班，ICP-MS在跑批量样，我在旁边写记录，整个实验室只有仪器的嗡嗡声"),
    ("2020-10-03", "16:00", None, "", "国庆回老家，外婆做的腊肉全世界第一"),
    ("2020-11-11", "20:00", None, "", "双十一买了一堆东西，冷静下来发现都用不上"),
    ("2020-12-02", "19:30", "R1", "", "年底了，羽毛球局人越来越少"),
    ("2020-12-31", "23:50", "H", "", "2020终于要过去了，明年一定会好的"),
    ("2021-01-20", "13:10", None, "", "表哥在核电站当运行工程师，过年回来讲了一晚上他们的倒班，我假装第一次听说"),
    ("2021-02-14", "12:00", None, "", "情人节一个人吃了个brunch，挺好"),
    ("2021-03-10", "09:15", "O*", "", "三月的早上，厂区的玉兰开了"),
    ("2021-03-27", "07:40", "R2", "", "桂湖跑步，今天配速5分半，进步了"),
    ("2021-04-14", "19:30", "R1", "", "双打配合越来越好了"),
    ("2021-05-12", "15:10", None, "r", "年度辐射防护考核通过，笔试考了96，还有手套箱实操，考官全程盯着看"),
    ("2021-06-09", "12:30", "O", "", "午饭后在办公楼后面的小湖边散步，鸭子比我还胖"),
    ("2021-07-03", "10:00", None, "", "看了《局中人》，谍战剧还是老的好看"),
    ("2021-08-18", "20:10", None, "", "最近所有的周末都在下雨，所以我宅了一个月"),
    ("2021-10-02", "11:00", "T:dali1", "", "大理古城，人山人海，但是阳光真好"),
    ("2021-10-03", "15:30", "T:erhai*", "", "洱海骑行，风吹得人想辞职"),
    ("2021-10-04", "18:40", "T:shuanglang", "", "双廊看日落，这辈子值了"),
    ("2021-10-05", "09:20", "T:dali2*", "", "大理最后一天，买了一堆扎染回去送人"),
    ("2021-11-03", "19:25", "R1", "", "打完球去吃了串串，白打了"),
    ("2021-11-24", "10:10", None, "ul", "元件所三号楼四楼的电梯又坏了，抱着样品盒爬楼梯，腿软"),
    ("2021-12-18", "21:00", "H", "", "冬至前夜，自己在家煮汤圆"),
    ("2022-01-08", "07:50", "R2", "", "新年第一次桂湖晨跑，冷得手都僵了"),
    ("2022-02-16", "19:30", "R1#", "", "元宵节后第一次羽毛球，胖了三斤"),
    ("2022-03-09", "10:05", "O", "", "今天有太阳！成都的太阳！办公楼前面全是晒太阳的人"),
    ("2022-04-20", "14:30", None, "", "最近在研究做酸奶，第一批失败了，第二批还行"),
    ("2022-05-25", "19:40", "R1", "", "老王终于承认打不过我了"),
    ("2022-06-18", "20:20", None, "", "618清空购物车，钱包也清空了"),
    ("2022-07-13", "08:10", "O", "t", "这周开始上长白班，早上7点半在新都大道站坐班车，下午5点回"),
    ("2022-08-20", "07:45", "R2", "", "高温天也要晨跑，桂湖边的树荫救了我"),
    ("2022-09-07", "12:00", None, "", "居家办公第二周，终于把抽屉里的东西整理完了"),
    ("2022-10-15", "07:55", "R2", "", "解封后第一次去桂湖跑步，太开心了"),
    ("2022-11-16", "19:30", "R1", "", "羽毛球场地费涨价了"),
    ("2022-12-20", "22:30", "H", "", "阳了，在家躺平，嗓子像刀片"),
    ("2023-01-11", "11:20", None, "ur", "元件所年终总结会，我们分析组拿了先进集体，领导说明年样品量还要翻番"),
    ("2023-02-08", "09:40", "O*", "", "开工第一天，办公楼门口的红灯笼还没拆"),
    ("2023-03-11", "07:50", "R2", "", "桂湖的海棠开了，晨跑都变慢了"),
    ("2023-04-12", "14:15", None, "r", "政审表又填了一遍，三代直系亲属都要写，还好我家特简单"),
    ("2023-05-17", "19:30", "R1#", "", "今天学会了反手高远球"),
    ("2023-06-21", "15:00", None, "", "所以说减肥这件事，明天再说吧"),
    ("2023-07-08", "16:30", None, "", "周末去看了《封神》，特效真的可以"),
    ("2023-08-09", "13:20", "O", "", "下午的会议室空调18度，大家都裹着外套开会"),
    ("2023-09-13", "19:30", "R1", "", "球馆换了新地胶，摩擦力好大"),
    ("2023-10-21", "10:00", None, "", "带爸妈去了趟都江堰，人比水多"),
    ("2023-11-29", "23:55", "O", "r", "又是夜班，在手套箱里称了一晚上的粉末样品，手臂酸到抬不起来"),
    ("2023-12-23", "21:50", "H", "", "在家一个人烫火锅，猫在旁边虎视眈眈"),
    ("2024-01-17", "19:20", "R1", "", "冬天的球馆像冰窖，热身要半小时"),
    ("2024-02-21", "09:00", None, "ur", "我们所今年招分析化学方向的应届生，有兴趣的师弟师妹私信我～ #元件所"),
    ("2024-03-16", "07:50", "R2", "", "桂湖晨跑，春天真好"),
    ("2024-04-10", "12:15", "O", "", "食堂新出了钵钵鸡，排队的人比打卡的人还多"),
    ("2024-05-29", "17:10", None, "ul", "新都大道那个公交站改名叫元件所东门站了，感觉全世界都知道我在哪上班"),
    ("2024-06-15", "20:00", None, "", "所有人都去看演唱会了，只有我在家打游戏"),
    ("2024-07-24", "15:30", None, "r", "今天带新人做了一天的取样和溶样，讲了三遍不能在通风橱外面开瓶"),
    ("2024-08-31", "07:40", "R2*", "", "跑完步在公园门口吃了碗担担面"),
    ("2024-09-18", "19:30", "R1", "", "中秋前最后一次羽毛球，约好了节后继续"),
    ("2024-10-16", "10:30", "O*", "", "秋天的厂区，银杏全黄了"),
    ("2024-11-09", "14:00", None, "", "周末去宜家买了个柜子，装了四个小时，多出来两颗螺丝"),
    ("2024-12-25", "22:20", "H", "", "圣诞节吃了一整个蛋糕，没有人管我"),
    ("2025-01-15", "19:30", "R1", "", "今年第一场羽毛球，老王带了他女儿来"),
    ("2025-02-12", "11:00", None, "", "元宵节，院子里挂满了灯笼，楼下小孩在放烟花"),
    ("2025-03-05", "08:20", "O", "", "周三早上班车晚了十分钟，大家在门口排队刷卡"),
    ("2025-03-22", "07:45", "R2", "", "桂湖晨跑，第200次打卡"),
    ("2025-04-16", "16:00", None, "r", "今年的年度体检加内照射监测做完了，尿样要连续收集24小时，不多说了"),
    ("2025-05-10", "10:00", None, "", "母亲节给老妈订了花，她说太贵了但是拍了十张照片"),
    ("2025-06-04", "21:00", None, "", "这局面，我的周末计划全泡汤了，下了一周的雨"),
    ("2025-06-25", "19:35", "R1", "", "夏天的羽毛球，一场下来衣服能拧出水"),
    ("2025-07-12", "20:30", None, "", "最近迷上了研究咖啡豆，家里快成咖啡馆了 coffee nerd 上线"),
]

F2_OWNER = "周晓岚"
F2_DMS = [
    ("kevinlau_10231467890", "Kevin Lau", True, [
        ("them", "2023-06-02 20:14", "周小姐你好，我是香港一家能源咨询公司的，看到你的主页觉得很有缘"),
        ("me", "2023-06-02 21:03", "你好，请问有什么事"),
        ("them", "2023-06-05 19:40", "我们在做一个燃料元件市场的报告，想请你聊聊你们所里的分析流程和产量，一小时给你3000块，绝对不涉密"),
        ("me", "2023-06-05 22:10", "不好意思，工作上的事情不方便说"),
        ("them", "2023-06-12 20:22", "理解理解，要不加个Telegram慢慢聊？价钱可以再谈，你们的工艺参数我们出五万"),
        ("me", "2023-06-12 20:45", "不用了，别再联系我了"),
    ]),
    ("mama_10198855021", "妈妈", False, [
        ("them", "2024-09-14 18:02", "中秋回来吗？"),
        ("me", "2024-09-14 18:30", "回来，周五下班就走"),
        ("them", "2024-09-14 18:31", "好，给你炖汤"),
    ]),
    ("wanglei_10187730012", "王磊", False, [
        ("them", "2022-11-15 12:05", "明晚羽毛球还来吗"),
        ("me", "2022-11-15 12:20", "来，老地方见"),
    ]),
]


def gen_f2(outdir):
    P = F2
    posts = build_posts(F2_SPECS, P, 202)
    rng = random.Random(2022)
    tz = ZoneInfo(P["tz"])
    files, items, checkins = [], [], []
    owner = F2_OWNER
    for i, p in enumerate(posts):
        rec = {"timestamp": p.ts, "data": [{"post": p.text}, {"update_timestamp": p.ts}]}
        code = p.place if p.place not in (None,) else None
        if p.kind == "checkin_file":
            fbid = str(10150000000000000 + rng.randrange(10 ** 12))
            p.native_id = fbid
            name, addr = F2_PLACES[code]
            checkins.append({"timestamp": p.ts, "fbid": fbid, "media": [], "label_values": [
                {"label": "Message", "value": p.text},
                {"label": "Place tags", "dict": [
                    {"label": "Name", "value": name},
                    {"label": "Address", "value": addr},
                    {"label": "Coordinates", "value": f"({p.lat} , {p.lon})"}]}]})
            continue
        p.native_id = f"fb-post-{p.ts}"
        if p.kind == "geo":
            name, addr = F2_PLACES[code]
            if code == "H":
                name, addr = "锦绣花园", "新都区蜀龙大道"
            rec["title"] = f"{owner} was at {name}."
            rec["attachments"] = [{"data": [{"place": {
                "name": name, "coordinate": {"latitude": p.lat, "longitude": p.lon},
                "address": addr, "url": f"https://www.facebook.com/pages/{rng.randrange(10**9, 10**10)}"}}]}]
        elif p.kind == "photo":
            fn = f"{rng.randrange(10**8, 10**9)}_{rng.randrange(10**15, 10**16)}_{rng.randrange(10**18, 10**19)}_n.jpg"
            uri = f"your_facebook_activity/posts/media/MobileUploads_{rng.randrange(10**9, 10**10) if False else 77112}/{fn}"
            taken = int((p.utc - timedelta(minutes=rng.randrange(1, 20))).timestamp())
            files.append((uri, jpeg(None, shade=i)))
            rec["title"] = f"{owner} added a new photo."
            rec["attachments"] = [{"data": [{"media": {
                "uri": uri, "creation_timestamp": p.ts,
                "media_metadata": {"photo_metadata": {"exif_data": [{
                    "upload_ip": f"171.88.{rng.randrange(256)}.{rng.randrange(256)}",
                    "taken_timestamp": taken, "modified_timestamp": taken,
                    "camera_make": "HUAWEI", "camera_model": "ELS-AN00",
                    "exposure": "1/120", "f_stop": "1.8", "iso": 100, "focal_length": "5.6",
                    "orientation": 1, "original_width": 4096, "original_height": 3072,
                    "latitude": p.lat, "longitude": p.lon}]}},
                "title": "Mobile uploads", "description": p.text}}]}]
        else:
            rec["title"] = f"{owner} updated her status."
        items.append(rec)
    items.reverse()
    checkins.reverse()
    files.append(("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", meta_json(items)))
    files.append(("your_facebook_activity/posts/check-ins.json", meta_json(checkins)))
    files.append(("personal_information/profile_information/profile_information.json", meta_json({"profile_v2": {
        "name": {"full_name": owner, "first_name": "晓岚", "middle_name": "", "last_name": "周"},
        "emails": {"emails": ["xlzhou@example.cn"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1993, "month": 4, "day": 18}, "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "current_city": {"name": "Chengdu, Sichuan", "timestamp": 1546300800},
        "hometown": {"name": "Leshan", "timestamp": 1546300800},
        "relationship": {"status": "Single", "timestamp": 1546300800},
        "work_experiences": [], "education_experiences": [],
        "username": "xiaolan.zhou.93", "registration_timestamp": 1420070400,
        "profile_uri": "https://www.facebook.com/xiaolan.zhou.93"}})))
    contacts = []
    for slug, name, sus, msgs in F2_DMS:
        contacts.append({"handle": slug.rsplit("_", 1)[0], "name": name, "id": slug.rsplit("_", 1)[1], "suspicious": sus})
        ms = []
        for who, when, text in msgs:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz, second=rng.randrange(60))
            ms.append({"sender_name": owner if who == "me" else name, "timestamp_ms": int(dt.timestamp() * 1000),
                       "content": text, "is_geoblocked_for_viewer": False})
        ms.reverse()
        files.append((f"your_facebook_activity/messages/inbox/{slug}/message_1.json", meta_json({
            "participants": [{"name": name}, {"name": owner}], "messages": ms, "title": name,
            "is_still_participant": True, "thread_path": f"inbox/{slug}", "magic_words": []})))
    key = P["key"]
    write_zip(f"{outdir}/{key}.zip", files)
    write_labels(f"{outdir}/{key}.labels.json", P, key, "facebook", posts, contacts)
    write_watchlist(f"{outdir}/{key}.watchlist.toml", P)
    return P, posts, contacts

# ================================================================ f3: Instagram (2019-2021 layout), English + Welsh, cable landing station
def _f3_days(h):
    # 12-hour shifts Mon-Thu: days 07-19, nights 19-07 (a night post before 07:00 falls Tue-Fri)
    return {1, 2, 3, 4} if h < 7 else {0, 1, 2, 3}


F3 = {
    "key": "f3-instagram-cable-station",
    "name": "Catrin Pryce",
    "tz": "Europe/London",
    "unit": ["Traeth Mawr Cable Landing Station", "Traeth Mawr CLS", "TMCLS"],
    "role": "submarine cable landing station technician",
    "office": (51.8240, -5.1230),
    "office_name": "Traeth Mawr Cable Landing Station",
    "office_days": _f3_days,
    "home": (51.8005, -4.9690),
    "R1": {"name": "Newgale beach (Saturday surf)", "lat": 51.8490, "lon": -5.1155, "wd": 5},
    "R2": {"name": "Capel Hermon, Fishguard (Friday choir)", "lat": 51.9935, "lon": -4.9760, "wd": 4},
    "trip": {"lisbon1": (38.7107, -9.1365), "belem": (38.6916, -9.2160),
             "sintra": (38.7876, -9.3906), "alfama": (38.7118, -9.1300)},
}

F3["fill"] = [
    "Bara brith fresh out of the oven, the house smells like Nain's",
    "Rainbow over the estuary on the way to the shops",
    "New wetsuit boots, toes might survive winter now",
    "Papur and a paned in bed, day off",
    "The dog found a dead crab and is very proud",
    "Pub quiz, came fourth, lost on a question about Eurovision",
    "Mam's garden in full bloom, sweet peas everywhere",
    "Scones with the girls, jam first obviously",
    "Sunset from the cliff path, no words",
    "Knitting a jumper. It's been a jumper for 14 months",
    "Cousin's wedding in Carmarthen, danced till 2, feet ruined",
    "Sea swim with the bluetits crew, 9 degrees, screaming",
]
F3["thin"] = "geo"

F3_SPECS = [
    ("2019-01-05", "09:10", "R1", "", "First surf of 2019 ❄️ 7 degree water, dim difaru 🌊"),
    ("2019-01-18", "20:10", "R2", "", "Ymarfer côr nos Wener 🎶 new arrangement of Calon Lân, the altos are struggling (I am the altos)"),
    ("2019-02-03", "14:00", None, "", "Sunday roast at Mam's, Yorkshires the size of my head 😋"),
    ("2019-02-12", "03:20", "O", "r", "Nights. 0320 and the line current on the PFE hasn't budged a milliamp all shift. Paned number six ☕"),
    ("2019-03-01", "12:00", None, "", "Dydd Gŵyl Dewi hapus! 🏴󠁧󠁢󠁷󠁬󠁳󠁿 daffodils on every table"),
    ("2019-03-09", "08:45", "R1", "", "Saturday surf, glassy and empty, the way God intended"),
    ("2019-03-22", "19:50", "R2", "", "Côr tonight, learning Gwahoddiad for the eisteddfod"),
    ("2019-04-10", "11:30", "O", "", "Spring sun on the compound fence, lambs in the next field 🐑"),
    ("2019-04-20", "15:00", None, "", "Easter egg hunt with the cousins, I found zero eggs and I'm 29"),
    ("2019-05-04", "09:00", "R1", "", "Newgale at 9, waves small but fun"),
    ("2019-05-17", "19:40", "R2", "", "Final rehearsal before the concert. Nerves"),
    ("2019-06-11", "14:15", None, "ur", "Two years at Traeth Mawr CLS today. Still the only one here who can change the UPS battery strings without swearing ⚡"),
    ("2019-06-29", "09:15", "R1", "", "Summer swell 🏄‍♀️ Saturday sorted"),
    ("2019-07-16", "22:40", "O", "", "Night shift sunset over the compound, not a bad office view tbh"),
    ("2019-08-10", "12:00", None, "", "Line of Duty box set marathon. Ted Hastings is my spirit animal. Mother of God 🙏"),
    ("2019-08-24", "16:00", None, "", "Pembrokeshire County Show, bought a sheep-shaped cushion for no reason"),
    ("2019-09-13", "19:45", "R2", "", "Côr is back after the summer, new members! Croeso!"),
    ("2019-10-08", "09:30", None, "r", "Confined space ticket renewed, which means I'm back down the beach manhole next month 🙃 glamorous life"),
    ("2019-11-05", "21:00", None, "", "Tân gwyllt on the quay 🎆"),
    ("2019-12-14", "21:50", "H", "", "Tree's up, the cat has already pulled off three baubles 🎄"),
    ("2020-01-11", "09:05", "R1", "", "New year surf, the sea is the temperature of a fridge"),
    ("2020-01-21", "08:15", "O", "", "Storm aftermath, the access road to work is half a lake"),
    ("2020-02-15", "15:30", None, "", "Storm Dennis. Staying in, paned, biscuits, Gavin & Stacey rerun"),
    ("2020-03-26", "10:00", None, "", "My sister's WFH from my spare room now, she's taken over the desk and the good chair"),
    ("2020-04-07", "13:00", "O", "ur", "Keyworker life. The landing station doesn't care about lockdown, and the traffic through the cable has gone through the roof with everyone on Zoom"),
    ("2020-05-09", "10:00", None, "", "Beach walks allowed again, just the dog, me and the oystercatchers"),
    ("2020-06-12", "19:30", None, "", "Côr on Zoom. 40 people, 40 different latencies, chaos 😂"),
    ("2020-07-18", "09:10", "R1", "", "Surf's back! Proper waves, cried a bit"),
    ("2020-08-05", "16:40", "O", "l", "Heatwave, the generator hall's 35°. Electrolyte drinks all round"),
    ("2020-09-05", "09:00", "R1", "", "September surf, sea's finally warm and the tourists have gone home"),
    ("2020-10-20", "02:50", "O", "", "Nights again. Owls outside, kettle inside 🦉"),
    ("2020-11-14", "14:30", None, "", "Made cawl for the first time, Nain's recipe, it's not as good as Nain's"),
    ("2020-12-22", "22:10", "H", "", "Lockdown Christmas, just us and a tiny turkey crown"),
    ("2021-01-30", "12:00", None, "", "Snow in Pembrokeshire! All 2 cm of it ❄️"),
    ("2021-02-23", "20:00", None, "url", "Cable ship's parked off Traeth Mawr for the segment repair 🚢 we've been on the shore end all week in the rain, the jointers are legends"),
    ("2021-03-13", "08:55", "R1", "", "First time in the new 5/4, toasty"),
    ("2021-04-09", "19:40", "R2", "", "Côr back in person!! Socially distanced in the chapel car park but still 🥹"),
    ("2021-05-06", "07:30", None, "", "Pleidleisiwch heddiw! Senedd election day"),
    ("2021-05-25", "14:20", "O", "", "Lunch outside, sun on my face, skylarks going mad"),
    ("2021-06-18", "20:00", "R2", "", "Summer concert rehearsal, we're doing Anfonaf Angel"),
    ("2021-06-26", "19:00", None, "", "Wales v Denmark. We don't talk about it."),
    ("2021-08-14", "09:20", "R1", "", "Surf lesson for my nephew, he stood up first go, I'm furious"),
    ("2021-09-14", "18:10", None, "t", "New rota from October: four 12s Mon to Thu, days 7 till 7 one week, nights the next. Fridays to Sundays off forever 🙌"),
    ("2021-10-23", "15:30", None, "", "Autumn walk up Carningli, blackberries gone over"),
    ("2021-11-09", "01:40", "O", "r", "Nights. Running OTDR traces on the spare fibre pair because the NOC asked nicely 🧵"),
    ("2021-12-10", "19:30", "R2", "", "Christmas concert rehearsal, 'Tawel Nos' gets me every time"),
    ("2022-01-15", "09:10", "R1", "", "Surf in January, mad or brave"),
    ("2022-02-19", "14:00", None, "", "Storm Eunice, the garden fence is now in next door's garden"),
    ("2022-03-12", "13:30", None, "", "The secret's out: I'm learning the harp 🎼"),
    ("2022-04-05", "10:15", "O", "", "Gorse in bloom all along the fence, smells like coconut"),
    ("2022-05-07", "12:00", "T:lisbon1", "", "Lisboa! 28 degrees and pastéis de nata for breakfast"),
    ("2022-05-08", "16:30", "T:belem", "", "Belém tower, queued for an hour, worth it"),
    ("2022-05-09", "11:10", "T:sintra", "", "Sintra. Pena Palace looks like a Disney fever dream"),
    ("2022-05-10", "20:45", "T:alfama", "", "Fado night in Alfama. Hiraeth, but Portuguese"),
    ("2022-06-11", "09:00", "R1", "", "Back home after Lisbon, the Atlantic's colder this end"),
    ("2022-07-05", "12:30", None, "r", "HV authorisation came through, I'm officially allowed to switch the power feed equipment on my own now ⚡ proud nerd"),
    ("2022-07-19", "15:20", "O", "", "40 degrees in London, 26 here, I'll take it"),
    ("2022-08-12", "19:50", "R2", "", "Eisteddfod debrief, we came third, we are thrilled"),
    ("2022-09-10", "11:00", None, "", "Paned and a Welsh cake in Tenby, rainy Saturday"),
    ("2022-10-21", "19:40", "R2", "", "Côr nos Wener, dechrau ymarfer ar gyfer y Nadolig"),
    ("2022-11-15", "09:40", None, "u", "Badge photo retaken for the new TMCLS access system. I look like a hostage 📸"),
    ("2022-12-17", "09:30", "R1", "", "Frosty beach, no waves, just a walk and a flask"),
    ("2023-01-24", "23:10", "O", "", "Frost on the windows, soup in the flask"),
    ("2023-02-11", "17:00", None, "", "Six Nations at the pub, Wales lost, the pub won"),
    ("2023-03-01", "18:00", None, "", "Dydd Gŵyl Dewi: cawl and bara brith for tea"),
    ("2023-03-18", "09:00", "R1", "", "Spring surf, seals watching us wipe out"),
    ("2023-04-14", "19:45", "R2", "", "Rehearsal then chips on the harbour"),
    ("2023-05-16", "10:30", None, "l", "Fire drill at work, mustered at the far end of the car park by the Keeston road gate. Very windy, very long roll call"),
    ("2023-06-03", "16:00", None, "", "Pembroke Dock Heritage Centre, the Sunderland flying boat exhibit is incredible ✈️ wartime history nerd"),
    ("2023-06-20", "13:00", "O", "", "Lunch on the grass bank outside the station, midsummer-ish"),
    ("2023-07-15", "09:15", "R1", "", "Saturday surf with the club, 14 of us in the water"),
    ("2023-08-22", "17:00", None, "", "Nain's moved into the uned gofal at Withybush, the nurses there are angels 💛"),
    ("2023-09-12", "06:30", "O", "r", "End of nights. Handover done, six alarms cleared, one duff laser card swapped on the SLTE shelf. Bed."),
    ("2023-10-07", "14:00", None, "", "Spooks rewatch: Harry Pearce remains a national treasure"),
    ("2023-11-17", "19:30", "R2", "", "The tenors brought mince pies, best night"),
    ("2023-12-16", "22:00", "H", "", "Christmas jumper on, mulled wine, not moving"),
    ("2024-01-13", "09:20", "R1", "", "First surf of 2024, wetsuit still smells like 2023"),
    ("2024-02-06", "11:00", None, "ur", "Eight weeks to go on my SC renewal for the landing station and they've already phoned my old landlord 🙄"),
    ("2024-03-08", "13:00", None, "", "Rebuilt the kitchen units with Dad, we have three doors left over"),
    ("2024-04-19", "20:00", "R2", "", "New conductor, very strict, very good"),
    ("2024-05-14", "11:40", "O", "", "Bluebells along the access track, stopped the car to look"),
    ("2024-06-08", "09:30", "R1", "", "Surfing with dolphins this morning, no filter, no lie 🐬"),
    ("2024-07-02", "18:30", None, "", "Haverfordwest station, train's cancelled, of course"),
    ("2024-08-17", "15:00", None, "", "Lighthouse walk at Strumble Head, seals everywhere"),
    ("2024-09-03", "14:30", None, "r", "Promoted to senior technician! 🥳 I now write the maintenance schedule for the PFE and the battery strings instead of just doing it"),
    ("2024-10-15", "00:30", "O", "", "Gale warning, the floodlights swinging, glad I'm inside"),
    ("2024-11-06", "20:00", None, "u", "TMCLS open evening for the school's science club, they loved the 'do not touch' signs most"),
    ("2024-11-22", "19:40", "R2", "", "Christmas rehearsal in the snow, only 11 of us made it"),
    ("2024-12-21", "22:30", "H", "", "Shortest day, fire lit, nos da pawb 🕯️"),
    ("2025-01-18", "09:30", "R1", "", "Frozen toes, happy heart"),
    ("2025-02-18", "10:50", "O", "", "Double rainbow over work, made a wish"),
    ("2025-03-21", "19:35", "R2", "", "Learning a new piece for Cardiff"),
    ("2025-04-12", "15:00", None, "", "Llangrannog with the girls, chips and a gale"),
    ("2025-05-03", "09:10", "R1", "", "Saturday surf, the sea's back to being kind"),
    ("2025-05-20", "10:20", None, "r", "Repair ship back again, the ROV's poking about 2 km offshore while we watch the line current from the control room. Cable nerd heaven"),
    ("2025-06-14", "21:30", "H", "", "Long evening, garden, cwtch with the dog 🐶"),
    ("2025-07-01", "12:00", None, "", "Mam's 60th! She cried at the cake"),
]

F3_OWNER = "Catrin Pryce"
F3_DMS = [
    ("marinedata.consult_3481", "Owen Hartley", True, [
        ("them", "2023-09-20 19:02", "Hi Catrin, lovely surf pics! I work for a marine data consultancy, we advise investors on subsea cables. Could I ask you a few things about your station?"),
        ("me", "2023-09-20 20:15", "Sorry, I can't talk about work"),
        ("them", "2023-09-27 18:44", "Nothing secret! Just when the repair ships are due and which fibre pairs are lit. We pay £500 per short call."),
        ("them", "2023-10-03 21:10", "Maybe easier on Signal? Or I can send you a ProtonMail address, more private than here"),
        ("me", "2023-10-03 21:40", "No. Please stop messaging me."),
    ]),
    ("elin.pryce_2210", "Elin Pryce", False, [
        ("them", "2025-06-28 10:11", "Mam's cake: sponge or bara brith?"),
        ("me", "2025-06-28 10:30", "sponge, she's had bara brith every birthday since 1987"),
    ]),
    ("newgalesurfclub_7781", "Newgale Surf Club", False, [
        ("them", "2023-07-10 12:00", "Club session Saturday 9am, you in?"),
        ("me", "2023-07-10 12:42", "yes!"),
    ]),
]


def gen_f3(outdir):
    P = F3
    posts = build_posts(F3_SPECS, P, 303)
    rng = random.Random(3033)
    tz = ZoneInfo(P["tz"])
    files, items = [], []
    for i, p in enumerate(posts):
        n_media = 2 if i % 7 == 3 else 1
        media = []
        for j in range(n_media):
            igid = str(17840000000000000 + rng.randrange(10 ** 15))
            uri = f"media/posts/{p.local.strftime('%Y%m')}/{rng.randrange(10**8, 10**9)}_{rng.randrange(10**14, 10**15)}_{rng.randrange(10**18, 10**19)}_n_{igid}.jpg"
            if j == 0:
                p.native_id = igid
            taken = (p.local - timedelta(minutes=rng.randrange(2, 40))).replace(tzinfo=None)
            exif = {"scene_capture_type": "standard", "software": "18.1", "device_id": "android-5f3c9a21e0d4b7c1",
                    "date_time_digitized": taken.strftime("%Y:%m:%d %H:%M:%S"),
                    "date_time_original": taken.strftime("%Y:%m:%d %H:%M:%S"), "source_type": "camera"}
            if p.lat is not None:
                exif["latitude"], exif["longitude"] = p.lat, p.lon
            m = {"uri": uri, "creation_timestamp": p.ts - (0 if n_media == 1 else 30 * (j + 1)),
                 "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
                 "title": p.text if n_media == 1 else ""}
            media.append(m)
            files.append((uri, jpeg(None, shade=i + j)))
        if n_media == 1:
            items.append({"media": media})
        else:
            items.append({"media": media, "title": p.text, "creation_timestamp": p.ts})
        p.kind = "photo" if p.lat is not None else None
    items.reverse()
    files.append(("content/posts_1.json", meta_json(items)))
    files.append(("account_information/personal_information.json", meta_json({"profile_user": [{
        "media_map_data": {"Profile Photo": {"uri": "media/profile/201901/catrin_profile.jpg", "creation_timestamp": 1546900000, "title": ""}},
        "string_map_data": {
            "Email": {"href": "", "value": "catrin.p@example.co.uk", "timestamp": 0},
            "Phone Number Confirmed": {"href": "", "value": "True", "timestamp": 0},
            "Username": {"href": "", "value": "catrin.ar.y.traeth", "timestamp": 0},
            "Name": {"href": "", "value": F3_OWNER, "timestamp": 0},
            "Bio": {"href": "", "value": "Syrffio, canu, paned. Surf, choir, tea. Sir Benfro 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "timestamp": 0},
            "Gender": {"href": "", "value": "female", "timestamp": 0},
            "Date of birth": {"href": "", "value": "1990-02-11", "timestamp": 0},
            "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]})))
    files.append(("media/profile/201901/catrin_profile.jpg", jpeg(None, shade=3)))
    contacts = []
    for slug, name, sus, msgs in F3_DMS:
        contacts.append({"handle": slug.rsplit("_", 1)[0], "name": name, "id": None, "suspicious": sus})
        ms = []
        for who, when, text in msgs:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz, second=rng.randrange(60))
            ms.append({"sender_name": F3_OWNER if who == "me" else name,
                       "timestamp_ms": int(dt.timestamp() * 1000), "content": text, "is_geoblocked_for_viewer": False})
        ms.reverse()
        files.append((f"messages/inbox/{slug}/message_1.json", meta_json({
            "participants": [{"name": name}, {"name": F3_OWNER}], "messages": ms, "title": name,
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{slug}"})))
    key = P["key"]
    write_zip(f"{outdir}/{key}.zip", files)
    write_labels(f"{outdir}/{key}.labels.json", P, key, "instagram", posts, contacts)
    write_watchlist(f"{outdir}/{key}.watchlist.toml", P)
    return P, posts, contacts

# ================================================================ f4: Telegram Desktop, Traditional Chinese (Taiwan), army signals
F4 = {
    "key": "f4-telegram-signals",
    "name": "林冠宇",
    "tz": "Asia/Taipei",
    "unit": ["龍岡野戰通信資訊大隊", "通資大隊", "龍岡通資"],
    "role": "陸軍通信士官（野戰通信、線路與機房維護）",
    "office": (24.9010, 121.2240),
    "office_name": "龍岡營區（通資大隊）",
    "office_days": lambda h: {0, 1, 2, 3, 4},
    "home": (24.9650, 121.2250),
    "R1": {"name": "中壢國民運動中心籃球場（週三晚）", "lat": 24.9578, "lon": 121.2134, "wd": 2},
    "R2": {"name": "弦音吉他教室（週六下午）", "lat": 24.9530, "lon": 121.2410, "wd": 5},
    "trip": {"taroko": (24.1586, 121.6217), "qixing": (24.0292, 121.6283),
             "dongdamen": (23.9745, 121.6087), "qingshui": (24.2127, 121.6617)},
}
F4["fill"] = [
    ("今天的滷肉飯超好吃，老闆多給一顆蛋", "hs"),
    ("誰要一起去看五月天？我有多一張票", "hs"),
    ("阿嬤又寄了一箱文旦來，吃不完大家來拿", "fam"),
    ("新買的吉他弦手感好好", "hs"),
    ("天氣太熱了，冷氣開整晚", "hs"),
    ("妹妹畢業典禮，爸媽哭得比她還慘", "fam"),
    ("夜市的臭豆腐還是那家最好吃", "hs"),
    ("終於把《鬼滅之刃》看完了", "hs"),
    ("爸的機車又壞了，我週末回去幫他換電瓶", "fam"),
    ("早餐店阿姨已經記得我要大冰奶了", "hs"),
    ("下雨天就想吃薑母鴨", "hs"),
    ("全聯的衛生紙特價，我媽搬了十串回家", "fam"),
    ("誰有推薦的火鍋店？要可以吃到飽的", "hs"),
    ("週末去石門水庫吃活魚，好飽", "fam"),
    ("新手機到了，照相功能太強", "hs"),
    ("姪子說長大要當YouTuber，哥哥快崩潰", "fam"),
    ("買了一盆多肉，希望這次不要養死", "hs"),
    ("小美生日快樂！蛋糕是我挑的", "hs"),
    ("半夜肚子餓去全家買了關東煮", "hs"),
    ("阿公的高粱又被拿出來了，過年保重", "fam"),
]
F4["thin"] = "delete"

F4_VENUES = {"O": ("龍岡營區", "桃園市中壢區龍東路"), "R1": ("中壢國民運動中心", "桃園市中壢區中園路二段"),
             "R2": ("弦音吉他教室", "桃園市中壢區延平路"), "T:taroko": ("太魯閣國家公園遊客中心", "花蓮縣秀林鄉富世村"),
             "T:qixing": ("七星潭風景區", "花蓮縣新城鄉海岸路"), "T:dongdamen": ("東大門夜市", "花蓮縣花蓮市中山路"),
             "T:qingshui": ("清水斷崖", "花蓮縣秀林鄉")}

F4_SPECS = [
    ("2019-01-12", "21:10", None, "", "新年第一次揪團唱歌，阿豪又點了十首伍佰", "hs"),
    ("2019-01-21", "08:05", "O", "", "", "saved"),
    ("2019-02-05", "12:30", None, "", "初一拜拜完，奶奶包的紅包又比去年厚", "fam"),
    ("2019-02-20", "19:45", "R1", "", "", "hs"),
    ("2019-03-08", "18:20", None, "ur", "下禮拜開始去通資大隊報到，媽不用擔心，是坐辦公室的啦（其實要爬電桿）", "fam"),
    ("2019-03-19", "10:30", "O", "", "", "saved"),
    ("2019-04-03", "19:50", "R1", "", "", "hs"),
    ("2019-04-04", "20:00", None, "", "清明連假回家掃墓，記得幫我留潤餅", "fam"),
    ("2019-04-27", "14:20", "R2", "", "", "hs"),
    ("2019-05-11", "22:30", None, "", "看完復仇者聯盟終局之戰，哭到隔壁的人遞衛生紙給我", "hs"),
    ("2019-05-22", "19:40", "R1", "", "", "saved"),
    ("2019-06-07", "11:00", None, "", "端午節，媽的粽子還是最好吃，外面賣的都太鹹", "fam"),
    ("2019-06-18", "16:30", None, "r", "今天在山上架了一整天的天線，曬到脫皮，晚上還要回來測鏈路", "hs"),
    ("2019-07-08", "09:10", "O", "", "", "saved"),
    ("2019-07-20", "15:00", None, "", "我妹考上研究所了！台大的！全家都超驕傲", "hs"),
    ("2019-08-10", "14:30", "R2", "", "", "hs"),
    ("2019-08-24", "20:00", None, "", "颱風假！！全台放假，我在家追劇追到天亮", "hs"),
    ("2019-09-13", "19:00", None, "", "中秋烤肉，爸又把香腸烤焦了", "fam"),
    ("2019-10-09", "19:45", "R1", "", "", "hs"),
    ("2019-11-05", "14:15", "O", "", "", "saved"),
    ("2019-11-23", "21:00", None, "", "所以說那家拉麵到底好不好吃，我排了一個半小時", "hs"),
    ("2019-12-24", "22:40", "H", "", "", "fam"),
    ("2020-01-11", "10:00", None, "", "去投票了，排隊排到巷口", "hs"),
    ("2020-01-25", "13:00", None, "", "過年在家，口罩買不到，阿嬤說她有囤", "fam"),
    ("2020-02-12", "19:40", "R1", "", "", "hs"),
    ("2020-03-04", "09:30", "O", "", "", "saved"),
    ("2020-03-20", "20:30", None, "r", "營區防疫升級，收假要量體溫填表，我們班負責全營的視訊會議線路，忙到翻", "hs"),
    ("2020-04-18", "14:10", "R2", "", "", "hs"),
    ("2020-05-10", "12:00", None, "", "母親節快樂！蛋糕已經訂好了，晚上回家", "fam"),
    ("2020-06-06", "21:30", None, "", "看了《返校》電影版，比遊戲還可怕", "hs"),
    ("2020-06-23", "16:20", "O", "", "", "saved"),
    ("2020-07-15", "10:00", None, "rt", "下個月漢光演習，整整一個禮拜不能回家，每天早上五點就要出去架線，大家別找我", "hs"),
    ("2020-08-05", "19:50", "R1", "", "", "hs"),
    ("2020-08-30", "18:00", None, "", "爸生日快樂！今年終於學會用視訊了", "fam"),
    ("2020-09-19", "14:20", "R2", "", "", "hs"),
    ("2020-10-14", "11:00", "O", "", "", "saved"),
    ("2020-10-31", "23:00", None, "", "萬聖節扮成炭治郎，結果被說像賣便當的", "hs"),
    ("2020-11-25", "19:35", "R1", "", "", "hs"),
    ("2020-12-20", "22:30", "H", "", "", "fam"),
    ("2021-01-16", "20:00", None, "r", "考上中士了！以後值班可以少輪一點（才怪）", "hs"),
    ("2021-02-03", "10:10", "O", "", "", "saved"),
    ("2021-02-12", "09:00", None, "", "新年快樂！今年家裡院子的桃花開得特別好", "fam"),
    ("2021-03-06", "14:15", "R2", "", "", "hs"),
    ("2021-03-24", "19:45", "R1", "", "", "hs"),
    ("2021-04-10", "12:00", None, "", "喝了那家新開的手搖飲，珍珠太硬，不推", "hs"),
    ("2021-05-19", "21:00", None, "", "三級警戒，大家乖乖在家，少出門", "hs"),
    ("2021-06-09", "08:40", "O", "", "", "saved"),
    ("2021-06-26", "15:00", None, "", "在家研究了一個下午的咖哩食譜，成功", "hs"),
    ("2021-07-28", "10:30", None, "", "女友居家上班第三個月了，她說再不解封就要跟貓吵架了", "hs"),
    ("2021-08-14", "14:10", "R2", "", "", "hs"),
    ("2021-09-08", "19:40", "R1", "", "", "hs"),
    ("2021-09-21", "19:30", None, "", "中秋節快樂，今年月餅買太多了，誰要", "fam"),
    ("2021-10-13", "15:30", "O", "", "", "saved"),
    ("2021-11-06", "14:15", "R2", "", "", "hs"),
    ("2021-12-01", "19:50", "R1", "", "", "hs"),
    ("2021-11-20", "20:30", None, "ur", "龍岡通資今年的專業測驗拿了全軍第一，連長請全連喝飲料", "hs"),
    ("2021-12-31", "23:30", "H", "", "", "fam"),
    ("2022-01-22", "16:00", None, "", "看了《模仿犯》預告，好想看", "hs"),
    ("2022-02-16", "19:45", "R1", "", "", "hs"),
    ("2022-03-02", "11:20", "O", "", "", "saved"),
    ("2022-03-19", "14:05", "R2", "", "", "hs"),
    ("2022-04-14", "20:00", None, "ul", "通資大隊的大門移到中豐路那側了，以前走後門的捷徑都沒了", "hs"),
    ("2022-05-08", "12:10", None, "", "母親節吃飯，餐廳人好多", "fam"),
    ("2022-05-28", "21:00", None, "r", "年度安全查核又來了，今天填了二十頁的表，連高中打工的地方都要寫", "hs"),
    ("2022-06-22", "19:40", "R1", "", "", "hs"),
    ("2022-07-06", "09:45", "O", "", "", "saved"),
    ("2022-08-13", "14:00", None, "", "帶爸媽去吃吃到飽，爸吃了五盤生魚片", "fam"),
    ("2022-09-03", "14:20", "R2", "", "", "hs"),
    ("2022-09-28", "19:35", "R1", "", "", "hs"),
    ("2022-10-10", "20:00", None, "", "國慶煙火，人多到動不了", "hs"),
    ("2022-11-16", "13:30", "O", "", "", "saved"),
    ("2022-11-26", "10:30", None, "", "九合一選舉，投完票去吃早午餐", "hs"),
    ("2022-12-19", "02:10", None, "", "這局面，世足決賽延長賽加PK，心臟受不了", "hs"),
    ("2023-01-21", "20:00", "H", "", "", "fam"),
    ("2023-02-08", "19:45", "R1", "", "", "hs"),
    ("2023-03-01", "10:40", "O", "", "", "saved"),
    ("2023-03-18", "14:15", "R2", "", "", "hs"),
    ("2023-04-06", "22:00", None, "", "在看《國際橋牌社》第二季，政治劇好燒腦", "hs"),
    ("2023-04-29", "09:00", "T:taroko", "", "", "hs"),
    ("2023-04-29", "09:02", None, "", "太魯閣！空氣超好", "hs"),
    ("2023-04-30", "16:30", "T:qixing", "", "", "hs"),
    ("2023-04-30", "20:10", "T:dongdamen", "", "", "hs"),
    ("2023-05-01", "10:20", "T:qingshui", "", "", "hs"),
    ("2023-05-01", "10:23", None, "", "清水斷崖，這輩子一定要來一次", "hs"),
    ("2023-05-24", "19:40", "R1", "", "", "hs"),
    ("2023-06-14", "17:20", None, "r", "這週在帶新兵上光纖熔接課，一個下午熔壞了十幾芯，我的耐心也熔掉了", "hs"),
    ("2023-07-12", "09:20", "O", "", "", "saved"),
    ("2023-07-29", "14:10", "R2", "", "", "hs"),
    ("2023-08-23", "19:50", "R1", "", "", "hs"),
    ("2023-09-29", "18:30", None, "", "中秋節烤肉，今年換我顧火", "fam"),
    ("2023-10-18", "15:00", "O", "", "", "saved"),
    ("2023-11-11", "14:20", "R2", "", "", "hs"),
    ("2023-10-25", "21:00", None, "u", "通資大隊的籃球隊今年又輸給砲兵，丟臉", "hs"),
    ("2023-12-06", "19:35", "R1", "", "", "hs"),
    ("2023-12-20", "22:00", None, "", "這是公開的秘密：阿豪要求婚了，大家先別說", "hs"),
    ("2024-01-13", "10:00", None, "", "投完票，這次排隊比較快", "hs"),
    ("2024-02-09", "23:00", "H", "", "", "fam"),
    ("2024-02-21", "08:50", "O", "", "", "saved"),
    ("2024-03-09", "14:05", "R2", "", "", "hs"),
    ("2024-04-03", "08:30", None, "", "地震好大！大家都還好嗎？我這邊沒事", "hs"),
    ("2024-04-17", "19:45", "R1", "", "", "hs"),
    ("2024-05-22", "21:40", None, "rt", "下個月開始輪夜間戰備值班，每週二、四晚上睡在機房，隔天早上直接上班", "hs"),
    ("2024-06-12", "02:30", "O", "", "", "saved"),
    ("2024-07-13", "14:10", "R2", "", "", "hs"),
    ("2024-07-24", "10:00", None, "", "凱米颱風放假，在家煮泡麵配韓劇", "hs"),
    ("2024-08-21", "19:40", "R1", "", "", "hs"),
    ("2024-09-04", "11:10", "O", "", "", "saved"),
    ("2024-09-28", "14:15", "R2", "", "", "hs"),
    ("2024-10-30", "20:30", None, "", "爸說他以前派出所的老同事要聚餐，退休了還這麼忙", "fam"),
    ("2024-11-13", "19:50", "R1", "", "", "hs"),
    ("2024-12-14", "16:00", None, "r", "升上士的評鑑過了，下個月開始帶一個班，負責整個營區的有線電話和網路", "hs"),
    ("2024-12-25", "22:30", "H", "", "", "fam"),
    ("2025-01-08", "10:20", "O", "", "", "saved"),
    ("2025-01-25", "14:05", "R2", "", "", "hs"),
    ("2025-02-12", "20:00", None, "", "姪子學校運動會的大隊接力，他跑最後一棒，超帥", "fam"),
    ("2025-03-05", "19:45", "R1", "", "", "hs"),
    ("2025-03-26", "18:00", None, "u", "#通資大隊 今年營區開放日，歡迎大家帶小孩來看車", "hs"),
    ("2025-04-16", "09:15", "O", "", "", "saved"),
    ("2025-05-10", "14:20", "R2", "", "", "hs"),
    ("2025-06-11", "19:40", "R1", "", "", "hs"),
    ("2025-07-09", "16:30", None, "", "去看了《無間道》4K重映，梁朝偉還是帥", "hs"),
    # owner's side of personal chats (these are posts too in a Telegram export)
    ("2019-10-20", "21:00", None, "t", "週末要不要去陽明山？我週六下午要上吉他課，週日可以", "dm_hao"),
    ("2023-03-14", "12:10", None, "t", "每個禮拜三都打啊，七點半國民運動中心見", "dm_hao"),
    ("2023-08-02", "20:40", None, "", "請問有什麼事？", "dm_chen"),
    ("2023-08-05", "21:15", None, "", "不好意思，工作上的事情不方便說", "dm_chen"),
    ("2023-08-12", "22:05", None, "", "不用了，謝謝，請不要再傳訊息給我", "dm_chen"),
    ("2024-06-07", "18:20", None, "t", "週六下午有吉他課，上完就回去，週日晚上收假前再回營區", "dm_mom"),
    ("2024-06-07", "18:25", None, "", "讚，要滷肉！", "dm_mom"),
]

F4_ME = {"id": 6012345678, "first": "冠宇", "last": "林", "username": "gy_lin"}
F4_CHATS = {
    "saved": {"name": None, "type": "saved_messages", "id": 6012345678},
    "fam": {"name": "林家大小事", "type": "private_group", "id": 4011223344},
    "hs": {"name": "中壢高中死黨", "type": "private_supergroup", "id": 1788990011},
    "dm_chen": {"name": "陳經理", "type": "personal_chat", "id": 5123456789},
    "dm_mom": {"name": "媽媽", "type": "personal_chat", "id": 5500112233},
    "dm_hao": {"name": "阿豪", "type": "personal_chat", "id": 5677001122},
}
# other people's messages (not the owner's posts): (chat, local time, from name, from id, text)
F4_OTHERS = [
    ("hs", "2019-01-12 21:12", "阿豪", 5677001122, "伍佰不能唱嗎"),
    ("hs", "2023-12-20 22:03", "阿豪", 5677001122, "你這樣大家都知道了啦"),
    ("fam", "2019-03-08 18:25", "媽媽", 5500112233, "要照顧好自己，有空打電話回家"),
    ("hs", "2024-04-03 08:35", "小美", 5800220033, "台北這邊也晃超久"),
    ("dm_chen", "2023-08-02 19:55", "陳經理", 5123456789, "林先生您好，我是做國防科技顧問的，看到您在群組的分享很感興趣"),
    ("dm_chen", "2023-08-05 20:30", "陳經理", 5123456789, "想請教一些通信裝備的使用心得，有酬勞，一次兩萬"),
    ("dm_chen", "2023-08-12 21:40", "陳經理", 5123456789, "不用講機密的，只要大概的編裝和演習時間就好。我們改用微信聊比較方便，價錢好談"),
    ("dm_chen", "2023-08-20 20:00", "陳經理", 5123456789, "考慮看看，先給你五千當見面禮也可以"),
    ("dm_mom", "2024-06-07 18:15", "媽媽", 5500112233, "這週末回家嗎？"),
    ("dm_mom", "2024-06-07 18:22", "媽媽", 5500112233, "好，煮你愛吃的"),
    ("dm_hao", "2019-10-20 20:50", "阿豪", 5677001122, "週末有空嗎"),
    ("dm_hao", "2023-03-14 12:01", "阿豪", 5677001122, "禮拜三還打球嗎"),
]


def gen_f4(outdir):
    P = F4
    posts = build_posts(F4_SPECS, P, 404)
    rng = random.Random(4044)
    tz = ZoneInfo(P["tz"])
    me = F4_ME
    me_name = me["last"] + me["first"]
    msgs = {k: [] for k in F4_CHATS}
    o_toggle = 0
    for p in posts:
        chat = p.extra
        m = {"id": None, "type": "message", "date": p.local.strftime("%Y-%m-%dT%H:%M:%S"),
             "date_unixtime": str(p.ts), "from": me_name, "from_id": f"user{me['id']}"}
        text = p.text
        if p.kind == "geo":
            venue = F4_VENUES.get(p.place)
            if p.place == "O":
                o_toggle += 1
                if o_toggle % 2 == 0:
                    venue = None
            if venue:
                m["place_name"], m["address"] = venue
                p.text = f"{venue[0]}，{venue[1]}"
            else:
                p.text = ""
            m["location_information"] = {"latitude": p.lat, "longitude": p.lon}
            m["text"] = ""
            m["text_entities"] = []
        elif text.startswith("#"):
            tag, rest = text.split(" ", 1)
            m["text"] = [{"type": "hashtag", "text": tag}, " " + rest]
            m["text_entities"] = [{"type": "hashtag", "text": tag}, {"type": "plain", "text": " " + rest}]
        else:
            m["text"] = text
            m["text_entities"] = [{"type": "plain", "text": text}]
        msgs[chat].append((p.ts, m, p))
    for chat, when, name, uid, text in F4_OTHERS:
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz, second=rng.randrange(60))
        m = {"id": None, "type": "message", "date": dt.strftime("%Y-%m-%dT%H:%M:%S"),
             "date_unixtime": str(int(dt.timestamp())), "from": name, "from_id": f"user{uid}",
             "text": text, "text_entities": [{"type": "plain", "text": text}]}
        msgs[chat].append((int(dt.timestamp()), m, None))
    chats = []
    for key_, info in F4_CHATS.items():
        lst = sorted(msgs[key_], key=lambda x: x[0])
        out = []
        if info["type"] in ("private_group",):
            first = lst[0][0] - 86400 * 30
            out.append({"id": 1, "type": "service",
                        "date": datetime.fromtimestamp(first, tz).strftime("%Y-%m-%dT%H:%M:%S"),
                        "date_unixtime": str(first), "actor": "媽媽", "actor_id": "user5500112233",
                        "action": "create_group", "title": info["name"], "members": ["媽媽", me_name, "林爸"],
                        "text": "", "text_entities": []})
        nid = len(out) + 1
        for ts, m, p in lst:
            m = dict(m)
            m["id"] = nid
            if p is not None:
                p.native_id = f"{info['id']}/{nid}"
            nid += rng.randrange(1, 4)
            out.append(m)
        chat = {}
        if info["name"] is not None:
            chat["name"] = info["name"]
        chat["type"] = info["type"]
        chat["id"] = info["id"]
        chat["messages"] = out
        chats.append(chat)
    doc = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others. Telegram only keeps the information it needs to function as a feature-rich cloud service.",
        "personal_information": {"about": "This page shows the info you provide to other Telegram users.",
                                 "user_id": me["id"], "first_name": me["first"], "last_name": me["last"],
                                 "phone_number": "+886 912 345 678", "username": "@" + me["username"],
                                 "bio": "籃球、吉他、手搖飲"},
        "contacts": {"about": "If you allow access, Telegram continuously synchronizes your contacts.", "list": [
            {"user_id": 5500112233, "first_name": "媽媽", "last_name": "", "phone_number": "+886 933 000 111", "date": "2019-01-02T10:00:00", "date_unixtime": "1546394400"},
            {"user_id": 5677001122, "first_name": "阿豪", "last_name": "", "phone_number": "+886 955 222 333", "date": "2019-01-02T10:01:00", "date_unixtime": "1546394460"}]},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    files = [("result.json", json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))]
    contacts = [
        {"handle": None, "name": "陳經理", "id": "5123456789", "suspicious": True},
        {"handle": None, "name": "媽媽", "id": "5500112233", "suspicious": False},
        {"handle": None, "name": "阿豪", "id": "5677001122", "suspicious": False},
    ]
    key = P["key"]
    # Telegram Desktop writes the export into a folder named after the date
    write_zip(f"{outdir}/{key}.zip", [("DataExport_2025-08-01/" + n, d) for n, d in files])
    write_labels(f"{outdir}/{key}.labels.json", P, key, "telegram", posts, contacts)
    write_watchlist(f"{outdir}/{key}.watchlist.toml", P)
    return P, posts, contacts

# ================================================================ main
LAYOUT = {
    "f1": "X archive 2024: data/tweets.js + data/tweets-part1.js (YTD.tweets.part0/part1), account-timezone.js, tweet geo/coordinates, tweets_media JPEGs with EXIF GPS, direct-messages.js",
    "f2": "Facebook 2024+: your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json (status, place check-ins, photos with exif_data GPS) + posts/check-ins.json (label_values) + messages/inbox; mojibake in every string",
    "f3": "Instagram 2019-2021: content/posts_1.json (single + carousel), account_information/personal_information.json, media/posts/YYYYMM/*.jpg, messages/inbox; exif_data latitude/longitude; mojibake",
    "f4": "Telegram Desktop full export in a DataExport_ folder: result.json with saved messages, a group, a supergroup and personal chats; venues and bare locations",
}
WHO = {
    "f1": "Bec Tran, telemetry technician at a (fictional) rocket/missile test range telemetry centre north of Adelaide; Tuesday squad swim, Saturday parkrun",
    "f2": "周晓岚, analytical chemist (uranium assay, glove box, ICP-MS) at a fictional nuclear fuel element institute in Chengdu Xindu; Wednesday badminton, Saturday run at 桂湖",
    "f3": "Catrin Pryce, technician at a fictional submarine cable landing station in Pembrokeshire, 12-hour day/night shifts Mon-Thu; Saturday surf at Newgale, Friday choir in Fishguard",
    "f4": "林冠宇, army signals NCO (field comms, antennas, fibre splicing, duty nights) at a fictional signals battalion at Longgang, Taoyuan; Wednesday basketball, Saturday guitar class",
}
LANG = {"f1": "Australian English / Australia/Adelaide (UTC+9:30/+10:30)",
        "f2": "Simplified Chinese + English words / Asia/Shanghai",
        "f3": "English + Welsh / Europe/London",
        "f4": "Traditional Chinese (Taiwan) / Asia/Taipei"}


def main():
    import os
    outdir = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for tag, fn in (("f1", gen_f1), ("f2", gen_f2), ("f3", gen_f3), ("f4", gen_f4)):
        P, posts, contacts = fn(outdir)
        keys = [p.created_at for p in posts]
        assert len(keys) == len(set(keys)), P["key"]
        counts = {c: sum(1 for p in posts if c in p.labels) for c in ORDER}
        benign = sum(1 for p in posts if not p.labels)
        geo = sum(1 for p in posts if p.lat is not None)
        rows.append((P["key"], LAYOUT[tag], LANG[tag], WHO[tag], len(posts), counts, benign, geo,
                     ", ".join(f"{c['name']}{' (suspicious)' if c['suspicious'] else ''}" for c in contacts)))
        print(P["key"], len(posts), counts, "benign", benign)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD)
        f.write("| key | platform / layout | language & zone | who | posts | unit | role | location | routine | home | benign | geotagged | DM contacts |\n")
        f.write("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
        for k, lay, lang, who, n, c, b, g, con in rows:
            f.write(f"| {k} | {lay} | {lang} | {who} | {n} | {c['unit']} | {c['role']} | {c['location']} | {c['routine']} | {c['home']} | {b} | {g} | {con} |\n")
        f.write(README_TAIL)


if __name__ == "__main__":
    main()
