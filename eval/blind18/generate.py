#!/usr/bin/env python3
"""Builds the blind18 personas from content/KEY.txt.

For every persona KEY this writes, next to this script (or into --out DIR):
  KEY.zip             the archive as the platform ships it
  KEY.labels.json     the truth, same keys and shapes as the dev labels
  KEY.watchlist.toml  what the security officer would write down

Python 3 stdlib only, no network. Seeded per persona; rerunning gives
byte-identical files (sorted zip entries, one fixed timestamp per archive).
The KEY parser, time conversion, jitter, Meta printer, JPEG stub and zip
writer follow blind17; the builders are new, for layout generations that
blind17 and the dev set did not use: an X archive of the 2021 generation
(`data/tweet.js` + `data/tweet-part1.js`, `window.YTD.tweet.partN = [ {`,
Jackson-style pretty printing, `tweet_media/`, account-timezone.js, geotagged
tweets with coordinates / geo / place), an Instagram export of the 2021
generation (`content/posts_1.json` with single posts and carousels,
`content/stories.json`, `account_information/personal_information.json`,
exif GPS), a Facebook export of the pre-2021 generation (`posts/your_posts_1.json`,
`photos_and_videos/`, `profile_information/profile_information.json` with the
old `profile` key, Messenger in inbox / message_requests / filtered_threads)
and the newest LinkedIn export (UTF-8 comma CSVs, `Shares.csv` with
`Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility`, lowercase
`messages.csv`, Connections.csv with its "Notes:" preamble, backslash-escaped
Comments.csv).
"""
import csv
import hashlib
import io
import json
import math
import os
import random
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["p1-x-decoy", "p2-instagram-dentallab", "p3-facebook-ricereserve", "p4-linkedin-microfilm"]
JITTER_M = {"office": 90, "home": 25, "routine": 45, "trip": 250, "work": 250, "other": 45}
MULTI = {"mention", "article", "position", "education", "connection", "language"}
UTC = timezone.utc
EXACT_MODES = {"place", "poi"}      # a check-in / POI: the place's own fixed point
JITTER_MODES = {"gps", "geo"}       # a phone's GPS fix: jittered around the place


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
                if key in places:
                    raise SystemExit(f"{path}:{lineno}: duplicate place {key}")
                places[key] = {
                    "key": key, "kind": kind, "lat": float(lat), "lon": float(lon), "name": name,
                    "address": parts[5] if len(parts) > 5 else "",
                    "schedule": parts[6] if len(parts) > 6 else "",
                    "city": parts[7] if len(parts) > 7 else "",
                    "cc": parts[8] if len(parts) > 8 else "",
                }
                continue
            if line.startswith("@contact "):
                parts = [p.strip() for p in line[len("@contact "):].split("|")]
                handle, name, cid, susp = parts[:4]
                contacts[handle] = {"handle": handle, "name": name,
                                    "id": None if cid == "-" else cid,
                                    "suspicious": susp == "yes", "order": len(contacts),
                                    "extra": parts[4:]}
                continue
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                if k in MULTI:
                    meta.setdefault(k, []).append(v.strip())
                else:
                    meta[k] = v.strip()
                continue
            parts = line.rstrip().split(" | ", 4)
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
    if aware.replace(fold=1).utcoffset() != aware.utcoffset():
        raise SystemExit(f"ambiguous local time {local_naive} in {tz}")
    return aware.astimezone(UTC)


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def prepare(doc, seed):
    """Seconds, UTC time and geo points for every post and message, in file order."""
    rng = random.Random(seed)
    tz = ZoneInfo(doc["meta"]["timezone"])
    for p in doc["posts"]:
        p["local"] = p["local"].replace(second=rng.randrange(60))
        p["utc"] = to_utc(p["local"], tz)
        p["ts"] = int(p["utc"].timestamp())
        p["specs"] = []
        for spec_ in (p["geo"] or "").split("+"):
            if not spec_:
                continue
            mode, _, key = spec_.partition(":")
            if key not in doc["places"]:
                raise SystemExit(f"line {p['line']}: unknown place {key}")
            place = doc["places"][key]
            if mode in EXACT_MODES:
                point = (place["lat"], place["lon"])
            elif mode in JITTER_MODES:
                point = jitter(rng, place["lat"], place["lon"], JITTER_M[place["kind"]])
            else:
                raise SystemExit(f"line {p['line']}: unknown geo mode {mode}")
            p["specs"].append({"mode": mode, "place": place, "point": point})
    for m in doc["dms"]:
        m["local"] = m["local"].replace(second=rng.randrange(60))
        m["utc"] = to_utc(m["local"], tz)
        m["ts"] = int(m["utc"].timestamp())
    seen = {}
    for p in doc["posts"] + doc["dms"]:
        if p["ts"] in seen:
            raise SystemExit(f"two messages at the same second: lines {seen[p['ts']]} and {p['line']}")
        seen[p["ts"]] = p["line"]
    return rng


def spec(p, *modes):
    for s in p["specs"]:
        if s["mode"] in modes:
            return s
    return None


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
    """X's 2020-2021 archive printer (Jackson's default pretty printer): '"key" : value', arrays inline
    ('[ a, b ]', '[ {' ... '}, {' ... '} ]'), empty containers '[ ]' / '{ }', raw UTF-8."""
    sp = " " * ind
    if isinstance(o, dict):
        if not o:
            return "{ }"
        items = [sp + "  " + json.dumps(k, ensure_ascii=False) + " : " + jackson(v, ind + 2) for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[ ]"
        return "[ " + ", ".join(jackson(v, ind) for v in o) + " ]"
    return json.dumps(o, ensure_ascii=False)


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


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def alnum(rng, n, chars=ALNUM):
    return "".join(rng.choice(chars) for _ in range(n))


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


def ts_of(day, tzname, hh=12):
    """Epoch seconds of a local calendar day (YYYY-MM-DD) at hh:00."""
    d = datetime.strptime(day, "%Y-%m-%d").replace(hour=hh, tzinfo=ZoneInfo(tzname))
    return int(d.timestamp())


# --------------------------------------------------------------------------- X / Twitter (2021 generation)

TW_EPOCH = 1288834974657
X_SOURCE = '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>'
X_COUNTRY = {"TW": "台灣", "JP": "日本"}
X_TOKEN = re.compile(r"(https?://\S+)|(?<![\w/])#(\w+)|(?<![\w/])@(\w+)")


def snowflake(rng, ms):
    return ((ms - TW_EPOCH) << 22) | rng.randrange(1 << 22)


def x_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def x_date(dt):
    return dt.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def x_ms_iso(ts_ms):
    return datetime.fromtimestamp(ts_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts_ms % 1000:03d}Z"


def build_x(doc, rng, persona):
    user, name, _ = owner(doc)
    m = doc["meta"]
    files, labels, tweets = {}, [], []
    tz = ZoneInfo(m["timezone"])
    created = to_utc(datetime.strptime(m["account_created"], "%Y-%m-%d %H:%M"), tz)
    uid = str(snowflake(rng, int(created.timestamp()) * 1000 + rng.randrange(1000)))
    people = {}
    for line in m.get("mention", []):
        h, n, i = [x.strip() for x in line.split("|")]
        people[h] = (n, i)
    for c in doc["contacts"].values():
        people.setdefault(c["handle"], (c["name"], c["id"]))
    cities = {}

    def city_place(pl):
        full = pl["city"]
        if full not in cities:
            lat, lon = pl["lat"], pl["lon"]
            box = [[lon - 0.05, lat - 0.04], [lon + 0.05, lat - 0.04], [lon + 0.05, lat + 0.04], [lon - 0.05, lat + 0.04]]
            cities[full] = (hexs(rng, 16), box)
        pid, box = cities[full]
        return {"id": pid, "url": f"https://api.twitter.com/1.1/geo/id/{pid}.json", "place_type": "city",
                "name": full.split(",")[0].strip(), "full_name": full, "country_code": pl["cc"],
                "country": X_COUNTRY[pl["cc"]],
                "bounding_box": {"type": "Polygon",
                                 "coordinates": [[[f"{a:.6f}", f"{b:.6f}"] for a, b in box]]},
                "attributes": {}}

    pois = {}

    def poi_place(pl):
        if pl["key"] not in pois:
            pois[pl["key"]] = hexs(rng, 16)
        pid = pois[pl["key"]]
        pt = [f"{pl['lon']:.6f}", f"{pl['lat']:.6f}"]
        return {"id": pid, "url": f"https://api.twitter.com/1.1/geo/id/{pid}.json", "place_type": "poi",
                "name": pl["name"], "full_name": pl["name"], "country_code": pl["cc"], "country": X_COUNTRY[pl["cc"]],
                "bounding_box": {"type": "Polygon", "coordinates": [[pt, pt, pt, pt]]}, "attributes": {}}

    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        mods = p["kind"].split(",")
        text = p["text"]
        ms = p["ts"] * 1000 + rng.randrange(1000)
        tid = str(snowflake(rng, ms))
        reply_to = rt_of = None
        url = None
        n_photo = 0
        for mod in mods:
            if mod.startswith("reply:"):
                reply_to = mod[6:]
            elif mod.startswith("rt:"):
                rt_of = mod[3:]
            elif mod.startswith("link:"):
                url = mod[5:]
            elif mod.startswith("photo"):
                n_photo = int(mod.split(":")[1]) if ":" in mod else 1
            elif mod != "tweet":
                raise SystemExit(f"x: unknown kind {mod} (line {p['line']})")
        if url and url not in text:
            raise SystemExit(f"line {p['line']}: link:URL must appear in the text")
        full = text
        if rt_of:
            full = f"RT @{rt_of}: {text}"
        elif reply_to:
            full = f"@{reply_to} {text}"
        # entities, computed on the unescaped text (code point indices)
        hashtags, mentions, urls = [], [], []
        out, pos = [], 0
        for mm in X_TOKEN.finditer(full):
            out.append(full[pos:mm.start()])
            start = sum(len(s) for s in out)
            if mm.group(1):
                short = "https://t.co/" + alnum(rng, 10)
                urls.append({"url": short, "expanded_url": mm.group(1),
                             "display_url": (mm.group(1).split("://", 1)[1][:26] + "…")
                             if len(mm.group(1).split("://", 1)[1]) > 26 else mm.group(1).split("://", 1)[1],
                             "indices": [str(start), str(start + len(short))]})
                out.append(short)
            elif mm.group(2):
                hashtags.append({"text": mm.group(2), "indices": [str(start), str(start + len(mm.group(0)))]})
                out.append(mm.group(0))
            else:
                h = mm.group(3)
                if h not in people:
                    raise SystemExit(f"line {p['line']}: unknown mention @{h}")
                mentions.append({"name": people[h][0], "screen_name": h, "indices": [str(start), str(start + len(h) + 1)],
                                 "id_str": people[h][1], "id": people[h][1]})
                out.append(mm.group(0))
            pos = mm.end()
        out.append(full[pos:])
        full = "".join(out)
        shown_end = len(full)
        media = []
        if n_photo:
            short = "https://t.co/" + alnum(rng, 10)
            start = len(full) + 1
            full = full + " " + short
            for i in range(n_photo):
                mid = str(snowflake(rng, ms - rng.randint(2000, 90000)))
                base = alnum(rng, 15, ALNUM + "_-")
                murl = f"https://pbs.twimg.com/media/{base}.jpg"
                files[f"data/tweet_media/{tid}-{base}.jpg"] = make_jpeg(rng)
                w, h = rng.choice([(1536, 2048), (2048, 1536), (1200, 1600)])
                media.append({"expanded_url": f"https://twitter.com/{user}/status/{tid}/photo/{i + 1}",
                              "indices": [str(start), str(start + len(short))], "url": short,
                              "media_url": f"http://pbs.twimg.com/media/{base}.jpg", "id_str": mid,
                              "id": mid, "media_url_https": murl,
                              "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                                        "large": {"w": str(w), "h": str(h), "resize": "fit"}},
                              "type": "photo", "display_url": f"pic.twitter.com/{short[13:]}"})
        start_shown = len(f"@{reply_to} ") if reply_to else 0
        entities = {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls}
        if media:
            entities["media"] = [media[0]]
        tw = {"retweeted": False, "source": X_SOURCE, "entities": entities,
              "display_text_range": [str(start_shown), str(shown_end)],
              "favorite_count": str(0 if rt_of else rng.choice([0, 0, 1, 1, 2, 3, 5, 8]))}
        to_user = None
        if reply_to:
            tw["in_reply_to_status_id_str"] = str(snowflake(rng, ms - rng.randint(600_000, 86_400_000)))
            to_user = reply_to
        elif not rt_of and mentions and mentions[0]["indices"][0] == "0":
            to_user = mentions[0]["screen_name"]
        tw["id_str"] = tid
        if to_user:
            tw["in_reply_to_user_id"] = people[to_user][1]
        tw["truncated"] = False
        tw["retweet_count"] = str(rng.choice([0, 0, 0, 1, 2]) if not rt_of else rng.randint(40, 900))
        tw["id"] = tid
        if reply_to:
            tw["in_reply_to_status_id"] = tw["in_reply_to_status_id_str"]
        if media or urls:
            tw["possibly_sensitive"] = False
        tw["created_at"] = x_date(p["utc"])
        tw["favorited"] = False
        tw["full_text"] = x_escape(full)
        tw["lang"] = "zh"
        if reply_to:
            tw["in_reply_to_screen_name"] = reply_to
        if to_user:
            tw["in_reply_to_user_id_str"] = people[to_user][1]
        if media:
            tw["extended_entities"] = {"media": media}
        geo = None
        s = spec(p, "geo", "poi")
        if s is not None:
            lat, lon = s["point"]
            tw["geo"] = {"type": "Point", "coordinates": [f"{lat:.6f}", f"{lon:.6f}"]}
            tw["coordinates"] = {"type": "Point", "coordinates": [f"{lon:.6f}", f"{lat:.6f}"]}
            tw["place"] = poi_place(s["place"]) if s["mode"] == "poi" else city_place(s["place"])
            geo = (round(lat, 6), round(lon, 6))
        tweets.append((p["ts"], {"tweet": tw}))
        labels.append(label_post(p, tid, full, geo=geo))
    tweets.sort(key=lambda x: -x[0])
    cut = int(m["split"])
    part0 = [t for _, t in tweets[:cut]]
    part1 = [t for _, t in tweets[cut:]]
    files["data/tweet.js"] = "window.YTD.tweet.part0 = " + jackson(part0)
    files["data/tweet-part1.js"] = "window.YTD.tweet.part1 = " + jackson(part1)
    files["data/account.js"] = "window.YTD.account.part0 = " + jackson([{"account": {
        "email": m["email"], "createdVia": "android", "username": user, "accountId": uid,
        "createdAt": x_ms_iso(int(created.timestamp()) * 1000 + rng.randrange(1000)),
        "accountDisplayName": name}}])
    files["data/account-timezone.js"] = "window.YTD.account_timezone.part0 = " + jackson(
        [{"accountTimezone": {"accountId": uid, "timeZone": m["tz_name"]}}])
    avatar = alnum(rng, 8, ALNUM + "_-")
    files[f"data/profile_media/{uid}-{avatar}.jpg"] = make_jpeg(rng)
    files["data/profile.js"] = "window.YTD.profile.part0 = " + jackson([{"profile": {
        "description": {"bio": m["bio"], "website": "", "location": m["location"]},
        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{snowflake(rng, int(created.timestamp()) * 1000 + 86_400_000)}/{avatar}.jpg"}}])
    convs = []
    for h, msgs in dm_threads(doc).items():
        c = doc["contacts"][h]
        a, b = sorted([int(uid), int(c["id"])])
        items = []
        for x in sorted(msgs, key=lambda x: -x["ts"]):
            ms = x["ts"] * 1000 + rng.randrange(1000)
            sender, recip = (uid, c["id"]) if x["dir"] == "out" else (c["id"], uid)
            items.append({"messageCreate": {"recipientId": recip, "reactions": [], "urls": [], "text": x["text"],
                                            "mediaUrls": [], "senderId": sender,
                                            "id": str(snowflake(rng, ms)), "createdAt": x_ms_iso(ms)}})
        convs.append((f"{a}-{b}", {"dmConversation": {"conversationId": f"{a}-{b}", "messages": items}}))
    convs.sort()
    files["data/direct-messages.js"] = "window.YTD.direct_messages.part0 = " + jackson([c for _, c in convs])
    files["data/direct-messages-group.js"] = "window.YTD.direct_messages_group.part0 = [ ]"
    files["Your archive.html"] = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Your Twitter Data"
                                  "</title>\n</head>\n<body>\n<div id=\"root\"></div>\n<script src=\"data/manifest.js\">"
                                  "</script>\n</body>\n</html>\n")

    def ftype(fn, gn, count, mdir=None):
        d = {}
        if mdir:
            d["mediaDirectory"] = mdir
        d["files"] = [{"fileName": fn, "globalName": gn, "count": str(count)}]
        return d
    tweet_type = {"mediaDirectory": "data/tweet_media", "files": [
        {"fileName": "data/tweet.js", "globalName": "YTD.tweet.part0", "count": str(len(part0))},
        {"fileName": "data/tweet-part1.js", "globalName": "YTD.tweet.part1", "count": str(len(part1))}]}
    size = sum(len(v) if isinstance(v, bytes) else len(v.encode("utf-8")) for v in files.values())
    gen = datetime.strptime(m["export"], "%Y-%m-%d").replace(hour=9, minute=41, tzinfo=UTC)
    manifest = {
        "userInfo": {"accountId": uid, "userName": user, "displayName": name},
        "archiveInfo": {"sizeBytes": str(size + 9000), "generationDate": x_ms_iso(int(gen.timestamp()) * 1000 + 512),
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "dataTypes": {
            "account": ftype("data/account.js", "YTD.account.part0", 1),
            "accountTimezone": ftype("data/account-timezone.js", "YTD.account_timezone.part0", 1),
            "directMessages": ftype("data/direct-messages.js", "YTD.direct_messages.part0", len(convs),
                                    "data/direct_messages_media"),
            "directMessagesGroup": ftype("data/direct-messages-group.js", "YTD.direct_messages_group.part0", 0,
                                         "data/direct_messages_group_media"),
            "profile": ftype("data/profile.js", "YTD.profile.part0", 1, "data/profile_media"),
            "tweet": tweet_type,
            "tweetMedia": {"mediaDirectory": "data/tweet_media"},
        }}
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + jackson(manifest)
    doc["owner_id"] = uid
    return files, labels


# --------------------------------------------------------------------------- Instagram (2021 generation)

IG_LENSES = [("Apple", "iPhone 7 back camera 3.99mm f/1.8", "3.99", "12.4.1"),
             ("Apple", "iPhone 11 back camera 4.25mm f/1.8", "4.25", "14.2")]


def ig_media_name(rng):
    igid = rng.choice(["17", "18"]) + digits(rng, 15, "0123456789")
    return f"{digits(rng, 9)}_{digits(rng, 15)}_{digits(rng, 19)}_n_{igid}.jpg", igid


def build_instagram(doc, rng, persona):
    user, name, _ = owner(doc)
    m = doc["meta"]
    tz = ZoneInfo(m["timezone"])
    files, labels, posts, stories = {}, [], [], []
    device = m["device_id"]

    def photo(p, idx, gps, folder):
        fname, igid = ig_media_name(rng)
        month = datetime.fromtimestamp(p["ts"], UTC).strftime("%Y%m")
        uri = f"media/{folder}/{month}/{fname}"
        files[uri] = make_jpeg(rng)
        taken = p["ts"] - rng.randint(20, 1800) - idx * rng.randint(5, 90)
        local = datetime.fromtimestamp(taken, tz).strftime("%Y:%m:%d %H:%M:%S")
        if gps is not None or rng.random() < 0.75:
            lens = IG_LENSES[0 if p["local"].year < 2020 else 1]
            ex = {"iso": rng.choice([20, 32, 40, 64, 100, 200, 400, 640]), "focal_length": lens[2],
                  "lens_model": lens[1], "lens_make": lens[0], "software": lens[3], "device_id": device,
                  "scene_type": 1, "camera_position": "back", "date_time_digitized": local,
                  "date_time_original": local, "source_type": "camera" if idx == 0 or gps is None else "library"}
            if gps is not None and idx == 0:
                ex["latitude"], ex["longitude"] = gps
            cam = True
        else:   # a screenshot or a downloaded picture: no camera data
            ex = {"device_id": device, "source_type": "library"}
            cam = False
        item = {"uri": uri, "creation_timestamp": p["ts"] if idx == 0 else p["ts"] - idx,
                "media_metadata": {"photo_metadata": {"exif_data": [ex]},
                                   "camera_metadata": {"has_camera_metadata": cam}}}
        return item, igid

    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        g = spec(p, "gps")
        gps = None if g is None else g["point"]
        kind = p["kind"]
        if kind == "story":
            item, igid = photo(p, 0, gps, "stories")
            item["title"] = p["text"]
            stories.append((p["ts"], item))
        elif kind == "post" or kind.startswith("photo:"):
            n = 1 if kind == "post" else int(kind.split(":")[1])
            items, igid = [], None
            for i in range(n):
                it, mid = photo(p, i, gps, "posts")
                igid = igid or mid
                items.append(it)
            if n == 1:
                items[0]["title"] = p["text"]
                posts.append((p["ts"], {"media": items}))
            else:
                for it in items:
                    it["title"] = ""
                posts.append((p["ts"], {"media": items, "title": p["text"], "creation_timestamp": p["ts"]}))
        else:
            raise SystemExit(f"instagram: unknown kind {kind} (line {p['line']})")
        labels.append(label_post(p, igid, p["text"], photo=gps))
    posts.sort(key=lambda x: -x[0])
    stories.sort(key=lambda x: -x[0])
    files["content/posts_1.json"] = meta_json([x for _, x in posts])
    files["content/stories.json"] = meta_json({"ig_stories": [x for _, x in stories]})
    pic_ts = ts_of(m["profile_photo_day"], m["timezone"], 21) + rng.randrange(3600)
    fname, _ = ig_media_name(rng)
    pic = f"media/profile/{datetime.fromtimestamp(pic_ts, UTC).strftime('%Y%m')}/{fname}"
    files[pic] = make_jpeg(rng)
    files["content/profile_photos.json"] = meta_json({"ig_profile_picture": [
        {"uri": pic, "creation_timestamp": pic_ts, "title": "", "is_profile_picture": True}]})

    def smd(v):
        return {"href": "", "value": v, "timestamp": 0}
    files["account_information/personal_information.json"] = meta_json({"profile_user": [{
        "title": "User Information",
        "media_map_data": {"Profile Photo": {"uri": pic, "creation_timestamp": pic_ts, "title": ""}},
        "string_map_data": {"Email": smd(m["email"]), "Phone Number": smd(m["phone"]),
                            "Phone Confirmed": smd("True"), "Username": smd(user), "Name": smd(name),
                            "Bio": smd(m["bio"]), "Gender": smd("female"), "Date of birth": smd(m["birth_date"]),
                            "Website": smd(m.get("website", "")), "Private Account": smd("False")}}]})
    for h, msgs in dm_threads(doc).items():
        c = doc["contacts"][h]
        slug = f"{re.sub(r'[^a-z0-9]', '', h.lower())}_{digits(rng, 16, '1')}"
        out = [{"sender_name": name if x["dir"] == "out" else c["name"],
                "timestamp_ms": x["ts"] * 1000 + rng.randrange(1000), "content": x["text"],
                "type": "Generic", "is_unsent": False}
               for x in sorted(msgs, key=lambda x: -x["ts"])]
        files[f"messages/inbox/{slug}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{slug}"})
    return files, labels


# --------------------------------------------------------------------------- Facebook (pre-2021 generation)

FB_CAMERAS = [("samsung", "SM-G950F", "4.2", "1.7"), ("HUAWEI", "VOG-L29", "5.58", "1.8")]


def fb_native_id(ts, text, uris):
    """Posts have no id in the export: timestamp + a hash of the text and media URIs."""
    return f"{ts}-{hashlib.sha1((text + ''.join(uris)).encode('utf-8')).hexdigest()[:10]}"


def build_facebook_old(doc, rng, persona):
    user, name, _ = owner(doc)
    m = doc["meta"]
    files, labels, posts = {}, [], []
    pronoun = m.get("pronoun", "his")
    album = f"photos_and_videos/MobileUploads_{alnum(rng, 10)}"
    articles = {}
    for line in m.get("article", []):
        url, title, desc = [x.strip() for x in line.split("|")]
        articles[url] = (title, desc)
    page_ids = {}

    def place_obj(pl):
        if pl["key"] not in page_ids:
            page_ids[pl["key"]] = digits(rng, 15, "1")
        return {"name": pl["name"], "coordinate": {"latitude": pl["lat"], "longitude": pl["lon"]},
                "address": pl["address"], "url": f"https://www.facebook.com/{page_ids[pl['key']]}"}

    def fb_photo_name():
        fbid = digits(rng, 17, "1")
        return f"{digits(rng, 8)}_{fbid}_{digits(rng, 19)}_n_{fbid}.jpg"

    def photo(p, idx, gps):
        uri = f"{album}/{fb_photo_name()}"
        files[uri] = make_jpeg(rng)
        taken = p["ts"] - rng.randint(30, 3600) - idx * rng.randint(5, 120)
        if gps is not None or rng.random() < 0.7:
            cam = FB_CAMERAS[0 if p["local"].year < 2019 else 1]
            w, h = rng.choice([(4032, 3024), (3024, 4032), (3648, 2736)])
            ex = {"taken_timestamp": taken, "modified_timestamp": taken, "camera_make": cam[0],
                  "camera_model": cam[1], "exposure": rng.choice(["1/50", "1/100", "1/250", "1/500", "1/1000"]),
                  "focal_length": cam[2], "f_stop": cam[3], "iso": rng.choice([40, 50, 100, 200, 400, 800]),
                  "orientation": 1, "original_width": w, "original_height": h}
            if gps is not None and idx == 0:
                ex["latitude"], ex["longitude"] = gps
        else:   # a screenshot or a saved picture: no camera data
            w, h = rng.choice([(1080, 2220), (1080, 1350)])
            ex = {"taken_timestamp": 0, "original_width": w, "original_height": h}
        return uri, {"media": {"uri": uri, "creation_timestamp": p["ts"] - idx,
                               "media_metadata": {"photo_metadata": {"exif_data": [ex]}},
                               "title": "Mobile Uploads", "description": p["text"] if idx == 0 else ""}}

    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        mods = p["kind"].split(",")
        text = p["text"]
        atts, uris, title = [], [], f"{name} updated {pronoun} status."
        g = spec(p, "gps")
        pl = spec(p, "place")
        gps = None if g is None else g["point"]
        place = None
        n_photo = 0
        for mod in mods:
            if mod.startswith("photo"):
                n_photo = int(mod.split(":")[1]) if ":" in mod else 1
            elif mod.startswith("link:"):
                url = mod[5:]
                title = f"{name} shared a link."
                ec = {"name": articles[url][0], "source": url.split("/")[2], "url": url} if url in articles \
                    else {"url": url}
                atts.append({"data": [{"external_context": ec}]})
            elif mod not in ("status", "checkin"):
                raise SystemExit(f"facebook: unknown kind {mod} (line {p['line']})")
        if gps is not None and not n_photo:
            raise SystemExit(f"line {p['line']}: photo GPS needs a photo")
        if n_photo:
            data = []
            for i in range(n_photo):
                uri, item = photo(p, i, gps)
                uris.append(uri)
                data.append(item)
            atts.insert(0, {"data": data})
            title = f"{name} added a new photo." if n_photo == 1 else f"{name} added {n_photo} new photos."
        if "checkin" in mods:
            if pl is None:
                raise SystemExit(f"line {p['line']}: a check-in needs place:KEY")
            place = pl["place"]
            atts.append({"data": [{"place": place_obj(place)}]})
            title = f"{name} was at {place['name']}."
        elif pl is not None:
            raise SystemExit(f"line {p['line']}: place:KEY only on check-ins")
        entry = {"timestamp": p["ts"]}
        if atts:
            entry["attachments"] = atts
        entry["data"] = [{"post": text}, {"update_timestamp": p["ts"]}] if rng.random() < 0.25 else [{"post": text}]
        entry["title"] = title
        posts.append(entry)
        labels.append(label_post(p, fb_native_id(p["ts"], text, uris),
                                 text, geo=None if place is None else (place["lat"], place["lon"]), photo=gps))
    posts.reverse()
    files["posts/your_posts_1.json"] = meta_json(posts)
    pic_ts = ts_of(m["profile_photo_day"], m["timezone"], 21) + rng.randrange(3600)
    pic = f"photos_and_videos/ProfilePictures_{alnum(rng, 10)}/{fb_photo_name()}"
    files[pic] = make_jpeg(rng)
    pic_media = {"uri": pic, "creation_timestamp": pic_ts,
                 "media_metadata": {"photo_metadata": {"exif_data": [{"taken_timestamp": 0}]}},
                 "title": "Profile Pictures"}
    files["photos_and_videos/album/0.json"] = meta_json({
        "name": "Profile Pictures", "photos": [pic_media], "cover_photo": pic_media,
        "last_modified_timestamp": pic_ts, "description": ""})
    reg = ts_of(m["registration"], m["timezone"], 22) + rng.randrange(3600)
    by, bm, bd = (int(x) for x in m["birthday"].split("-"))
    first, _, last = name.partition(" ")
    family = []
    for line in m.get("family", "").split(";"):
        if line.strip():
            fname_, rel = [x.strip() for x in line.split(",")]
            family.append({"name": fname_, "relation": rel, "timestamp": reg + rng.randrange(86400 * 300)})
    rel_status, partner, since = [x.strip() for x in m["relationship"].split("|")]
    files["profile_information/profile_information.json"] = meta_json({"profile": {
        "name": {"full_name": name, "first_name": first, "middle_name": "", "last_name": last},
        "emails": {"emails": [m["email"]], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": by, "month": bm, "day": bd},
        "gender": {"gender_option": m["gender"].upper()},
        "previous_names": [], "other_names": [{"name": m["other_name"], "type": "Nickname",
                                               "timestamp": reg + 600}],
        "current_city": {"name": m["current_city"], "timestamp": reg + 900},
        "hometown": {"name": m["hometown"], "timestamp": reg + 900},
        "relationship": {"status": rel_status, "partner": partner,
                         "timestamp": ts_of(since, m["timezone"], 22)},
        "family_members": family,
        "education_experiences": [{"name": m["school"], "start_timestamp": ts_of(m["school_from"], m["timezone"]),
                                   "end_timestamp": ts_of(m["school_to"], m["timezone"]), "graduated": True,
                                   "concentrations": [m["school_subject"]], "school_type": "College",
                                   "timestamp": reg + 1200}],
        "work_experiences": [],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": m["phone"], "verified": True}],
        "username": user, "registration_timestamp": reg,
        "profile_uri": f"https://www.facebook.com/{user}"}})
    for hd, msgs in dm_threads(doc).items():
        c = doc["contacts"][hd]
        folder = c["extra"][0] if c["extra"] else "inbox"
        slug = f"{re.sub(r'[^a-z0-9]', '', c['name'].lower()) or 'facebookuser'}_{alnum(rng, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
        out = [{"sender_name": name if x["dir"] == "out" else c["name"],
                "timestamp_ms": x["ts"] * 1000 + rng.randrange(1000), "content": x["text"], "type": "Generic"}
               for x in sorted(msgs, key=lambda x: -x["ts"])]
        files[f"messages/{folder}/{slug}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"{folder}/{slug}"})
    return files, labels


# --------------------------------------------------------------------------- LinkedIn (newest export)

def li_csv(rows):
    """The newest export's CSVs: UTF-8 without BOM, comma, quotes only where needed, LF line ends."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def li_share_commentary(text):
    """The quirk of real Shares.csv files: every line break inside ShareCommentary is written as '"\\n"',
    so after CSV parsing each inner line carries a stray quote at the break (reference, sanand0/linkedin)."""
    return '"\n"'.join(text.split("\n"))


def li_backslash_csv(rows):
    """Comments.csv in 2026 exports: quoted fields escape quotes with a backslash, not by doubling."""
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if any(ch in v for ch in ',"\n'):
                cells.append('"' + v.replace('"', '\\"') + '"')
            else:
                cells.append(v)
        out.append(",".join(cells))
    return "\n".join(out) + "\n"


def li_date(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def li_day(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%d %b %Y")


def build_linkedin_new(doc, rng, persona):
    user, name, _ = owner(doc)
    m = doc["meta"]
    files, labels, shares = {}, [], []
    me_url = f"https://www.linkedin.com/in/{user}"
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        vis, surl, media = "PUBLIC", "", ""
        for mod in p["kind"].split(","):
            if mod in ("PUBLIC", "CONNECTIONS_ONLY", "MEMBER_NETWORK"):
                vis = mod
            elif mod.startswith("link:"):
                surl = mod[5:]
            elif mod == "photo":
                media = (f"https://media.licdn.com/dms/image/v2/D4E22AQ{alnum(rng, 14, ALNUM + '-_')}/"
                         f"feedshare-shrink_2048_1536/feedshare-shrink_2048_1536/0/{p['ts'] * 1000 + rng.randrange(1000)}"
                         f"?e={p['ts'] + 86400 * 90}&v=beta&t={alnum(rng, 43, ALNUM + '-_')}")
            else:
                raise SystemExit(f"linkedin: unknown kind {mod} (line {p['line']})")
        if '"' in p["text"] and "\n" in p["text"]:
            raise SystemExit(f"line {p['line']}: keep quotes out of multi-line commentary (ambiguous quirk)")
        ts_ms = p["ts"] * 1000 + rng.randrange(1000)
        sid = str((ts_ms << 22) | rng.randrange(1 << 22))
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{sid}"
        shares.append([li_date(p["ts"]), link, li_share_commentary(p["text"]), surl, media, vis])
        labels.append(label_post(p, sid, p["text"]))
    shares.reverse()
    files["Shares.csv"] = li_csv([["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]]
                                 + shares)
    files["Profile.csv"] = li_csv([
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
         "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [m["first_name"], m["last_name"], "", "", m["birth_date"], m["headline"], unescape_nl(m["summary"]),
         m["industry"], m["zip"], m["geo_location"], "", "", ""]])
    pos = [["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]]
    for line in m.get("position", []):
        # company names keep a stray trailing space where the KEY line has two (seen in real exports)
        pos.append([unescape_nl(x.strip()) if i != 0 else (x.strip() + " " if x.endswith("  ") else x.strip())
                    for i, x in enumerate(line.split("|"))])
    files["Positions.csv"] = li_csv(pos)
    edu = [["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"]]
    for line in m.get("education", []):
        edu.append([x.strip() for x in line.split("|")])
    files["Education.csv"] = li_csv(edu)
    files["Skills.csv"] = li_csv([["Name"]] + [[x.strip()] for x in m["skills"].split(";")])
    files["Languages.csv"] = li_csv([["Name", "Proficiency"]] + [[x.strip() for x in ln.split("|")]
                                                              for ln in m.get("language", [])])
    joined = ts_of(m["joined"], "UTC", 10)
    files["Email Addresses.csv"] = li_csv([["Email Address", "Confirmed", "Primary", "Updated On"],
                                          [m["email"], "Yes", "Yes", li_date(joined)]])
    files["PhoneNumbers.csv"] = li_csv([["Extension", "Number", "Type"], ["", m["phone"], "Mobile"]])
    rows = []
    for line in m.get("connection", []):
        f_, l_, url, email, comp, posn, day = [x.strip() for x in line.split("|")]
        rows.append((datetime.strptime(day, "%d %b %Y"), [f_, l_, url, email, comp, posn, day]))
    rows.sort(key=lambda r: r[0], reverse=True)
    files["Connections.csv"] = (
        "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are "
        "missing. You will only see email addresses for connections who have allowed their connections to see or "
        "download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You "
        "can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n"
        + li_csv([["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]]
                 + [r[1] for r in rows]))
    msgs = []
    for hd, thread in dm_threads(doc).items():
        c = doc["contacts"][hd]
        subject = c["extra"][0] if c["extra"] and c["extra"][0] else ""
        conv = "2-" + alnum(rng, 42, ALNUM) + "=="
        them = f"https://www.linkedin.com/in/{hd}"
        for i, x in enumerate(thread):
            subj = subject if i == 0 else ""
            if x["dir"] == "out":
                row = [conv, "", name, me_url, c["name"], them]
            else:
                row = [conv, "", c["name"], them, name, me_url]
            msgs.append((x["ts"], row + [li_date(x["ts"]) + " UTC", subj, x["text"], "INBOX", ""]))
    msgs.sort(key=lambda r: -r[0])
    files["messages.csv"] = li_csv([["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                                     "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"]]
                                   + [r[1] for r in msgs])
    # the owner's comments on other people's posts and reactions: not posts
    comments, reactions = [], []
    texts = ['Congratulations, well deserved!', 'Great piece, thanks for sharing.',
             'Brilliant, the "boring" work is the important work.', 'Best of luck in the new role!',
             'Fair play to the whole team.', 'This is the "small things" stuff that matters.']
    for i, t in enumerate(texts):
        ts = ts_of(f"{2023 + i // 2}-{3 + i * 2 % 9:02d}-1{i}", m["timezone"], 13) + rng.randrange(3600)
        act = str(((ts * 1000) << 22) | rng.randrange(1 << 22))
        comments.append((ts, [li_date(ts), f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{act}", t]))
    for i in range(12):
        ts = ts_of(f"{2023 + i // 4}-{1 + i * 5 % 12:02d}-2{i % 8}", m["timezone"], 19) + rng.randrange(3600)
        act = str(((ts * 1000) << 22) | rng.randrange(1 << 22))
        reactions.append((ts, [li_date(ts), rng.choice(["LIKE", "LIKE", "PRAISE", "EMPATHY"]),
                               f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{act}"]))
    comments.sort(key=lambda r: -r[0])
    reactions.sort(key=lambda r: -r[0])
    files["Comments.csv"] = li_backslash_csv([["Date", "Link", "Message"]] + [r[1] for r in comments])
    files["Reactions.csv"] = li_csv([["Date", "Type", "Link"]] + [r[1] for r in reactions])
    return files, labels


# --------------------------------------------------------------------------- driver

BUILDERS = {"x": build_x, "instagram": build_instagram, "facebook": build_facebook_old,
            "linkedin": build_linkedin_new}


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
    cats = {c: sum(1 for p in labels if c in p["labels"]) for c in ("unit", "role", "location", "routine", "home")}
    print(f"{persona}: {n} posts, {rev} revealing ({rev / n:.1%}) {cats}, {len(contacts)} contacts, "
          f"{len(files)} archive files")


def main(argv):
    outdir = HERE
    if "--out" in argv:
        outdir = argv[argv.index("--out") + 1]
        os.makedirs(outdir, exist_ok=True)
    only = [a for a in argv[1:] if a in PERSONAS]
    for persona in only or PERSONAS:
        if not os.path.exists(os.path.join(HERE, "content", persona + ".txt")):
            print(f"{persona}: no content yet, skipped")
            continue
        build(persona, outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
